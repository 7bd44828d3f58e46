/**
 * Escaping for every format the reports write. Names come from user topology files and labels from the
 * model, so nothing from either reaches a report unescaped.
 */

// C0/C1 controls (except tab) would break a line-based format or are invalid in XML 1.0.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

/** Replaces control characters (newlines included) by a visible placeholder. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '\ufffd');
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in HTML/SVG text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return stripControl(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

// Not allowed in XML 1.0 at all (C0 controls but tab and line breaks, non-characters, lone surrogates),
// or discouraged (C1 controls).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Safe in XML 1.0 text and attributes; keeps line breaks, which multi-line failure texts need. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Safe as inline Markdown text, table cells and list items included. Characters that are syntax anywhere
 * are backslash-escaped; those that are syntax only at the start of a block (`#`, `-`, `+`, `=`, `1.`)
 * only there; `<`, `>`, `&` become entities so that no raw HTML survives.
 */
export function escapeMarkdown(text: string): string {
  return stripControl(text)
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/^([#+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
