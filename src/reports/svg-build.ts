/**
 * A minimal SVG writer: every attribute value and every text goes through escapeHtml here, so that the
 * drawing code cannot forget it for a name that comes from a topology file.
 */
import { escapeHtml } from './escape.ts';

type Attributes = Readonly<Record<string, string | number | undefined>>;

export function element(name: string, attributes: Attributes, ...children: readonly string[]): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeHtml(String(value))}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** Text cut to fit `maxWidth` at the font's average glyph width, with the full text as a tooltip. */
export function text(x: number, y: number, content: string, className: string, maxWidth?: number, anchor?: 'middle' | 'end'): string {
  return shortenedText(x, y, content, content, className, maxWidth, anchor);
}

/** `shown` (a short form of `full`) cut to fit; the tooltip gives `full` whenever it is not all shown. */
export function shortenedText(
  x: number,
  y: number,
  full: string,
  shown: string,
  className: string,
  maxWidth?: number,
  anchor?: 'middle' | 'end',
): string {
  const fitted = maxWidth === undefined ? shown : fit(shown, maxWidth, glyphWidth(className));
  const tip = fitted === full ? '' : tooltip(full);
  return element('text', { x, y, class: className, 'text-anchor': anchor }, tip, escapeHtml(fitted));
}

/** A hover tooltip for the enclosing SVG element. */
export function tooltip(content: string): string {
  return element('title', {}, escapeHtml(content));
}

/** Average glyph widths of the classes the drawing uses (see html-style.ts), as DejaVu Sans (a wide font) sets them. */
const GLYPH_WIDTHS: readonly (readonly [string, number])[] = [
  ['pool-title', 11.2],
  ['fe-name', 8.5],
  ['sql-name', 8.5],
  ['host-name', 7.9],
  ['chip-text', 7.3],
  ['pill-text', 7.6],
  ['vote-name', 6.9],
  ['votes-text', 7.5],
  ['small', 6.4],
];

function glyphWidth(className: string): number {
  return GLYPH_WIDTHS.find(([name]) => className.split(' ').includes(name))?.[1] ?? 7.8;
}

/**
 * Word-wraps `content` into lines that fit `maxWidth`, for texts whose every word matters (timer names,
 * notes): nothing is cut unless a single word is wider than a whole line.
 */
export function wrap(content: string, maxWidth: number, className: string): string[] {
  const chars = Math.max(8, Math.floor(maxWidth / glyphWidth(className)));
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= chars || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => fit(l, maxWidth, glyphWidth(className)));
}

/** Lines of text one under the other, starting at baseline `y`. */
export function lines(x: number, y: number, content: readonly string[], className: string, lineHeight: number): string {
  return content.map((line, i) => element('text', { x, y: y + i * lineHeight, class: className }, escapeHtml(line))).join('');
}

/** Cuts the middle out: server names in a pool share their prefix and differ at the end (`…fe02`). */
export function fit(content: string, maxWidth: number, charWidth: number): string {
  const chars = Math.max(2, Math.floor(maxWidth / charWidth));
  const glyphs = [...content];
  if (glyphs.length <= chars) return content;
  const head = Math.ceil((chars - 1) * 0.4);
  const tail = chars - 1 - head;
  return `${glyphs.slice(0, head).join('')}…${tail > 0 ? glyphs.slice(-tail).join('') : ''}`;
}

export function textWidth(content: string, className: string): number {
  return [...content].length * glyphWidth(className);
}
