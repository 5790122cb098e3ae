// The data rows of a table, as the table means them: a merged cell (一级事项 over its rows, or any
// cell merged down) gives its text to every row it covers, a 一级事项 merged across the 二级事项
// cell says the item has no 二级事项 (as official tables draw one), a blank 一级事项 continues the one above
// (with none above, the row's 二级事项 names the item, and the clerk is told),
// "同上" repeats the cell above (each resolution reported; kept as written when lint reads the
// table, so the ditto rule can point at it), a row with no 序号 and no item name continues the item
// above, a note line (注：…) becomes the directory's note, blank rows are reported. Every row ends
// as an item row or a reported problem, and every value remembers the row of the cell it came from.
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { isDitto } from '../model/ditto.js';
import { cellRef, cellText, type CellAt } from './grid.js';
import type { MergeMap, Table, TableColumn } from './header.js';
import { shown, type ProblemList } from './problem.js';

export interface SourceRow {
  /** 1-based row number in the sheet. */
  row: number;
  /** Text per column, in the order of table.columns. */
  values: string[];
  /** Per column, the sheet row of the cell its text came from (the top of a merge, the row a ditto repeats). */
  sources: number[];
  /** The 二级事项 cell is covered by the 一级事项 merged across it: the item has no 二级事项 (not one still to fill). */
  noL2: boolean;
  /** The 一级事项 was blank with nothing above to continue: the row's 二级事项 names the item (and was said). */
  l1FromL2?: boolean;
}

export interface TableRows {
  rows: SourceRow[];
  /** Rows refused for want of a 一级事项 (said at their cell): the table has item rows all the same. */
  refused: number;
  /** Note lines found among the rows (注：…). */
  notes: string[];
}

export const NOTE_LINE = /^(注|备注|说明|填表说明)\s*[:：]/;

/**
 * The rows of a table that has a 一级事项 column (the caller reports tables without one).
 * `asWritten`: a ditto stays as typed (lint reports it) instead of repeating the cell above.
 */
export function readRows(table: Table, problems: ProblemList, asWritten = false): TableRows {
  const grid = table.sheet;
  const merges = table.merges;
  const cols = table.columns;
  const index = (kind: string) => cols.findIndex((c) => c.role.kind === kind);
  const l1 = index('l1');
  const l2 = index('l2');
  const nameColumns = ['seq', 'l1', 'l2', 'l3'].map(index).filter((i) => i >= 0);
  const ref = (row: number, i: number) => cellRef(grid.name, row, cols[i]!.col);
  const out: SourceRow[] = [];
  const notes: string[] = [];
  let refused = 0;
  const width = cols.length;
  const mergedAsBlanks = grid.merges.length === 0;
  // What a row before the first item gives for all of them (a time limit, body and channel written once across the table).
  const forAll: { text: string; row: number }[] = [];

  const underOuterGroup = outerGroupTest(cols, l1);
  for (let r = table.firstRow; r <= table.lastRow; r++) {
    if (table.repeatedHeaders?.has(r)) continue;
    const own = cols.map((c) => cellText(grid, r, c.col).trim());
    const filled = own.filter(Boolean);
    if (filled.length === 0) {
      problems.warn(ref(r, 0), msg(IMPORT.emptyRow, { row: r }));
      continue;
    }
    const nonEmpty = own.map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
    if (new Set(filled).size === 1 && isNoteLine(table, merges, r, nonEmpty[0]!, filled[0]!, width)) {
      notes.push(filled[0]!);
      problems.warn(ref(r, nonEmpty[0]!), msg(IMPORT.noteRow, { row: r, text: shown(filled[0]!) }));
      continue;
    }
    const previous = out.at(-1);
    if (!previous && givesForAll(cols, own)) {
      own.forEach((text, i) => text && (forAll[i] = { text, row: r }));
      continue;
    }
    const sources = own.map(() => r);
    // Under the same 一级事项, a row with text of its own beyond its 序号 is an item whose other cells may be merged from above.
    const sharesAbove =
      previous !== undefined && mergedAsBlanks && !own[l1] && own.some((t, i) => t && !NUMBER_KINDS.has(cols[i]!.role.kind));
    // A new 一级事项 under a group column merged down too (过程: 决策 over 部门文件 and 政策解读) shares the group's merged cells.
    const inOuterGroup = previous !== undefined && mergedAsBlanks && own[l1] !== '' && underOuterGroup(own, out);
    const values = own.map((text, i) => {
      if (text && !asWritten && isDitto(text)) {
        sources[i] = previous?.sources[i] ?? r;
        return resolveDitto(previous, i, ref(r, i), problems);
      }
      if (text) return text;
      // A copy that lost its merges (CSV) leaves a merged cell's rows below it blank: under the same 一级事项, they share its text.
      const kind = cols[i]!.role.kind;
      const shared = (sharesAbove || (inOuterGroup && kind !== 'l2')) && SHARED_DOWN.has(kind) && previous!.values[i];
      const given = forAll[i] ?? (shared ? { text: shared, row: previous.sources[i]! } : mergedDown(table, r, cols[i]!.col));
      if (!given) return '';
      sources[i] = given.row;
      return given.text;
    });
    // Only text of its own names an item: a row whose names all come from cells merged down is the item
    // above continued — unless it has its own time limit and body: an item under the same merged names.
    const named = nameColumns.some((i) => own[i]);
    if (!named && previous !== undefined && ownsItem(cols, own)) {
      for (const i of nameColumns) [values[i], sources[i]] = [previous.values[i]!, previous.sources[i]!];
    } else if (!named) {
      joinAbove(previous, own, values, r, ref(r, nonEmpty[0]!), cols, problems);
      continue;
    }
    const named1 = values[l1] ? 'own' : nameL1(previous, values, sources, l1, l2);
    if (!named1) {
      problems.error(ref(r, l1), noL1(r));
      refused++;
      continue;
    }
    if (named1 === 'l2') problems.warn(ref(r, l1), msg(IMPORT.l1FromL2, { row: r, name: shown(values[l1]!) }));
    out.push({ row: r, values, sources, noL2: named1 === 'l2' || l1MergedAcrossL2(table, l1, l2, r, own), l1FromL2: named1 === 'l2' });
  }
  return { rows: out, refused, notes };
}

