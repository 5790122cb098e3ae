// A cell of a text column the importer will not take as written: a date, number, true/false or
// error value where a name, time limit, body or citation belongs, a text that is only a number or a
// date, or a line break in a one-line field. Such a cell is an error at that cell, and its value is
// never written: `import` leaves the field empty, `import --into` keeps the workspace's value.
// Any cell holding a formula, or a text a spreadsheet would run as one, is also said at that cell.
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { ONE_LINE_FIELDS } from '../model/fields.js';
import { bareNumberOrDate, commandText, lineBreakReason, notTextReason, type NotText } from '../model/value-kinds.js';
import { fieldTitle } from '../rules/support/item.js';
import { isExternalFormula } from './formula-refs.js';
import { cellFormula, cellRef, type CellFormula } from './grid.js';
import type { Table } from './header.js';
import { shown, type ProblemList } from './problem.js';
import type { SourceRow } from './rows.js';

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

/** What is said of a cell that holds a formula or a command-like text; `refused`: its value is not read. */
export interface FormulaVerdict {
  severity: 'error' | 'warn';
  message: Text;
  refused: boolean;
}

/**
 * A formula with a result saved in the file and no reference outside it is read by that result
 * (a warning naming it); one reaching outside the workbook, or with no saved result, is refused,
 * as is a text starting with =, +, -, @ that calls a command or link (whatever the file type).
 */
export function formulaVerdict(formula: CellFormula | undefined, text: string): FormulaVerdict | undefined {
  if (formula) {
    const named = shown(`=${formula.formula}`, 60);
    if (isExternalFormula(formula.formula)) return refusal(msg(IMPORT.formulaExternal, { formula: named }));
    if (!formula.cached) return refusal(msg(IMPORT.formulaNoResult, { formula: named }));
    return { severity: 'warn', message: msg(IMPORT.formulaCached, { formula: named, value: shown(text) }), refused: false };
  }
  const command = text ? commandText(text) : undefined;
  return command ? refusal(command) : undefined;
}

function refusal(reason: Text): FormulaVerdict {
  return { severity: 'error', message: msg(IMPORT.refusedCell, { reason }), refused: true };
}

/**
 * Says what a formula cell (or a command-like text) is, once at its cell (not again for each row a
 * merge gives it to); true when its value is refused.
 */
export function formulaRefused(table: Table, row: SourceRow, i: number, problems: ProblemList): boolean {
  const at = row.sources[i] ?? row.row;
  const col = table.columns[i]!.col;
  const verdict = formulaVerdict(cellFormula(table.sheet, at, col), row.values[i] ?? '');
  if (!verdict) return false;
  if (at === row.row) problems[verdict.severity === 'error' ? 'error' : 'warn'](cellRef(table.sheet.name, at, col), verdict.message);
  return verdict.refused;
}
