// What a workbook row changes in a workspace item: each field compared as the workbook shows it
// (lines, citations as text, channels, marks), so that a value written another way in YAML (a
// citation as {title, ref}, content as one text, a list a default gives) is not a change.
import { COMPARED_FIELDS } from '../model/fields.js';
import { channels, citations, labels, lines, text } from '../model/item-values.js';
import type { Item } from '../model/types.js';
import type { PlainValue } from '../workspace/edit-structure.js';
import type { ItemDraft } from './items.js';

/** The fields a workbook row carries, in the order a new item is written: all but the id. */
export const ROW_FIELDS = COMPARED_FIELDS;
export type RowField = (typeof ROW_FIELDS)[number];

function audienceKey(value: unknown): string | null {
  if (value === '全社会') return 'society';
  if (value === '特定群体') return 'specific';
  if (value && typeof value === 'object') return `group:${text((value as Record<string, unknown>)['特定群体'])}`;
  return null;
}

/** A field's value as the workbook shows it, as one comparable string ('' when empty). */
function shown(field: RowField, value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (field) {
    case 'content':
      return JSON.stringify(lines(value));
    case 'basis':
      return JSON.stringify(citations(value));
    case 'channels':
      return JSON.stringify(channels(value));
    case 'audience':
      return audienceKey(value) ?? '';
    case 'mode':
    case 'level':
      return JSON.stringify([...new Set(labels(value))].sort());
    case 'notes':
      return JSON.stringify(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)));
    default:
      return text(value).trim();
  }
}

export function sameValue(field: RowField, a: unknown, b: unknown): boolean {
  const x = shown(field, a);
  const y = shown(field, b);
  return x === y || ((x === '' || x === '[]') && (y === '' || y === '[]'));
}

/** A field the row says the item does not have: its key is removed. */
export const REMOVED = Symbol('removed');

/**
 * The fields of `row` that differ from `item` (resolved: its defaults applied), each with the value
 * to write, or REMOVED. Notes are merged only when the row has some (the workbook may not show the
 * column); l2 is removed when the row's 一级事项 is merged across its 二级事项 (the item has none).
 */
export function changedFields(item: Item, row: ItemDraft): [RowField, PlainValue | typeof REMOVED][] {
  const out: [RowField, PlainValue | typeof REMOVED][] = [];
  for (const field of ROW_FIELDS) {
    const next = (row as Record<string, unknown>)[field];
    if (field === 'notes' && next === undefined) continue;
    if (field === 'l2' && next === undefined) {
      if (item.l2 !== undefined) out.push([field, REMOVED]);
      continue;
    }
    if (field === 'l3' && next === undefined && !item.l3) continue;
    const before = (item as unknown as Record<string, unknown>)[field];
    if (sameValue(field, before, next)) continue;
    out.push([field, written(field, next, before)]);
  }
  return out;
}

/** The value written for a field, in the form the item had: content stays a list if it was one. */
function written(field: RowField, value: unknown, before: unknown): PlainValue {
  if (value === undefined || value === null) return null;
  if (field === 'content' && typeof value === 'string' && Array.isArray(before)) return [value];
  return value as PlainValue;
}
