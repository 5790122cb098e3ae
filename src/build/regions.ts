// The child regions of a city or province, planned before any is loaded: their folders, slugs and names.
import { basename, join } from 'node:path';
import { REGION_SLUG, duplicateRegion, type RegionRef } from '../export/target.js';
import { CONFIG_FILE, loadConfig } from '../workspace/config.js';
import { childWorkspaces } from '../workspace/targets.js';

export interface RegionPlan extends RegionRef {
  root: string;
}

export async function planRegions(root: string, cwd: string): Promise<RegionPlan[]> {
  const plans: RegionPlan[] = [];
  for (const [i, dir] of (await childWorkspaces(root, cwd)).entries()) {
    const name = basename(dir);
    const slug = REGION_SLUG.test(name) ? name : `region-${String(i + 1).padStart(3, '0')}`;
    if (plans.some((p) => p.slug === slug)) throw duplicateRegion(slug);
    plans.push({ slug, name: loadConfig(join(dir, CONFIG_FILE), cwd).region, root: dir });
  }
  return plans;
}
