/**
 * What a rule's source line cites, spelled out for a reader who has only the report: "DOMAIN.md" is the
 * project's specification (shipped as docs/DOMAIN.md), "seed 004" and "seed 000" are the two third-party
 * articles it was written from, which the project cites by title and does not copy.
 */
import { fileURLToPath } from 'node:url';

/** docs/DOMAIN.md of this installation: reports link to it relative to their folder. */
export const SPEC_FILE = fileURLToPath(new URL('../../docs/DOMAIN.md', import.meta.url));

export interface Citation {
  /** How the source line names it (`DOMAIN.md`, `seed 004`). */
  readonly key: string;
  readonly text: string;
  /** A link to it, when there is one to give. */
  readonly href?: string;
}

/** The seeds' own titles and bylines, as the articles give them (neither gives its address). */
const SEEDS: Readonly<Record<string, string>> = {
  '000': '"Understanding how the Backup Service Works", a blog article on Lync Server 2013 pool pairing',
  '004': '"Understanding how Windows Fabric Works (with regards to Lync)", TheArgyleMVP blog, October 29, 2013',
};

/** `specHref`: how the report reaches docs/DOMAIN.md (absent: the path in the repository is given). */
export function citations(source: string, specHref?: string): Citation[] {
  const found: Citation[] = [];
  if (/\bDOMAIN\.md\b/.test(source)) {
    found.push({
      key: 'DOMAIN.md',
      text: "fabric-check's domain specification, docs/DOMAIN.md in the fabric-check repository (§ are its sections)",
      ...(specHref === undefined ? {} : { href: specHref }),
    });
  }
  for (const number of new Set([...source.matchAll(/\bseed (\d{3})\b/g)].map((match) => match[1]!))) {
    const seed = SEEDS[number];
    found.push({ key: `seed ${number}`, text: seed === undefined ? 'a source article the project does not list' : `${seed} (quoted titles are its sections)` });
  }
  return found;
}
