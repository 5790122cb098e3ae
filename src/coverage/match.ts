// Which county item covers which guideline item of one domain, by meaning. Names are compared as
// name-meaning.ts keys them (outline numbers, punctuation, full-width forms and search synonyms
// aside). An item of the same names covers a guideline item; failing that, an item whose 一级事项
// and 二级事项 are both alike (Dice ≥ SIMILAR_NAMES; among the guidelines's 一级事项, the one most
// like the county's) covers it renamed; else the guidelines item is missing. An id is never enough
// on its own: a table's rows have ids by position only, and a workspace written by `gkml import`
// keeps them; a workspace's own id only decides between equally named candidates.
import { type NameMeaning, SIMILAR_NAMES } from '../model/name-meaning.js';
import type { Item } from '../model/types.js';

/** An item of the county's directory: its id (a table's: the cell its row starts at) and names. */
export interface CountyEntry {
  id: string;
  l1: string;
  l2?: string | null;
}

export interface Match {
  county: CountyEntry;
  /** 'id' when the county item also has the guidelines item's id (a workspace only). */
  by: 'id' | 'name';
  /** The names are alike, not the same: the county reworded the item. */
  renamed: boolean;
}

export interface DomainMatch {
  /** By guideline id. */
  matches: Map<string, Match>;
  /** County items that cover a guideline item, or sit under a guideline 一级事项 whose 二级事项 it does not list. */
  used: Set<CountyEntry>;
}

interface Keyed<T> {
  entry: T;
  l1: string;
  l2: string;
}

/**
 * Matches a domain's guideline items with the county's, from the surest match to the loosest, each
 * county item covering at most one guideline item. `trustIds`: the county's ids were written by
 * hand (a workspace), so the same id is preferred among equally good names.
 */
export function matchDomain(
  guideline: readonly Item[],
  county: readonly CountyEntry[],
  names: NameMeaning,
  trustIds: boolean,
): DomainMatch {
  const key = <T extends { l1: string; l2?: string | null }>(entry: T): Keyed<T> => ({
    entry,
    l1: names.key(entry.l1),
    l2: names.key(entry.l2),
  });
  const base = guideline.map(key);
  const own = county.map(key);
  const matches = new Map<string, Match>();
  const used = new Set<CountyEntry>();
  const sameId = (b: Item, c: CountyEntry) => trustIds && b.id === c.id;
  const claim = (b: Item, c: CountyEntry, renamed: boolean) => {
    matches.set(b.id, { county: c, by: sameId(b, c) ? 'id' : 'name', renamed });
    used.add(c);
  };
  const free = (c: Keyed<CountyEntry>) => !used.has(c.entry);

  // The same names: with trusted ids, the item of the same id first.
  for (const pass of trustIds ? [true, false] : [false]) {
    for (const b of base) {
      if (matches.has(b.entry.id)) continue;
      const c = own.find((c) => free(c) && c.l1 === b.l1 && c.l2 === b.l2 && (!pass || c.entry.id === b.entry.id));
      if (c) claim(b.entry, c.entry, false);
    }
  }
  // A guideline 一级事项 whose 二级事项 are unknown covers every county item under it.
  for (const b of base.filter((b) => !b.l2)) {
    const under = own.filter((c) => free(c) && c.l1 === b.l1);
    if (under.length && !matches.has(b.entry.id)) claim(b.entry, under[0]!.entry, false);
    for (const c of under) used.add(c.entry);
  }
  matchSimilar(base, own, names, matches, used, sameId, claim);
  return { matches, used };
}

/** Alike names, the most alike first; an unknown-二级 guideline item by its 一级事项 alone, taking the items under it. */
function matchSimilar(
  base: readonly Keyed<Item>[],
  own: readonly Keyed<CountyEntry>[],
  names: NameMeaning,
  matches: ReadonlyMap<string, Match>,
  used: Set<CountyEntry>,
  sameId: (b: Item, c: CountyEntry) => boolean,
  claim: (b: Item, c: CountyEntry, renamed: boolean) => void,
): void {
  const similarity = names.similarity.bind(names);
  // A county item is compared within the guidelines 一级事项 most like its own (the same, when it is one).
  const closest = new Map<string, number>();
  for (const c of own) if (!closest.has(c.l1)) closest.set(c.l1, Math.max(0, ...base.map((b) => similarity(b.l1, c.l1))));
  const pairs: { b: Keyed<Item>; c: Keyed<CountyEntry>; score: number; order: number }[] = [];
  base.forEach((b, bi) => {
    if (matches.has(b.entry.id)) return;
    own.forEach((c, ci) => {
      if (used.has(c.entry)) return;
      const l1 = similarity(b.l1, c.l1);
      if (l1 < SIMILAR_NAMES || l1 < closest.get(c.l1)!) return;
      // An unknown-二级 item is compared by its 一级事项 only.
      const l2 = b.l2 ? similarity(b.l2, c.l2) : 1;
      if (l2 >= SIMILAR_NAMES) pairs.push({ b, c, score: (sameId(b.entry, c.entry) ? 2 : 0) + l1 + l2, order: bi * own.length + ci });
    });
  });
  pairs.sort((x, y) => y.score - x.score || x.order - y.order);
  for (const { b, c } of pairs) {
    if (matches.has(b.entry.id) || used.has(c.entry)) continue;
    claim(b.entry, c.entry, true);
    if (!b.l2) for (const other of own) if (other.l1 === c.l1) used.add(other.entry);
  }
}
