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

/** Title of a domain's table: `<region><domain>领域基层政务公开标准目录`, a draft's marked （征求意见稿）. */
export function tableTitle(region: string, domainName: string, draft = false): string {
  return `${region}${domainName}领域基层政务公开标准目录${draft ? '（征求意见稿）' : ''}`;
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
export function optionalColumns(items: readonly Pick<PublishedItem, 'l3' | 'level' | 'notes'>[], levelLabels: readonly string[]): OptionalColumns {
  return {
    l3: items.some((i) => i.l3),
    levels: unionInOrder(levelLabels, items.map((i) => i.level)),
    notes: unionInOrder([], items.map((i) => Object.keys(i.notes))),
  };
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
  /** The item id, kept in a hidden column of the workbook so a round trip keeps ids; not printed. */
  hidden?: boolean;
  /** The cell's lines (one for most columns; content, basis and channels have several). */
  lines(item: PublishedItem): string[];
}

const mark = (on: boolean) => (on ? [MARK] : ['']);

/**
 * A column's cell, or 待填写 when the field it shows is still to be filled; `first` marks the
 * column of a group (公开对象, 公开方式, 公开层级) that says so for the whole group.
 */
function fillable(field: string, lines: TableColumn['lines'], first = true): TableColumn['lines'] {
  return (item) => (item.unfilled?.includes(field) ? [first ? UNFILLED : ''] : lines(item));
}

/** The columns of a domain's table in the official layout, its optional columns included. */
export function tableColumns(optional: OptionalColumns, channels: ChannelPresentation): TableColumn[] {
  const column = (key: string, label: string, align: TableColumn['align'], lines: TableColumn['lines'], group?: string): TableColumn => ({ key, label, align, lines, ...(group ? { group } : {}) });
  return [
    column('seq', HEADER.seq, 'center', (i) => [String(i.seq)]),
    column('l1', HEADER.l1, 'center', (i) => [i.l1], HEADER.items),
    column('l2', HEADER.l2, 'left', fillable('l2', (i) => [i.l2]), HEADER.items),
    ...(optional.l3 ? [column('l3', HEADER.l3, 'left', (i) => [i.l3 ?? ''], HEADER.items)] : []),
    column('content', HEADER.content, 'left', fillable('content', (i) => i.content)),
    column('basis', HEADER.basis, 'left', fillable('basis', (i) => i.basis)),
    column('timeframe', HEADER.timeframe, 'left', fillable('timeframe', (i) => [i.timeframe])),
    column('owner', HEADER.owner, 'left', fillable('owner', (i) => [i.owner])),
    column('channels', HEADER.channels, 'left', fillable('channels', (i) => channelLines(i, channels))),
    column('society', HEADER.society, 'center', fillable('audience', (i) => mark(i.audience.society)), HEADER.audience),
    // A named group is written instead of √, as the market-regulation template asks (特定群体(请写明)).
    column('specific', HEADER.specific, 'center', fillable('audience', (i) => (i.audience.group ? [i.audience.group] : mark(i.audience.specific)), false), HEADER.audience),
    column('active', HEADER.active, 'center', fillable('mode', (i) => mark(i.mode.active)), HEADER.mode),
    column('onRequest', HEADER.onRequest, 'center', fillable('mode', (i) => mark(i.mode.onRequest), false), HEADER.mode),
    ...optional.levels.map((l, k) => column('level', l, 'center', fillable('level', (i) => mark(i.level.includes(l)), k === 0), HEADER.level)),
    ...optional.notes.map((n) => column('note', n, 'left', (i) => [i.notes[n] ?? ''])),
    { ...column('id', HEADER.id, 'left', (i) => [i.id]), hidden: true },
  ];
}
