// Coverage of a county workspace (or a submitted workbook or CSV file) against the national
// baseline: per domain, which baseline 一级/二级事项 it covers (by id, then by normalised name),
// lacks, or adds.
import { loadBaseline } from '../guideline/guideline.js';
import { DOMAINS } from '../model/domains.js';
import { normaliseName } from '../model/names.js';
import { compile } from '../model/cascade.js';
import type { Compendium } from '../model/compendium.js';
import { assignIds } from '../import/items.js';
import { readTables } from '../import/read-tables.js';
import { isTableFile } from '../import/table-files.js';
import { loadWorkspace } from '../workspace/load.js';
import { regionTree } from '../workspace/targets.js';
import { displayPath } from '../util/paths.js';
import { resolve } from 'node:path';
import type { DirectoryData, GuidelineCounts, Item } from '../model/types.js';

export interface CoveredItem {
  baselineId: string;
  l1: string;
  l2?: string;
  /** The county item that covers it. */
  countyId: string;
  /** How it was matched: same id, or same name under another id. */
  by: 'id' | 'name';
  /** The county renamed the item (matched by id, name differs). */
  renamed?: { l1: string; l2?: string };
}

export interface MissingItem {
  baselineId: string;
  l1: string;
  l2?: string;
}

export interface AddedItem {
  id: string;
  l1: string;
  l2?: string;
}

/** What the baseline a domain is measured against holds, and what the guideline itself lists where that is known. */
export interface Yardstick {
  /** Whether the baseline is known to hold every item of the guideline (its `complete:`). */
  complete: boolean;
  /** The 一级事项 and 二级事项 the baseline holds. */
  holds: { l1: number; l2: number };
  /** The counts a public page gives for the guideline's own 标准目录. */
  guideline?: GuidelineCounts;
}

export interface DomainCoverage {
  id: string;
  name: string;
  present: boolean;
  baselineCount: number;
  covered: CoveredItem[];
  missing: MissingItem[];
  added: AddedItem[];
  /** Percentage of baseline items covered, 0–100 with one decimal. */
  percent: number;
  yardstick: Yardstick;
}

export interface CoverageReport {
  region: string;
  /** The workspace's own domains (for a city or province, its own directories: often none). */
  domains: DomainCoverage[];
  totals: { baseline: number; covered: number; missing: number; added: number; percent: number; yardstick: TotalYardstick };
  /** A city's or province's regions at every depth, each measured on its own; empty for a county or a table. */
  regions: RegionCoverage[];
}

export interface RegionCoverage {
  region: string;
  /** Its folder, as a path to give `gkml coverage`. */
  workspace: string;
  /** 1 for a child, 2 for a grandchild … */
  depth: number;
  totals: Omit<CoverageReport['totals'], 'yardstick'>;
}

/** The yardstick summed: how many baselines are incomplete, and in the domains whose guideline count is known, how far the baseline falls short. */
export interface TotalYardstick {
  complete: boolean;
  incompleteDomains: number;
  holds: { l1: number; l2: number };
  /** Over the domains whose guideline gives its count of 二级事项. */
  known: { domains: number; guidelineL2: number; baselineL2: number };
}

function yardstickOf(baseline: DirectoryData | undefined): Yardstick {
  const items = baseline?.items ?? [];
  const counts = baseline?.guideline?.counts;
  return {
    complete: baseline?.complete === true,
    holds: { l1: new Set(items.map((i) => normaliseName(i.l1))).size, l2: items.filter((i) => i.l2).length },
    ...(counts ? { guideline: counts } : {}),
  };
}

function totalYardstick(domains: readonly DomainCoverage[]): TotalYardstick {
  const known = domains.filter((d) => d.yardstick.guideline?.l2 !== undefined);
  return {
    complete: domains.every((d) => d.yardstick.complete),
    incompleteDomains: domains.filter((d) => !d.yardstick.complete).length,
    holds: { l1: domains.reduce((n, d) => n + d.yardstick.holds.l1, 0), l2: domains.reduce((n, d) => n + d.yardstick.holds.l2, 0) },
    known: {
      domains: known.length,
      guidelineL2: known.reduce((n, d) => n + d.yardstick.guideline!.l2!, 0),
      baselineL2: known.reduce((n, d) => n + d.yardstick.holds.l2, 0),
    },
  };
}

function percent(covered: number, total: number): number {
  return total === 0 ? 100 : Math.round((covered / total) * 1000) / 10;
}

/** Key of an item by name: an l1-only baseline item is covered by any county item under that l1. */
function nameKey(item: { l1: string; l2?: string | null }): string {
  return `${normaliseName(item.l1)}|${normaliseName(item.l2)}`;
}

