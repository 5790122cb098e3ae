// The official table layout of a 基层政务公开标准目录 (docs/reference/format.md §1): the columns of the
// field registry (fields.ts) with what each cell shows, the title line and the optional columns.
// Every exporter draws exactly these columns.
import { channelLines } from './channel-cell.js';
import type { ChannelPresentation, OptionalColumns, PublishedItem } from './compendium.js';
import { columnLabel, COLUMNS, fieldSpec, GROUP_LABELS, type ColumnSpec, type XlsxWidth } from './fields.js';

/** The mark written in 公开对象 / 公开方式 / 公开层级 cells. */
export const MARK = '√';

/** What a draft shows for a field still to be filled (only a draft has such fields: lint refuses them). */
export const UNFILLED = '待填写';

/** How a draft's titles are marked (`gkml build --draft`). */
export const DRAFT_MARK = '（征求意见稿）';
/** How the fillable workbook's file and titles are marked (`gkml build --only xlsx --fillable`). */
export const FILLABLE_MARK = '（填报）';
/** The fillable workbook's first sheet, how to fill it in: the importer passes over it. */
export const FILLABLE_GUIDE_SHEET = '填写说明';

/** The one name of the document: `<region>基层政务公开标准目录` (a domain's table puts `<domain>领域` before 基层). */
const DIRECTORY_NAME = '基层政务公开标准目录';

/** Title of a region's directory, and what follows it: a draft's （征求意见稿）, the fillable workbook's （填报）, 事项数汇总表. */
export function directoryTitle(region: string, suffix = ''): string {
  return `${region}${DIRECTORY_NAME}${suffix}`;
}

/** Title of a domain's table: `<region><domain>领域基层政务公开标准目录`, a draft's marked （征求意见稿）. */
export function tableTitle(region: string, domainName: string, draft = false): string {
  return directoryTitle(`${region}${domainName}领域`, draft ? DRAFT_MARK : '');
}

/** Labels in first-seen order after `first`, so a label the config does not list still gets its column. */
function unionInOrder(first: readonly string[], lists: Iterable<readonly string[]>): string[] {
  const out = [...first];
  const seen = new Set(first);
  for (const list of lists) {
    for (const v of list) {
      if (!seen.has(v)) {
        seen.add(v);
        out.push(v);
      }
    }
  }
  return out;
}

/** The optional columns of a domain's table: exactly what its items need, for every exporter alike. */
export function optionalColumns(
  items: readonly Pick<PublishedItem, 'l3' | 'level' | 'notes'>[],
  levelLabels: readonly string[],
): OptionalColumns {
  return {
    l3: items.some((i) => i.l3),
    levels: unionInOrder(
      levelLabels,
      items.map((i) => i.level),
    ),
    notes: unionInOrder(
      [],
      items.map((i) => Object.keys(i.notes)),
    ),
  };
}

/**
 * How many name columns an item's 一级事项 cell covers. An item with no 二级事项 is drawn as the
 * official tables draw it: its 一级事项 merged across the 二级事项 column (and across 三级事项 when
 * the table has that column and the item has no 三级事项 either); any other item's covers its own.
 */
export function l1Span(item: Pick<PublishedItem, 'l2' | 'l3'>, optional: Pick<OptionalColumns, 'l3'>): number {
  if (item.l2 !== undefined) return 1;
  return optional.l3 && !item.l3 ? 3 : 2;
}

/** Neighbouring items whose 一级事项 is one cell merged down: the same 一级事项, each with a 二级事项. */
export function sharesL1Cell(a: Pick<PublishedItem, 'l1' | 'l2'>, b: Pick<PublishedItem, 'l1' | 'l2'>): boolean {
  return a.l1 === b.l1 && a.l2 !== undefined && b.l2 !== undefined;
}

/** A run of consecutive items whose 一级事项 is one cell merged down: `length` items from `start`. */
export interface L1Run {
  start: number;
  length: number;
}

/**
 * The runs of a domain's items, in order, covering every item once (a lone item is a run of one):
 * the one reading of 「合并单元格」 every exporter (xlsx, docx, site, fragments) draws.
 */
export function l1Runs(items: readonly Pick<PublishedItem, 'l1' | 'l2'>[]): L1Run[] {
  const runs: L1Run[] = [];
  items.forEach((item, i) => {
    const last = runs.at(-1);
    if (last && sharesL1Cell(items[last.start]!, item)) last.length++;
    else runs.push({ start: i, length: 1 });
  });
  return runs;
}

/** One cell of the two official header rows: its text, its first column, and the columns and rows it covers. */
export interface HeaderCell {
  text: string;
  column: number;
  columns: number;
  rows: 1 | 2;
}

/**
 * The two header rows of a domain table, as the official layout draws them: a column without a
 * group spans both rows; a group (公开事项, 公开对象 …) heads its columns in the first row, and their
 * labels are the second. The one reading every exporter draws.
 */
export function headerCells(columns: readonly Pick<TableColumn, 'label' | 'group'>[]): [HeaderCell[], HeaderCell[]] {
  const first: HeaderCell[] = [];
  const second: HeaderCell[] = [];
  columns.forEach((c, i) => {
    if (!c.group) {
      first.push({ text: c.label, column: i, columns: 1, rows: 2 });
      return;
    }
    second.push({ text: c.label, column: i, columns: 1, rows: 1 });
    if (columns[i - 1]?.group === c.group) return;
    let span = 1;
    while (columns[i + span]?.group === c.group) span++;
    first.push({ text: c.group, column: i, columns: span, rows: 1 });
  });
  return [first, second];
}

