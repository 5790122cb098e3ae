// `gkml import`: an Excel or CSV table in the official layout (or one of its real-world variants)
// → one workspace YAML file per domain. Reading, header mapping, row assembly, cell parsing and
// writing live in their own modules; this one runs them and guards the output: nothing is
// written unless every file can be, and existing files are replaced only with `force`.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Text } from '../i18n/text.js';
import { domainById, type DomainInfo } from '../model/domains.js';
import type { DirectoryData } from '../model/types.js';
import { DIRECTORY_SCHEMA_PATH } from '../schema/directory-schema.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { GkmlError } from '../core/errors.js';
import { displayPath } from '../util/paths.js';
import { detectDomain, domainFromOption } from './domain.js';
import { cellRef, type SheetGrid } from './grid.js';
import { findTables, type Table } from './header.js';
import { assignIds, draftItem, type ItemDraft } from './items.js';
import { ProblemList, shown, type ImportProblem } from './problem.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { readRows } from './rows.js';
import { directoryYaml } from './yaml.js';

export interface ImportOptions {
  file: string;
  /** Domain id or name for every table (`--domain`). */
  domain?: string;
  /** Output folder (default: the working folder). */
  out?: string;
  force?: boolean;
  cwd?: string;
}

export interface ImportResult {
  /** Files written, as displayed. */
  files: string[];
  rowsRead: number;
  itemCount: number;
  problems: ImportProblem[];
  errorCount: number;
}

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const CSV_EXTENSIONS = new Set(['.csv', '.txt']);

