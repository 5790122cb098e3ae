// A workbook or CSV file submitted for review, read in memory as lint reads YAML: the importer
// turns each domain's rows into the directory file `gkml import` would write (nothing is written;
// a 同上 stays as typed so the ditto rule sees it), and remembers the cell of every value, so a
// finding points at the cell the sender has to change. The data is the importer's own (not parsed
// back from the text), and the text is positioned an item at a time, so a table of a hundred
// thousand rows is checked in bounded memory.
import { domainById } from '../model/domains.js';
import type { DirectoryData } from '../model/types.js';
import type { Text } from '../i18n/text.js';
import { LINT } from '../i18n/catalogue/lint.js';
import { msg } from '../i18n/messages.js';
import { compareStrings } from '../core/order.js';
import type { Severity } from '../core/positions.js';
import { cellAddress, parseRange } from '../import/grid.js';
import { assignIds } from '../import/items.js';
import { readTables } from '../import/read-tables.js';
import { directoryYamlItemwise } from '../import/yaml.js';
import { DIRECTORY_SCHEMA_PATH } from '../schema/directory-schema.js';
import type { Target } from '../workspace/targets.js';
import type { PendingFinding, TableCell } from './finding.js';
import { itemwiseSource } from '../workspace/itemwise-source.js';
import { preparedSource, type SourceFile } from '../workspace/source.js';


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

/** `domain`: `--domain`, the domain of every table in the file. */
export async function readSubmission(target: Target, cwd: string, domain?: string): Promise<Submission> {
  const read = await readTables({ file: target.path, cwd, asWritten: true, ...(domain !== undefined ? { domain } : {}) });
  const domains = [...read.domains.values()].filter((d) => d.rows.length).sort((a, b) => compareStrings(a.domain.id, b.domain.id));
  return {
    file: preparedSource(target.path, target.display, '', {}, [], false),
    domains: domains.map(({ domain, rows, notes, header }) => {
      const items = assignIds(domain.id, rows.map((r) => r.draft));
      const data: DirectoryData = { domain: domain.id, name: domainById(domain.id)!.name, ...(notes.length ? { note: notes.join('\n') } : {}), items };
      // Each item's own cells, by pointer within the item (one map of every cell would hold a key per cell).
      const itemCells = rows.map((r) => r.cells);
      // The cell of a value, or of the nearest value that holds it (a list's cell for its entries,
      // the item's 序号 cell for the item), or the table's header for the file as a whole.
      const cellAt = (pointer: string): TableCell => {
        const item = /^\/items\/(\d+)(?=\/|$)/.exec(pointer);
        const cells = item ? itemCells[Number(item[1])] : undefined;
        if (!item || !cells) return { path: target.path, ...header, field: '' };
        let p = pointer.slice(item[0].length);
        while (!cells.has(p)) p = p.slice(0, Math.max(0, p.lastIndexOf('/')));
        return { path: target.path, ...cells.get(p)!, field: `${item[0]}${p}` };
      };
      const source = itemwiseSource(`${target.path}#${domain.id}`, target.display, () => directoryYamlItemwise(data, DIRECTORY_SCHEMA_PATH, target.display), data);
      source.placeOf = (pointer) => {
        const cell = cellAt(pointer);
        return `${target.display} ${cell.sheet}!${cellAddress(cell.row, cell.col)}`;
      };
      return { source, cellAt };
    }),
    problems: read.problems.items.map((p) => ({ cell: parseRef(target.path, p.ref), severity: p.severity, message: p.message })),
  };
}

const cellKey = (c: TableCell) => `${c.path}\u0000${c.sheet}\u0000${c.row}\u0000${c.col}`;

/**
 * A finding about a header's label (a level column headed 乡镇级) is found once per item marked
 * under it: it is reported once, at the header cell, with its fix there, saying how many items
 * share it. The one kept is the first that has a fix (an item may have none: it would duplicate a level).
 */
function onceAtHeaders(findings: readonly PendingFinding[]): PendingFinding[] {
  const groups = new Map<string, PendingFinding[]>();
  const keyOf = (f: PendingFinding) => (f.cell?.header ? `${f.rule}\u0000${f.severity}\u0000${cellKey(f.cell)}` : undefined);
  for (const f of findings) {
    const key = keyOf(f);
    if (key) (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  return findings.flatMap((f) => {
    const group = groups.get(keyOf(f) ?? '');
    if (!group) return [f];
    if (group[0] !== f) return [];
    const kept = group.find((g) => g.fix) ?? f;
    return [group.length > 1 ? { ...kept, message: msg(LINT.headerOnce, { text: kept.message, count: group.length }) } : kept];
  });
}

/**
 * The findings of a submission's directories as a reviewer reads them: a header's finding once
 * (onceAtHeaders), and none at a cell the importer refused: the importer has said what the cell
 * holds (a date, a line break …), and the rules would only report the same cell again as empty or malformed.
 */
export function tableFindings(findings: readonly PendingFinding[], submission: Submission): PendingFinding[] {
  const refused = new Set(submission.problems.filter((p) => p.severity === 'error').map((p) => cellKey(p.cell)));
  return onceAtHeaders(findings.filter((f) => f.rule === 'import' || !f.cell || !refused.has(cellKey(f.cell))));
}