/**
 * Names a row's blank 一级事项: the one above continues ('above'), or where there is none above (or
 * the one above was itself only its 二级事项) the row's own 二级事项 names the item once ('l2', the
 * clerk is told). Undefined when nothing names it.
 */
function nameL1(previous: SourceRow | undefined, values: string[], sources: number[], l1: number, l2: number): 'above' | 'l2' | undefined {
  if (previous?.values[l1] && !previous.l1FromL2) {
    values[l1] = previous.values[l1]!;
    sources[l1] = previous.sources[l1]!;
    return 'above';
  }
  if (l2 < 0 || !values[l2]) return undefined;
  [values[l1], values[l2]] = [values[l2]!, ''];
  sources[l1] = sources[l2]!;
  return 'l2';
}

/**
 * A 一级事项 cell merged across the 二级事项 column: the item has no 二级事项. A copy without merges
 * shows it as a 一级事项 of the row's own with both 二级 and 三级 blank (枞阳 卫生健康 B18:D18).
 */
function l1MergedAcrossL2(table: Table, l1: number, l2: number, row: number, own: readonly string[]): boolean {
  if (l2 < 0) return false;
  const l3 = table.columns.findIndex((c) => c.role.kind === 'l3');
  if (table.sheet.merges.length === 0) return l3 >= 0 && own[l1] !== '' && !own[l2] && !own[l3];
  const m = table.merges.rangeAt(row, table.columns[l2]!.col);
  return m !== undefined && m.left <= table.columns[l1]!.col && m.right >= table.columns[l2]!.col;
}

/** Whether a row sits in a group column's run (过程, 领域 left of the 一级事项, blank below its text), given the rows above. */
function outerGroupTest(cols: readonly TableColumn[], l1: number): (own: readonly string[], above: readonly SourceRow[]) => boolean {
  const outer = cols.map((_, i) => i).filter((i) => l1 >= 0 && cols[i]!.col < cols[l1]!.col && !NUMBER_KINDS.has(cols[i]!.role.kind));
  return (own, above) => outer.length > 0 && outer.every((i) => !own[i]) && above.some((row) => outer.some((i) => row.values[i]));
}

