// Source rows → items of the directory format, text kept as written: a multi-line 公开内容 cell
// becomes a list of its lines, 公开依据 one citation per line, channels and marks as read. Ids
// come from a 事项编号 column (gkml's own workbooks) or are made the way the guidelines makes them:
// <domain>-<NN>-<MM> by position of the 一级事项 and of the item under it.
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import { importedField, ONE_LINE_FIELDS } from '../model/fields.js';
import { UNFILLED } from '../model/table-layout.js';
import { halfWidth } from '../model/value-kinds.js';
import { entriesOnLine, unwrappedLines, unwrappedOneLine } from '../model/wraps.js';
import type { Audience, Channel, Item } from '../model/types.js';
import { readChannels } from './channels.js';
import { CHECKED_FIELDS, formulaRefused, refusedCell } from './cell-checks.js';
import { cellKind, cellRef, type CellAt } from './grid.js';
import type { Table } from './header.js';
import { absentFields } from './columns.js';
import { readMark, splitNames } from './marks.js';
import { shown, type ProblemList } from './problem.js';
import type { SourceRow } from './rows.js';

export type ItemDraft = Omit<Item, 'id'> & { id?: string };

/**
 * Where an item's values were written, by JSON Pointer relative to the item ('/owner',
 * '/level/1'; '' for the item itself: its 序号 cell, or the first cell of its row). A field left
 * empty points at its empty cell. A level read from a marked column points at the header cell
 * that names it (`header`): the label was written there, not in the row.
 */
export type ItemCells = Map<string, CellAt & { header?: boolean }>;

