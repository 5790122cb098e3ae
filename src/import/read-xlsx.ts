// An .xlsx file as grids of cell text. The package is verified first (archive.ts); merged ranges
// are checked before exceljs applies them, because exceljs creates every cell a merge covers and
// compares each merge with all earlier ones: one `A1:XFD1048576` or 100,000 merges would exhaust
// memory or time. Cells are read as text, formulas by their cached result (never evaluated).
import ExcelJS from 'exceljs';
import { GkmlError } from '../core/errors.js';
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { openXlsxArchive } from './archive.js';
import type { NotText } from '../model/value-kinds.js';
import { parseRange, rangeArea, type CellRange, type SheetGrid } from './grid.js';

export const MERGE_LIMITS = {
  perSheet: 20_000,
  /** Cells one merge may cover (a title across every column, 16,384 cells, is fine; a whole sheet is not). */
  cellsPerMerge: 20_000,
  cellsPerSheet: 200_000,
};

function fail(file: string, reason: Text): never {
  throw new GkmlError(msg(IMPORT.cannotImport, { file, reason }));
}

function checkMerges(entries: ReadonlyMap<string, Uint8Array>, file: string): void {
  const decoder = new TextDecoder();
  for (const [name, data] of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = decoder.decode(data);
    let count = 0;
    let cells = 0;
    for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]*)"/g)) {
      const range = parseRange(m[1]!);
      if (!range) fail(file, msg(IMPORT.invalidMergeRange, { part: name, range: m[1]! }));
      const area = rangeArea(range);
      count++;
      cells += area;
      if (area > MERGE_LIMITS.cellsPerMerge || cells > MERGE_LIMITS.cellsPerSheet || count > MERGE_LIMITS.perSheet) {
        fail(file, msg(IMPORT.mergesTooLarge, { part: name, range: m[1]! }));
      }
    }
  }
}

type CellValue = ExcelJS.CellValue;

/** The text a cell shows. Formula cells give their cached result; nothing is evaluated. */
export function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').replace(/\r\n?/g, '\n');
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as { result?: CellValue }).result ?? null);
  if ('hyperlink' in value) return valueText((value as { text?: CellValue }).text ?? '');
  if ('error' in value) return String(value.error);
  return '';
}

/** What a cell held when it was not text: a number, a date, TRUE/FALSE or an error (a formula by its cached result). */
export function valueKind(value: CellValue): NotText | undefined {
  if (value === null || value === undefined || typeof value === 'string') return undefined;
  if (typeof value === 'number') return { kind: 'number', shown: String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', shown: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { kind: 'date', shown: valueText(value) };
  if ('error' in value) return { kind: 'error', shown: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) return valueKind((value as { result?: CellValue }).result ?? null);
  return undefined;
}

function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: string[][] = [];
  const merges = new Map<string, CellRange>();
  const kinds = new Map<string, NotText>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const texts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const key = master.address;
        const range = merges.get(key) ?? { top: Number(master.row), left: Number(master.col), bottom: Number(master.row), right: Number(master.col) };
        range.bottom = Math.max(range.bottom, r);
        range.right = Math.max(range.right, c);
        merges.set(key, range);
        return;
      }
      texts[c - 1] = valueText(cell.value);
      const kind = valueKind(cell.value);
      if (kind) kinds.set(`${r}:${c}`, kind);
    });
    rows[r - 1] = Array.from(texts, (t) => t ?? '');
  });
  return { name: ws.name, rows: Array.from(rows, (r) => r ?? []), merges: [...merges.values()], kinds };
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  const { archive, entries } = openXlsxArchive(bytes, file);
  checkMerges(entries, file);
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    const reason = (err as Error).message ?? String(err);
    const overlap = /already merged/i.test(reason);
    fail(file, overlap ? msg(IMPORT.mergesOverlap) : msg(IMPORT.unreadableWorkbook, { detail: reason }));
  }
  return book.worksheets.map(sheetGrid);
}
