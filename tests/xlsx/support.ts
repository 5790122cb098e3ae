// Builds workbooks for the xlsx tests and reads them back with exceljs (the non-streaming reader).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { xlsxWriter } from '../../src/export/xlsx/index.js';
import { compile } from '../../src/model/cascade.js';
import type { Compendium } from '../../src/model/compendium.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import type { WorkspaceConfig } from '../../src/workspace/config.js';
import { runTarget } from '../helpers/run-target.js';

export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `gkml-${prefix}-`));
}

/**
 * Writes a workspace's workbook with the xlsx target alone, without the lint gate of `build`:
 * the fixtures hold values lint rejects on purpose (formula-like text, unknown channels).
 */
export async function writeWorkbook(
  workspace: string,
  outDir: string,
  config: Partial<WorkspaceConfig> = {},
): Promise<{ path: string; compendium: Compendium }> {
  const ws = await loadWorkspace(workspace);
  Object.assign(ws.config, config);
  const compendium = compile(ws, { env: {} });
  await runTarget(xlsxWriter, { compendium, outDir, output: 'directory.xlsx', lang: 'zh', progress: () => {} });
  return { path: join(outDir, 'directory.xlsx'), compendium };
}

export async function readBook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** Texts of a row from column 1, as shown: the cells a merge covers (besides its first) are ''. */
export function rowTexts(ws: ExcelJS.Worksheet, row: number, width: number): string[] {
  return Array.from({ length: width }, (_, i) => {
    const cell = ws.getCell(row, i + 1);
    if (cell.type === ExcelJS.ValueType.Merge) return '';
    const v = cell.value;
    return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}
