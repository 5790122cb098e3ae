// What the national guidelines write for each of their items: its 公开时限 (及时公开 for a 招标公告) and
// its channels (a bare 其他 for a 社会稳定风险评估). A county item of the same domain and name that keeps
// the guideline's own wording is not reported for it.
import { readFileSync } from 'node:fs';
import { generatedFile } from '../../core/generated.js';
import { loadGuidelines } from '../../guideline/guideline.js';
import type { Item } from '../../model/types.js';

/** The item fields whose guideline wording is kept. */
export type GuidelineField = 'timeframe' | 'channel';

/** Spacing a copy leaves (及时 公开) does not make another wording. */
const compact = (text: string) => text.replace(/\s+/g, '');

/** One key per domain, item name (二级事项, else 一级事项), field and value. */
function keyOf(domain: string, name: string, field: GuidelineField, value: string): string {
  return [domain, compact(name), field, compact(value)].join('\u0000');
}

/** The keys of every guideline item's time limit and plain channel names, sorted (what `npm run build` writes). */
export function collectGuidelineValues(): string[] {
  const found = new Set<string>();
  for (const { data } of loadGuidelines().values()) {
    for (const item of data.items) {
      const name = item.l2 ?? item.l1;
      if (typeof name !== 'string') continue;
      if (typeof item.timeframe === 'string') found.add(keyOf(data.domain, name, 'timeframe', item.timeframe));
      for (const channel of item.channels ?? []) if (typeof channel === 'string') found.add(keyOf(data.domain, name, 'channel', channel));
    }
  }
  return [...found].sort();
}

/** collectGuidelineValues() as `npm run build` writes it into dist/generated/. */
export const GUIDELINE_VALUES_FILE = 'guideline-values.json';

let keys: Set<string> | undefined;

/** True when the domain's guideline writes this very value of `field` for an item of the item's name (二级事项, else 一级事项). */
export function isGuidelineValue(domain: string, item: Item, field: GuidelineField, value: string): boolean {
  const name = item.l2 ?? item.l1;
  if (typeof name !== 'string') return false;
  keys ??= new Set(JSON.parse(readFileSync(generatedFile(GUIDELINE_VALUES_FILE), 'utf8')) as string[]);
  return keys.has(keyOf(domain, name, field, value));
}
