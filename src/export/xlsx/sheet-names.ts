// Sheet names: Excel allows at most 31 characters, none of : \ / ? * [ ], and no two alike
// (case-insensitively). Domain names already fit; this guards workspaces with one domain in two files.
const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX_LENGTH = 31;

export function uniqueSheetNames(wanted: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return wanted.map((name) => {
    const base = name.replace(FORBIDDEN, '_').slice(0, MAX_LENGTH) || 'Sheet';
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = `(${n})`;
      candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
