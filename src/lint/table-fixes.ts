// What `--fix-dry-run` shows for a submitted table: each cell a fix would change, its text before
// and after, as the sender would retype it. (`--fix` itself never writes into a table.)
import { compareStrings } from '../core/order.js';
import { cellAddress, cellName } from '../import/grid.js';
import { pointerToPath } from '../workspace/locate.js';
import { parseSource, type SourceFile } from '../workspace/source.js';
import { cellOf, type PendingFinding } from './finding.js';
import { applyFixes } from './fix.js';
import type { CellFix, LintRun } from './run.js';

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const key of pointerToPath(pointer)) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

/** A value as one line of text: a list's entries (a cell's lines) joined with ；. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join('；');
  if (typeof value === 'object') return Object.values(value).map(cellText).join('；');
  return String(value);
}

export function cellFixes(run: LintRun): CellFix[] {
  const bySource = new Map<SourceFile, PendingFinding[]>();
  // What the report shows: a fix the baseline file hides is not listed, as for YAML.
  for (const p of run.reported) {
    if (!p.fix || !cellOf(p) || !run.tableSources.has(p.file)) continue;
    bySource.set(p.file, [...(bySource.get(p.file) ?? []), p]);
  }
  const out: (CellFix & { row: number; col: number })[] = [];
  for (const [source, findings] of bySource) {
    const fixed = parseSource(
      source.path,
      source.display,
      applyFixes(
        source.text,
        findings.map((f) => f.fix!),
      ),
    );
    if (fixed.fatal) continue;
    const seen = new Set<string>();
    for (const f of findings) {
      const cell = cellOf(f)!;
      const field = cell.field ?? f.pointer;
      const address = cellAddress(cell.row, cell.col);
      if (seen.has(cellName(cell))) continue;
      seen.add(cellName(cell));
      const before = cellText(valueAt(source.data, field));
      const after = cellText(valueAt(fixed.data, field));
      if (before !== after)
        out.push({ file: source.display, sheet: cell.sheet, cell: address, before, after, row: cell.row, col: cell.col });
    }
  }
  out.sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.sheet, b.sheet) || a.row - b.row || a.col - b.col);
  return out.map(({ row: _row, col: _col, ...fix }) => fix);
}