export interface DraftRow {
  draft: ItemDraft;
  /** 相应领域 text of the row, when the table has that column. */
  domainText?: string;
  /** The cell its row starts at. */
  ref: CellAt;
  cells: ItemCells;
  /** Fields whose cell was refused (cell-checks.ts): left empty here, never written over a workspace's value. */
  refused: Set<string>;
  /** Item fields the table has no column for (said once, at the header): never written over a workspace's value. */
  absent: ReadonlySet<string>;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A list cell's entries, one a line, the lines that only wrap a title or a note joined (model/wraps.ts). */
function lines(text: string): string[] {
  return unwrappedLines(text, false)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** What the cells of one row say, gathered column by column before they become an item. */
interface RowReading {
  id?: string;
  l1: string;
  l2: string | null;
  l3?: string;
  content: Item['content'];
  basis: string[] | null;
  timeframe: string | null;
  owner: string | null;
  channels: Channel[] | null;
  /** The column of a channel cell that had options and none chosen (said once the row is read). */
  noneChecked?: number;
  society: boolean;
  /** Marked (true), or the group written in its cell. */
  specific: boolean | string;
  mode: ('主动' | '依申请')[];
  level: string[];
  // A Map, not an object: a header such as __proto__ must stay a plain note name.
  notes: Map<string, string>;
  domainText?: string;
  refused: Set<string>;
  /** Where a value left out would be written: the first empty cell of its field, unless another column fills it. */
  empty: ItemCells;
}

/** The row being read: its table, where each value sits, and where problems go. */
interface RowContext {
  table: Table;
  row: SourceRow;
  problems: ProblemList;
  cells: ItemCells;
  /** The cell of column `i` in this row, as a report names it. */
  ref(i: number): CellAt;
  /** The first cell met for a field is where its value is pointed at. */
  from(pointer: string, i: number): void;
}

function rowContext(table: Table, row: SourceRow, problems: ProblemList): RowContext {
  const sheet = table.sheet.name;
  const cells: ItemCells = new Map();
  const seq = table.columns.findIndex((c) => c.role.kind === 'seq');
  cells.set('', { sheet, row: row.row, col: table.columns[Math.max(0, seq)]!.col });
  return {
    table,
    row,
    problems,
    cells,
    ref: (i) => cellRef(sheet, row.row, table.columns[i]!.col),
    from(pointer, i) {
      if (!cells.has(pointer)) cells.set(pointer, { sheet, row: row.sources[i] ?? row.row, col: table.columns[i]!.col });
    },
  };
}

/** A text column: names, 公开内容 and 依据 as lists of lines, 时限, 主体, 事项编号, 相应领域, notes. */
function readTextCell(r: RowReading, ctx: RowContext, role: Table['columns'][number]['role'], text: string, i: number): void {
  switch (role.kind) {
    case 'id':
      if (ID.test(text)) r.id = text;
      else ctx.problems.warn(ctx.ref(i), msg(IMPORT.invalidId, { id: shown(text) }));
      return;
    case 'l1':
      r.l1 = text;
      return;
    case 'l2':
      r.l2 = text;
      return;
    case 'l3':
      r.l3 = text;
      return;
    case 'content': {
      const parts = lines(text);
      r.content = parts.length === 1 ? parts[0]! : parts;
      return;
    }
    case 'basis':
      // Wraps joined (an open 《…, a bracketed 文号 on the line below its title); citations run together on one line parted.
      r.basis = lines(text).flatMap(entriesOnLine);
      return;
    case 'timeframe':
      r.timeframe = text;
      return;
    case 'owner':
      r.owner = text;
      return;
    case 'domain':
      r.domainText = text;
      return;
    case 'note':
      ctx.from(`/notes/${role.name.replace(/~/g, '~0').replace(/\//g, '~1')}`, i);
      r.notes.set(role.name, text);
      return;
  }
}

/**
 * A 公开渠道和载体 cell; its warnings said at the cell it was typed in, once, not for every row a merged
 * cell spans. A block split over two columns is read as one: the second cell's options follow the first's,
 * each pointing at its own cell, and "none chosen" waits for both (channelsChosen).
 */
function readChannelCell(r: RowReading, ctx: RowContext, text: string, i: number): void {
  const reading = readChannels(text);
  const own = (ctx.row.sources[i] ?? ctx.row.row) === ctx.row.row;
  if (own && reading.unmarked) ctx.problems.warn(ctx.ref(i), msg(IMPORT.unmarkedChannels, { text: shown(reading.unmarked) }));
  if (own && reading.unmarkedLines)
    ctx.problems.warn(ctx.ref(i), msg(IMPORT.unmarkedChannelLines, { text: shown(reading.unmarkedLines.join('、')) }));
  if (own && reading.noneChecked) r.noneChecked ??= i;
  const before = r.channels ?? [];
  // The first channel column's options are found through /channels; a second half's point at its own cell.
  const firstHalf = ctx.table.columns.findIndex((c) => c.role.kind === 'channels') === i;
  if (!firstHalf) reading.channels.forEach((_, k) => ctx.from(`/channels/${before.length + k}`, i));
  const channels = [...before, ...reading.channels];
  r.channels = channels.length ? channels : null;
}

/** A channel block with options and none of them chosen, said at its (first) cell. */
function channelsChosen(r: RowReading, ctx: RowContext): void {
  if (r.noneChecked !== undefined && !r.channels) ctx.problems.warn(ctx.ref(r.noneChecked), msg(IMPORT.noChannelChecked));
}

/** A mark column of 公开对象 / 公开方式 / 公开层级: √ (or its look-alikes), or text where a mark was expected. */
function readMarkCell(r: RowReading, ctx: RowContext, column: Table['columns'][number], text: string, i: number): void {
  const role = column.role;
  const mark = readMark(text);
  const odd = () => ctx.problems.warn(ctx.ref(i), msg(IMPORT.markAsText, { text: shown(text) }));
  switch (role.kind) {
    case 'society':
      r.society = mark.marked;
      if (mark.text && mark.text !== '全社会') odd();
      return;
    case 'specific':
      r.specific = mark.text && !/^特定(群体|群众|对象)$/.test(mark.text) ? mark.text : mark.marked;
      return;
    case 'active':
    case 'onRequest':
      if (mark.marked) ctx.from(`/mode/${r.mode.push(role.kind === 'active' ? '主动' : '依申请') - 1}`, i);
      if (mark.text && !/^(主动|依申请|申请)(公开)?$/.test(mark.text)) odd();
      return;
    case 'level':
      // A column headed 乡级、村级 is both levels; 乡、村级 is one label (marks.ts).
      for (const label of mark.marked ? splitNames(role.label) : []) {
        const pointer = `/level/${r.level.push(label) - 1}`;
        if (!ctx.cells.has(pointer))
          ctx.cells.set(pointer, { sheet: ctx.table.sheet.name, row: column.labelRow, col: column.col, header: true });
      }
      if (mark.text && !mark.text.endsWith('级') && mark.text !== role.label) odd();
      return;
  }
}

/** A one-column 公开对象 / 公开方式 / 公开层级 holding words instead of marks. */
function readWordsCell(r: RowReading, ctx: RowContext, kind: string, text: string, i: number): void {
  if (kind === 'audience') {
    if (/^全社会/.test(text)) r.society = true;
    else r.specific = /^特定(群体|群众|对象)$/.test(text) ? true : text.replace(/^特定(群体|群众|对象)\s*[(（:：]?\s*|[)）]$/g, '') || true;
  } else if (kind === 'mode') {
    for (const name of splitNames(text)) {
      if (/^主动/.test(name)) r.mode.push('主动');
      else if (/^(依申请|申请)/.test(name)) r.mode.push('依申请');
      else ctx.problems.warn(ctx.ref(i), msg(IMPORT.markAsText, { text: shown(name) }));
    }
  } else if (kind === 'levels') {
    r.level.push(...splitNames(text));
  }
}

const MARK_KINDS = new Set(['society', 'specific', 'active', 'onRequest', 'level']);
const WORD_KINDS = new Set(['audience', 'mode', 'levels']);

/** One cell of the row: refused (a formula, a value that is not text), empty, or read by its column's kind. */
function readCell(r: RowReading, ctx: RowContext, i: number, asWritten: boolean): void {
  const { table, row, problems } = ctx;
  const column = table.columns[i]!;
  const role = column.role;
  const at = row.sources[i] ?? row.row;
  const written = asWritten ? (row.values[i] ?? '') : mendedWidth(row, i, cellRef(table.sheet.name, at, column.col), problems);
  // A wrap inside a name, a body or a time limit is the table's layout, not content: joined before anything looks.
  const text = ONE_LINE_FIELDS.has(role.kind) ? unwrappedOneLine(role.kind, written, table.sheet.copied === true) : written;
  // The item field a column's text is read into (mark columns are placed per mark, notes per name).
  const imported = importedField(role.kind);
  const field = imported && `/${imported}`;
  const leftEmpty = (emptyRow: number) => {
    if (field && !r.empty.has(field)) r.empty.set(field, { sheet: table.sheet.name, row: emptyRow, col: column.col });
  };
  if (formulaRefused(table, row, i, problems)) {
    r.refused.add(role.kind);
    return leftEmpty(at);
  }
  // 待填写 is how gkml's workbooks show a value still to be filled: it is read as none.
  if (!text || text === UNFILLED) return leftEmpty(row.row);
  if (field) ctx.from(field, i);
  if (CHECKED_FIELDS.has(role.kind)) {
    const why = refusedCell(role.kind, text, cellKind(table.sheet, at, column.col));
    if (why) {
      problems.error(cellRef(table.sheet.name, at, column.col), msg(IMPORT.refusedCell, { reason: why }));
      r.refused.add(role.kind);
      return;
    }
  }
  if (role.kind === 'channels') readChannelCell(r, ctx, text, i);
  else if (MARK_KINDS.has(role.kind)) readMarkCell(r, ctx, column, text, i);
  else if (WORD_KINDS.has(role.kind)) readWordsCell(r, ctx, role.kind, text, i);
  else readTextCell(r, ctx, role, text, i);
}

/** 公开对象 from its marks: both 全社会 and 特定群体 marked is said, and 全社会 kept. */
function audienceOf(r: RowReading, ctx: RowContext): Audience | null {
  if (r.society && r.specific) {
    const column = ctx.table.columns.find((c) => c.role.kind === 'specific' || c.role.kind === 'audience')!;
    ctx.problems.warn(cellRef(ctx.table.sheet.name, ctx.row.row, column.col), msg(IMPORT.bothAudiences));
  }
  if (r.society) return '全社会';
  if (r.specific) return typeof r.specific === 'string' ? { 特定群体: r.specific } : '特定群体';
  return null;
}

/**
 * Names fill from the left: a row with a 一级事项 of its own, no 二级事项 and a name in the next item
 * column (律师 | · | 对没有取得律师执业证书…) has that name as its 二级事项, not one still to fill.
 */
function namesFromTheLeft(r: RowReading, ctx: RowContext): void {
  const l1 = ctx.table.columns.findIndex((c) => c.role.kind === 'l1');
  const l3Cell = ctx.cells.get('/l3');
  if (r.l2 !== null || !r.l3 || !l3Cell || r.refused.has('l2') || (ctx.row.sources[l1] ?? ctx.row.row) !== ctx.row.row) return;
  r.l2 = r.l3;
  delete r.l3;
  ctx.cells.set('/l2', l3Cell);
  ctx.cells.delete('/l3');
  r.empty.delete('/l2');
}

/**
 * A row as an item. `asWritten` (lint): full-width letters and digits stay as typed for the
 * full-width rule to report; else they are written half-width, said once at their cell.
 */
export function draftItem(table: Table, row: SourceRow, problems: ProblemList, asWritten = false): DraftRow {
  const ctx = rowContext(table, row, problems);
  const r: RowReading = {
    l1: '',
    l2: null,
    content: null,
    basis: null,
    timeframe: null,
    owner: null,
    channels: null,
    society: false,
    specific: false,
    mode: [],
    level: [],
    notes: new Map(),
    refused: new Set(),
    empty: new Map(),
  };
  table.columns.forEach((_, i) => readCell(r, ctx, i, asWritten));
  namesFromTheLeft(r, ctx);
  channelsChosen(r, ctx);
  for (const [pointer, cell] of r.empty) if (!ctx.cells.has(pointer)) ctx.cells.set(pointer, cell);
  const draft: ItemDraft = {
    ...(r.id ? { id: r.id } : {}),
    l1: r.l1,
    // An empty 二级事项 cell is one still to fill (null); a cell the 一级事项 is merged across, or a table
    // with one 公开事项 column and no 二级事项 column at all, none.
    ...((row.noL2 || !table.columns.some((c) => c.role.kind === 'l2')) && r.l2 === null ? {} : { l2: r.l2 }),
    ...(r.l3 ? { l3: r.l3 } : {}),
    content: r.content,
    basis: r.basis,
    timeframe: r.timeframe,
    owner: r.owner,
    channels: r.channels,
    audience: audienceOf(r, ctx),
    mode: r.mode.length ? [...new Set(r.mode)] : null,
    level: r.level.length ? [...new Set(r.level)] : null,
    ...(r.notes.size ? { notes: Object.fromEntries(r.notes) } : {}),
  };
  const ref = cellRef(table.sheet.name, row.row, table.columns[0]!.col);
  return {
    draft,
    ...(r.domainText ? { domainText: r.domainText } : {}),
    ref,
    cells: ctx.cells,
    refused: r.refused,
    absent: absentFields(table),
  };
}

/** A value's text with full-width letters and digits made half-width, said at the cell it was typed in (once, not per merged row). */
function mendedWidth(row: SourceRow, i: number, at: CellAt, problems: ProblemList): string {
  const text = row.values[i] ?? '';
  const mended = halfWidth(text);
  if (mended !== text && (row.sources[i] ?? row.row) === row.row)
    problems.warn(at, msg(IMPORT.fullWidthMended, { before: shown(text), after: shown(mended) }));
  return mended;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Ids for one domain's items, in order. Given ids are kept (when valid and unique); without any,
 * ids follow the guidelines scheme; items added to a workbook that had ids, or to a workspace that
 * holds the `reserved` ids, get <domain>-x<NN>.
 */
export function assignIds(domain: string, drafts: readonly ItemDraft[], reserved: ReadonlySet<string> = new Set()): Item[] {
  const taken = new Set<string>(reserved);
  const given = drafts.map((d) => (d.id && !taken.has(d.id) ? (taken.add(d.id), d.id) : undefined));
  const anyGiven = given.some(Boolean) || reserved.size > 0;
  const l1Order = new Map<string, number>();
  const l1Size = new Map<string, number>();
  const position: number[] = [];
  for (const d of drafts) {
    if (!l1Order.has(d.l1)) l1Order.set(d.l1, l1Order.size + 1);
    l1Size.set(d.l1, (l1Size.get(d.l1) ?? 0) + 1);
    position.push(l1Size.get(d.l1)!);
  }
  let extra = 0;
  return drafts.map((d, i) => {
    let id = given[i];
    if (!id && anyGiven) {
      do id = `${domain}-x${pad(++extra)}`;
      while (taken.has(id));
    }
    if (!id) {
      const mm = l1Size.get(d.l1) === 1 && !d.l2 ? 0 : position[i]!;
      id = `${domain}-${pad(l1Order.get(d.l1)!)}-${pad(mm)}`;
      for (let n = 2; taken.has(id); n++) id = `${domain}-${pad(l1Order.get(d.l1)!)}-${pad(mm)}-${n}`;
    }
    taken.add(id);
    const { id: _given, ...rest } = d;
    return { id, ...rest } as Item;
  });
}
