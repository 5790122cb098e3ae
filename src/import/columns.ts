// Which item fields a table's columns fill, and which it has no column for: such a field is said
// once, at the header (read-tables.ts), not once per item, and never written over a workspace's value.
import type { Message } from '../i18n/messages.js';
import { DEFAULTABLE_FIELDS, FIELDS, importKindsOf } from '../model/fields.js';
import type { Table } from './header.js';
import { splitNames } from './marks.js';

/** The item fields a table's columns can fill (a `defaults` block may give any of them), with the kinds of column that fill each. */
const FIELD_COLUMNS = DEFAULTABLE_FIELDS.map((field) => [field, importKindsOf(field)] as const).filter(([, kinds]) => kinds.length);

/** The item fields `table` has no column for. */
export function absentFields(table: Table): Set<string> {
  const has = new Set<string>(table.columns.map((c) => c.role.kind));
  return new Set(FIELD_COLUMNS.filter(([, kinds]) => !kinds.some((k) => has.has(k))).map(([field]) => field));
}

/** The fields reported when their column is missing, in table order, with their names. */
export const MISSING_NAMES: readonly [string, Message][] = FIELDS.flatMap((f) =>
  'missing' in f ? [[f.name, f.missing] as [string, Message]] : [],
);

/** The levels a table's level columns name (a column headed 乡级、村级 names both), in column order. */
export function levelColumnLabels(table: Table): string[] {
  return table.columns.flatMap((c) => (c.role.kind === 'level' ? splitNames(c.role.label) : []));
}
