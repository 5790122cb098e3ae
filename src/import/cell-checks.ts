// A cell of a text column the importer will not take as written: a date, number, true/false or
// error value where a name, time limit, body or citation belongs, a text that is only a number or a
// date, or a line break in a one-line field. Such a cell is an error at that cell, and its value is
// never written: `import` leaves the field empty, `import --into` keeps the workspace's value.
import type { Text } from '../i18n/text.js';
import { bareNumberOrDate, lineBreakReason, notTextReason, ONE_LINE_FIELDS, type NotText } from '../model/value-kinds.js';
import { fieldTitle } from '../rules/support/item.js';

/** The item fields whose cells are checked: those that hold words a person types. */
export const CHECKED_FIELDS: ReadonlySet<string> = new Set(['l1', 'l2', 'l3', 'timeframe', 'owner', 'basis']);

/** Why the cell of `field` holding `text` (and, in a workbook, a value of `kind`) cannot be read as meant. */
export function refusedCell(field: string, text: string, kind: NotText | undefined): Text | undefined {
  const title = fieldTitle(field);
  const found = kind ?? bareNumberOrDate(text);
  if (found) return notTextReason(found, field, title);
  if (ONE_LINE_FIELDS.has(field) && text.includes('\n')) return lineBreakReason(text, field, title);
  return undefined;
}
