/** An argument as a POSIX shell reads it back: printed re-run commands must work when pasted. */
export function shellQuote(argument: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, `'\\''`)}'`;
}