function domainCoverage(id: string, name: string, baseline: DirectoryData | undefined, countyItems: readonly Item[] | undefined): DomainCoverage {
  const baselineItems = baseline?.items ?? [];
  const county = countyItems ?? [];
  const used = new Set<string>();
  const matches = new Map<string, { item: Item; by: 'id' | 'name' }>();
  const free = (pred: (i: Item) => boolean) => county.find((i) => !used.has(i.id) && pred(i));
  const claim = (b: Item, item: Item | undefined, by: 'id' | 'name') => {
    if (!item || matches.has(b.id)) return;
    matches.set(b.id, { item, by });
    used.add(item.id);
  };
  // Passes from the surest match to the loosest, so one county item covers one baseline item.
  for (const b of baselineItems) claim(b, free((i) => i.id === b.id && nameKey(i) === nameKey(b)), 'id');
  // By name: a 二级事项, or a 一级事项 standing alone (no l2); not one whose 二级事项 are unknown (null).
  for (const b of baselineItems) if (b.l2 !== null) claim(b, free((i) => nameKey(i) === nameKey(b)), 'name');
  for (const b of baselineItems) claim(b, free((i) => i.id === b.id), 'id');
  // A baseline 一级事项 whose 二级事项 are unknown (or that has none) is covered by any county item under it.
  for (const b of baselineItems) {
    if (b.l2 || matches.has(b.id)) continue;
    const item = county.find((i) => normaliseName(i.l1) === normaliseName(b.l1));
    if (item) {
      matches.set(b.id, { item, by: item.id === b.id ? 'id' : 'name' });
      used.add(item.id);
    }
  }

  const covered: CoveredItem[] = [];
  const missing: MissingItem[] = [];
  for (const b of baselineItems) {
    const l2 = b.l2 ?? undefined;
    const m = matches.get(b.id);
    if (!m) {
      missing.push({ baselineId: b.id, l1: b.l1, ...(l2 ? { l2 } : {}) });
      continue;
    }
    const renamed = m.by === 'id' && nameKey(m.item) !== nameKey(b) && !(l2 === undefined && normaliseName(m.item.l1) === normaliseName(b.l1));
    covered.push({
      baselineId: b.id,
      l1: b.l1,
      ...(l2 ? { l2 } : {}),
      countyId: m.item.id,
      by: m.by,
      ...(renamed ? { renamed: { l1: m.item.l1, ...(m.item.l2 ? { l2: m.item.l2 } : {}) } } : {}),
    });
  }
  const added = county.filter((i) => !used.has(i.id)).map((i) => ({ id: i.id, l1: i.l1, ...(i.l2 ? { l2: i.l2 } : {}) }));
  return {
    id,
    name,
    present: countyItems !== undefined,
    baselineCount: baselineItems.length,
    covered,
    missing,
    added,
    percent: percent(covered.length, baselineItems.length),
    yardstick: yardstickOf(baseline),
  };
}

/** The coverage of a compiled directory. */
export function coverageOf(c: Compendium): CoverageReport {
  const county = new Map<string, Item[]>();
  for (const d of c.domains) county.set(d.id, [...(county.get(d.id) ?? []), ...d.items.map((i) => i.data)]);
  return coverageOfItems(c.region, county);
}

/** Coverage of items by domain id, from a workspace or a submitted table. */
function coverageOfItems(region: string, county: ReadonlyMap<string, readonly Item[]>): CoverageReport {
  const baseline = loadBaseline();
  const domains = DOMAINS.map((d) => domainCoverage(d.id, d.name, baseline.get(d.id)?.data, county.get(d.id)));
  const sum = (f: (d: DomainCoverage) => number) => domains.reduce((n, d) => n + f(d), 0);
  const totals = {
    baseline: sum((d) => d.baselineCount),
    covered: sum((d) => d.covered.length),
    missing: sum((d) => d.missing.length),
    added: sum((d) => d.added.length),
    percent: percent(sum((d) => d.covered.length), sum((d) => d.baselineCount)),
    yardstick: totalYardstick(domains),
  };
  return { region, domains, totals, regions: [] };
}

export interface CoverageOptions {
  /** The workspace folder (default: the current folder). */
  workspace?: string;
  cwd?: string;
  /** `--domain`: the domain of every table of a submitted workbook or CSV file (a workspace's files say their own). */
  domain?: string;
}

/**
 * The coverage of a workspace, finished or not: coverage is about which items exist, not whether
 * they are filled in, so a draft is read as it is (a file that cannot be read as a directory aside).
 */
export async function coverage(options: CoverageOptions = {}): Promise<CoverageReport> {
  const target = options.workspace ?? '.';
  if (isTableFile(target)) return tableCoverage(target, options.cwd, options.domain);
  const cwd = options.cwd ?? process.cwd();
  const report = coverageOf(compile(await loadWorkspace(target, { cwd })));
  // Each region below, one at a time.
  for (const { dir, depth } of (await regionTree(resolve(cwd, target), cwd)).slice(1)) {
    const { region, totals } = coverageOf(compile(await loadWorkspace(dir, { cwd })));
    const { yardstick: _yardstick, ...counts } = totals;
    report.regions.push({ region, workspace: displayPath(dir, cwd), depth, totals: counts });
  }
  return report;
}

/** A submitted workbook or CSV file, read as `gkml import` reads it, named by its file in the report. */
async function tableCoverage(file: string, cwd: string | undefined, domain: string | undefined): Promise<CoverageReport> {
  const read = await readTables({ file, cwd, ...(domain !== undefined ? { domain } : {}) });
  const county = new Map<string, Item[]>();
  for (const { domain, rows } of read.domains.values()) county.set(domain.id, assignIds(domain.id, rows.map((r) => r.draft)));
  return coverageOfItems(read.file, county);
}