/** A cell merged down from a data row above (not from the header): that row's text. */
function mergedDown(table: Table, r: number, col: number): { text: string; row: number } | undefined {
  const m = table.merges.rangeAt(r, col);
  if (!(m && m.top < r && m.top >= table.firstRow && m.left === col)) return undefined;
  return { text: cellText(table.sheet, m.top, m.left).trim(), row: m.top };
}

/** A row that names no item: more lines of the item above, or (with none above) a row that cannot be read. */
function joinAbove(
  previous: SourceRow | undefined,
  own: readonly string[],
  values: readonly string[],
  r: number,
  at: CellAt,
  cols: Table['columns'],
  problems: ProblemList,
): void {
  if (!previous) return problems.error(at, msg(IMPORT.orphanRow, { row: r }));
  // More lines of a list (公开内容 …), or a cell repeating the one above (a merged 五公开 exported twice),
  // are how a merged item looks once exported: read as meant, nothing to say.
  const asMerged = own.every((t, i) => !t || LIST_KINDS.has(cols[i]!.role.kind) || t === previous.values[i]);
  continueAbove(previous, own, values, r);
  if (!asMerged) problems.warn(at, msg(IMPORT.continuedRow, { row: r, previous: previous.row }));
}

/** A row that names no item adds its own cells' text to the item above, line by line. */
function continueAbove(previous: SourceRow, own: readonly string[], values: readonly string[], r: number): void {
  own.forEach((text, i) => {
    const value = text && values[i];
    // The same text again is the cell above repeated, not more of it.
    if (!value || value === previous.values[i]) return;
    // A value that starts here is this row's cell, not the (empty) one above.
    if (!previous.values[i]) previous.sources[i] = r;
    previous.values[i] = previous.values[i] ? `${previous.values[i]}\n${value}` : value;
  });
}

/** A row naming no item and holding only what may be said once for a whole table: 公开时限, 公开主体, 公开渠道 (and notes). */
function givesForAll(cols: Table['columns'], own: readonly string[]): boolean {
  const kinds = cols.filter((_, i) => own[i]).map((c) => c.role.kind);
  return kinds.some((k) => FOR_ALL.has(k)) && kinds.every((k) => FOR_ALL.has(k) || k === 'note');
}

const FOR_ALL: ReadonlySet<string> = new Set(['timeframe', 'owner', 'channels']);

/** A row with its own 公开时限 and 公开主体: what a continuation of the item above never repeats. */
function ownsItem(cols: Table['columns'], own: readonly string[]): boolean {
  const has = (kind: string) => cols.some((c, i) => c.role.kind === kind && own[i]);
  return has('timeframe') && has('owner') && has('content');
}

/** Columns that number a row rather than say anything of it. */
const NUMBER_KINDS: ReadonlySet<string> = new Set(['seq', 'id']);

/** Columns a merged cell commonly spans down over several items: 二级事项 (over 三级), the content, basis, time limit, body, channels. */
const SHARED_DOWN: ReadonlySet<string> = new Set(['l2', 'content', 'basis', 'timeframe', 'owner', 'channels']);

/** Columns whose cell is a list, one entry a line: a row adding only to these adds entries to the item above. */
const LIST_KINDS: ReadonlySet<string> = new Set(['content', 'basis', 'channels']);

function noL1(row: number): Text {
  return msg(IMPORT.noL1, { row });
}

function resolveDitto(previous: SourceRow | undefined, i: number, at: CellAt, problems: ProblemList): string {
  const value = previous?.values[i] ?? '';
  if (!value) {
    problems.warn(at, msg(IMPORT.dittoNothingAbove));
    return '';
  }
  problems.warn(at, msg(IMPORT.dittoResolved, { row: previous!.row, value: shown(value) }));
  return value;
}

/** One text in a row that is not an item name: spread across the table, or starting 注：/说明：. */
function isNoteLine(table: Table, merges: MergeMap, row: number, i: number, text: string, width: number): boolean {
  const kind = table.columns[i]!.role.kind;
  const m = merges.rangeAt(row, table.columns[i]!.col);
  const wide = m !== undefined && m.right - m.left + 1 >= Math.max(2, Math.ceil(width / 2));
  return NOTE_LINE.test(text) || (wide && kind !== 'l2' && kind !== 'l3');
}
