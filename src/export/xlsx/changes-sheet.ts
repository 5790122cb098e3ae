// The 更新记录 sheet of a build given the previous publication (`gkml build --previous`): the
// official layout of a change list, 序号、领域、事项、变更内容、变更前、变更后, one row per change,
// printed like the domain sheets (landscape, one page wide, the header row on every page).
import type { Worksheet } from 'exceljs';
import { changeColumns, changeRows, changesSince } from '../../diff/change-list.js';
import { CHANGES } from '../../i18n/catalogue/changes.js';
import { say } from '../../i18n/messages.js';
import type { DiffReport } from '../../model/changes.js';
import type { Compendium } from '../../model/compendium.js';
import { directoryTitle, DRAFT_MARK } from '../../model/table-layout.js';
import type { SheetSink } from './domain-sheet.js';
import { sheetOptions } from './page.js';
import { STYLES } from './styles.js';
import { rowHeight, wrappedLines } from './widths.js';

export const CHANGES_SHEET = say('zh', CHANGES.heading);

/** Column widths (in widths of the digit 0) and which columns are centred: 序号, 领域 and 变更内容. */
const WIDTHS = [6, 14, 30, 16, 45, 45];
const CENTRED = new Set([0, 1, 3]);
const HEADER_ROW = 3;

function writeTitle(ws: Worksheet, compendium: Compendium, changes: DiffReport): void {
  const title = ws.getRow(1);
  title.getCell(1).value = `${directoryTitle(compendium.region, compendium.draft ? DRAFT_MARK : '')}${CHANGES_SHEET}`;
  title.getCell(1).style = STYLES.title;
  title.height = 40;
  ws.mergeCells(1, 1, 1, WIDTHS.length);
  const info = ws.getRow(2);
  info.getCell(1).value = changesSince(changes);
  info.getCell(1).style = STYLES.subtitle;
  info.height = 22;
  ws.mergeCells(2, 1, 2, WIDTHS.length);
  const header = ws.getRow(HEADER_ROW);
  changeColumns().forEach((label, i) => {
    header.getCell(i + 1).value = label;
    header.getCell(i + 1).style = STYLES.header;
  });
  header.height = 24;
}

export function writeChangesSheet(book: SheetSink, compendium: Compendium, changes: DiffReport): void {
  const ws = book.addWorksheet(
    CHANGES_SHEET,
    sheetOptions({ paper: compendium.workbookPaper, orientation: 'landscape' }, { first: HEADER_ROW, last: HEADER_ROW }),
  );
  ws.columns = WIDTHS.map((width) => ({ width }));
  writeTitle(ws, compendium, changes);
  const rows = changeRows(changes, compendium);
  rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    // Strings stay strings (shared-string cells): a value such as "=1+1" is never a formula.
    const values = [i + 1, r.domain, r.item, r.change, r.before, r.after];
    values.forEach((value, k) => {
      row.getCell(k + 1).value = value;
      row.getCell(k + 1).style = CENTRED.has(k) ? STYLES.center : STYLES.left;
    });
    row.height = rowHeight(Math.max(...values.map((v, k) => wrappedLines(String(v), WIDTHS[k]!))));
    row.commit();
  });
  if (!rows.length) {
    // Nothing changed: the sheet says so in one merged row under the header.
    const row = ws.getRow(HEADER_ROW + 1);
    row.getCell(1).value = say('zh', CHANGES.none);
    row.getCell(1).style = STYLES.center;
    row.height = 22;
    ws.mergeCells(HEADER_ROW + 1, 1, HEADER_ROW + 1, WIDTHS.length);
  }
  ws.commit();
}
