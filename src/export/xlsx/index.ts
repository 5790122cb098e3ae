// The xlsx build target. A county: directory.xlsx, the whole workspace as one print-ready workbook
// in the official layout. A city or province: each region's own workbook, exactly as a build of
// that region alone would write it, at regions/<slug>/directory.xlsx, and at the top a
// directory.xlsx whose 汇总 sheet counts every region's items by domain (followed by the
// parent's own 目录 and domain sheets, when it has directories of its own). Each region's
// workbook is written while the region is loaded; the summary needs only its counts.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { duplicateRegion, regionFolder, type RegionBuild, type RegionSummary, type TargetContext, type TargetWriter } from '../target.js';
import { writeDirectorySheets, writeDirectoryWorkbook } from './directory-workbook.js';
import { SUMMARY_SHEET, summaryTitle, writeSummarySheet, type SummaryRow } from './summary-sheet.js';
import { writeWorkbookFile } from './workbook.js';

/** In 汇总, the file of the parent's own directories: the summary workbook itself. */
const THIS_WORKBOOK = '本工作簿';

export async function xlsxWriter(ctx: TargetContext): Promise<TargetWriter> {
  const { compendium } = ctx;
  const regionFile = (slug: string) => regionFolder(slug) + ctx.output;
  const written = new Set<string>();
  return {
    async region(region: RegionBuild) {
      const file = regionFile(region.slug);
      // The build refuses such regions up front; checked again here, where a file would be overwritten.
      if (written.has(file)) throw duplicateRegion(region.slug);
      written.add(file);
      ctx.progress(file);
      const path = join(ctx.outDir, file);
      mkdirSync(dirname(path), { recursive: true });
      await writeDirectoryWorkbook(path, region.compendium, { progress: () => {} });
      return [file];
    },
    async finish(regions: readonly RegionSummary[]) {
      if (!ctx.regions.length) {
        await writeDirectoryWorkbook(join(ctx.outDir, ctx.output), compendium, { progress: ctx.progress });
        return [ctx.output];
      }
      const rows: SummaryRow[] = regions.map((r) => ({ name: r.name, file: regionFile(r.slug), overview: r.overview }));
      const own = compendium.domains.length > 0;
      if (own) rows.unshift({ name: `${compendium.region}本级`, file: THIS_WORKBOOK, overview: compendium.overview });
      const properties = { title: summaryTitle(compendium), publisher: compendium.publisher, timestamp: compendium.timestamp };
      await writeWorkbookFile(join(ctx.outDir, ctx.output), properties, (book) => {
        writeSummarySheet(book, compendium, rows);
        if (own) writeDirectorySheets(book, compendium, { progress: ctx.progress, reserved: [SUMMARY_SHEET] });
      });
      return [ctx.output];
    },
  };
}
