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

/** Average glyph widths of the classes the drawing uses (see html-style.ts), a little generous. */
const GLYPH_WIDTHS: readonly (readonly [string, number])[] = [
  ['pool-title', 10.4],
  ['fe-name', 8.2],
  ['sql-name', 8.2],
  ['host-name', 7.6],
  ['chip-text', 6.2],
  ['pill-text', 6.6],
  ['small', 6.6],
];

function glyphWidth(className: string): number {
  return GLYPH_WIDTHS.find(([name]) => className.split(' ').includes(name))?.[1] ?? 7.4;
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
