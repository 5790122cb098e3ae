// A table file read as items: the sheets of an Excel workbook or a CSV file, each table found in
// them (header variants mapped onto the official columns), each row drafted as an item of the
// domain its table (or its 相应领域 cell) names. Shared by `gkml import` and `gkml import --into`.
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { IMPORT } from '../i18n/catalogue/import.js';
import { msg, NOTHING } from '../i18n/messages.js';
import type { DomainInfo } from '../model/domains.js';
import { GkmlError } from '../core/errors.js';
import { FILLABLE_GUIDE_SHEET } from '../model/table-layout.js';
import { displayPath } from '../util/paths.js';
import { detectDomain, domainFromOption } from './domain.js';
import { domainsNaming } from '../rules/support/guideline-names.js';
import { cellRef, type CellAt, type SheetGrid } from './grid.js';
import { findTables, type Table } from './header.js';
import { absentFields, levelColumnLabels, MISSING_NAMES } from './columns.js';
import { draftItem, type ItemCells, type ItemDraft } from './items.js';
import { ProblemList, shown } from './problem.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { CSV_EXTENSIONS, LEGACY_EXTENSIONS, XLSX_EXTENSIONS } from '../workspace/table-files.js';
import { PLACE_NAME } from '../model/place-names.js';
import { readRows, type TableRows } from './rows.js';
import { splitAtHeadings } from './sections.js';
import { append } from '../util/arrays.js';
import { faultCause } from '../core/system-faults.js';

export interface ReadOptions {
  file: string;
  /** Domain id or name for every table (`--domain`). */
  domain?: string;
  cwd?: string;
  /** Read the text as written: a ditto (同上) is kept for lint to report, not resolved. */
  asWritten?: boolean;
}

/** A row drafted as an item, with the cell its row starts at and the cells of its values. */
export interface DraftedRow {
  draft: ItemDraft;
  /** The cell its row starts at. */
  ref: CellAt;
  cells: ItemCells;
  /** Fields whose cell was refused: `import --into` keeps the workspace's value of these. */
  refused: ReadonlySet<string>;
  /** Item fields the table has no column for: `import --into` keeps the workspace's value, lint says so once at the header. */
  absent: ReadonlySet<string>;
}

export interface DomainRows {
  domain: DomainInfo;
  rows: DraftedRow[];
  notes: string[];
  /** The header of the first table read into the domain: where findings about the whole table point. */
  header: CellAt;
}

export interface ReadTables {
  /** Absolute path, and as displayed. */
  path: string;
  file: string;
  /** By domain id, in the order first met. */
  domains: Map<string, DomainRows>;
  rowsRead: number;
  problems: ProblemList;
  /** The labels of the tables' level columns (县级, 乡、村级 …), in the order met: the file's own level set. */
  levelLabels: string[];
}

