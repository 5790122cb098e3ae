// Item names compared by what they mean, for coverage against the national guidelines: each name
// normalised as everywhere else (names.ts: outline number, spacing, punctuation, full-width forms,
// case), then every term of a search-synonym group written as that group's one term, so 低保 and
// 最低生活保障 are the same name; and how alike two such names are, to tell a renamed item from
// another item.
import { normaliseName } from './names.js';
import type { SynonymGroup } from './search-synonyms.js';

/**
 * Two names at least this alike (character-bigram Dice coefficient, 0–1) are the same name
 * reworded: 就业政策法规咨询 / 就业创业政策法规咨询 (0.86) are, 就业政策法规咨询 / 政策咨询 (0.4) are not.
 */
export const SIMILAR_NAMES = 0.6;

interface Term {
  term: string;
  /** The group's longest term: the longer the shared spelling, the better Dice sees two rewordings. */
  canonical: string;
}

export class NameMeaning {
  /** Terms by their first character, longest first, so that 特困人员救助供养 wins over 特困. */
  private readonly byFirst = new Map<string, Term[]>();
  private readonly keys = new Map<string, string>();

  constructor(groups: readonly SynonymGroup[]) {
    const seen = new Set<string>();
    for (const group of groups) {
      const terms = group.map(normaliseName).filter(Boolean);
      const canonical = terms.reduce((a, b) => (b.length > a.length ? b : a), '');
      for (const term of terms) {
        // A term is one group's: the first group that lists it keeps it.
        if (seen.has(term)) continue;
        seen.add(term);
        const list = this.byFirst.get(term[0]!) ?? [];
        list.push({ term, canonical });
        this.byFirst.set(
          term[0]!,
          list.sort((a, b) => b.term.length - a.term.length),
        );
      }
    }
  }

  private readonly bigrams = new Map<string, Map<string, number>>();

  /** nameSimilarity of two keys, each key's bigrams counted once however often it is compared. */
  similarity(a: string, b: string): number {
    return dice(a, b, (key) => this.bigrams.get(key) ?? this.bigrams.set(key, bigrams(key)).get(key)!);
  }

  /** The name as compared: normalised, each synonym written as its group's term ('' for no name). */
  key(name: string | null | undefined): string {
    const plain = normaliseName(name);
    let key = this.keys.get(plain);
    if (key !== undefined) return key;
    key = '';
    for (let i = 0; i < plain.length;) {
      const hit = this.byFirst.get(plain[i]!)?.find((t) => plain.startsWith(t.term, i));
      key += hit ? hit.canonical : plain[i];
      i += hit ? hit.term.length : 1;
    }
    this.keys.set(plain, key);
    return key;
  }
}

/** The character bigrams of a key, counted (a one-character key is its own bigram). */
function bigrams(key: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...key];
  if (chars.length === 1) counts.set(key, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice's coefficient over character bigrams: 2·|shared| / (|a| + |b|); 1 for equal keys, 0 when one is empty. */
export function nameSimilarity(a: string, b: string): number {
  return dice(a, b, bigrams);
}

function dice(a: string, b: string, bigramsOf: (key: string) => Map<string, number>): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const [x, y] = [bigramsOf(a), bigramsOf(b)];
  let shared = 0;
  let total = 0;
  for (const [pair, n] of x) {
    shared += Math.min(n, y.get(pair) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return (2 * shared) / total;
}
