/**
 * Short names for the drawing: FEs are usually FQDNs of one domain (`fe02.contoso.local`), and a card has
 * room for the part that tells them apart. The full name stays in tooltips and in every text.
 */

/** Drops the dotted suffix that every name shares (`.contoso.local`), when it leaves every name non-empty. */
export function shortNames(names: readonly string[]): (name: string) => string {
  const first = names[0];
  if (first === undefined || names.length < 2) return (name) => name;
  const labels = first.split('.');
  for (let i = 1; i < labels.length; i++) {
    const suffix = `.${labels.slice(i).join('.')}`;
    if (names.every((name) => name.endsWith(suffix) && name.length > suffix.length)) {
      return (name) => (name.endsWith(suffix) ? name.slice(0, -suffix.length) : name);
    }
  }
  return (name) => name;
}
