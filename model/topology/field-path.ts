/** The paths users read in problem messages: `pool.frontEnds[2].host`, `topology` for the whole file. */

/** Numeric segments are array indices: the schema has no object with numeric keys, so none is a field. */
export function pointerSegments(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

export function joinPath(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path === '' ? 'topology' : path;
}

/**
 * A value as it appears in a message: short, strings JSON-quoted. Lists and objects are only named:
 * a file may nest them deeper than JSON.stringify can recurse.
 */
export function shown(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
