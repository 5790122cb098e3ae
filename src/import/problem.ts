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
}

export class ProblemList {
  readonly items: ImportProblem[] = [];
  warn(at: CellAt, message: Text): void {
    this.items.push({ at, severity: 'warn', message });
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
