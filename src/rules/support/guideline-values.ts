// The 公开时限 the national guidelines write for each of their items (及时公开 for a 招标公告): a county
// item of the same domain and name that keeps the guideline's own wording is not vague for that.
import { readFileSync } from 'node:fs';
import { generatedFile } from '../../core/generated.js';
import { loadGuidelines } from '../../guideline/guideline.js';
import type { Item } from '../../model/types.js';

/** Spacing a copy leaves (及时 公开) does not make another wording. */
const compact = (text: string) => text.replace(/\s+/g, '');

/** One key per domain, item name (二级事项, else 一级事项) and time limit. */
function keyOf(domain: string, name: string, timeframe: string): string {
  return [domain, compact(name), compact(timeframe)].join('\u0000');
}

/** The keys of every guideline item with a time limit, sorted (what `npm run build` writes). */
export function collectGuidelineTimeframes(): string[] {
  const found = new Set<string>();
  for (const { data } of loadGuidelines().values()) {
    for (const item of data.items) {
      const name = item.l2 ?? item.l1;
      if (typeof item.timeframe === 'string' && typeof name === 'string') found.add(keyOf(data.domain, name, item.timeframe));
    }
  }
  return [...found].sort();
}

/** collectGuidelineTimeframes() as `npm run build` writes it into dist/generated/. */
export const GUIDELINE_TIMEFRAMES_FILE = 'guideline-timeframes.json';

let keys: Set<string> | undefined;

/** True when the domain's guideline writes this very time limit for an item of the item's name (二级事项, else 一级事项). */
export function isGuidelineTimeframe(domain: string, item: Item, timeframe: string): boolean {
  const name = item.l2 ?? item.l1;
  if (typeof name !== 'string') return false;
  keys ??= new Set(JSON.parse(readFileSync(generatedFile(GUIDELINE_TIMEFRAMES_FILE), 'utf8')) as string[]);
  return keys.has(keyOf(domain, name, timeframe));
}
