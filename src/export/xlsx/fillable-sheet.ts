// One domain as a sheet of the fillable workbook (填报工作簿): the official columns and headers,
// one row per item with every cell its own (no merged 一级事项, so rows can be added, sorted and
// copied; an item with no 二级事项 has an empty, unshaded 二级事项 cell, which a merge back leaves so), a √ dropdown in the mark columns, an input message on each header saying what to
// write, 待填写 in shaded cells, channels one per line, and the hidden id that brings a row home.
import type { Worksheet } from 'exceljs';
import { channelNames } from '../../model/channel-cell.js';
import type { PublishedDomain, PublishedItem } from '../../model/compendium.js';
import { columnSpec, columnTitle, type ColumnKey } from '../../model/fields.js';
import { isUnfilled, MARK, UNFILLED } from '../../model/table-layout.js';
import { domainColumns, type SheetColumn } from './columns.js';
import type { SheetSink } from './domain-sheet.js';
import { writeHeaderRows } from './header-rows.js';
import { sheetOptions } from './page.js';
import { STYLES } from './styles.js';
import { fitWidth, rowHeight, textWidth, wrappedLines } from './widths.js';

const TITLE_ROW = 1;
const HEADER_FIRST = 2;
const HEADER_LAST = 3;
/** Rows below the items that keep the dropdowns and messages, for the items a clerk adds. */
export const SPARE_ROWS = 200;

/** What to write in a column: the input message of its header, from the field registry. */
function promptOf(column: SheetColumn): { title: string; prompt: string } {
  const spec = columnSpec(column.key as ColumnKey);
  return { title: columnTitle(spec), prompt: spec.prompt };
}

/** Mark columns take a √ from a list; 特定群体 also takes the group's name, so a typed name is allowed with a notice. */
const MARK_COLUMNS = new Set(['society', 'specific', 'active', 'onRequest', 'level']);

interface Validations {
  add(range: string, validation: object): void;
}

/** exceljs's streaming sheets keep their validations here; its typings do not say so. */
const validationsOf = (ws: Worksheet) => (ws as unknown as { dataValidations: Validations }).dataValidations;

const columnLetter = (n: number): string =>
  n <= 26 ? String.fromCharCode(64 + n) : columnLetter(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));

function fillableColumns(domain: PublishedDomain): SheetColumn[] {
  // Channels as a clerk types them: the chosen ones, one per line, without check boxes.
  return domainColumns(domain.columns, 'checked').map((c) =>
    c.key === 'channels' ? { ...c, value: (item: PublishedItem) => (isUnfilled(c, item) ? UNFILLED : channelNames(item).join('\n')) } : c,
  );
}

/** The input message of each header: what to write in its column. */
function addPrompts(columns: readonly SheetColumn[], validations: Validations): void {
  columns.forEach((c, i) => {
    const prompt = promptOf(c);
    const letter = columnLetter(i + 1);
    validations.add(`${letter}${HEADER_FIRST}:${letter}${HEADER_LAST}`, {
      type: 'any',
      showInputMessage: true,
      promptTitle: prompt.title,
      prompt: prompt.prompt,
    });
  });
}

/** The dropdowns and messages of the data rows, spare rows included. */
function addValidations(columns: readonly SheetColumn[], validations: Validations, lastRow: number): void {
  columns.forEach((c, i) => {
    if (!MARK_COLUMNS.has(c.key)) return;
    const letter = columnLetter(i + 1);
    const prompt = promptOf(c);
    validations.add(`${letter}${HEADER_LAST + 1}:${letter}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${MARK}"`],
      showInputMessage: true,
      promptTitle: prompt.title,
      prompt: prompt.prompt,
      showErrorMessage: true,
      errorStyle: c.key === 'specific' ? 'information' : 'stop',
      errorTitle: prompt.title,
      error: c.key === 'specific' ? '已按文字写入：将作为特定群体的名称。' : `请选“${MARK}”或留空。`,
    });
  });
}

export function writeFillableSheet(book: SheetSink, sheetName: string, domain: PublishedDomain, title: string): void {
  const columns = fillableColumns(domain);
  const widths = columns.map((c) =>
    fitWidth(Math.max(textWidth(c.label), ...domain.items.map((item) => textWidth(String(c.value(item))))), c.width),
  );
  const ws = book.addWorksheet(
    sheetName,
    sheetOptions({ paper: 'A3', orientation: 'landscape' }, { first: HEADER_FIRST, last: HEADER_LAST }),
  );
  ws.columns = columns.map((c, i) => ({ width: widths[i], hidden: c.hidden ?? false }));
  const validations = validationsOf(ws);

  const titleRow = ws.getRow(TITLE_ROW);
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).style = STYLES.title;
  titleRow.height = 40;
  ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);
  writeHeaderRows(ws, columns, { first: HEADER_FIRST, last: HEADER_LAST, height: 24 });
  addPrompts(columns, validations);

  domain.items.forEach((item, index) => {
    const row = ws.getRow(HEADER_LAST + 1 + index);
    let lines = 1;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = c.value(item);
      // Strings stay strings (shared-string cells): text such as "=1+1" is never a formula.
      cell.value = value;
      cell.style = isUnfilled(c, item)
        ? c.align === 'center'
          ? STYLES.unfilledCenter
          : STYLES.unfilled
        : c.align === 'center'
          ? STYLES.center
          : STYLES.left;
      if (!c.hidden && typeof value === 'string') lines = Math.max(lines, wrappedLines(value, widths[i]!));
    });
    row.height = rowHeight(lines);
    row.commit();
  });
  // Spare rows keep the borders, so a clerk sees where the table goes on.
  const last = HEADER_LAST + domain.items.length + SPARE_ROWS;
  for (let r = HEADER_LAST + domain.items.length + 1; r <= last; r++) {
    const row = ws.getRow(r);
    columns.forEach((c, i) => (row.getCell(i + 1).style = c.align === 'center' ? STYLES.center : STYLES.left));
    row.commit();
  }
  addValidations(columns, validations, last);
  ws.commit();
}
