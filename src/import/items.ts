// Source rows → items of the directory format, text kept as written: a multi-line 公开内容 cell
// becomes a list of its lines, 公开依据 one citation per line, channels and marks as read. Ids
// come from a 事项编号 column (gkml's own workbooks) or are made the way the baseline makes them:
// <domain>-<NN>-<MM> by position of the 一级事项 and of the item under it.
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import { UNFILLED } from '../model/table-layout.js';
import { halfWidth } from '../model/value-kinds.js';
import type { Audience, Channel, Item } from '../model/types.js';
import { readChannels } from './channels.js';
import { citationLines } from '../rules/support/citation.js';
import { CHECKED_FIELDS, refusedCell } from './cell-checks.js';
import { cellKind, cellRef, type CellAt } from './grid.js';
import type { Table } from './header.js';
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
  ref: string;
  cells: ItemCells;
  /** Fields whose cell was refused (cell-checks.ts): left empty here, never written over a workspace's value. */
  refused: Set<string>;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}


/**
 * A row as an item. `asWritten` (lint): full-width letters and digits stay as typed for the
 * full-width rule to report; else they are written half-width, said once at their cell.
 */
export function draftItem(table: Table, row: SourceRow, problems: ProblemList, asWritten = false): DraftRow {
  const sheet = table.sheet.name;
  const ref = (i: number) => cellRef(sheet, row.row, table.columns[i]!.col);
  const cells: ItemCells = new Map();
  const seq = table.columns.findIndex((c) => c.role.kind === 'seq');
  cells.set('', { sheet, row: row.row, col: table.columns[Math.max(0, seq)]!.col });
  // The first cell met for a field is where its value is pointed at.
  const from = (pointer: string, i: number) => {
    if (!cells.has(pointer)) cells.set(pointer, { sheet, row: row.sources[i] ?? row.row, col: table.columns[i]!.col });
  };
  // Where a value left out would be written: the first empty cell of its field, unless another column fills it.
  const empty: ItemCells = new Map();
  let id: string | undefined;
  let l1 = '';
  let l2: string | null = null;
  let l3: string | undefined;
  let content: Item['content'] = null;
  let basis: string[] | null = null;
  let timeframe: string | null = null;
  let owner: string | null = null;
  let channels: Channel[] | null = null;
  let society = false;
  let specific: boolean | string = false;
  const mode: ('主动' | '依申请')[] = [];
  const level: string[] = [];
  // A Map, not an object: a header such as __proto__ must stay a plain note name.
  const notes = new Map<string, string>();
  let domainText: string | undefined;
  const refused = new Set<string>();

  table.columns.forEach((column, i) => {
    const role = column.role;
    const text = asWritten ? (row.values[i] ?? '') : mendedWidth(row, i, cellRef(sheet, row.sources[i] ?? row.row, column.col), problems);
    const field = FIELD_OF[role.kind];
    // 待填写 is how gkml's workbooks show a value still to be filled: it is read as none.
    if (!text || text === UNFILLED) {
      if (field && !empty.has(field)) empty.set(field, { sheet, row: row.row, col: column.col });
      return;
    }
    if (field) from(field, i);
    if (CHECKED_FIELDS.has(role.kind)) {
      const at = row.sources[i] ?? row.row;
      const why = refusedCell(role.kind, text, cellKind(table.sheet, at, column.col));
      if (why) {
        problems.error(cellRef(sheet, at, column.col), msg(IMPORT.refusedCell, { reason: why }));
        refused.add(role.kind);
        return;
      }
    }
    switch (role.kind) {
      case 'seq':
        return;
      case 'id':
        if (ID.test(text)) id = text;
        else problems.warn(ref(i), msg(IMPORT.invalidId, { id: shown(text) }));
        return;
      case 'l1':
        l1 = text;
        return;
      case 'l2':
        l2 = text;
        return;
      case 'l3':
        l3 = text;
        return;
      case 'content': {
        const parts = lines(text);
        content = parts.length === 1 ? parts[0]! : parts;
        return;
      }
      case 'basis':
        basis = citationLines(text);
        return;
      case 'timeframe':
        timeframe = text;
        return;
      case 'owner':
        owner = text;
        return;
      case 'channels': {
        const reading = readChannels(text);
        if (reading.unmarked) {
          problems.warn(ref(i), msg(IMPORT.unmarkedChannels, { text: shown(reading.unmarked) }));
        }
        if (reading.noneChecked) problems.warn(ref(i), msg(IMPORT.noChannelChecked));
        channels = reading.channels.length ? reading.channels : null;
        return;
      }
      case 'society': {
        const mark = readMark(text);
        society = mark.marked;
        if (mark.text && mark.text !== '全社会') oddMark(problems, ref(i), text);
        return;
      }
      case 'specific': {
        const mark = readMark(text);
        specific = mark.text && !/^特定(群体|群众|对象)$/.test(mark.text) ? mark.text : mark.marked;
        return;
      }
      case 'active':
      case 'onRequest': {
        const mark = readMark(text);
        if (mark.marked) from(`/mode/${mode.push(role.kind === 'active' ? '主动' : '依申请') - 1}`, i);
        if (mark.text && !/^(主动|依申请|申请)(公开)?$/.test(mark.text)) oddMark(problems, ref(i), text);
        return;
      }
      case 'level': {
        const mark = readMark(text);
        const pointer = mark.marked ? `/level/${level.push(role.label) - 1}` : undefined;
        if (pointer && !cells.has(pointer)) cells.set(pointer, { sheet, row: column.labelRow, col: column.col, header: true });
        if (mark.text && !mark.text.endsWith('级') && mark.text !== role.label) oddMark(problems, ref(i), text);
        return;
      }
      case 'audience':
        if (/^全社会/.test(text)) society = true;
        else specific = /^特定(群体|群众|对象)$/.test(text) ? true : text.replace(/^特定(群体|群众|对象)\s*[(（:：]?\s*|[)）]$/g, '') || true;
        return;
      case 'mode':
        for (const name of splitNames(text)) {
          if (/^主动/.test(name)) mode.push('主动');
          else if (/^(依申请|申请)/.test(name)) mode.push('依申请');
          else oddMark(problems, ref(i), name);
        }
        return;
      case 'levels':
        level.push(...splitNames(text));
        return;
      case 'domain':
        domainText = text;
        return;
      case 'note':
        from(`/notes/${role.name.replace(/~/g, '~0').replace(/\//g, '~1')}`, i);
        notes.set(role.name, text);
        return;
    }
  });

  for (const [pointer, cell] of empty) if (!cells.has(pointer)) cells.set(pointer, cell);
  let audience: Audience | null = null;
  if (society) audience = '全社会';
  else if (specific) audience = typeof specific === 'string' ? { 特定群体: specific } : '特定群体';
  if (society && specific) {
    problems.warn(cellRef(sheet, row.row, table.columns.find((c) => c.role.kind === 'specific' || c.role.kind === 'audience')!.col), msg(IMPORT.bothAudiences));
  }
  const draft: ItemDraft = {
    ...(id ? { id } : {}),
    l1,
    // An empty 二级事项 cell is one still to fill (null); a cell the 一级事项 is merged across, none.
    ...(row.noL2 && l2 === null ? {} : { l2 }),
    ...(l3 ? { l3 } : {}),
    content,
    basis,
    timeframe,
    owner,
    channels,
    audience,
    mode: mode.length ? [...new Set(mode)] : null,
    level: level.length ? [...new Set(level)] : null,
    ...(notes.size ? { notes: Object.fromEntries(notes) } : {}),
  };
  return { draft, ...(domainText ? { domainText } : {}), ref: cellRef(sheet, row.row, table.columns[0]!.col), cells, refused };
}

