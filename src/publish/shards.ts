// `gkml build --shard i/n`: the regions one of n builds (CI runners) takes. The leaf-most regions
// (those with none below them), in build order, are cut into n runs of nearly equal length; a
// shard builds its run, and every region above whose leaves all fall in it (a county whose
// townships are all its own, a city whose counties are). A region is so built by one shard at most,
// and the build that assembles builds only the regions the cuts pass through, and the top. Every
// runner plans the same tree, so every runner draws the same shares.
import { postOrder } from '../core/region-tree.js';
import type { RegionPlan } from './regions.js';

/** The `index`-th (from 1) of `count` shares. */
export interface Shard {
  index: number;
  count: number;
}

export function shardRegions(plans: readonly RegionPlan[], shard: Shard): RegionPlan[] {
  const order = postOrder(plans);
  const leaves = order.filter((plan) => plan.regions.length === 0);
  const cut = (k: number) => Math.floor((k * leaves.length) / shard.count);
  const mine = new Set(leaves.slice(cut(shard.index - 1), cut(shard.index)));
  const whole = (plan: RegionPlan): boolean => (plan.regions.length === 0 ? mine.has(plan) : plan.regions.every(whole));
  return order.filter(whole);
}
