// One worksheet part read in one pass into a SheetGrid: each cell's text as Excel shows it (shared
// and inline strings, numbers, dates by their style, TRUE/FALSE, errors; a formula by its cached
// result, never evaluated, and remembered with its formula), then the merged ranges, checked
// against the limits before they are applied (a covered cell shows nothing, as in Excel).
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import type { NotText } from '../model/value-kinds.js';
import { columnNumber, parseRange, rangeArea, type CellFormula, type CellRange, type SheetGrid } from './grid.js';
import { shiftFormula } from './formula-refs.js';
import { attr, XmlScanner, type XmlEvents } from './xml-scan.js';

export const MERGE_LIMITS = {
  perSheet: 20_000,
  /** Cells one merge may cover (a title across every column, 16,384 cells, is fine; a whole sheet is not). */
  cellsPerMerge: 20_000,
  cellsPerSheet: 200_000,
};

/** What the workbook's other parts tell about a sheet's cells. */
export interface BookContext {
  sharedStrings: readonly string[];
  /** Style indexes whose number format shows a date. */
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  /** Throws the workbook's refusal (exit 2 or a finding of the file). */
  fail(reason: Text): never;
}

const CELL_REF = /^([A-Za-z]{1,3})?(\d+)?$/;

/** The text CRLF and CR are read as LF, as the rest of gkml reads text. */
const lf = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

