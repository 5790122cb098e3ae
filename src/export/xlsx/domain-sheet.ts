// One domain as a sheet in the official layout: title row, the two header rows with the canonical
// merges, one row per item with 一级事项 merged down over its rows. Rows are committed group by
// group, so the streaming writer holds only the current 一级事项 in memory.
import type { Worksheet } from 'exceljs';
import type { ChannelPresentation, PublishedDomain, PublishedItem } from '../../model/compendium.js';
import { tableTitle } from '../../model/table-layout.js';
import { domainColumns, type SheetColumn } from './columns.js';
import { sheetOptions } from './page.js';
import { STYLES } from './styles.js';
import { fitWidth, rowHeight, textWidth, wrappedLines } from './widths.js';

/** The part of exceljs's streaming workbook writer used here. */
export interface SheetSink {
  addWorksheet(name: string, options?: object): Worksheet;
}

const TITLE_ROW = 1;
const HEADER_FIRST = 2;
const HEADER_LAST = 3;
const L1_COLUMN = 2;

export interface DomainSheetOptions {
  region: string;
  channels: ChannelPresentation;
}

function columnWidths(columns: readonly SheetColumn[], items: readonly PublishedItem[]): number[] {
  return columns.map((c) => {
    let widest = c.group ? textWidth(c.label) : 0;
    for (const item of items) widest = Math.max(widest, textWidth(String(c.value(item))));
    return fitWidth(widest, c.width);
  });
}

/** Consecutive items sharing a 一级事项: one merged cell each. */
function l1Groups(items: readonly PublishedItem[]): PublishedItem[][] {
  const groups: PublishedItem[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last[0]!.l1 === item.l1) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

function writeHeader(ws: Worksheet, columns: readonly SheetColumn[]): void {
  const top = ws.getRow(HEADER_FIRST);
  const leaf = ws.getRow(HEADER_LAST);
  columns.forEach((c, i) => {
    const col = i + 1;
    top.getCell(col).style = STYLES.header;
    leaf.getCell(col).style = STYLES.header;
    if (!c.group) {
      top.getCell(col).value = c.label;
      ws.mergeCells(HEADER_FIRST, col, HEADER_LAST, col);
      return;
    }
    leaf.getCell(col).value = c.label;
    if (columns[i - 1]?.group === c.group) return;
    top.getCell(col).value = c.group;
    let last = i;
    while (columns[last + 1]?.group === c.group) last++;
    if (last > i) ws.mergeCells(HEADER_FIRST, col, HEADER_FIRST, last + 1);
  });
  top.height = 24;
  leaf.height = 24;
  leaf.commit();
}

export function writeDomainSheet(book: SheetSink, sheetName: string, domain: PublishedDomain, options: DomainSheetOptions): void {
  const columns = domainColumns(domain.columns, options.channels);
  const widths = columnWidths(columns, domain.items);
  const ws = book.addWorksheet(sheetName, sheetOptions('A3', { first: HEADER_FIRST, last: HEADER_LAST }));
  ws.columns = columns.map((c, i) => ({ width: widths[i], hidden: c.hidden ?? false }));

  const title = ws.getRow(TITLE_ROW);
  title.getCell(1).value = tableTitle(options.region, domain.name);
  title.getCell(1).style = STYLES.title;
  title.height = 40;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);
  writeHeader(ws, columns);

  let rowNumber = HEADER_LAST;
  for (const group of l1Groups(domain.items)) {
    const first = rowNumber + 1;
    for (const item of group) {
      const row = ws.getRow(++rowNumber);
      let lines = 1;
      columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        const value = c.value(item);
        // Strings stay strings (shared-string cells): text such as "=1+1" is never a formula.
        cell.value = value;
        cell.style = c.align === 'center' ? STYLES.center : STYLES.left;
        const spansRows = i + 1 === L1_COLUMN && group.length > 1;
        if (!c.hidden && !spansRows && typeof value === 'string') lines = Math.max(lines, wrappedLines(value, widths[i]!));
      });
      row.height = rowHeight(lines);
    }
    if (group.length > 1) ws.mergeCells(first, L1_COLUMN, rowNumber, L1_COLUMN);
    ws.getRow(rowNumber).commit();
  }
  ws.commit();
}
