// "Did you mean" support: the closest candidate by edit distance, if it is close enough.

/** Edits between two strings, a swap of two neighbours counting as one (lnit → lint). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * The candidate nearest to `value`: one it contains or is contained in (主动公开 → 主动), else the
 * nearest by edit distance when at most about a third of it differs.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  return closestNamed(
    value,
    [...candidates].map((c) => [c, c] as const),
  );
}

/**
 * `closest` over things known by several names (a field by its key, its titles): the thing whose
 * name is nearest. A value contained in names of one thing only (时限 in 公开时限) names that thing.
 */
export function closestNamed<T>(value: string, named: Iterable<readonly [name: string, thing: T]>): T | undefined {
  const list = [...named];
  const containing = new Set(list.filter(([c]) => c.length > 1 && (value.includes(c) || c.includes(value))).map(([, thing]) => thing));
  if (value.length > 1 && containing.size === 1) return [...containing][0];
  let best: T | undefined;
  let bestDistance = Infinity;
  const limit = Math.max(1, Math.floor([...value].length / 3));
  for (const [candidate, thing] of list) {
    const d = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = thing;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
