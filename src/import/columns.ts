// Which item fields a table's columns fill, and which it has no column for: such a field is said
// once, at the header (read-tables.ts), not once per item, and never written over a workspace's value.
import { IMPORT } from '../i18n/catalogue/import.js';
import type { Message } from '../i18n/messages.js';
import type { Table } from './header.js';
import { splitNames } from './marks.js';

/** The item fields a table's columns can fill, by the kinds of column that fill each. */
const FIELD_COLUMNS: readonly [string, readonly string[]][] = [
  ['content', ['content']],
  ['basis', ['basis']],
  ['timeframe', ['timeframe']],
  ['owner', ['owner']],
  ['channels', ['channels']],
  ['audience', ['society', 'specific', 'audience']],
  ['mode', ['active', 'onRequest', 'mode']],
  ['level', ['level', 'levels']],
];

/** The item fields `table` has no column for. */
export function absentFields(table: Table): Set<string> {
  const has = new Set<string>(table.columns.map((c) => c.role.kind));
  return new Set(FIELD_COLUMNS.filter(([, kinds]) => !kinds.some((k) => has.has(k))).map(([field]) => field));
}

/** The fields reported when their column is missing, in table order, with their names. */
export const MISSING_NAMES: readonly [string, Message][] = [
  ['content', IMPORT.content],
  ['basis', IMPORT.basis],
  ['timeframe', IMPORT.timeframe],
  ['owner', IMPORT.owner],
  ['channels', IMPORT.channels],
  ['audience', IMPORT.audience],
  ['mode', IMPORT.mode],
];

/** The levels a table's level columns name (a column headed 乡级、村级 names both), in column order. */
export function levelColumnLabels(table: Table): string[] {
  return table.columns.flatMap((c) => (c.role.kind === 'level' ? splitNames(c.role.label) : []));
}
