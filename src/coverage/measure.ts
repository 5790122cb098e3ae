// Coverage measured: per domain, which guideline 一级/二级事项 the county's items cover (match.ts),
// which it lacks and which it adds; then the totals. A workspace is measured in every national
// domain (a domain it lacks is all missing); a table only in the domains it holds, the others
// named once as not submitted.
import { loadGuidelines } from '../guideline/guideline.js';
import { DOMAINS } from '../model/domains.js';
import { type NameMeaning } from '../model/name-meaning.js';
import type { DirectoryData } from '../model/types.js';
import { matchDomain, type CountyEntry } from './match.js';
import { totalYardstick, yardstickOf, type TotalYardstick, type Yardstick } from './yardstick.js';

export interface CoveredItem {
  guidelineId: string;
  l1: string;
  l2?: string;
  /** The county item that covers it: its id in a workspace; in a table, the cell its row starts at (社会救助!A5). */
  countyId: string;
  /** 'id' when the county item has the guidelines item's id too (a workspace only), else 'name'. */
  by: 'id' | 'name';
  /** The county's names, when they are alike but not the same (Dice ≥ 0.6 of 一级 and of 二级事项). */
  renamed?: { l1: string; l2?: string };
}

export interface MissingItem {
  guidelineId: string;
  l1: string;
  l2?: string;
}

export interface AddedItem {
  /** Its id in a workspace; in a table, the cell its row starts at. */
  id: string;
  l1: string;
  l2?: string;
}

export interface DomainCoverage {
  id: string;
  name: string;
  present: boolean;
  guidelineCount: number;
  covered: CoveredItem[];
  missing: MissingItem[];
  added: AddedItem[];
  /** Percentage of guideline items covered, 0–100 with one decimal. */
  percent: number;
  yardstick: Yardstick;
}

export interface CoverageReport {
  region: string;
  /** What was measured: a workspace (ids its own), or a submitted table (rows known by their cells). */
  source: 'workspace' | 'table';
  /** A workspace: every national domain, present or not. A table: the domains it holds. */
  domains: DomainCoverage[];
  /** A table: the national domains it does not hold (未报送), not counted in the totals. */
  notSubmitted?: { id: string; name: string }[];
  totals: { guideline: number; covered: number; missing: number; added: number; percent: number; yardstick: TotalYardstick };
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

function percent(covered: number, total: number): number {
  return total === 0 ? 100 : Math.round((covered / total) * 1000) / 10;
}

const names = (i: { l1: string; l2?: string | null }) => ({ l1: i.l1, ...(i.l2 ? { l2: i.l2 } : {}) });

function domainCoverage(
  id: string,
  name: string,
  guideline: DirectoryData | undefined,
  county: readonly CountyEntry[] | undefined,
  meaning: NameMeaning,
  trustIds: boolean,
): DomainCoverage {
  const guidelineItems = guideline?.items ?? [];
  const { matches, used } = matchDomain(guidelineItems, county ?? [], meaning, trustIds);
  const covered: CoveredItem[] = [];
  const missing: MissingItem[] = [];
  for (const b of guidelineItems) {
    const m = matches.get(b.id);
    if (!m) missing.push({ guidelineId: b.id, ...names(b) });
    else
      covered.push({ guidelineId: b.id, ...names(b), countyId: m.county.id, by: m.by, ...(m.renamed ? { renamed: names(m.county) } : {}) });
  }
  return {
    id,
    name,
    present: county !== undefined,
    guidelineCount: guidelineItems.length,
    covered,
    missing,
    added: (county ?? []).filter((c) => !used.has(c)).map((c) => ({ id: c.id, ...names(c) })),
    percent: percent(covered.length, guidelineItems.length),
    yardstick: yardstickOf(guideline),
  };
}

export interface Measured {
  region: string;
  source: CoverageReport['source'];
  /** The county's items by domain id. */
  county: ReadonlyMap<string, readonly CountyEntry[]>;
  /** The search synonyms names are read with. */
  meaning: NameMeaning;
}

/** The coverage of a county's items, by domain id, against the national guidelines. */
export function measureCoverage({ region, source, county, meaning }: Measured): CoverageReport {
  const guideline = loadGuidelines();
  const table = source === 'table';
  const measured = DOMAINS.filter((d) => !table || county.has(d.id));
  const domains = measured.map((d) => domainCoverage(d.id, d.name, guideline.get(d.id)?.data, county.get(d.id), meaning, !table));
  const sum = (f: (d: DomainCoverage) => number) => domains.reduce((n, d) => n + f(d), 0);
  const totals = {
    guideline: sum((d) => d.guidelineCount),
    covered: sum((d) => d.covered.length),
    missing: sum((d) => d.missing.length),
    added: sum((d) => d.added.length),
    // A table with no domain read covers nothing.
    percent: domains.length
      ? percent(
          sum((d) => d.covered.length),
          sum((d) => d.guidelineCount),
        )
      : 0,
    yardstick: totalYardstick(domains),
  };
  const notSubmitted = table ? DOMAINS.filter((d) => !county.has(d.id)).map((d) => ({ id: d.id, name: d.name })) : undefined;
  return { region, source, domains, ...(notSubmitted ? { notSubmitted } : {}), totals, regions: [] };
}
