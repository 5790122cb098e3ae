// Turns a national guideline file into a county's draft directory: the baseline's values copied,
// owners resolved through the units registry, the 条例's default time limit where none is given,
// and every remaining gap written as null for lint's `unfilled` rule to list.
import { Document } from 'yaml';
import type { DirectoryData, Item } from '../model/types.js';
import type { Unit } from '../workspace/config.js';
import { resolveOwner } from './units.js';

/** 《政府信息公开条例》(国务院令第711号) 第二十六条: the limit when a guideline gives none. */
export const DEFAULT_TIMEFRAME = '信息形成或者变更之日起20个工作日内';

function draftItem(item: Item, units: readonly Unit[]): Record<string, unknown> {
  const owner = item.owner ? (resolveOwner(item.owner, units) ?? item.owner) : null;
  return {
    id: item.id,
    l1: item.l1,
    l2: item.l2 ?? null,
    ...(item.l3 ? { l3: item.l3 } : {}),
    content: item.content ?? null,
    basis: item.basis ?? null,
    timeframe: item.timeframe ?? DEFAULT_TIMEFRAME,
    owner,
    channels: item.channels ?? null,
    audience: item.audience ?? null,
    mode: item.mode ?? null,
    level: item.level ?? null,
  };
}

export function draftDirectory(baseline: DirectoryData, units: readonly Unit[], schemaPath: string): string {
  const doc = new Document({
    domain: baseline.domain,
    name: baseline.name,
    items: baseline.items.map((item) => draftItem(item, units)),
  });
  const source = baseline.guideline?.title ? `${baseline.guideline.title}${baseline.guideline.ref ? `(${baseline.guideline.ref})` : ''}` : '国家标准指引';
  doc.commentBefore = [
    ` 由 gkml init 根据${source}生成的草稿。`,
    ' 值为 null 的字段待填写，运行 gkml lint 可逐项列出；公开主体请写本地单位名称（见 units.yaml）。',
  ].join('\n');
  return `# yaml-language-server: $schema=${schemaPath}\n` + doc.toString({ lineWidth: 0 });
}
