// Coverage of a county workspace (or a submitted workbook or CSV file) against the national
// guideline: per domain, which guideline 一级/二级事项 it covers (by meaning: match.ts), lacks, or
// adds; for a city or province, each region below it too.
import { resolve } from 'node:path';
import { walkRegions } from '../core/region-tree.js';
import { compile } from '../model/cascade.js';
import type { Compendium } from '../model/compendium.js';
import { NameMeaning } from '../model/name-meaning.js';
import { isTableFile } from '../workspace/table-files.js';
import { loadWorkspace } from '../workspace/load.js';
import { regionFolders } from '../workspace/region-folders.js';
import { lintTableRegion } from '../lint/table-region.js';
import { displayPath } from '../util/paths.js';
import type { CountyEntry } from './match.js';
import { measureCoverage, type CoverageReport } from './measure.js';
import { tableCoverage } from './table-coverage.js';

export type { AddedItem, CoverageReport, CoveredItem, DomainCoverage, MissingItem, RegionCoverage } from './measure.js';
export type { TotalYardstick, Yardstick } from './yardstick.js';

/** The coverage of a compiled directory, its names read with its own search synonyms. */
export function coverageOf(c: Compendium): CoverageReport {
  const county = new Map<string, CountyEntry[]>();
  for (const d of c.domains) county.set(d.id, [...(county.get(d.id) ?? []), ...d.items.map((i) => i.data)]);
  return measureCoverage({ region: c.region, source: 'workspace', county, meaning: new NameMeaning(c.synonyms) });
}

export interface CoverageOptions {
  /** The workspace folder (default: the current folder), or a workbook or CSV file. */
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
  for (const { region: folder, depth } of walkRegions((await regionFolders(resolve(cwd, target), cwd)).regions)) {
    const ws = folder.table
      ? (await lintTableRegion(folder.dir, folder.table, { cwd })).workspace
      : await loadWorkspace(folder.dir, { cwd });
    const { region, totals } = coverageOf(compile(ws));
    const { yardstick: _yardstick, ...counts } = totals;
    report.regions.push({ region, workspace: displayPath(folder.dir, cwd), depth, totals: counts });
  }
  return report;
}
