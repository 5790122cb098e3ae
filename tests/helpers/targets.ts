// Runs one build target on its own, the way `gkml build` drives it (each region, then finish),
// without the lint gate: tests use it for inputs lint would refuse.
import { summarise, type RegionBuild, type TargetContext, type TargetFactory } from '../../src/build/target.js';

/** A region for a target test: its name and root default to its compendium's and workspace's. */
export type TestRegion = Omit<RegionBuild, 'name' | 'root'> & Partial<Pick<RegionBuild, 'name' | 'root'>>;

export async function runTarget(factory: TargetFactory, ctx: Omit<TargetContext, 'regions'>, regions: readonly TestRegion[] = []): Promise<string[]> {
  const full: RegionBuild[] = regions.map((r) => ({ ...r, name: r.name ?? r.compendium.region, root: r.root ?? r.workspace.root }));
  const writer = await factory({ ...ctx, regions: full.map(({ slug, name, root }) => ({ slug, name, root })) });
  const files: string[] = [];
  for (const r of full) files.push(...((await writer.region?.(r)) ?? []));
  files.push(...(await writer.finish(full.map(summarise))));
  return files;
}
