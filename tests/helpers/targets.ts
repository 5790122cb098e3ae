// Runs one build target on its own, the way `gkml build` drives it (each region, then finish),
// without the lint gate: tests use it for inputs lint would refuse.
import { summarise, type RegionBuild, type TargetContext, type TargetFactory } from '../../src/export/target.js';

/** A region for a target test: its name defaults to its compendium's region. */
export type TestRegion = Omit<RegionBuild, 'name'> & Partial<Pick<RegionBuild, 'name'>>;

export async function runTarget(factory: TargetFactory, ctx: Omit<TargetContext, 'regions'>, regions: readonly TestRegion[] = []): Promise<string[]> {
  const full: RegionBuild[] = regions.map((r) => ({ ...r, name: r.name ?? r.compendium.region }));
  const writer = await factory({ ...ctx, regions: full.map(({ slug, name }) => ({ slug, name })) });
  const files: string[] = [];
  for (const r of full) files.push(...((await writer.region?.(r)) ?? []));
  files.push(...(await writer.finish(full.map(summarise))));
  return files;
}
