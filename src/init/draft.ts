// Turns a national guideline file into a county's draft directory: the guideline's values copied,
// owners resolved through the units registry, the 条例's default time limit where none is given,
// and every remaining gap written as null for lint's `unfilled` rule to list; a guideline 一级事项
// that stands alone (no l2) stays without l2, as the county's item has no 二级事项 either. A guideline value
// that a county directory may not keep as it is (a vague time limit such as 及时公开) is also left
// null, with the guideline's words kept beside it as a comment. A township's draft keeps only its own
// part of an owner it shares with county bodies: the county publishes its part in its own directory.
import { Document, isScalar } from 'yaml';
import { hasNoL2 } from '../model/item-values.js';
import type { DirectoryData, Item } from '../model/types.js';
import type { Unit } from '../workspace/config.js';
import { ownerParts, ownerWithUnits } from '../rules/support/owners.js';
import { TOWNSHIP_UNIT_LEVEL } from './units.js';

/** 《政府信息公开条例》(国务院令第711号) 第二十六条: the limit when a guideline gives none. */
export const DEFAULT_TIMEFRAME = '信息形成或者变更之日起20个工作日内';

/** What the workspace's defaults give (audience, mode, level): a guideline that says nothing of them leaves them to the defaults. */
export const DEFAULTED_FIELDS = ['audience', 'mode', 'level'] as const;

/** The units registry a draft's owners are resolved through, and whether the draft is a township's. */
export interface DraftOwners {
  units: readonly Unit[];
  township: boolean;
}

/** 县级政府民政部门、乡镇政府(街道办事处) → 示例县民政局、各乡镇人民政府; in a township's draft, 清溪镇人民政府. */
function draftOwner(owner: string, { units, township }: DraftOwners): string {
  const resolved = ownerWithUnits(owner, units) ?? owner;
  if (!township) return resolved;
  const parts = ownerParts(resolved);
  const own = parts.filter((p) => units.some((u) => u.name === p && u.level === TOWNSHIP_UNIT_LEVEL));
  return own.length > 0 && own.length < parts.length ? own.join('、') : resolved;
}

function draftItem(item: Item, owners: DraftOwners): Record<string, unknown> {
  const owner = item.owner ? draftOwner(item.owner, owners) : null;
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
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${asText(v)}`)
      .join('，');
  return String(value);
}

export function draftDirectory(
  national: DirectoryData,
  owners: DraftOwners,
  schemaLine: string,
  questioned: Questioned = new Map(),
): string {
  const items = national.items.map((item) => draftItem(item, owners));
  for (const [index, fields] of questioned) for (const field of fields) items[index]![field] = null;
  const doc = new Document({ domain: national.domain, name: national.name, items });
  for (const [index, fields] of questioned) {
    for (const field of fields) {
      const node = doc.getIn(['items', index, field], true);
      const original = draftItem(national.items[index]!, owners)[field];
      if (isScalar(node)) node.comment = ` 国家指引原文：${asText(original)}（请改写为明确的内容）`;
    }
  }
  const source = national.guideline?.title
    ? `${national.guideline.title}${national.guideline.ref ? `(${national.guideline.ref})` : ''}`
    : '国家标准指引';
  doc.commentBefore = [
    ` 由 gkml init 根据${source}生成的草稿。`,
    ' 值为 null 的字段待填写，运行 gkml lint 可逐项列出；公开主体请写本地单位名称（见 units.yaml）。',
  ].join('\n');
  return schemaLine + doc.toString({ lineWidth: 0 });
}