async function readSheets(path: string, file: string): Promise<SheetGrid[]> {
  const ext = extname(path).toLowerCase();
  if (!XLSX_EXTENSIONS.has(ext) && !CSV_EXTENSIONS.has(ext)) {
    const legacy = LEGACY_EXTENSIONS.has(ext);
    throw new GkmlError(
      msg(IMPORT.cannotImport, { file, reason: legacy ? msg(IMPORT.legacyFormat, { ext }) : msg(IMPORT.unsupportedFormat) }),
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GkmlError(
      code === 'ENOENT'
        ? msg(IMPORT.fileNotFound, { file })
        : msg(IMPORT.cannotRead, { file, detail: faultCause(err, 'read') ?? (err as Error).message }),
    );
  }
  return XLSX_EXTENSIONS.has(ext) ? readXlsx(bytes, file) : [readCsv(bytes, path, file)];
}

function headerRef(table: Table): CellAt {
  return cellRef(table.sheet.name, table.headerTop, table.columns[0]?.col ?? 1);
}

/** Columns kept as item notes, and official columns the table lacks: said once per table. */
function reportColumns(table: Table, rows: readonly { values: string[] }[], problems: ProblemList): void {
  table.columns.forEach((c, i) => {
    if (c.role.kind !== 'note' || !rows.some((r) => r.values[i])) return;
    const at = cellRef(table.sheet.name, table.headerTop, c.col);
    // A headed column of the table's own (公开格式, 咨询电话) is sound: the reviewer of the table need not hear of it.
    if (c.header) problems.told(at, msg(IMPORT.noteColumn, { header: c.header, name: c.role.name }));
    else problems.warn(at, msg(IMPORT.unheadedColumn, { name: c.role.name }));
  });
  // One finding at the header for a column the table lacks, not one per item (lint drops their `unfilled`).
  // No 公开层级 columns is no gap in the table: 54号文 does not ask for them (level stays null, for the workspace to fill).
  const absent = absentFields(table);
  const missing = MISSING_NAMES.filter(([field]) => absent.has(field)).map(([, name]) => msg(name));
  if (missing.length) problems.warn(headerRef(table), msg(IMPORT.missingColumns, { columns: missing }));
}

const blank = (sheet: SheetGrid) => sheet.rows.every((r) => r.every((t) => !t.trim()));

function tableDomain(table: Table, forced: DomainInfo | undefined, previous: DomainInfo | undefined, file: string): DomainInfo | undefined {
  return forced ?? detectDomain(table.title) ?? detectDomain(table.sheet.name) ?? previous ?? detectDomain(basename(file, extname(file)));
}

/**
 * Each row's domain in a table whose title, sheet and file name none: in a 领域 column, or as its
 * 一级事项 when they name several (海坛片区: 城乡规划, 公共资源交易, 社会救助 … over their items).
 * Undefined unless every row names one; a blank cell is the row above's (merged).
 */
function rowDomains(table: Table, read: TableRows): DomainInfo[] | undefined {
  const kinds = table.columns.map((c) => c.role.kind);
  const at = kinds.includes('domain') ? kinds.indexOf('domain') : kinds.indexOf('l1');
  const domains: (DomainInfo | undefined)[] = [];
  read.rows.forEach((r, k) => domains.push(r.values[at] ? detectDomain(r.values[at]!) : domains[k - 1]));
  if (!read.rows.length || !domains.every(Boolean)) return undefined;
  // A 一级事项 that names a domain is the domain only in a table of several (公共文化服务 in one domain's table is an item).
  if (!kinds.includes('domain') && new Set(domains).size < 2) return undefined;
  return domains as DomainInfo[];
}

/**
 * The domain a table's item names say: the one whose guideline has the most of its 一级/二级事项
 * names (at least two, more than any other domain's; 政策法规文件 alone says nothing).
 */
function domainByItemNames(table: Table, read: TableRows): { domain: DomainInfo; count: number } | undefined {
  const levels = table.columns.flatMap((c, i) => (c.role.kind === 'l1' || c.role.kind === 'l2' ? [i] : []));
  const votes = new Map<string, number>();
  for (const row of read.rows) {
    for (const i of levels) for (const id of domainsNaming(row.values[i] ?? '')) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  const [first, second] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  const domain = detectDomain(first[0]);
  return domain && { domain, count: first[1] };
}

/**
 * The rows of a table whose title, sheet and file name no domain, read once, with what they say of
 * it: a domain for each row, or one for the whole table told by its item names (and said so).
 * Undefined, and nothing reported, when they say none.
 */
function domainFromRows(
  table: Table,
  problems: ProblemList,
  asWritten?: boolean,
): { read: TableRows; domains?: DomainInfo[]; domain?: DomainInfo } | undefined {
  const trial = new ProblemList();
  const read = readRows(table, trial, asWritten);
  const domains = rowDomains(table, read);
  const named = domains ? undefined : domainByItemNames(table, read);
  if (!domains && !named) return undefined;
  if (named) problems.told(headerRef(table), msg(IMPORT.domainFromItems, { domain: named.domain.name, count: named.count }));
  problems.items.push(...trial.items);
  return { read, ...(domains ? { domains } : { domain: named!.domain }) };
}

export async function readTables(options: ReadOptions): Promise<ReadTables> {
  const cwd = options.cwd ?? process.cwd();
  const path = resolve(cwd, options.file);
  const file = displayPath(path, cwd);
  let forced: DomainInfo | undefined;
  if (options.domain !== undefined) {
    forced = domainFromOption(options.domain);
    if (!forced) {
      throw new GkmlError(msg(IMPORT.invalidDomain, { value: options.domain }));
    }
  }
  const sheets = await readSheets(path, file);
  const problems = new ProblemList();
  const domains = new Map<string, DomainRows>();
  const outputFor = (d: DomainInfo, table: Table) =>
    domains.get(d.id) ??
    domains
      .set(d.id, {
        domain: d,
        rows: [],
        notes: [],
        header: { sheet: table.sheet.name, row: table.headerTop, col: table.columns[0]?.col ?? 1 },
      })
      .get(d.id)!;
  let rowsRead = 0;
  let tableCount = 0;
  const levelLabels: string[] = [];
  for (const sheet of sheets) {
    if (sheet.name === FILLABLE_GUIDE_SHEET) continue;
    const tables = findTables(sheet).flatMap(splitAtHeadings);
    if (tables.length === 0) {
      problems.warn(cellRef(sheet.name, 1, 1), msg(blank(sheet) ? IMPORT.sheetEmpty : IMPORT.sheetWithoutTable, { sheet: sheet.name }));
      continue;
    }
    let previous: DomainInfo | undefined;
    for (const table of tables) {
      tableCount++;
      const count = Math.max(0, table.lastRow - table.firstRow + 1);
      rowsRead += count;
      let domain = tableDomain(table, forced, previous, file);
      const rows = count ? msg(IMPORT.rowsNotImported, { first: table.firstRow, last: table.lastRow }) : NOTHING;
      const hasL1 = table.columns.some((c) => c.role.kind === 'l1');
      const fromRows = domain || !hasL1 ? undefined : domainFromRows(table, problems, options.asWritten);
      const perRow = fromRows?.domains;
      domain ??= fromRows?.domain;
      if (!domain && !perRow) {
        problems.error(headerRef(table), msg(IMPORT.unknownTableDomain, { title: shown(table.title) || msg(IMPORT.untitled), rows }));
        continue;
      }
      previous = domain ?? previous;
      if (!hasL1) {
        problems.error(headerRef(table), msg(IMPORT.noL1Column, { rows }));
        continue;
      }
      for (const label of levelColumnLabels(table)) if (!levelLabels.includes(label)) levelLabels.push(label);
      const read = fromRows?.read ?? readRows(table, problems, options.asWritten);
      reportColumns(table, read.rows, problems);
      if (read.rows.length === 0 && read.refused === 0) problems.warn(headerRef(table), msg(IMPORT.noItemRows));
      for (const [k, row] of read.rows.entries()) {
        const { draft, domainText, ref, cells, refused, absent } = draftItem(table, row, problems, options.asWritten);
        let rowDomain = perRow?.[k] ?? domain!;
        if (domainText && !forced && !perRow) {
          const named = detectDomain(domainText);
          if (named) rowDomain = named;
          else problems.warn(ref, msg(IMPORT.unknownDomainCell, { cell: shown(domainText), domain: rowDomain.name }));
        }
        outputFor(rowDomain, table).rows.push({ draft, ref, cells, refused, absent });
      }
      if (read.notes.length) append(outputFor(domain ?? perRow![0]!, table).notes, read.notes);
    }
  }
  if (tableCount === 0 && sheets.every(blank)) {
    throw new GkmlError(msg(IMPORT.cannotImport, { file, reason: msg(IMPORT.nothingInFile) }));
  }
  if (tableCount === 0) {
    throw new GkmlError(msg(IMPORT.cannotImport, { file, reason: msg(IMPORT.noTable) }));
  }
  return { path, file, domains, rowsRead, problems, levelLabels };
}

/** The title of a file's first table (某县就业领域基层政务公开标准目录); undefined when it has none or cannot be read (lint says why). */
export async function firstTableTitle(path: string, cwd: string): Promise<string | undefined> {
  try {
    for (const sheet of await readSheets(path, displayPath(path, cwd))) {
      const title = sheet.name === FILLABLE_GUIDE_SHEET ? undefined : findTables(sheet)[0]?.title;
      if (title) return title;
    }
  } catch (err) {
    if (!(err instanceof GkmlError)) throw err;
  }
  return undefined;
}

/** The region a table's title names (某县就业领域基层政务公开标准目录 → 某县): the place it starts with, if any. */
export function regionOfTitle(title: string): string | undefined {
  const place = PLACE_NAME.exec(title.trim())?.[0];
  return place && place.length > 1 ? place : undefined;
}