async function readSheets(path: string, file: string): Promise<SheetGrid[]> {
  const ext = extname(path).toLowerCase();
  if (!XLSX_EXTENSIONS.has(ext) && !CSV_EXTENSIONS.has(ext)) {
    const legacy = ext === '.xls' || ext === '.et' || ext === '.wps';
    throw new GkmlError({
      zh: legacy ? `无法导入 ${file}：旧版 ${ext} 格式请先在 Excel 或 WPS 中另存为 .xlsx` : `无法导入 ${file}：只支持 .xlsx 和 .csv 文件`,
      en: legacy ? `cannot import ${file}: save the legacy ${ext} file as .xlsx in Excel or WPS first` : `cannot import ${file}: only .xlsx and .csv files are supported`,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GkmlError(
      code === 'ENOENT'
        ? { zh: `找不到文件：${file}`, en: `file not found: ${file}` }
        : { zh: `无法读取文件 ${file}：${(err as Error).message}`, en: `cannot read ${file}: ${(err as Error).message}` },
    );
  }
  return XLSX_EXTENSIONS.has(ext) ? readXlsx(bytes, file) : [readCsv(bytes, path, file)];
}

interface DomainOutput {
  domain: DomainInfo;
  drafts: ItemDraft[];
  notes: string[];
}

function headerRef(table: Table): string {
  return cellRef(table.sheet.name, table.headerTop, table.columns[0]?.col ?? 1);
}

/** Columns kept as item notes, and official columns the table lacks: said once per table. */
function reportColumns(table: Table, rows: readonly { values: string[] }[], problems: ProblemList): void {
  table.columns.forEach((c, i) => {
    if (c.role.kind !== 'note' || !rows.some((r) => r.values[i])) return;
    const at = cellRef(table.sheet.name, table.headerTop, c.col);
    problems.warn(
      at,
      c.header
        ? { zh: `“${c.header}”不是标准目录的栏目，已作为事项的 notes（${c.role.name}）保留`, en: `"${c.header}" is not a column of the official layout; kept as item notes (${c.role.name})` }
        : { zh: `这一列没有表头，内容已作为事项的 notes（${c.role.name}）保留`, en: `this column has no header; its cells were kept as item notes (${c.role.name})` },
    );
  });
  const has = (...kinds: string[]) => table.columns.some((c) => kinds.includes(c.role.kind));
  const missing: Text[] = [];
  if (!has('content')) missing.push({ zh: '公开内容', en: '公开内容 (content)' });
  if (!has('basis')) missing.push({ zh: '公开依据', en: '公开依据 (basis)' });
  if (!has('timeframe')) missing.push({ zh: '公开时限', en: '公开时限 (time limit)' });
  if (!has('owner')) missing.push({ zh: '公开主体', en: '公开主体 (owner)' });
  if (!has('channels')) missing.push({ zh: '公开渠道和载体', en: '公开渠道和载体 (channels)' });
  if (!has('society', 'specific', 'audience')) missing.push({ zh: '公开对象', en: '公开对象 (audience)' });
  if (!has('active', 'onRequest', 'mode')) missing.push({ zh: '公开方式', en: '公开方式 (mode)' });
  if (!has('level', 'levels')) missing.push({ zh: '公开层级', en: '公开层级 (level)' });
  if (missing.length) {
    problems.warn(headerRef(table), {
      zh: `表格没有这些栏目，相应字段写为 null 待填写：${missing.map((m) => m.zh).join('、')}`,
      en: `the table has no column for ${missing.map((m) => m.en).join(', ')}; those fields were written as null, to be filled`,
    });
  }
}

const blank = (sheet: SheetGrid) => sheet.rows.every((r) => r.every((t) => !t.trim()));

function tableDomain(table: Table, forced: DomainInfo | undefined, previous: DomainInfo | undefined, file: string): DomainInfo | undefined {
  return forced ?? detectDomain(table.title) ?? detectDomain(table.sheet.name) ?? previous ?? detectDomain(basename(file, extname(file)));
}

export async function importFile(options: ImportOptions): Promise<ImportResult> {
  const cwd = options.cwd ?? process.cwd();
  const path = resolve(cwd, options.file);
  const file = displayPath(path, cwd);
  let forced: DomainInfo | undefined;
  if (options.domain !== undefined) {
    forced = domainFromOption(options.domain);
    if (!forced) {
      throw new GkmlError({ zh: `--domain 的取值无效：${options.domain}（可写领域编号如 jiuye，或领域名称如 就业）`, en: `invalid --domain: ${options.domain} (a domain id such as jiuye, or a name such as 就业)` });
    }
  }
  const sheets = await readSheets(path, file);
  const problems = new ProblemList();
  const outputs = new Map<string, DomainOutput>();
  const outputFor = (d: DomainInfo) => outputs.get(d.id) ?? outputs.set(d.id, { domain: d, drafts: [], notes: [] }).get(d.id)!;
  let rowsRead = 0;
  let tableCount = 0;

  for (const sheet of sheets) {
    const tables = findTables(sheet);
    if (tables.length === 0) {
      problems.warn(`${sheet.name}!A1`, blank(sheet)
        ? { zh: `工作表“${sheet.name}”是空的`, en: `sheet "${sheet.name}" is empty` }
        : { zh: `工作表“${sheet.name}”中没有目录表格（没有写着序号、一级事项、公开内容等栏目的表头行），已跳过`, en: `sheet "${sheet.name}" holds no directory table (no header row naming 序号, 一级事项, 公开内容 …); skipped` });
      continue;
    }
    let previous: DomainInfo | undefined;
    for (const table of tables) {
      tableCount++;
      const count = Math.max(0, table.lastRow - table.firstRow + 1);
      rowsRead += count;
      const domain = tableDomain(table, forced, previous, file);
      const rowsNote = count ? { zh: `第 ${table.firstRow}–${table.lastRow} 行未导入`, en: `rows ${table.firstRow}–${table.lastRow} were not imported` } : { zh: '', en: '' };
      if (!domain) {
        problems.error(headerRef(table), {
          zh: `看不出这个表格属于哪个领域（标题：${shown(table.title) || '无'}），请用 --domain 指定；${rowsNote.zh}`,
          en: `cannot tell which domain this table is (title: ${shown(table.title) || 'none'}); pass --domain. ${rowsNote.en}`,
        });
        continue;
      }
      previous = domain;
      if (!table.columns.some((c) => c.role.kind === 'l1')) {
        problems.error(headerRef(table), { zh: `表格没有一级事项栏目，无法读出事项；${rowsNote.zh}`, en: `the table has no 一级事项 (level-1 item) column; ${rowsNote.en}` });
        continue;
      }
      const { rows, notes } = readRows(table, problems);
      reportColumns(table, rows, problems);
      if (rows.length === 0) problems.warn(headerRef(table), { zh: '表格中没有事项行', en: 'the table has no item rows' });
      for (const row of rows) {
        const { draft, domainText, ref } = draftItem(table, row, problems);
        let rowDomain = domain;
        if (domainText && !forced) {
          const named = detectDomain(domainText);
          if (named) rowDomain = named;
          else problems.warn(ref, { zh: `领域栏“${shown(domainText)}”不是已知领域，按表格的领域（${domain.name}）读入`, en: `domain cell "${shown(domainText)}" names no known domain; read as the table's (${domain.name})` });
        }
        outputFor(rowDomain).drafts.push(draft);
      }
      if (notes.length) outputFor(domain).notes.push(...notes);
    }
  }
  if (tableCount === 0 && sheets.every(blank)) {
    throw new GkmlError({ zh: `无法导入 ${file}：文件中没有任何内容（工作表都是空的）`, en: `cannot import ${file}: the file holds nothing (every sheet is empty)` });
  }
  if (tableCount === 0) {
    throw new GkmlError({
      zh: `无法导入 ${file}：没有找到目录表格（需要一行写着序号、一级事项、公开内容等栏目的表头）`,
      en: `cannot import ${file}: no directory table found (a header row naming 序号, 一级事项, 公开内容 … is needed)`,
    });
  }

  const outDir = resolve(cwd, options.out ?? '.');
  const schemaPath = relative(outDir, DIRECTORY_SCHEMA_PATH).split('\\').join('/');
  const files = new Map<string, string>();
  let itemCount = 0;
  for (const { domain, drafts, notes } of [...outputs.values()].sort((a, b) => (a.domain.id < b.domain.id ? -1 : 1))) {
    if (drafts.length === 0) continue;
    const items = assignIds(domain.id, drafts);
    itemCount += items.length;
    const data: DirectoryData = { domain: domain.id, name: domainById(domain.id)!.name, ...(notes.length ? { note: notes.join('\n') } : {}), items };
    files.set(join(outDir, `${domain.id}.yaml`), directoryYaml(data, schemaPath, `由 gkml import 从 ${basename(path)} 导入，文字保持表格原样；运行 gkml lint 检查。`));
  }
  if (!options.force) {
    const existing = [...files.keys()].find((p) => existsSync(p));
    if (existing) {
      throw new GkmlError({
        zh: `文件已存在，未写入任何文件：${displayPath(existing, cwd)}（确需覆盖请加 --force）`,
        en: `file exists, nothing was written: ${displayPath(existing, cwd)} (use --force to overwrite)`,
      });
    }
  }
  mkdirSync(outDir, { recursive: true });
  for (const [p, text] of files) writeFileAtomic(p, text);
  return { files: [...files.keys()].map((p) => displayPath(p, cwd)), rowsRead, itemCount, problems: problems.items, errorCount: problems.errorCount };
}
