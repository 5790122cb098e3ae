// `gkml build --shard i/n`: the regions one of n builds (CI runners) takes. The leaf-most regions
// (those with none below them) need nothing of another region, so each goes to exactly one shard:
// the k-th leaf in build order to shard (k mod n) + 1. Every runner plans the same tree, so every
// runner draws the same shares, and n shards together cover every leaf once.
import { postOrder } from '../core/region-tree.js';
import type { RegionPlan } from './regions.js';

/** The `index`-th (from 1) of `count` shares. */
export interface Shard {
  index: number;
  count: number;
}

export function shardRegions(plans: readonly RegionPlan[], shard: Shard): RegionPlan[] {
  return postOrder(plans)
    .filter((plan) => plan.regions.length === 0)
    .filter((_, k) => k % shard.count === shard.index - 1);
}
