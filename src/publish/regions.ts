// The region tree below a workspace, planned before any region is loaded: each region's folder,
// slug, name, level and place in the output, to any depth (province → city → county → township).
import { basename, join } from 'node:path';
import { REGION_SLUG, regionPath, type RegionRef, type TreeRegion } from '../export/target.js';
import { CONFIG_FILE, levelName, loadConfig } from '../workspace/config.js';
import { childWorkspaces, workspaceFiles } from '../workspace/targets.js';

export interface RegionPlan extends TreeRegion {
  /** The region's workspace folder. */
  root: string;
  /** The regions between the top and this one (neither included), outermost first. */
  trail: (RegionRef & { folder: string })[];
  regions: RegionPlan[];
}

export async function planRegions(root: string, cwd: string, above?: RegionPlan): Promise<RegionPlan[]> {
  const plans: RegionPlan[] = [];
  for (const [i, dir] of (await childWorkspaces(root, cwd)).entries()) {
    const name = basename(dir);
    const wanted = REGION_SLUG.test(name) ? name : `region-${String(i + 1).padStart(3, '0')}`;
    // Two folders of one name (regions: [a/*, b/*]) each keep their files: the later is <name>-2, -3 …
    let slug = wanted;
    for (let n = 2; plans.some((p) => p.slug === slug); n++) slug = `${wanted}-${n}`;
    const config = loadConfig(join(dir, CONFIG_FILE), cwd);
    const plan: RegionPlan = {
      slug,
      name: config.region,
      level: config.level,
      levelName: levelName(config.level),
      folder: regionPath(above?.folder ?? '', slug),
      depth: (above?.depth ?? 0) + 1,
      root: dir,
      trail: above ? [...above.trail, { slug: above.slug, name: above.name, folder: above.folder }] : [],
      ownIndex: true,
      regions: [],
    };
    plan.regions = await planRegions(dir, cwd, plan);
    plan.ownIndex = plan.regions.length === 0 || (await workspaceFiles(dir, cwd)).length > 0;
    plans.push(plan);
  }
  return plans;
}

/** Every region, each before its own (pre-order), as the pages' search scopes list them. */
export function treeOf(plans: readonly RegionPlan[]): TreeRegion[] {
  return plans.flatMap(({ slug, name, folder, level, levelName, depth, ownIndex, regions }) => [
    { slug, name, folder, level, levelName, depth, ownIndex },
    ...treeOf(regions),
  ]);
}

/** Every region, each after its own (post-order): the order a build writes them in, as a parent needs its regions' summaries. */
export function buildOrder(plans: readonly RegionPlan[]): RegionPlan[] {
  return plans.flatMap((p) => [...buildOrder(p.regions), p]);
}
