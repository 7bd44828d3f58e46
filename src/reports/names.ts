/**
 * Report file names are built from topology and property names, which come from user files: they must
 * never climb out of the report folder, hide (leading dot), or collide.
 */

const MAX_LENGTH = 100;

/** One path segment made only of `[A-Za-z0-9._-]`, with no `..`, no leading dot or dash, never empty. */
export function safeFileStem(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/[.-]+$/, '');
  return stem === '' ? 'unnamed' : stem;
}

/**
 * Gives each wanted stem a unique one, in order: the first keeps it, later ones get `-2`, `-3`, …
 * Case-insensitively, as on the file systems of Windows and macOS; `reserved` stems are never given.
 */
export function uniqueStems(wanted: readonly string[], reserved: readonly string[] = []): string[] {
  const used = new Set(reserved.map((stem) => stem.toLowerCase()));
  return wanted.map((stem) => {
    let candidate = stem;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
