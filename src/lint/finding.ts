// A finding is one problem at one place in one file: the unit every formatter prints.
import { compareStrings } from '../core/order.js';
import type { Position, Severity, TextEdit } from '../core/positions.js';
import type { Text } from '../i18n/text.js';
import type { CellAt } from '../import/grid.js';
import type { SourceFile } from '../workspace/source.js';

/** A cell of a submitted workbook or CSV file (absolute path): where a finding on a table is. */
export interface TableCell extends CellAt {
  path: string;
  /** The JSON Pointer of the value written in the cell (a finding's pointer may be inside it). */
  field?: string;
  /** A header cell whose label is a value of every item marked under it (a level column's 乡镇级). */
  header?: boolean;
}

export interface Finding extends Position {
  /** File path as shown to the user (relative to the working folder, forward slashes). */
  file: string;
  /** Rule slug, e.g. `schema`, `channel-vocabulary`. */
  rule: string;
  /** Stable rule code, e.g. GK002. */
  code: string;
  severity: Severity;
  message: string;
  /** JSON Pointer of the value the finding is about (`/items/3/timeframe`). */
  pointer: string;
  /** Id of the item the finding is in, when it is in an item. */
  itemId?: string;
  /** A replacement the user might want ("did you mean"). */
  suggestion?: string;
  /** A safe automatic fix. */
  fix?: TextEdit[];
  /** The rule's documentation page, absolute, when package.json has a homepage to publish it under. */
  docsUrl?: string;
  /**
   * On a submitted workbook or CSV file: the sheet and the cell (A1) of the value, its row and
   * column given as line and column.
   */
  sheet?: string;
  cell?: string;
}

/**
 * A finding as the pipeline collects it, before suppressions, the baseline file and localisation:
 * offsets instead of lines, the message in both languages.
 */
export interface PendingFinding {
  file: SourceFile;
  rule: string;
  start: number;
  end: number;
  message: Text;
  severity: Severity;
  pointer: string;
  itemIndex?: number;
  suggestion?: string;
  fix?: TextEdit[];
  /** On a submitted table: the cell of the value (from the pointer, or the importer's own). */
  cell?: TableCell;
}

/** Where a finding is, as a person reads it: `12:5` in a YAML file, `社会救助!F7` on a table. */
export function placeText(f: Finding): string {
  return f.cell !== undefined ? `${f.sheet}!${f.cell}` : `${f.line}:${f.column}`;
}

/** The file and the place together: `a.yaml:12:5`, or `sub.xlsx 社会救助!F7`. */
export function filePlaceText(f: Finding): string {
  return f.cell !== undefined ? `${f.file} ${placeText(f)}` : `${f.file}:${placeText(f)}`;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    compareStrings(a.sheet ?? '', b.sheet ?? '') ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}
