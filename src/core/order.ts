// The one string order of gkml's output: code-point order, independent of the machine's locale,
// so files, findings and indexes come out the same everywhere.
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
