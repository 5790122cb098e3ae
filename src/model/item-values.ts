// An item's values as the compendium publishes them: its own, else its file's defaults, else the
// workspace's (the cascade's innermost step), read tolerantly, so that a draft published before
// lint passes (`gkml build --draft`) shows what the author wrote rather than failing on it.
import { OTHER_CHANNEL } from './channels.js';
import type { PublishedChannel } from './compendium.js';
import { DEFAULTABLE_FIELDS, FILLED_FIELDS, type FilledField } from './fields.js';
import type { Citation, Item, ItemDefaults } from './types.js';

/** The item with every field it leaves out taken from the defaults, its own key order kept (defaulted fields after). */
export function withDefaults(
  item: Item,
  fileDefaults: ItemDefaults | undefined,
  workspaceDefaults: Readonly<Record<string, unknown>> | undefined,
): Item {
  let resolved: Record<string, unknown> | undefined;
  for (const field of DEFAULTABLE_FIELDS) {
    if (item[field] !== undefined) continue;
    const value = fileDefaults?.[field] !== undefined ? fileDefaults[field] : workspaceDefaults?.[field];
    if (value === undefined) continue;
    resolved ??= { ...item };
    resolved[field] = value;
  }
  return (resolved as Item | undefined) ?? item;
}

/** True when the item has no 二级事项: l2 left out, its 一级事项 standing alone. (null is still to be filled.) */
export function hasNoL2(item: Pick<Item, 'l2'>): boolean {
  return item.l2 === undefined;
}

/** The fields `item` must give: all of FILLED_FIELDS, but l2 only when the item has a 二级事项. */
export function fieldsToFill(item: Item): readonly FilledField[] {
  return hasNoL2(item) ? FILLED_FIELDS.filter((f) => f !== 'l2') : FILLED_FIELDS;
}

/** The fields an item must give (or have given by a default) that are still empty: what a draft shows as 待填写. */
export function unfilledFields(item: Item): string[] {
  return fieldsToFill(item).filter((f) => item[f] === null || item[f] === undefined);
}

export const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** A list field as lines: a list as it is, a lone value as one line. */
export function lines(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter(Boolean);
  const one = text(value);
  return one ? [one] : [];
}

/** A list of labels (mode, level), a value written as text (`县级、乡级`) split as a clerk meant it. */
export function labels(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter(Boolean);
  return splitListText(text(value), { spaces: true });
}

const OPENERS: Readonly<Record<string, string>> = { '《': '》', '（': '）', '(': ')', '「': '」', '“': '”', '〔': '〕', '[': ']' };

/**
 * Text a clerk typed as a list, in its entries: split at 、，,；; (and at spaces, for labels) but
 * never inside brackets or quotes, so that 《关于…，…的通知》 stays one citation.
 */
export function splitListText(value: string, options: { spaces?: boolean; separators?: string } = {}): string[] {
  const separators = options.separators ?? '、，,；;';
  const out: string[] = [];
  const closers: string[] = [];
  let current = '';
  for (const ch of value) {
    if (closers.length && ch === closers[closers.length - 1]) closers.pop();
    else if (OPENERS[ch]) closers.push(OPENERS[ch]!);
    const splits = !closers.length && (separators.includes(ch) || (options.spaces === true && /\s/.test(ch)));
    if (splits) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

export function formatCitation(c: Citation): string {
  if (typeof c === 'string') return c;
  return c.ref ? `${c.title}(${c.ref})` : c.title;
}

export function citations(value: unknown): string[] {
  if (!Array.isArray(value)) return lines(value);
  return value
    .map((c) =>
      c && typeof c === 'object' && typeof (c as { title?: unknown }).title === 'string' ? formatCitation(c as Citation) : text(c),
    )
    .filter(Boolean);
}

export function channels(value: unknown): PublishedChannel[] {
  const list = Array.isArray(value) ? value : labels(value);
  return list.flatMap((ch): PublishedChannel[] => {
    if (typeof ch === 'string') return ch ? [{ name: ch }] : [];
    const other = ch && typeof ch === 'object' ? (ch as Record<string, unknown>)[OTHER_CHANNEL] : undefined;
    return other === undefined ? [] : [{ name: OTHER_CHANNEL, text: text(other) }];
  });
}
