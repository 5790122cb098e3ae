// A finding is one problem at one place in one file: the unit every formatter prints.
import { compareStrings } from '../core/order.js';
import type { Position, Severity, TextEdit } from '../core/positions.js';
import type { Text } from '../i18n/text.js';
import { cellName, type CellAt } from '../import/grid.js';
import type { SourceFile } from '../workspace/source.js';

/** A cell of a submitted workbook or CSV file (absolute path): where a finding on a table is. */
export interface TableCell extends CellAt {
  path: string;
  /** The JSON Pointer of the value written in the cell (a finding's pointer may be inside it). */
  field?: string;
  /** A header cell whose label is a value of every item marked under it (a level column's 乡镇级). */
  header?: boolean;
}

/** Where a problem is while the pipeline holds it: a span of its file's text (offsets), or a cell of a submitted table. */
export type Place = { kind: 'text'; start: number; end: number } | { kind: 'cell'; cell: TableCell };

/** Where a reported finding is: lines and columns of a text file, or a cell (A1) of a workbook or CSV file. */
export type FindingLocation = ({ kind: 'text' } & Position) | { kind: 'cell'; sheet: string; cell: string; row: number; column: number };

export interface Finding extends Position {
  /** File path as shown to the user (relative to the working folder, forward slashes). */
  file: string;
  /** Where in the file: what every report reads. The fields below spell it flat for the library's callers. */
  location: FindingLocation;
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
  /** On a submitted workbook or CSV file: the sheet and the cell (A1) of the value, its row and column given as line and column. */
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
  /** A span of the file's text; on a submitted table, the cell of the value (from the pointer, or the importer's own). */
  at: Place;
  message: Text;
  severity: Severity;
  pointer: string;
  itemIndex?: number;
  suggestion?: string;
  fix?: TextEdit[];
}

/** A span of a file's text as a place: a syntax, schema or suppression problem's `start` and `end`. */
export function textSpan({ start, end }: { start: number; end: number }): Place {
  return { kind: 'text', start, end };
}

/**
 * A problem of any shape (a syntax or schema problem, a rule's report, an importer's problem, a
 * suppression's) as it becomes a finding: its rule, its place, what it says (check-file.ts makeFinding).
 */
export interface Problem extends Omit<PendingFinding, 'file' | 'severity' | 'pointer'> {
  pointer?: string;
  /** A severity of its own (a YAML warning, an importer's error), whatever the rule's level, unless the rule is off. */
  severity?: Severity;
}

/** The cell a finding is at, on a submitted table. */
export function cellOf(f: Pick<PendingFinding, 'at'>): TableCell | undefined {
  return f.at.kind === 'cell' ? f.at.cell : undefined;
}

/** Where a finding is, as a person reads it: `12:5` in a YAML file, `社会救助!F7` on a table. */
export function placeText({ location }: Finding): string {
  return location.kind === 'cell'
    ? cellName({ sheet: location.sheet, row: location.row, col: location.column })
    : `${location.line}:${location.column}`;
}

/** The file and the place together: `a.yaml:12:5`, or `sub.xlsx 社会救助!F7`. */
export function filePlaceText(f: Finding): string {
  return `${f.file}${f.location.kind === 'cell' ? ' ' : ':'}${placeText(f)}`;
}

/** The sheet a finding is on ('' in a text file): findings sort by it before the line. */
const sheetOf = ({ location }: Finding) => (location.kind === 'cell' ? location.sheet : '');

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    compareStrings(sheetOf(a), sheetOf(b)) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}
