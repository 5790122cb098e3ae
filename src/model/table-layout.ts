// The official table layout of a 基层政务公开标准目录 (docs/reference/format.md §1): header labels,
// their groups, the title line and the optional columns. Every exporter draws exactly these
// labels; the importer maps every variant seen in published tables back onto them.
import type { OptionalColumns, PublishedItem } from './compendium.js';

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

/** Title of a domain's table: `<region><domain>领域基层政务公开标准目录`. */
export function tableTitle(region: string, domainName: string): string {
  return `${region}${domainName}领域基层政务公开标准目录`;
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
