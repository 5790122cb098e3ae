// Turns a national guideline file into a county's draft directory: the baseline's values copied,
// owners resolved through the units registry, the 条例's default time limit where none is given,
// and every remaining gap written as null for lint's `unfilled` rule to list; a guideline 一级事项
// that stands alone (no l2) stays without l2, as the county's item has no 二级事项 either. A guideline value
// that a county directory may not keep as it is (a vague time limit such as 及时公开) is also left
// null, with the guideline's words kept beside it as a comment.
import { Document, isScalar } from 'yaml';
import { hasNoL2 } from '../model/item-values.js';
import type { DirectoryData, Item } from '../model/types.js';
import type { Unit } from '../workspace/config.js';
import { ownerWithUnits } from '../rules/support/owners.js';

/** 《政府信息公开条例》(国务院令第711号) 第二十六条: the limit when a guideline gives none. */
export const DEFAULT_TIMEFRAME = '信息形成或者变更之日起20个工作日内';

/** What the workspace's defaults give (audience, mode, level): a guideline that says nothing of them leaves them to the defaults. */
export const DEFAULTED_FIELDS = ['audience', 'mode', 'level'] as const;

function draftItem(item: Item, units: readonly Unit[]): Record<string, unknown> {
  const owner = item.owner ? (ownerWithUnits(item.owner, units) ?? item.owner) : null;
  const given = (field: (typeof DEFAULTED_FIELDS)[number]) => (item[field] == null ? {} : { [field]: item[field] });
  return {
    id: item.id,
    l1: item.l1,
    // null where the guideline's 二级事项 are not known: the county writes its own.
    ...(hasNoL2(item) ? {} : { l2: item.l2 ?? null }),
    ...(item.l3 ? { l3: item.l3 } : {}),
    content: item.content ?? null,
    basis: item.basis ?? null,
    timeframe: item.timeframe ?? DEFAULT_TIMEFRAME,
    owner,
    channels: item.channels ?? null,
    ...given('audience'),
    ...given('mode'),
    ...given('level'),
  };
}

/** Fields of items (by item index) whose guideline value the county must rewrite. */
export type Questioned = ReadonlyMap<number, ReadonlySet<string>>;

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(asText).join('、');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${asText(v)}`).join('，');
  return String(value);
}

export function draftDirectory(baseline: DirectoryData, units: readonly Unit[], schemaLine: string, questioned: Questioned = new Map()): string {
  const items = baseline.items.map((item) => draftItem(item, units));
  for (const [index, fields] of questioned) for (const field of fields) items[index]![field] = null;
  const doc = new Document({ domain: baseline.domain, name: baseline.name, items });
  for (const [index, fields] of questioned) {
    for (const field of fields) {
      const node = doc.getIn(['items', index, field], true);
      const original = draftItem(baseline.items[index]!, units)[field];
      if (isScalar(node)) node.comment = ` 国家指引原文：${asText(original)}（请改写为明确的内容）`;
    }
  }
  const source = baseline.guideline?.title ? `${baseline.guideline.title}${baseline.guideline.ref ? `(${baseline.guideline.ref})` : ''}` : '国家标准指引';
  doc.commentBefore = [
    ` 由 gkml init 根据${source}生成的草稿。`,
    ' 值为 null 的字段待填写，运行 gkml lint 可逐项列出；公开主体请写本地单位名称（见 units.yaml）。',
  ].join('\n');
  return schemaLine + doc.toString({ lineWidth: 0 });
}
