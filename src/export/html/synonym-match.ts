// Finds the synonym groups a text touches, for the search index: an item whose names hold
// 最低生活保障 is also indexed under 低保, 低保户 and 低保金. Terms are looked up by their first
// character, so a text is read once, not once per term.
export class SynonymMatcher {
  private readonly byFirst = new Map<string, { term: string; group: number }[]>();

  constructor(private readonly groups: readonly (readonly string[])[]) {
    groups.forEach((terms, group) => {
      for (const term of terms) {
        const first = term[0]!;
        const list = this.byFirst.get(first) ?? [];
        list.push({ term, group });
        this.byFirst.set(first, list);
      }
    });
  }

  /** The groups `text` holds a term of, by their number, ascending. */
  groupsIn(text: string): number[] {
    const hit = new Set<number>();
    for (let i = 0; i < text.length; i++) {
      for (const { term, group } of this.byFirst.get(text[i]!) ?? []) if (text.startsWith(term, i)) hit.add(group);
    }
    return [...hit].sort((a, b) => a - b);
  }

  /** The terms of every group `text` holds a term of, except the terms it holds itself, in group order. */
  aliases(text: string): string[] {
    return this.groupsIn(text).flatMap((g) => this.groups[g]!.filter((t) => !text.includes(t)));
  }
}
