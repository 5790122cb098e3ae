// The region tree (province → city → county → township, to any depth): one shape for every stage
// that knows it — the workspace folders found (workspace/region-folders.ts), the build's plan
// (build/regions.ts), the tree and the written regions' summaries an exporter is handed
// (export/target-writer.ts) — and the walks they share. On the ground floor because the workspace
// reader, below the model, finds the tree, and exporters, which may not read workspace/, walk it.

/** A region and its own regions, in order; `T` is what a stage knows of each region. */
export type RegionTree<T> = T & { regions: RegionTree<T>[] };

/** Anything with regions of its own (a RegionTree, or an interface of that shape). */
export interface Branching<R> {
  readonly regions: readonly R[];
}

/** A region met on a walk: how deep it is (1 for one of the regions walked) and the regions between (outermost first). */
export interface RegionVisit<R> {
  region: R;
  depth: number;
  trail: readonly R[];
}

/** Every region of `regions` and below, with depth and trail: each before its own (`pre`) or after them (`post`). */
export function walkRegions<R extends Branching<R>>(regions: readonly R[], order: 'pre' | 'post' = 'pre'): RegionVisit<R>[] {
  const visits: RegionVisit<R>[] = [];
  const walk = (list: readonly R[], trail: readonly R[]) => {
    for (const region of list) {
      const visit = { region, depth: trail.length + 1, trail };
      if (order === 'pre') visits.push(visit);
      walk(region.regions, [...trail, region]);
      if (order === 'post') visits.push(visit);
    }
  };
  walk(regions, []);
  return visits;
}

/** Every region below these, each before its own (pre-order): the order pages and reports list them in. */
export function descendants<R extends Branching<R>>(regions: readonly R[]): R[] {
  return regions.flatMap((r) => [r, ...descendants(r.regions)]);
}

/** Every region below these, each after its own (post-order): the order a build writes them in, a parent needing its regions'. */
export function postOrder<R extends Branching<R>>(regions: readonly R[]): R[] {
  return regions.flatMap((r) => [...postOrder(r.regions), r]);
}

/** A region named with the regions above it, as a province's pages and sheets tell two townships of one name apart (东州市安平县). */
export function fullName<R extends { name: string }>(visit: RegionVisit<R>): string {
  return [...visit.trail, visit.region].map((r) => r.name).join('');
}

/** The same tree with each region's own data made anew by `own` (its regions are mapped after it). */
export function mapRegions<R extends Branching<R>, T>(regions: readonly R[], own: (region: R) => T): RegionTree<T>[] {
  return regions.map((r) => ({ ...own(r), regions: mapRegions(r.regions, own) }));
}
