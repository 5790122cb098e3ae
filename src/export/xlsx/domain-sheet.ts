// One domain as a sheet in the official layout: title row, the two header rows with the canonical
// merges, one row per item with 一级事项 merged down over its rows, or across the 二级事项 column for
// an item that has none. Rows are committed group by group, so the streaming writer holds only the
// current 一级事项 in memory.
import type { Worksheet } from 'exceljs';
import type { ChannelPresentation, OptionalColumns, Paper, PublishedDomain, PublishedItem } from '../../model/compendium.js';
import { l1Runs, l1Span, tableTitle } from '../../model/table-layout.js';
import { domainColumns, type SheetColumn } from './columns.js';
import { writeHeaderRows } from './header-rows.js';
import { sheetOptions } from './page.js';
import { pageBreaks, pageRoom, printScale } from './page-breaks.js';
import { STYLES } from './styles.js';
import { fitWidth, rowHeight, textWidth, wrappedLines } from './widths.js';

/** The part of exceljs's streaming workbook writer used here. */
export interface SheetSink {
  addWorksheet(name: string, options?: object): Worksheet;
}

const TITLE_ROW = 1;
const TITLE_HEIGHT = 40;
const HEADER_HEIGHT = 24;
const HEADER_FIRST = 2;
const HEADER_LAST = 3;
const L1_COLUMN = 2;

export interface DomainSheetOptions {
  region: string;
  channels: ChannelPresentation;
  draft: boolean;
  /** The paper the sheet prints on, landscape, one page wide. */
  paper: Paper;
}

function columnWidths(columns: readonly SheetColumn[], items: readonly PublishedItem[], optional: OptionalColumns): number[] {
  return columns.map((c) => {
    let widest = c.group ? textWidth(c.label) : 0;
    for (const item of items) {
      // A 一级事项 merged across 二级事项 has their room together: it does not widen its column.
      if (c.key === 'l1' && l1Span(item, optional) > 1) continue;
      widest = Math.max(widest, textWidth(String(c.value(item))));
    }
    return fitWidth(widest, c.width);
  });
}

/** Consecutive items sharing a 一级事项: one merged cell each. */
function l1Groups(items: readonly PublishedItem[]): PublishedItem[][] {
  return l1Runs(items).map((r) => items.slice(r.start, r.start + r.length));
}

/**
 * The row height of each item: its tallest cell, wrapped at the column widths (a 一级事项 merged
 * down wraps across its run; one merged across 二级事项 across the columns it covers).
 */
function rowHeights(
  items: readonly PublishedItem[],
  columns: readonly SheetColumn[],
  widths: readonly number[],
  runs: readonly PublishedItem[][],
  optional: OptionalColumns,
): number[] {
  const merged = new Set(runs.filter((r) => r.length > 1).flat());
  const l1 = L1_COLUMN - 1;
  return items.map((item) => {
    let lines = 1;
    const span = l1Span(item, optional);
    columns.forEach((c, i) => {
      const value = c.value(item);
      const covered = i > l1 && i < l1 + span;
      if (c.hidden || covered || (i === l1 && merged.has(item)) || typeof value !== 'string') return;
      const width = i === l1 ? widths.slice(l1, l1 + span).reduce((a, b) => a + b, 0) : widths[i]!;
      lines = Math.max(lines, wrappedLines(value, width));
    });
    return rowHeight(lines);
  });
}

export function writeDomainSheet(book: SheetSink, sheetName: string, domain: PublishedDomain, options: DomainSheetOptions): void {
  const columns = domainColumns(domain.columns, options.channels);
  const widths = columnWidths(columns, domain.items, domain.columns);
  const scale = printScale(
    options.paper,
    widths.filter((_, i) => !columns[i]!.hidden),
  );
  const ws = book.addWorksheet(
    sheetName,
    sheetOptions({ paper: options.paper, orientation: 'landscape' }, { first: HEADER_FIRST, last: HEADER_LAST }),
  );
  ws.columns = columns.map((c, i) => ({ width: widths[i], hidden: c.hidden ?? false }));

  const title = ws.getRow(TITLE_ROW);
  title.getCell(1).value = tableTitle(options.region, domain.name, options.draft);
  title.getCell(1).style = STYLES.title;
  title.height = TITLE_HEIGHT;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);
  writeHeaderRows(ws, columns, { first: HEADER_FIRST, last: HEADER_LAST, height: HEADER_HEIGHT });

  const runs = l1Groups(domain.items);
  const heights = rowHeights(domain.items, columns, widths, runs, domain.columns);
  const breaks = new Set(
    pageBreaks(
      heights,
      runs.map((r) => r.length),
      pageRoom(options.paper, scale, TITLE_HEIGHT, 2 * HEADER_HEIGHT),
    ),
  );
  let index = 0;
  for (const run of runs) {
    // A run cut by a page break is merged on each page, its 一级事项 written at the top of each part.
    let partStart = HEADER_LAST + index + 1;
    for (const item of run) {
      const rowNumber = HEADER_LAST + index + 1;
      const row = ws.getRow(rowNumber);
      columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        // Strings stay strings (shared-string cells): text such as "=1+1" is never a formula.
        cell.value = c.value(item);
        cell.style = c.align === 'center' ? STYLES.center : STYLES.left;
      });
      row.height = heights[index]!;
      const span = l1Span(item, domain.columns);
      if (span > 1) ws.mergeCells(rowNumber, L1_COLUMN, rowNumber, L1_COLUMN + span - 1);
      const pageEnds = breaks.has(index);
      if (pageEnds) row.addPageBreak();
      if (pageEnds || item === run.at(-1)) {
        if (rowNumber > partStart) ws.mergeCells(partStart, L1_COLUMN, rowNumber, L1_COLUMN);
        partStart = rowNumber + 1;
      }
      index++;
    }
    ws.getRow(HEADER_LAST + index).commit();
  }
  ws.commit();
}
