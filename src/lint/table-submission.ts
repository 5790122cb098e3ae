// A workbook or CSV file submitted for review, read in memory as lint reads YAML: the importer
// turns each domain's rows into the directory file `gkml import` would write (nothing is written;
// a 同上 stays as typed so the ditto rule sees it), and remembers the cell of every value, so a
// finding points at the cell the sender has to change.
import { domainById } from '../model/domains.js';
import type { DirectoryData } from '../model/types.js';
import type { Text } from '../i18n/text.js';
import { compareStrings } from '../core/order.js';
import type { Severity } from '../core/positions.js';
import { cellAddress, parseRange, type CellAt } from '../import/grid.js';
import { assignIds } from '../import/items.js';
import { readTables } from '../import/read-tables.js';
import { directoryYaml } from '../import/yaml.js';
import { DIRECTORY_SCHEMA_PATH } from '../schema/directory-schema.js';
import type { Target } from '../workspace/targets.js';
import type { PendingFinding, TableCell } from './finding.js';
import { parseSource, preparedSource, type SourceFile } from '../workspace/source.js';


/** One domain of a submission as lint checks it: a directory file, and where its values were written. */
export interface SubmittedDomain {
  source: SourceFile;
  cellAt(pointer: string): TableCell;
}

export interface Submission {
  /** The table file itself, with no text: the importer's problems are its findings. */
  file: SourceFile;
  domains: SubmittedDomain[];
  problems: { cell: TableCell; severity: Severity; message: Text }[];
}

/** `就业!H12` → its sheet and cell (the sheet name may itself hold a `!`). */
function parseRef(path: string, ref: string): TableCell {
  const bang = ref.lastIndexOf('!');
  const range = parseRange(ref.slice(bang + 1));
  return { path, sheet: ref.slice(0, bang), row: range?.top ?? 1, col: range?.left ?? 1 };
}

export async function readSubmission(target: Target, cwd: string): Promise<Submission> {
  const read = await readTables({ file: target.path, cwd, asWritten: true });
  const domains = [...read.domains.values()].filter((d) => d.rows.length).sort((a, b) => compareStrings(a.domain.id, b.domain.id));
  return {
    file: preparedSource(target.path, target.display, '', {}, [], false),
    domains: domains.map(({ domain, rows, notes, header }) => {
      const items = assignIds(domain.id, rows.map((r) => r.draft));
      const data: DirectoryData = { domain: domain.id, name: domainById(domain.id)!.name, ...(notes.length ? { note: notes.join('\n') } : {}), items };
      const text = directoryYaml(data, DIRECTORY_SCHEMA_PATH, target.display);
      const cells = new Map<string, CellAt>([['', header]]);
      rows.forEach((row, i) => {
        for (const [pointer, cell] of row.cells) cells.set(`/items/${i}${pointer}`, cell);
      });
      // The cell of a value, or of the nearest value that holds it (a list's cell for its entries,
      // the item's 序号 cell for the item), or the table's header for the file as a whole.
      const cellAt = (pointer: string): TableCell => {
        let p = pointer;
        while (!cells.has(p)) p = p.slice(0, Math.max(0, p.lastIndexOf('/')));
        return { path: target.path, ...cells.get(p)!, field: p };
      };
      const source = parseSource(`${target.path}#${domain.id}`, target.display, text);
      source.placeOf = (pointer) => {
        const cell = cellAt(pointer);
        return `${target.display} ${cell.sheet}!${cellAddress(cell.row, cell.col)}`;
      };
      return { source, cellAt };
    }),
    problems: read.problems.items.map((p) => ({ cell: parseRef(target.path, p.ref), severity: p.severity, message: p.message })),
  };
}

/**
 * The findings of a submission's directories, less those at a cell the importer refused: the
 * importer has said what the cell holds (a date, a line break …), and the rules would only report
 * the same cell again as empty or malformed.
 */
export function besideRefusals(findings: readonly PendingFinding[], submission: Submission): PendingFinding[] {
  const key = (c: TableCell) => `${c.path}\u0000${c.sheet}\u0000${c.row}\u0000${c.col}`;
  const refused = new Set(submission.problems.filter((p) => p.severity === 'error').map((p) => key(p.cell)));
  return findings.filter((f) => f.rule === 'import' || !f.cell || !refused.has(key(f.cell)));
}
