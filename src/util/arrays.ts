// Array helpers for lists as long as a table's rows or a run's findings: `push(...list)` and
// `Math.max(...list)` pass every entry as an argument and overflow the stack past ~100,000 entries.

/** Appends `items` to `target`, one at a time; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` (`empty` when there are none). */
export function largest(values: Iterable<number>, empty = 0): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max === -Infinity ? empty : max;
}
