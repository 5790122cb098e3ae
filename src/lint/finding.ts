// A finding is one problem at one place in one file: the unit every formatter prints.
import { compareStrings } from '../core/order.js';
import type { Position, Severity, TextEdit } from '../core/positions.js';
import type { Text } from '../i18n/text.js';
import type { SourceFile } from '../workspace/source.js';

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
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}
