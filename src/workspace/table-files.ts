// Which files are tables, by their extension: what the importer reads (Excel workbooks, CSV
// files) and the older formats it names when it refuses them. Light on purpose: lint asks this
// of every file it is given, before deciding to load the importer at all.
import { extname } from 'node:path';

export const XLSX_EXTENSIONS: ReadonlySet<string> = new Set(['.xlsx', '.xlsm']);
export const CSV_EXTENSIONS: ReadonlySet<string> = new Set(['.csv', '.txt']);
/** Formats of older office programs: named in the refusal, never parsed. */
export const LEGACY_EXTENSIONS: ReadonlySet<string> = new Set(['.xls', '.et', '.wps']);

/** A file lint reads as a submitted table, not as YAML (a .txt file stays YAML to lint). */
export function isTableFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return XLSX_EXTENSIONS.has(ext) || ext === '.csv' || LEGACY_EXTENSIONS.has(ext);
}

/** The tables a folder given to lint holds (a .txt file there is not taken for a table). */
export const TABLE_FILE_PATTERNS: readonly string[] = [...XLSX_EXTENSIONS, '.csv', ...LEGACY_EXTENSIONS].map((ext) => `*${ext}`);
