// The build's plan of the region tree, made before any region is loaded: each region's folder (or
// submitted table), slug, name, level and place in the output, to any depth (province → city →
// county → township).
import { statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { RegionTree } from '../core/region-tree.js';
import { REGION_SLUG, regionPath, type PlannedRegion } from '../export/target-writer.js';
import { tableRegionIdentity } from '../lint/table-region.js';
import { CONFIG_FILE, levelName, loadConfig } from '../workspace/config.js';
import { workspaceFiles } from '../workspace/input-files.js';
import type { RegionFolder, TableRegion } from '../workspace/region-folders.js';

/**
 * A region as planned, with its workspace folder or table file (`root`) and, for a table, the
 * workspace that lists it (`table`), which only the build reads; and the bytes of its own input
 * files (`inputBytes`), from which the build chooses its thread count.
 */
export type RegionPlan = RegionTree<PlannedRegion & { root: string; inputBytes: number; table?: TableRegion }>;

/** A region's name and level: its config's, or a submitted table's (lint/table-region.ts). */
async function identity(region: RegionFolder, cwd: string): Promise<{ name: string; level: PlannedRegion['level'] }> {
  if (region.table) return tableRegionIdentity(region.dir, region.table, cwd);
  const config = loadConfig(join(region.dir, CONFIG_FILE), cwd);
  return { name: config.region, level: config.level };
}

/** The plan of the regions found in `folders`, below the region whose output folder is `above` ('' at the top). */
export async function planRegions(folders: readonly RegionFolder[], cwd: string, above = ''): Promise<RegionPlan[]> {
  const plans: RegionPlan[] = [];
  for (const [i, region] of folders.entries()) {
    const { dir, regions, table } = region;
    const name = basename(dir, table ? extname(dir) : '');
    const wanted = REGION_SLUG.test(name) ? name : `region-${String(i + 1).padStart(3, '0')}`;
    // Two folders of one name (regions: [a/*, b/*]) each keep their files: the later is <name>-2, -3 …
    let slug = wanted;
    for (let n = 2; plans.some((p) => p.slug === slug); n++) slug = `${wanted}-${n}`;
    const folder = regionPath(above, slug);
    const below = await planRegions(regions, cwd, folder);
    // A refused table (a link out of bounds) is never read, not even for its size.
    const files = table ? (table.refusal ? [] : [dir]) : await workspaceFiles(dir, cwd);
    const ownIndex = below.length === 0 || files.length > 0;
    const inputBytes = files.reduce((sum, file) => sum + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);
    const { name: regionName, level } = await identity(region, cwd);
    plans.push({
      slug,
      name: regionName,
      level,
      levelName: levelName(level),
      folder,
      ownIndex,
      root: dir,
      inputBytes,
      ...(table ? { table } : {}),
      regions: below,
    });
  }
  return plans;
}
