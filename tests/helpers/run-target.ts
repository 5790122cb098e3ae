// Runs one build target on its own, the way `gkml build` drives it (each region's folder, then the
// top with the regions' summaries), without the lint gate: tests use it for inputs lint would refuse.
import type { DiffReport } from '../../src/diff/diff.js';
import type { Compendium } from '../../src/model/compendium.js';
import { publicationOf, regionPath, summarise, type TargetContext, type TargetWriter } from '../../src/export/target-writer.js';

/** A region for a target test (no regions of its own): its name defaults to its compendium's region. */
export interface TestRegion {
  slug: string;
  name?: string;
  compendium: Compendium;
  changes?: DiffReport;
}

/** The top's context, as a test gives it: the rest is filled in as `gkml build` would. */
export type TestContext = Omit<TargetContext, 'regions' | 'publication' | 'folder' | 'trail' | 'tree'> &
  Partial<Pick<TargetContext, 'publication'>>;

export async function runTarget(write: TargetWriter, ctx: TestContext, regions: readonly TestRegion[] = []): Promise<string[]> {
  const publication = ctx.publication ?? publicationOf(ctx.compendium);
  const tree = regions.map((r) => ({
    slug: r.slug,
    name: r.name ?? r.compendium.region,
    folder: regionPath('', r.slug),
    level: r.compendium.level,
    levelName: r.compendium.levelLabels[0] ?? '',
    ownIndex: true,
    regions: [],
  }));
  const files: string[] = [];
  const summaries = [];
  for (const [i, r] of regions.entries()) {
    const place = tree[i]!;
    // The build sets a region's changes on its compendium, where every target reads them.
    const compendium = r.changes ? { ...r.compendium, changes: r.changes } : r.compendium;
    files.push(
      ...(await write({
        ...ctx,
        publication,
        compendium,
        folder: place.folder,
        trail: [],
        tree,
        regions: [],
      })),
    );
    summaries.push(summarise(place, compendium, []));
  }
  files.push(...(await write({ ...ctx, publication, folder: '', trail: [], tree, regions: summaries })));
  return files;
}
