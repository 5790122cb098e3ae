// The build's plan of the region tree, made before any region is loaded: each region's folder,
// slug, name, level and place in the output, to any depth (province → city → county → township).
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RegionTree } from '../core/region-tree.js';
import { REGION_SLUG, regionPath, type PlannedRegion } from '../export/target-writer.js';
import { CONFIG_FILE, levelName, loadConfig } from '../workspace/config.js';
import { workspaceFiles } from '../workspace/input-files.js';
import type { RegionFolder } from '../workspace/region-folders.js';

/**
 * A region as planned, with its workspace folder (`root`), which only the build reads, and the
 * bytes of its own input files (`inputBytes`), from which the build chooses its thread count.
 */
export type RegionPlan = RegionTree<PlannedRegion & { root: string; inputBytes: number }>;

/** The plan of the regions found in `folders`, below the region whose output folder is `above` ('' at the top). */
export async function planRegions(folders: readonly RegionFolder[], cwd: string, above = ''): Promise<RegionPlan[]> {
  const plans: RegionPlan[] = [];
  for (const [i, { dir, regions }] of folders.entries()) {
    const name = basename(dir);
    const wanted = REGION_SLUG.test(name) ? name : `region-${String(i + 1).padStart(3, '0')}`;
    // Two folders of one name (regions: [a/*, b/*]) each keep their files: the later is <name>-2, -3 …
    let slug = wanted;
    for (let n = 2; plans.some((p) => p.slug === slug); n++) slug = `${wanted}-${n}`;
    const config = loadConfig(join(dir, CONFIG_FILE), cwd);
    const folder = regionPath(above, slug);
    const below = await planRegions(regions, cwd, folder);
    const files = await workspaceFiles(dir, cwd);
    const ownIndex = below.length === 0 || files.length > 0;
    const inputBytes = files.reduce((sum, file) => sum + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
    const level = config.level;
    plans.push({ slug, name: config.region, level, levelName: levelName(level), folder, ownIndex, root: dir, inputBytes, regions: below });
  }
  return plans;
}
