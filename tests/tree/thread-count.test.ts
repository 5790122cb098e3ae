// The build's default thread count (issue 28 point 5): chosen from the bytes the tree's regions
// read, so that a small tree stays on one thread (a worker's start costs more than it saves) and a
// large one spreads over the CPUs; `--jobs N` still forces N, never more than the regions. The
// count is of the regions a build compiles (a cached build leaves out those it reuses).
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { walkRegions } from '../../dist/core/region-tree.js';
import { BYTES_PER_THREAD, jobCount as countFor } from '../../dist/publish/region-runner.js';
import { planRegions, type RegionPlan } from '../../dist/publish/regions.js';
import { regionFolders } from '../../dist/workspace/region-folders.js';
import { fixture } from '../helpers/cli.js';

const MB = 1024 * 1024;

/** The thread count for building every region of a tree (none taken from a cache). */
const jobCount = (requested: number | undefined, tree: RegionPlan[]) =>
  countFor(
    requested,
    walkRegions(tree, 'post').map((v) => v.region),
  );

/** A region of the plan that reads `inputBytes`, with `regions` below it. */
function region(inputBytes: number, regions: RegionPlan[] = []): RegionPlan {
  return { slug: 's', name: 'n', level: 'county', levelName: '县级', folder: 'f', ownIndex: true, root: '/r', inputBytes, regions };
}

describe('the default thread count', () => {
  it('keeps a county and a small city (6 counties of ~400 items, 1.9 MB) on one thread', () => {
    expect(jobCount(undefined, [region(0.3 * MB)])).toBe(1);
    expect(
      jobCount(undefined, [
        region(
          0,
          Array.from({ length: 6 }, () => region(0.32 * MB)),
        ),
      ]),
    ).toBe(1);
  });

  it('spreads a large province over every CPU, but never more threads than its input feeds', () => {
    const province = [
      region(
        0,
        Array.from({ length: 100 }, () => region(0.8 * MB)),
      ),
    ];
    expect(jobCount(undefined, province)).toBe(Math.min(availableParallelism(), 20));
    const justTwo = [region(0, [region(BYTES_PER_THREAD), region(BYTES_PER_THREAD)])];
    expect(jobCount(undefined, justTwo)).toBe(Math.min(availableParallelism(), 2));
  });

  it('takes --jobs as given, at most one thread per region', () => {
    const small = [region(0, [region(1000), region(1000)])];
    expect(jobCount(2, small)).toBe(2);
    expect(jobCount(8, small)).toBe(3);
    expect(
      jobCount(1, [
        region(
          0,
          Array.from({ length: 100 }, () => region(MB)),
        ),
      ]),
    ).toBe(1);
  });

  it('measures each region by the bytes of its own directory files', async () => {
    const plans = await planRegions([await regionFolders(fixture('province'), process.cwd())], process.cwd());
    const sizes = plans.flatMap(function walk(p): number[] {
      return [p.inputBytes, ...p.regions.flatMap(walk)];
    });
    expect(sizes.length).toBeGreaterThan(5);
    // The province and the cities without directories read nothing of their own; every county does.
    expect(sizes.filter((s) => s > 0).length).toBeGreaterThan(3);
    expect(jobCount(undefined, plans)).toBe(1);
  });
});
