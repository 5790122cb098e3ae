// The fillable workbook (填报工作簿), Excel as the authoring surface: `<地区>标准目录（填报）.xlsx`
// with a sheet saying how to fill it, then one sheet per domain (fillable-sheet.ts). A clerk fills
// it in Excel or WPS; `gkml import <file> --into <workspace>` merges it back by item id.
import { dirname, join } from 'node:path';
import type { Compendium } from '../../model/compendium.js';
import { directoryTitle, FILLABLE_GUIDE_SHEET, FILLABLE_MARK, MARK, tableTitle, UNFILLED } from '../../model/table-layout.js';
import type { TargetWriter } from '../target-writer.js';
import type { SheetSink } from './domain-sheet.js';
import { writeFillableSheet } from './fillable-sheet.js';
import { sheetOptions } from './page.js';
import { uniqueSheetNames } from './sheet-names.js';
import { STYLES } from './styles.js';
import { writeWorkbookFile } from './workbook.js';
import { makeFolder } from '../../util/make-folder.js';

/**
 * The file a region's fillable workbook is written to. The name comes from the config's `region`:
 * whatever could make it a path or an unusable file name (/ \ : * ? " < > |, control characters, a
 * leading dot) becomes _, so it always names one file in the folder it is written to.
 */
export const fillableFileName = (region: string) =>
  `${region.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\./, '_')}标准目录${FILLABLE_MARK}.xlsx`;

function guideLines(c: Compendium): string[] {
  return [
    `这是${directoryTitle(c.region)}的填报工作簿：每个领域一张工作表，一行一个事项。`,
    `黄色底纹、写着“${UNFILLED}”的格子还要填写：填好后删去“${UNFILLED}”。`,
    `公开对象、公开方式、公开层级：在相应的列中下拉选择“${MARK}”，可选多个；“特定群体”一列也可直接写明群体。`,
    '公开内容(要素)、公开依据、公开渠道和载体：每行写一项，在单元格内按 Alt+Enter 换行。',
    '新增事项：在表格末尾的空行填写，“一级事项”必填；隐藏的“事项编号”列留空。',
    '一级事项没有二级事项的：把这一行的“一级事项”与“二级事项”两格合并为一格，不要在“二级事项”中写“无”或“/”。',
    '不要修改或删除隐藏的“事项编号”列：gkml 靠它把每一行的改动写回对应的事项。删去一行，不会删除工作区中的事项（合并时会列出）。',
    '选中列标题可以看到这一列怎么写。',
    '填好后交给维护工作区的同事，运行：gkml import <本文件> --into <工作区文件夹>（加 --dry-run 先看改动）。',
  ];
}

function writeGuideSheet(book: SheetSink, c: Compendium): void {
  const ws = book.addWorksheet(FILLABLE_GUIDE_SHEET, sheetOptions({ paper: 'A4', orientation: 'portrait' }, { first: 1, last: 1 }));
  ws.columns = [{ width: 6 }, { width: 90 }];
  const title = ws.getRow(1);
  title.getCell(1).value = directoryTitle(c.region, FILLABLE_MARK);
  title.getCell(1).style = STYLES.title;
  title.height = 40;
  ws.mergeCells(1, 1, 1, 2);
  title.commit();
  guideLines(c).forEach((text, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = i + 1;
    row.getCell(1).style = STYLES.center;
    row.getCell(2).value = text;
    row.getCell(2).style = STYLES.left;
    row.height = 36;
    row.commit();
  });
  ws.commit();
}

/** Writes the fillable workbook of `compendium` (compiled as a draft, so unfilled fields are known) at `path`. */
export async function writeFillableWorkbook(path: string, compendium: Compendium): Promise<void> {
  const title = directoryTitle(compendium.region, FILLABLE_MARK);
  await writeWorkbookFile(path, { title, publisher: compendium.publisher, timestamp: compendium.timestamp }, (book) => {
    writeGuideSheet(book, compendium);
    const names = uniqueSheetNames(
      compendium.domains.map((d) => d.name),
      [FILLABLE_GUIDE_SHEET],
    );
    compendium.domains.forEach((domain, i) =>
      writeFillableSheet(book, names[i]!, domain, tableTitle(compendium.region, domain.name) + FILLABLE_MARK),
    );
  });
}

/**
 * The `fillable` build target (`gkml build --only xlsx --fillable`): a county's fillable workbook;
 * each workspace of the tree its own in its folder, when it has directories of its own.
 */
export const fillableWriter: TargetWriter = async (ctx) => {
  // A city or province without directories of its own has nothing to fill in.
  if (ctx.regions.length && !ctx.compendium.domains.length) return [];
  const file = ctx.folder + fillableFileName(ctx.compendium.region);
  ctx.progress(file);
  const path = join(ctx.outDir, file);
  makeFolder(dirname(path));
  await writeFillableWorkbook(path, ctx.compendium);
  return [file];
};
