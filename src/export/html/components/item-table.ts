// Params of components/item-table: a domain's items in the official layout (src/model/table-layout.ts),
// display-ready: names as cells with the row header chosen (an item with no 二级事项 as one cell
// spanning the name columns, as the official tables draw it; a run of one 一级事项 as one cell merged
// down, l1Runs), marks as words, channels as text.
import type { OptionalColumns, PublishedItem } from '../../../model/compendium.js';
import { HEADER } from '../../../model/fields.js';
import { isUnfilled, l1Runs, l1Span, MARK, tableColumns, UNFILLED, type TableColumn } from '../../../model/table-layout.js';

export interface MarkView {
  /** Group and column, e.g. 公开对象：全社会 (shown as the label of the value on phones). */
  label: string;
  /** The group's field is still to be filled (a draft): the group's first column says 待填写. */
  unfilled: string | null;
  yes: boolean;
  /** The official mark (√), printed next to the word 是 so the meaning never rests on the glyph. */
  glyph: string;
  detail: string | null;
}

export interface NameCellView {
  label: string;
  text: string;
  isHeader: boolean;
  /** Columns the cell covers, when more than one: the 一级事项 of an item with no 二级事项. */
  span: number | null;
  /** Ids of the headers a spanning cell belongs to (公开事项 and 一级事项 only, not the columns it covers). */
  headers: string | null;
  /** Rows the cell covers, when more than one: the 一级事项 of a run, the header of its row group. */
  rowSpan: number | null;
  /** The run's 一级事项 again in a later row of the run: shown on the phone cards only, where rows are apart. */
  repeated: boolean;
}

/** The 「本次更新」 label of an item changed or added since the previous publication. */
export interface ChangeMarkView {
  /** Visible: 本次新增 or 本次更新. */
  text: string;
  /** Said after it to screen readers, e.g. ：查看“岗位信息发布”的变化. */
  detail: string;
  /** The item's entry on the changelog page. */
  href: string;
}

export interface ItemRowView {
  id: string;
  change: ChangeMarkView | null;
  seq: number;
  names: NameCellView[];
  content: string[];
  basis: string[];
  timeframe: string;
  owner: string;
  channels: string[];
  marks: MarkView[];
  notes: { label: string; text: string }[];
}

export interface ItemTableView {
  /** The official header labels. */
  headers: typeof HEADER;
  /** Ids of the 公开事项 header and of each name column's header, which a spanning name cell points at. */
  headerIds: { items: string; names: string[] };
  captionId: string;
  caption: string;
  nameColumns: string[];
  levelColumns: string[];
  noteColumns: string[];
  /** Consecutive items of one 一级事项 (l1Runs), each run a row group. */
  runs: { rows: ItemRowView[] }[];
  /** Every row of the runs, in order: what an override of item-table written before runs reads. */
  rows: ItemRowView[];
}

/** A field's text, or 待填写 when a draft has not filled it yet. */
const filled = <T>(item: PublishedItem, field: string, value: T, empty: T): T => (item.unfilled?.includes(field) ? empty : value);

const NAME_KEYS = new Set(['l1', 'l2', 'l3']);

const HEADER_IDS = { items: 'items-head-items', names: ['items-head-l1', 'items-head-l2', 'items-head-l3'] };

/** Where an item stands in its run: its length when it is the first, 0 for a later one. */
type RunPlace = number;

function nameCells(item: PublishedItem, columns: OptionalColumns, nameLabels: readonly string[], place: RunPlace): NameCellView[] {
  const names = [item.l1, filled(item, 'l2', item.l2 ?? '', UNFILLED), ...(columns.l3 ? [item.l3 ?? ''] : [])];
  // The row header is the most specific name the item has, so each row is announced by its own name.
  let header = 0;
  names.forEach((n, i) => {
    if (n) header = i;
  });
  const span = l1Span(item, columns);
  const cells: NameCellView[] = names.map((text, i) => ({
    label: nameLabels[i]!,
    text,
    isHeader: i === header,
    span: null,
    headers: null,
    rowSpan: null,
    repeated: false,
  }));
  if (place !== 1) cells[0] = { ...cells[0]!, isHeader: false, rowSpan: place > 1 ? place : null, repeated: place === 0 };
  if (span === 1) return cells;
  // One cell for the names the item has not: announced under 一级事项, not under the columns it covers.
  return [{ ...cells[0]!, span, headers: `${HEADER_IDS.items} ${HEADER_IDS.names[0]}` }, ...cells.slice(span)];
}

/** The marks of an item, one per mark column; the first column of a field still to be filled says 待填写. */
function marks(item: PublishedItem, markColumns: readonly TableColumn[]): MarkView[] {
  return markColumns.map((c, k) => ({
    label: `${c.group!}：${c.label}`,
    unfilled: (k === 0 || markColumns[k - 1]!.field !== c.field) && isUnfilled(c, item) ? UNFILLED : null,
    yes: c.marked!(item),
    glyph: MARK,
    detail: c.key === 'specific' ? (item.audience.group ?? null) : null,
  }));
}

export function itemTable(
  caption: string,
  items: readonly PublishedItem[],
  columns: OptionalColumns,
  changeMarks: ReadonlyMap<string, ChangeMarkView> = new Map(),
): ItemTableView {
  // The official columns, as xlsx and docx draw them (the site writes channels as text, so their presentation is moot).
  const official = tableColumns(columns, 'checked');
  const nameColumns = official.filter((c) => NAME_KEYS.has(c.key)).map((c) => c.label);
  const markColumns = official.filter((c) => c.marked);
  const runs = l1Runs(items).map((run) => ({
    rows: items.slice(run.start, run.start + run.length).map((item, k) =>
      itemRow(item, columns, nameColumns, markColumns, {
        place: k === 0 ? run.length : 0,
        change: changeMarks.get(item.id) ?? null,
      }),
    ),
  }));
  return {
    headers: HEADER,
    headerIds: HEADER_IDS,
    captionId: 'items-caption',
    caption,
    nameColumns,
    levelColumns: columns.levels,
    noteColumns: columns.notes,
    runs,
    rows: runs.flatMap((r) => r.rows),
  };
}

function itemRow(
  item: PublishedItem,
  columns: OptionalColumns,
  nameColumns: readonly string[],
  markColumns: readonly TableColumn[],
  { place, change }: { place: RunPlace; change: ChangeMarkView | null },
): ItemRowView {
  return {
    id: item.id,
    change,
    seq: item.seq,
    names: nameCells(item, columns, nameColumns, place),
    content: filled(item, 'content', item.content, [UNFILLED]),
    basis: filled(item, 'basis', item.basis, [UNFILLED]),
    timeframe: filled(item, 'timeframe', item.timeframe, UNFILLED),
    owner: filled(item, 'owner', item.owner, UNFILLED),
    // Each 其他 with its own text (an item may name several).
    channels: filled(
      item,
      'channels',
      item.channels.map((c) => (c.text ? `${c.name}：${c.text}` : c.name)),
      [UNFILLED],
    ),
    marks: marks(item, markColumns),
    notes: columns.notes.map((label) => ({ label, text: item.notes[label] ?? '' })),
  };
}
