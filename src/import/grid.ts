// A sheet as the importer sees it, whatever it came from (xlsx or CSV): the text of every cell,
// the merged ranges and the cells that held no text, plus how to name a cell in a report (`就业!H12`).
import type { NotText } from '../model/value-kinds.js';

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A cell of a sheet, 1-based: where a value read from a table was written. */
export interface CellAt {
  sheet: string;
  row: number;
  col: number;
}

export interface SheetGrid {
  name: string;
  /** Cell text: rows[r - 1][c - 1]; '' for an empty cell and for the covered cells of a merge. */
  rows: string[][];
  merges: CellRange[];
  /** Workbook cells that held a date, number, true/false or error value rather than text, by `row:col` (1-based). */
  kinds?: Map<string, NotText>;
  /** Workbook cells holding a formula, by `row:col` (1-based): their text is the cached result. */
  formulas?: Map<string, CellFormula>;
  /** A text copy (CSV): its line breaks are the copied page's layout, not typed (model/wraps.ts). */
  copied?: boolean;
}

/** A formula as written in the cell (a shared formula moved to the cell), and whether the file holds its result. */
export interface CellFormula {
  formula: string;
  cached: boolean;
}

/** The formula of a workbook cell, if it holds one. */
export function cellFormula(grid: SheetGrid, row: number, col: number): CellFormula | undefined {
  // Asked for every cell: most sheets hold no formula, and need no key built.
  return grid.formulas?.size ? grid.formulas.get(`${row}:${col}`) : undefined;
}

/** What a cell held when it was not text (a CSV holds only text). */
export function cellKind(grid: SheetGrid, row: number, col: number): NotText | undefined {
  return grid.kinds?.size ? grid.kinds.get(`${row}:${col}`) : undefined;
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A cell of a sheet, as the importer's problems and lint's findings hold it (never as text to parse back). */
export function cellRef(sheet: string, row: number, col: number): CellAt {
  return { sheet, row, col };
}

/** How a report names a cell: `<sheet>!<address>`, e.g. 就业!H12. */
export function cellName(at: CellAt): string {
  return `${at.sheet}!${cellAddress(at.row, at.col)}`;
}

/** Largest row and column an xlsx sheet can have. */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/;

/** Parses `A1:B3` (or a single `A1`); undefined when it is not a valid range on a sheet. */
export function parseRange(text: string): CellRange | undefined {
  const m = RANGE.exec(text.trim());
  if (!m) return undefined;
  const a = { row: Number(m[2]), col: columnNumber(m[1]!) };
  const b = m[3] ? { row: Number(m[4]), col: columnNumber(m[3]) } : a;
  const range = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  if (range.top < 1 || range.left < 1 || range.bottom > MAX_ROW || range.right > MAX_COL) return undefined;
  return range;
}

export function rangeArea(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

/** Text of a cell, 1-based; '' outside the grid. */
export function cellText(grid: SheetGrid, row: number, col: number): string {
  return grid.rows[row - 1]?.[col - 1] ?? '';
}
