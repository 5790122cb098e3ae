// What the item rules share: how an item is named in a message (事项“jiuye-01-01”), a field's
// Chinese and English title (from the field registry, which the directory schema's titles match), and
// every text value of an item with its path.
import { defineMessages, msg } from '../../i18n/messages.js';
import type { Text } from '../../i18n/text.js';
import { fieldSpec } from '../../model/fields.js';
import type { Item } from '../../model/types.js';

const ITEM = defineMessages({
  about: { zh: '事项“{id}”：{text}', en: 'item "{id}": {text}' },
});

/** `事项“id”：…` — the way every item finding starts, as the schema messages do. */
export function aboutItem(item: Item, text: Text): Text {
  return msg(ITEM.about, { id: item.id, text });
}

/** The title of an item field as the official table heads its column, e.g. 公开时限 / time limit; a field without one by its key. */
export function fieldTitle(field: string): Text | string {
  return fieldSpec(field)?.title ?? field;
}

/** One text value inside an item: the field it belongs to and its path in the file's data. */
export interface ItemText {
  field: string;
  path: (string | number)[];
  value: string;
}

/** Every string an item holds — names, elements, citations, channels, audience, notes — in field order. */
export function itemTexts(item: Item, index: number): ItemText[] {
  const out: ItemText[] = [];
  const walk = (field: string, value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') out.push({ field, path, value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(field, v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(field, v, [...path, k]);
  };
  for (const [field, value] of Object.entries(item)) {
    if (field !== 'id') walk(field, value, ['items', index, field]);
  }
  return out;
}
