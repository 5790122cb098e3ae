// What the importer needs to know of a formula without evaluating it: where a shared formula's
// references point from another cell, and whether it reaches outside the workbook (a reference
// to another file, written [1]Sheet!A1, or a DDE link, written app|topic!item).
import { columnLetters, columnNumber } from './grid.js';

/** A "text" literal of a formula; references inside one are not references. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;
const A1_REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** The formula of a shared formula's master, as the cell `rows`/`cols` away reads it (relative references moved). */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const shiftRefs = (part: string) =>
    part.replace(A1_REF, (whole, before: string, colFixed: string, col: string, rowFixed: string, row: string) => {
      const c = colFixed ? columnNumber(col) : columnNumber(col) + cols;
      const r = rowFixed ? Number(row) : Number(row) + rows;
      if (c < 1 || r < 1) return whole;
      return `${before}${colFixed}${columnLetters(c)}${rowFixed}${r}`;
    });
  let out = '';
  let at = 0;
  for (const m of formula.matchAll(STRING_LITERAL)) {
    out += shiftRefs(formula.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + shiftRefs(formula.slice(at));
}

/** An external workbook ([1]Sheet!A1, '[2]Sheet 1'!B2) or a DDE link (cmd|' /C calc'!A0). */
const EXTERNAL = /\[\d+\]|[A-Za-z0-9_.]+\s*\|/;

/** True when the formula takes a value from outside the workbook. */
export function isExternalFormula(formula: string): boolean {
  return EXTERNAL.test(formula.replace(STRING_LITERAL, '""'));
}
