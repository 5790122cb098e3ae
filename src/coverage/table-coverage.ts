// Coverage of a submitted workbook or CSV file, read as `gkml import` reads it: each row known by
// the cell it starts at, never by an id made from its position, and matched with the guidelines by
// its names alone, with gkml's own search synonyms (a table brings no gkml.config.yaml).
import { cellName } from '../import/grid.js';
import { readTables } from '../import/read-tables.js';
import { NameMeaning } from '../model/name-meaning.js';
import { synonymGroups } from '../model/search-synonyms.js';
import type { CountyEntry } from './match.js';
import { measureCoverage, type CoverageReport } from './measure.js';

/** The report is named by the file, as displayed. */
export async function tableCoverage(file: string, cwd: string | undefined, domain?: string): Promise<CoverageReport> {
  const read = await readTables({ file, cwd, ...(domain !== undefined ? { domain } : {}) });
  const county = new Map<string, CountyEntry[]>();
  for (const { domain, rows } of read.domains.values())
    county.set(
      domain.id,
      rows.map((r) => ({ id: cellName(r.ref), l1: r.draft.l1, l2: r.draft.l2 })),
    );
  return measureCoverage({ region: read.file, source: 'table', county, meaning: new NameMeaning(synonymGroups(read.path)) });
}
