// Keeping the build cache from growing without end: every changed region adds an entry under a new
// key, and the old one is never asked for again. A cached build removes the entries that it did not
// use and that nothing has read or written for CACHE_MAX_AGE_DAYS, by the files' own times (a
// restored entry's time is renewed), and the temporary files of writes cut short. Only the cache
// folder's housekeeping reads the clock: nothing published depends on it.
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

export const CACHE_MAX_AGE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An entry's file (`ab/abcdef….entry`) and a write's leftover (`.abcdef….entry.123.tmp`). */
const ENTRY = /^([0-9a-f]+)\.entry$/;
const LEFTOVER = /^\.[0-9a-f]+\.entry\.\d+\.tmp$/;

/** Renews an entry's time when a build reads it; a cache on a read-only disk is still read. */
export function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // Pruning may then take it sooner: it is only rebuilt.
  }
}

/** Removes the entries of other keys than `used` older than the limit, and old leftovers; how many files went. */
export function pruneCache(dir: string, used: ReadonlySet<string>, now = Date.now()): number {
  const before = now - CACHE_MAX_AGE_DAYS * DAY_MS;
  let removed = 0;
  for (const folder of safeList(dir)) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    for (const name of safeList(join(dir, folder))) {
      const key = ENTRY.exec(name)?.[1];
      const removable = key !== undefined ? !used.has(key) : LEFTOVER.test(name);
      if (!removable) continue;
      const path = join(dir, folder, name);
      try {
        if (statSync(path).mtimeMs >= before) continue;
        rmSync(path, { force: true });
        removed++;
      } catch {
        // Another build may have taken it first.
      }
    }
  }
  return removed;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
