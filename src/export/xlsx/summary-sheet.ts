// The 汇总 sheet of a summary workbook (and each level's sheet): one row per region, one column per domain (the
// 26 in the national order) with its item count, a 合计 column and row — numbers computed here,
// never formulas — and, as plain text, the file holding each region's own workbook.
import type { Compendium } from '../../model/compendium.js';
import { DOMAINS } from '../../model/domains.js';
import { HEADER } from '../../model/fields.js';
import { directoryTitle } from '../../model/table-layout.js';
import type { SheetSink } from './domain-sheet.js';
import { sheetOptions } from './page.js';
import { STYLES } from './styles.js';
import { fitWidth, rowHeight, textWidth, wrappedLines } from './widths.js';

export const SUMMARY_SHEET = '汇总';

const LABELS = { region: '地区', total: '合计', file: '分册文件' };

export interface SummaryRow {
  /** The region as the row names it. */
  name: string;
  /** Where the region's workbook is, relative to the summary workbook (or a note that it is this one). */
  file: string;
  /** Every one of the 26 domains, in the national order, with the region's item count. */
  overview: Compendium['overview'];
}

const HEADER_ROW = 3;
/** 序号 and 地区 stay in view when scrolling across the 26 domain columns. */
const LABEL_COLUMNS = 2;
/** Narrow count columns: a domain name wraps to a few lines in the header, counts fit on one. */
const COUNT_WIDTH = 8;

export function summaryTitle(parent: Compendium): string {
  return directoryTitle(parent.region, '事项数汇总表');
}

/** `sheet` and `heading` name a level's sheet (县级汇总); the 汇总 sheet's are the defaults. */
export function writeSummarySheet(
  book: SheetSink,
  parent: Compendium,
  rows: readonly SummaryRow[],
  sheet = SUMMARY_SHEET,
  heading = summaryTitle(parent),
): void {
  const header = [HEADER.seq, LABELS.region, ...DOMAINS.map((d) => d.name), LABELS.total, LABELS.file];
  const widths = [
    6,
    fitWidth(Math.max(textWidth(LABELS.region), ...rows.map((r) => textWidth(r.name))), { min: 10, max: 24 }),
    ...DOMAINS.map(() => COUNT_WIDTH),
    COUNT_WIDTH,
    fitWidth(Math.max(textWidth(LABELS.file), ...rows.map((r) => textWidth(r.file))), { min: 12, max: 40 }),
  ];
  const ws = book.addWorksheet(
    sheet,
    sheetOptions({ paper: parent.workbookPaper, orientation: 'landscape' }, { first: HEADER_ROW, last: HEADER_ROW }, LABEL_COLUMNS),
  );
  ws.columns = widths.map((width) => ({ width }));

  const title = ws.getRow(1);
  title.getCell(1).value = heading;
  title.getCell(1).style = STYLES.title;
  title.height = 40;
  ws.mergeCells(1, 1, 1, header.length);

  const info = ws.getRow(2);
  info.getCell(1).value = `${parent.publisher}　版本 ${parent.version}　${parent.date}`;
  info.getCell(1).style = STYLES.subtitle;
  info.height = 22;
  ws.mergeCells(2, 1, 2, header.length);

  const head = ws.getRow(HEADER_ROW);
  header.forEach((label, i) => {
    head.getCell(i + 1).value = label;
    head.getCell(i + 1).style = STYLES.header;
  });
  head.height = rowHeight(Math.max(...header.map((label, i) => wrappedLines(label, widths[i]!))));
  head.commit();

  // Totals are numbers computed here: the workbook carries no formulas at all.
  const columnTotals = DOMAINS.map(() => 0);
  rows.forEach((region, r) => {
    const counts = region.overview.map((d) => d.count);
    counts.forEach((n, d) => (columnTotals[d]! += n));
    const values = [r + 1, region.name, ...counts, sum(counts), region.file];
    const row = ws.getRow(HEADER_ROW + 1 + r);
    values.forEach((value, i) => {
      row.getCell(i + 1).value = value;
      row.getCell(i + 1).style = i === 1 || i === values.length - 1 ? STYLES.left : STYLES.center;
    });
    row.height = rowHeight(Math.max(wrappedLines(region.name, widths[1]!), wrappedLines(region.file, widths.at(-1)!)));
    row.commit();
  });

  const total = ws.getRow(HEADER_ROW + 1 + rows.length);
  ['', LABELS.total, ...columnTotals, sum(columnTotals), ''].forEach((value, i) => {
    if (value !== '') total.getCell(i + 1).value = value;
    total.getCell(i + 1).style = STYLES.total;
  });
  total.height = rowHeight(1);
  ws.commit();
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
