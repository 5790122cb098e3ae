// What coverage is measured against: how much of the guideline each domain's guideline holds, and
// the same summed over the domains reported, so that 100 % is never read as complete.
import { normaliseName } from '../model/names.js';
import type { DirectoryData, GuidelineCounts } from '../model/types.js';

/** What the guidelines a domain is measured against holds, and what the guideline itself lists where that is known. */
export interface Yardstick {
  /** Whether the guidelines is known to hold every item of the guideline (its `complete:`). */
  complete: boolean;
  /** The 一级事项 and 二级事项 the guidelines holds. */
  holds: { l1: number; l2: number };
  /** The counts a public page gives for the guideline's own 标准目录. */
  guideline?: GuidelineCounts;
}

/** The yardstick summed: how many guidelines are incomplete, and in the domains whose guideline count is known, how far the guidelines falls short. */
export interface TotalYardstick {
  complete: boolean;
  incompleteDomains: number;
  holds: { l1: number; l2: number };
  /** Over the domains whose guideline gives its count of 二级事项. */
  known: { domains: number; guidelineL2: number; guidelineHoldsL2: number };
}

export function yardstickOf(national: DirectoryData | undefined): Yardstick {
  const items = national?.items ?? [];
  const counts = national?.guideline?.counts;
  return {
    complete: national?.complete === true,
    holds: { l1: new Set(items.map((i) => normaliseName(i.l1))).size, l2: items.filter((i) => i.l2).length },
    ...(counts ? { guideline: counts } : {}),
  };
}

export function totalYardstick(domains: readonly { yardstick: Yardstick }[]): TotalYardstick {
  const known = domains.filter((d) => d.yardstick.guideline?.l2 !== undefined);
  return {
    complete: domains.every((d) => d.yardstick.complete),
    incompleteDomains: domains.filter((d) => !d.yardstick.complete).length,
    holds: { l1: domains.reduce((n, d) => n + d.yardstick.holds.l1, 0), l2: domains.reduce((n, d) => n + d.yardstick.holds.l2, 0) },
    known: {
      domains: known.length,
      guidelineL2: known.reduce((n, d) => n + d.yardstick.guideline!.l2!, 0),
      guidelineHoldsL2: known.reduce((n, d) => n + d.yardstick.holds.l2, 0),
    },
  };
}