/** Excel's serial day number as a calendar date (YYYY-MM-DD); undefined when out of range. */
function serialDate(value: number, date1904: boolean): string | undefined {
  const ms = Math.round((value - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  const date = new Date(ms);
  return Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : undefined;
}

interface CellState {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string;
  hasValue: boolean;
  /** A <v> element was written, even empty: a formula's cached result (an empty text is one). */
  cached: boolean;
  formula: string | undefined;
  shared: { si: string; master: boolean } | undefined;
  /** Inline string runs (<is>), phonetic runs left out. */
  inline: string;
}

type Reading = 'v' | 'f' | 't' | undefined;

/** Reads one sheet; `name` is its tab name, `part` its path in the package (for messages). */
export class SheetReader implements XmlEvents {
  private readonly rows: string[][] = [];
  private readonly kinds = new Map<string, NotText>();
  private readonly formulas = new Map<string, CellFormula>();
  private readonly merges: CellRange[] = [];
  private readonly sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  private row = 0;
  private col = 0;
  private cell: CellState | undefined;
  private reading: Reading;
  private inIs = false;
  private phonetic = 0;
  private mergeCells = 0;
  private mergeArea = 0;
  readonly scanner: XmlScanner;

  constructor(
    private readonly name: string,
    private readonly part: string,
    private readonly book: BookContext,
  ) {
    this.scanner = new XmlScanner(this, (why) => book.fail(msg(IMPORT.unreadableWorkbook, { detail: `${part}: ${why}` })));
  }

  open(tag: string, attrs: string, selfClosing: boolean): void {
    switch (tag) {
      case 'row': {
        const r = Number(attr(attrs, 'r'));
        this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
        this.col = 0;
        return;
      }
      case 'c':
        this.openCell(attrs);
        if (selfClosing) this.closeCell();
        return;
      case 'f':
        if (this.cell) this.openFormula(attrs, selfClosing);
        return;
      case 'v':
        if (this.cell) this.cell.cached = true;
        if (this.cell && !selfClosing) this.reading = 'v';
        return;
      case 'is':
        this.inIs = !selfClosing;
        return;
      case 'rPh':
        if (!selfClosing) this.phonetic++;
        return;
      case 't':
        if (this.cell && this.inIs && !this.phonetic && !selfClosing) this.reading = 't';
        if (this.cell && this.inIs) this.cell.hasValue = true;
        return;
      case 'mergeCell':
        this.addMerge(attr(attrs, 'ref') ?? '');
        return;
    }
  }

  close(tag: string): void {
    if (tag === 'c') this.closeCell();
    else if (tag === 'is') this.inIs = false;
    else if (tag === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1);
    else if (tag === 'v' || tag === 'f' || tag === 't') this.reading = undefined;
  }

  text(text: string): void {
    const cell = this.cell;
    if (!cell || !this.reading) return;
    if (this.reading === 'f') cell.formula = (cell.formula ?? '') + text;
    else if (this.reading === 't') cell.inline += text;
    else {
      cell.value += text;
      cell.hasValue = true;
    }
  }

  private openCell(attrs: string): void {
    const ref = CELL_REF.exec(attr(attrs, 'r') ?? '');
    const col = ref?.[1] ? columnNumber(ref[1]) : this.col + 1;
    const row = ref?.[2] ? Number(ref[2]) : this.row;
    this.col = col;
    if (row !== this.row) this.row = row;
    const style = Number(attr(attrs, 's') ?? 0);
    this.cell = {
      row,
      col,
      type: attr(attrs, 't') ?? 'n',
      style,
      value: '',
      hasValue: false,
      cached: false,
      formula: undefined,
      shared: undefined,
      inline: '',
    };
  }

  private openFormula(attrs: string, selfClosing: boolean): void {
    const cell = this.cell!;
    cell.formula = '';
    const si = attr(attrs, 'si');
    if (attr(attrs, 't') === 'shared' && si !== undefined) cell.shared = { si, master: !selfClosing && attr(attrs, 'ref') !== undefined };
    if (!selfClosing) this.reading = 'f';
  }

  private closeCell(): void {
    const cell = this.cell;
    this.cell = undefined;
    this.reading = undefined;
    if (!cell || cell.row < 1 || cell.col < 1) return;
    const formula = this.formulaOf(cell);
    const shown = this.shownValue(cell, formula !== undefined);
    if (formula !== undefined) this.formulas.set(`${cell.row}:${cell.col}`, { formula, cached: cell.cached });
    if (shown === undefined && formula === undefined) return;
    const texts = (this.rows[cell.row - 1] ??= []);
    texts[cell.col - 1] = shown?.text ?? '';
    if (shown?.kind) this.kinds.set(`${cell.row}:${cell.col}`, shown.kind);
  }

  /** The formula of a cell (a shared one's, moved to this cell), or undefined when it has none. */
  private formulaOf(cell: CellState): string | undefined {
    if (cell.formula === undefined) return undefined;
    const shared = cell.shared;
    if (!shared) return cell.formula;
    if (shared.master) {
      this.sharedMasters.set(shared.si, { formula: cell.formula, row: cell.row, col: cell.col });
      return cell.formula;
    }
    const master = this.sharedMasters.get(shared.si);
    return master ? shiftFormula(master.formula, cell.row - master.row, cell.col - master.col) : cell.formula;
  }

  /** What the cell shows, or undefined when it holds no value (a formula with no cached result). */
  private shownValue(cell: CellState, isFormula: boolean): { text: string; kind?: NotText } | undefined {
    if (cell.type === 'inlineStr' && !isFormula) return cell.hasValue ? { text: lf(cell.inline) } : undefined;
    if (!cell.hasValue || (isFormula && cell.value === '')) return undefined;
    const v = cell.value;
    switch (cell.type) {
      case 's': {
        const text = isFormula ? undefined : this.book.sharedStrings[Number(v)];
        if (text === undefined && !isFormula)
          this.book.fail(msg(IMPORT.unreadableWorkbook, { detail: `${this.part}: shared string ${v}` }));
        return { text: text ?? lf(v) };
      }
      case 'str':
      case 'inlineStr':
        return { text: lf(v) };
      case 'b': {
        const on = parseInt(v, 10) !== 0;
        return { text: String(on), kind: { kind: 'boolean', shown: on ? 'TRUE' : 'FALSE' } };
      }
      case 'e':
        return { text: v, kind: { kind: 'error', shown: v } };
      default: {
        const n = parseFloat(v);
        const date = this.book.dateStyles.has(cell.style) ? serialDate(n, this.book.date1904) : undefined;
        if (date) return { text: date, kind: { kind: 'date', shown: date } };
        return { text: String(n), kind: { kind: 'number', shown: String(n) } };
      }
    }
  }

  private addMerge(ref: string): void {
    const range = parseRange(ref);
    if (!range) this.book.fail(msg(IMPORT.invalidMergeRange, { part: this.part, range: ref }));
    const area = rangeArea(range);
    this.mergeCells++;
    this.mergeArea += area;
    if (area > MERGE_LIMITS.cellsPerMerge || this.mergeArea > MERGE_LIMITS.cellsPerSheet || this.mergeCells > MERGE_LIMITS.perSheet) {
      this.book.fail(msg(IMPORT.mergesTooLarge, { part: this.part, range: ref }));
    }
    this.merges.push(range);
  }

  /** The sheet as read: merges applied (their covered cells emptied), rows without holes. */
  grid(): SheetGrid {
    const covered = new Set<string>();
    const merges: CellRange[] = [];
    let bottom = 0;
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          const key = `${r}:${c}`;
          if (covered.has(key)) this.book.fail(msg(IMPORT.mergesOverlap));
          covered.add(key);
          if (r === m.top && c === m.left) continue;
          const texts = this.rows[r - 1];
          if (texts && c <= texts.length) delete texts[c - 1];
          this.kinds.delete(key);
          this.formulas.delete(key);
        }
      }
      if (rangeArea(m) > 1) merges.push(m);
      bottom = Math.max(bottom, m.bottom);
    }
    const rows: string[][] = [];
    const height = Math.max(this.rows.length, bottom);
    for (let r = 0; r < height; r++) rows.push(withoutHoles(this.rows[r]));
    return { name: this.name, rows, merges, kinds: this.kinds, formulas: this.formulas };
  }
}

/** A row's texts with every hole '' and no trailing hole (a cell a merge covers shows nothing). */
function withoutHoles(texts: string[] | undefined): string[] {
  if (!texts) return [];
  let width = texts.length;
  while (width > 0 && !(width - 1 in texts)) width--;
  const out: string[] = new Array<string>(width);
  for (let c = 0; c < width; c++) out[c] = texts[c] ?? '';
  return out;
}