/** The item field a column's text is read into (mark columns are placed per mark, notes per name). */
const FIELD_OF: Partial<Record<string, string>> = {
  id: '/id',
  l1: '/l1',
  l2: '/l2',
  l3: '/l3',
  content: '/content',
  basis: '/basis',
  timeframe: '/timeframe',
  owner: '/owner',
  channels: '/channels',
  society: '/audience',
  specific: '/audience',
  audience: '/audience',
  active: '/mode',
  onRequest: '/mode',
  mode: '/mode',
  level: '/level',
  levels: '/level',
};

/** A value's text with full-width letters and digits made half-width, said at the cell it was typed in (once, not per merged row). */
function mendedWidth(row: SourceRow, i: number, at: string, problems: ProblemList): string {
  const text = row.values[i] ?? '';
  const mended = halfWidth(text);
  if (mended !== text && (row.sources[i] ?? row.row) === row.row) problems.warn(at, msg(IMPORT.fullWidthMended, { before: shown(text), after: shown(mended) }));
  return mended;
}

function oddMark(problems: ProblemList, ref: string, text: string): void {
  problems.warn(ref, msg(IMPORT.markAsText, { text: shown(text) }));
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Ids for one domain's items, in order. Given ids are kept (when valid and unique); without any,
 * ids follow the baseline scheme; items added to a workbook that had ids, or to a workspace that
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