/** One column of a domain's table, as every exporter draws it. */
export interface TableColumn {
  /** Stable name of the column, which exporters key their widths on: seq, l1 … channels, society …, level, note, id. */
  key: string;
  /** Leaf header label (under its group in the second header row, else spanning both rows). */
  label: string;
  /** Group label spanning several columns in the first header row. */
  group?: string;
  align: 'center' | 'left';
  /** The item field the column shows, for those a draft may leave to be filled (audience for 全社会 and 特定群体 …). */
  field?: string;
  /** The item id, kept in a hidden column of the workbook so a round trip keeps ids; not printed. */
  hidden?: boolean;
  /** A mark column's (全社会 … 县级) test of whether the item is marked there, whatever its cell shows. */
  marked?(item: PublishedItem): boolean;
  /** Its widths in the workbook and the document, from the field registry. */
  widths: { xlsx: XlsxWidth; docx?: number };
  /** The cell's lines (one for most columns; content, basis and channels have several). */
  lines(item: PublishedItem): string[];
}

const mark = (on: boolean) => (on ? [MARK] : ['']);

/** True when the column's cell for `item` stands for a field still to be filled. */
export function isUnfilled(column: TableColumn, item: PublishedItem): boolean {
  return column.field !== undefined && item.unfilled?.includes(column.field) === true;
}

type Lines = TableColumn['lines'];
type Marked = NonNullable<TableColumn['marked']>;

/** Whether an item is marked in a mark column (`label` names a level column); undefined for any other column. */
function markedBy(key: string, label: string): Marked | undefined {
  switch (key) {
    case 'society':
      return (i) => i.audience.society;
    case 'specific':
      return (i) => i.audience.specific;
    case 'active':
      return (i) => i.mode.active;
    case 'onRequest':
      return (i) => i.mode.onRequest;
    case 'level':
      return (i) => i.level.includes(label);
    default:
      return undefined;
  }
}

/** What a column's cell shows of an item; `label` names a level or a note column. */
function cellLines(key: string, label: string, channels: ChannelPresentation): Lines {
  const marked = markedBy(key, label);
  // A named group is written instead of √, as the market-regulation template asks (特定群体(请写明)).
  if (key === 'specific') return (i) => (i.audience.group ? [i.audience.group] : mark(marked!(i)));
  if (marked) return (i) => mark(marked(i));
  switch (key) {
    case 'seq':
      return (i) => [String(i.seq)];
    case 'l1':
      return (i) => [i.l1];
    case 'l2':
      return (i) => [i.l2 ?? ''];
    case 'l3':
      return (i) => [i.l3 ?? ''];
    case 'content':
      return (i) => i.content;
    case 'basis':
      return (i) => i.basis;
    case 'timeframe':
      return (i) => [i.timeframe];
    case 'owner':
      return (i) => [i.owner];
    case 'channels':
      return (i) => channelLines(i, channels);
    case 'note':
      return (i) => [i.notes[label] ?? ''];
    default:
      return (i) => [i.id];
  }
}

/**
 * A column as drawn. A column of a field a draft may leave unfilled reads 待填写 then; `first`, the
 * first column of its field (of 公开对象, 公开方式, 公开层级), says so for the whole group.
 */
function drawn(spec: ColumnSpec, label: string, channels: ChannelPresentation, first: boolean): TableColumn {
  const lines = cellLines(spec.key, label, channels);
  const marked = markedBy(spec.key, label);
  const fillable = spec.field !== undefined && fieldSpec(spec.field)?.filled === true;
  return {
    key: spec.key,
    label,
    align: spec.align,
    lines: fillable ? (item) => (item.unfilled?.includes(spec.field!) ? [first ? UNFILLED : ''] : lines(item)) : lines,
    ...(spec.group ? { group: GROUP_LABELS[spec.group] } : {}),
    ...(fillable ? { field: spec.field } : {}),
    ...(spec.hidden ? { hidden: true } : {}),
    ...(marked ? { marked } : {}),
    widths: { xlsx: spec.xlsxWidth, ...(spec.docxWeight !== undefined ? { docx: spec.docxWeight } : {}) },
  };
}

/** The labels a column is drawn under: one per level or note the domain has, none for an l3 it has not. */
function labelsOf(spec: ColumnSpec, optional: OptionalColumns): readonly string[] {
  if (spec.key === 'level') return optional.levels;
  if (spec.key === 'note') return optional.notes;
  if (spec.key === 'l3' && !optional.l3) return [];
  return [columnLabel(spec)];
}

/** The columns of a domain's table in the official layout, its optional columns included. */
export function tableColumns(optional: OptionalColumns, channels: ChannelPresentation): TableColumn[] {
  const columns: TableColumn[] = [];
  let previous: string | undefined;
  for (const spec of COLUMNS) {
    for (const label of labelsOf(spec, optional)) {
      columns.push(drawn(spec, label, channels, spec.field !== previous));
      previous = spec.field;
    }
  }
  return columns;
}
