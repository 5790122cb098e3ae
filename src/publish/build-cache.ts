// The build cache of one build (`gkml build --cache`, `--cache-dir`): each region's key, computed
// before the build starts, and what the build reused from the cache and what it built anew.
import { existsSync } from 'node:fs';
import { entryPath, restoreEntry, storeEntry } from './cache-entry.js';
import { pruneCache } from './cache-prune.js';
import type { RegionOutcome } from './region-pipeline.js';
import type { RegionPlan } from './regions.js';

export class BuildCache {
  reused = 0;
  rebuilt = 0;

  constructor(
    readonly dir: string,
    private readonly keys: ReadonlyMap<string, string>,
    private readonly outDir: string,
  ) {}

  /** Whether the region has an entry (not yet checked): the build starts threads only for the others. */
  has(plan: RegionPlan): boolean {
    return existsSync(entryPath(this.dir, this.keys.get(plan.folder)!));
  }

  /** The region's outcome from the cache, its files written into the output; undefined when it must be built. */
  restore(plan: RegionPlan): RegionOutcome | undefined {
    const outcome = restoreEntry(this.dir, this.keys.get(plan.folder)!, this.outDir);
    if (outcome) this.reused++;
    return outcome;
  }

  /** Keeps a region just built; one only linted (an error stopped the build) has nothing to keep. */
  store(plan: RegionPlan, outcome: RegionOutcome): void {
    this.rebuilt++;
    if (outcome.summary) storeEntry(this.dir, this.keys.get(plan.folder)!, outcome, this.outDir);
  }

  /** Once the build is done: removes old entries of other keys than this build's (cache-prune.ts). */
  prune(): void {
    pruneCache(this.dir, new Set(this.keys.values()));
  }
}
