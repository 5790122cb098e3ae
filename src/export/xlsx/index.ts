// The xlsx build target: each workspace of the tree gets its directory.xlsx in its folder. A
// county: the whole directory as one print-ready workbook in the official layout. A workspace with
// regions: a summary workbook whose 汇总 sheet counts each child region's items (its own and those
// of every region below it) by domain — and, with `xlsx: {summary: nested}`, a sheet per level
// below (县级汇总, 乡级汇总 …) — followed by its own 目录 and domain sheets when it has directories.
import { dirname, join } from 'node:path';
import { fullName, walkRegions } from '../../core/region-tree.js';
import { type RegionSummary, type TargetContext, type TargetWriter } from '../target-writer.js';
import { printedChanges } from '../../diff/change-list.js';
import { writeChangesSheet } from './changes-sheet.js';
import { writeDirectorySheets, writeDirectoryWorkbook } from './directory-workbook.js';
import { SUMMARY_SHEET, summaryTitle, writeSummarySheet, type SummaryRow } from './summary-sheet.js';
import { writeWorkbookFile } from './workbook.js';
import { makeFolder } from '../../util/make-folder.js';

/** In 汇总, the file of the parent's own directories: the summary workbook itself. */
const THIS_WORKBOOK = '本工作簿';

export const xlsxWriter: TargetWriter = async (ctx) => {
  const { compendium } = ctx;
  const file = ctx.folder + ctx.output;
  const path = join(ctx.outDir, file);
  makeFolder(dirname(path));
  // A region's workbook is one step of the build; the top's sheets are shown one by one.
  if (ctx.folder) ctx.progress(file);
  const progress = ctx.folder ? () => {} : ctx.progress;
  if (!ctx.regions.length) {
    await writeDirectoryWorkbook(path, compendium, { progress });
    return [file];
  }
  const row = (r: RegionSummary, name = r.name): SummaryRow => ({
    name,
    file: r.folder.slice(ctx.folder.length) + ctx.output,
    overview: r.overview,
  });
  const rows = ctx.regions.map((r) => row(r));
  const own = compendium.domains.length > 0;
  const changes = printedChanges(compendium);
  if (own) rows.unshift({ name: `${compendium.region}本级`, file: THIS_WORKBOOK, overview: compendium.overview });
  const levels = compendium.summaryLayout === 'nested' ? levelSheets(ctx, row) : [];
  const properties = { title: summaryTitle(compendium), publisher: compendium.publisher, timestamp: compendium.timestamp };
  await writeWorkbookFile(path, properties, (book) => {
    writeSummarySheet(book, compendium, rows);
    for (const level of levels)
      writeSummarySheet(book, compendium, level.rows, `${level.name}${SUMMARY_SHEET}`, `${compendium.region}${level.name}地区事项数汇总表`);
    if (own)
      writeDirectorySheets(book, compendium, { progress, reserved: [SUMMARY_SHEET, ...levels.map((l) => `${l.name}${SUMMARY_SHEET}`)] });
    else if (changes) writeChangesSheet(book, compendium, changes);
  });
  return [file];
};

/**
 * A sheet per level (县级汇总, 乡级汇总 …): every region of that level, named with the regions above
 * it. A level whose regions are exactly the child regions has no sheet: 汇总 is that sheet.
 */
function levelSheets(ctx: TargetContext, row: (r: RegionSummary, name: string) => SummaryRow): { name: string; rows: SummaryRow[] }[] {
  const sheets = new Map<string, { rows: SummaryRow[]; below: boolean }>();
  for (const visit of walkRegions(ctx.regions)) {
    const { levelName } = visit.region;
    const sheet = sheets.get(levelName) ?? { rows: [], below: false };
    sheets.set(levelName, { rows: [...sheet.rows, row(visit.region, fullName(visit))], below: sheet.below || visit.depth > 1 });
  }
  return [...sheets].filter(([, s]) => s.below).map(([name, s]) => ({ name, rows: s.rows }));
}
