// The official table layout of a 基层政务公开标准目录 (docs/reference/format.md §1): header labels,
// their groups, the title line and the optional columns. Every exporter draws exactly these
// labels; the importer maps every variant seen in published tables back onto them.
import { channelLines } from './channel-cell.js';
import type { ChannelPresentation, OptionalColumns, PublishedItem } from './compendium.js';

export const HEADER = {
  seq: '序号',
  items: '公开事项',
  l1: '一级事项',
  l2: '二级事项',
  l3: '三级事项',
  content: '公开内容(要素)',
  basis: '公开依据',
  timeframe: '公开时限',
  owner: '公开主体',
  channels: '公开渠道和载体',
  audience: '公开对象',
  society: '全社会',
  specific: '特定群体',
  mode: '公开方式',
  active: '主动',
  onRequest: '依申请',
  level: '公开层级',
  /** Not in the national layout: the stable item id, in a hidden last column so a round trip keeps ids. */
  id: '事项编号',
} as const;

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
  /** The cell's lines (one for most columns; content, basis and channels have several). */
  lines(item: PublishedItem): string[];
}

const mark = (on: boolean) => (on ? [MARK] : ['']);

/** True when the column's cell for `item` stands for a field still to be filled. */
export function isUnfilled(column: TableColumn, item: PublishedItem): boolean {
  return column.field !== undefined && item.unfilled?.includes(column.field) === true;
}

const column = (key: string, label: string, align: TableColumn['align'], lines: TableColumn['lines'], group?: string): TableColumn => ({
  key,
  label,
  align,
  lines,
  ...(group ? { group } : {}),
});

/**
 * A column of a field a draft may leave unfilled: its cell reads 待填写 then; `first` marks the
 * column of a group (公开对象, 公开方式, 公开层级) that says so for the whole group.
 */
const fillable = (field: string, c: TableColumn, first = true): TableColumn => ({
  ...c,
  field,
  lines: (item) => (item.unfilled?.includes(field) ? [first ? UNFILLED : ''] : c.lines(item)),
});

/** The columns of a domain's table in the official layout, its optional columns included. */
export function tableColumns(optional: OptionalColumns, channels: ChannelPresentation): TableColumn[] {
  return [
    column('seq', HEADER.seq, 'center', (i) => [String(i.seq)]),
    column('l1', HEADER.l1, 'center', (i) => [i.l1], HEADER.items),
    fillable(
      'l2',
      column('l2', HEADER.l2, 'left', (i) => [i.l2 ?? ''], HEADER.items),
    ),
    ...(optional.l3 ? [column('l3', HEADER.l3, 'left', (i) => [i.l3 ?? ''], HEADER.items)] : []),
    fillable(
      'content',
      column('content', HEADER.content, 'left', (i) => i.content),
    ),
    fillable(
      'basis',
      column('basis', HEADER.basis, 'left', (i) => i.basis),
    ),
    fillable(
      'timeframe',
      column('timeframe', HEADER.timeframe, 'left', (i) => [i.timeframe]),
    ),
    fillable(
      'owner',
      column('owner', HEADER.owner, 'left', (i) => [i.owner]),
    ),
    fillable(
      'channels',
      column('channels', HEADER.channels, 'left', (i) => channelLines(i, channels)),
    ),
    fillable(
      'audience',
      column('society', HEADER.society, 'center', (i) => mark(i.audience.society), HEADER.audience),
    ),
    // A named group is written instead of √, as the market-regulation template asks (特定群体(请写明)).
    fillable(
      'audience',
      column(
        'specific',
        HEADER.specific,
        'center',
        (i) => (i.audience.group ? [i.audience.group] : mark(i.audience.specific)),
        HEADER.audience,
      ),
      false,
    ),
    fillable(
      'mode',
      column('active', HEADER.active, 'center', (i) => mark(i.mode.active), HEADER.mode),
    ),
    fillable(
      'mode',
      column('onRequest', HEADER.onRequest, 'center', (i) => mark(i.mode.onRequest), HEADER.mode),
      false,
    ),
    ...optional.levels.map((l, k) =>
      fillable(
        'level',
        column('level', l, 'center', (i) => mark(i.level.includes(l)), HEADER.level),
        k === 0,
      ),
    ),
    ...optional.notes.map((n) => column('note', n, 'left', (i) => [i.notes[n] ?? ''])),
    { ...column('id', HEADER.id, 'left', (i) => [i.id]), hidden: true },
  ];
}
