// Memoised string functions: directories repeat the same citations, owners and names thousands of
// times, so rules compute each distinct value once. The cache is emptied when it grows too large.
const LIMIT = 50_000;

export function memo<T>(fn: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let hit = cache.get(value);
    if (hit === undefined && !cache.has(value)) {
      if (cache.size >= LIMIT) cache.clear();
      hit = fn(value);
      cache.set(value, hit);
    }
    return hit as T;
  };
}
