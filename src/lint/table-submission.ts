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
import { cellName, type CellAt } from '../import/grid.js';
import { assignIds } from '../import/items.js';
import { readTables } from '../import/read-tables.js';
import { directoryYamlItemwise } from '../import/yaml.js';
import { DIRECTORY_SCHEMA_PATH } from '../schema/directory-schema.js';
import type { Target } from '../workspace/input-files.js';
import { cellOf, type PendingFinding, type TableCell } from './finding.js';
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
  /** `<source path>\0<pointer>` of the fields whose column the table lacks: said once at the header, not per item. */
  absent: ReadonlySet<string>;
  /** The labels of the file's level columns: its own level set, where no workspace config gives one. */
  levelLabels: readonly string[];
  /** `<source path>\0/items/<i>` of the items whose names are cells merged down from an item above. */
  mergedNames: ReadonlySet<string>;
}

/** Both names of the row come from cells above it: one merged name over several numbered rows. */
function namesMergedDown(cells: ReadonlyMap<string, CellAt>): boolean {
  const own = cells.get('')!.row;
  return ['/l1', '/l2'].every((p) => (cells.get(p)?.row ?? own) < own);
}

/** `domain`: `--domain`, the domain of every table in the file. */
export async function readSubmission(target: Target, cwd: string, domain?: string): Promise<Submission> {
  const read = await readTables({ file: target.path, cwd, asWritten: true, ...(domain !== undefined ? { domain } : {}) });
  const domains = [...read.domains.values()].filter((d) => d.rows.length).sort((a, b) => compareStrings(a.domain.id, b.domain.id));
  const absent = new Set<string>();
  const mergedNames = new Set<string>();
  return {
    absent,
    mergedNames,
    levelLabels: read.levelLabels,
    file: preparedSource(target.path, target.display, '', {}, [], false),
    domains: domains.map(({ domain, rows, notes, header }) => {
      const items = assignIds(
        domain.id,
        rows.map((r) => r.draft),
      );
      const data: DirectoryData = {
        domain: domain.id,
        name: domainById(domain.id)!.name,
        ...(notes.length ? { note: notes.join('\n') } : {}),
        items,
      };
      // Each item's own cells, by pointer within the item (one map of every cell would hold a key per cell).
      const itemCells = rows.map((r) => r.cells);
      rows.forEach((row, i) => {
        for (const field of row.absent) absent.add(`${target.path}#${domain.id}\u0000/items/${i}/${field}`);
        if (namesMergedDown(row.cells)) mergedNames.add(`${target.path}#${domain.id}\u0000/items/${i}`);
      });
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
      const source = itemwiseSource(
        `${target.path}#${domain.id}`,
        target.display,
        () => directoryYamlItemwise(data, DIRECTORY_SCHEMA_PATH, target.display),
        data,
      );
      source.placeOf = (pointer) => `${target.display} ${cellName(cellAt(pointer))}`;
      return { source, cellAt };
    }),
    problems: read.problems.items
      .filter((p) => !p.importOnly)
      .map((p) => ({ cell: { path: target.path, ...p.at }, severity: p.severity, message: p.message })),
  };
}

const cellKey = (c: TableCell) => `${c.path}\u0000${c.sheet}\u0000${c.row}\u0000${c.col}`;

/** The pointer of a finding inside its item (`/basis/0` of `/items/3/basis/0`): the same value of another item has the same. */
const inItem = (pointer: string) => pointer.replace(/^\/items\/\d+/, '');

/**
 * A finding about a header's label (a level column headed 乡镇级) is found once per item marked
 * under it: it is reported once, at the header cell, with its fix there, saying how many items
 * share it. The one kept is the first that has a fix (an item may have none: it would duplicate a level).
 * Likewise a merged cell (or its blank rows in a CSV copy) gives its text to every item it spans:
 * what is found in that text is reported once, for the first item, saying how many share the cell.
 */
function onceAtSharedCells(findings: readonly PendingFinding[]): PendingFinding[] {
  const groups = new Map<string, PendingFinding[]>();
  const keyOf = (f: PendingFinding) => {
    const cell = cellOf(f);
    if (!cell || f.rule === 'import') return undefined;
    const at = `${f.rule}\u0000${f.severity}\u0000${cellKey(cell)}`;
    return cell.header ? at : f.itemIndex !== undefined ? `${at}\u0000${inItem(f.pointer)}` : undefined;
  };
  for (const f of findings) {
    const key = keyOf(f);
    if (key) (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  return findings.flatMap((f) => {
    const group = groups.get(keyOf(f) ?? '');
    if (!group || group.length === 1) return [f];
    if (cellOf(f)!.header) {
      if (group[0] !== f) return [];
      const kept = group.find((g) => g.fix) ?? f;
      return [{ ...kept, message: msg(LINT.headerOnce, { text: kept.message, count: group.length }) }];
    }
    if (f.itemIndex !== group[0]!.itemIndex) return [];
    const items = new Set(group.map((g) => g.itemIndex)).size;
    return [items > 1 ? { ...f, message: msg(LINT.mergedOnce, { text: f.message, count: items }) } : f];
  });
}

/**
 * The findings of a submission's directories as a reviewer reads them: a header's or a merged cell's
 * finding once (onceAtSharedCells); none per item for a column the table lacks (the importer says it
 * once, at the header); no duplicate for rows under one merged name; and none at a cell the importer refused: the importer has said what the cell
 * holds (a date, a line break …), and the rules would only report the same cell again as empty or malformed.
 */
export function tableFindings(findings: readonly PendingFinding[], submission: Submission): PendingFinding[] {
  const refused = new Set(submission.problems.filter((p) => p.severity === 'error').map((p) => cellKey(p.cell)));
  const absent = (f: PendingFinding) => f.rule === 'unfilled' && submission.absent.has(`${f.file.path}\u0000${f.pointer}`);
  // Rows numbered apart under one merged 一级/二级事项 (told apart by their content) are the table's items, not copies.
  const merged = (f: PendingFinding) =>
    f.rule === 'duplicate-item' && submission.mergedNames.has(`${f.file.path}\u0000/items/${f.itemIndex}`);
  return onceAtSharedCells(
    findings.filter((f) => (f.rule === 'import' || !cellOf(f) || !refused.has(cellKey(cellOf(f)!))) && !absent(f) && !merged(f)),
  );
}
