// What the importer reports: every source row becomes an item or one of these, with the cell it
// is about. Warnings are read anyway (a ditto resolved, a column kept as notes); errors are rows
// that could not become items.
import type { Text } from '../i18n/text.js';
import type { CellAt } from './grid.js';

export interface ImportProblem {
  /** The cell the problem is about (a report names it 就业!H12: grid.ts cellName). */
  at: CellAt;
  severity: 'error' | 'warn';
  message: Text;
  /** What the import did with a sound table (a headed column of its own kept as notes): said by `gkml import`, no finding of `gkml lint`. */
  importOnly?: true;
}

export class ProblemList {
  readonly items: ImportProblem[] = [];
  warn(at: CellAt, message: Text): void {
    this.items.push({ at, severity: 'warn', message });
  }
  /** A warning about what the import did, not about the table: `gkml lint` does not report it. */
  told(at: CellAt, message: Text): void {
    this.items.push({ at, severity: 'warn', message, importOnly: true });
  }
  error(at: CellAt, message: Text): void {
    this.items.push({ at, severity: 'error', message });
  }
  get errorCount(): number {
    return this.items.filter((p) => p.severity === 'error').length;
  }
}

/** A value quoted for a message, shortened so one long cell does not flood the report. */
export function shown(value: string, max = 30): string {
  const oneLine = value.replace(/\s*\n\s*/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
