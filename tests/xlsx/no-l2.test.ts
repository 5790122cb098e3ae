// An item without a 二级事项 (l2 left out: tests/fixtures/no-l2) in the workbook: its 一级事项 merged
// across the 二级事项 column as the official tables draw it (and across 三级事项 when the table has
// that column), never merged down with its neighbour; read back by the importer as an item without
// l2, so build → import gives the same directory again.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../../src/lint/lint.js';
import { compile } from '../../src/model/cascade.js';
import type { Compendium } from '../../src/model/compendium.js';
import type { DirectoryData } from '../../src/model/types.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO, fixture, runCli } from '../helpers/cli.js';
import { readBook, rowTexts, scratchDir, writeWorkbook } from './support.js';

const scratch = scratchDir('xlsx-no-l2');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const workspace = fixture('no-l2');
let path: string;
let book: ExcelJS.Workbook;
let original: Compendium;

beforeAll(async () => {
  ({ path, compendium: original } = await writeWorkbook(workspace, scratch));
  book = await readBook(path);
});

/** The sheet row of an item, found by the hidden 事项编号 in the sheet's last column. */
function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = 4; r <= ws.rowCount; r++) if (ws.getCell(r, ws.columnCount).value === id) return r;
  throw new Error(`no row for ${id}`);
}

describe('an item without a 二级事项 in the workbook', () => {
  it('comes from a workspace that lints clean', async () => {
    const result = await lint({ targets: [workspace], cwd: REPO });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
  });

  it('has its 一级事项 merged across the 二级事项 column, one merge per item, while items with a 二级事项 share one merged down', () => {
    const ws = book.getWorksheet('征地补偿')!;
    const merges = (ws.model as { merges: string[] }).merges;
    const [first, second, alone, next] = [
      'zhengdi-buchang-01-01',
      'zhengdi-buchang-01-02',
      'zhengdi-buchang-03-00',
      'zhengdi-buchang-04-00',
    ].map((id) => rowOf(ws, id));
    expect(merges).toContain(`B${first}:B${second}`);
    expect(merges).toContain(`B${alone}:C${alone}`);
    expect(merges).toContain(`B${next}:C${next}`);
    // Two neighbours standing alone are two cells, not one merged down.
    expect(merges.filter((m) => m.includes(`B${alone}`) || m.includes(`B${next}`))).toEqual([`B${alone}:C${alone}`, `B${next}:C${next}`]);
    expect(rowTexts(ws, alone!, 4)).toEqual(['3', '征地管理政策', '', '法律法规和规章\n征地补偿标准']);
    expect(ws.getCell(alone!, 3).isMerged && ws.getCell(alone!, 3).master.address).toBe(`B${alone}`);
    // The 二级事项 column of the items that have one is their own.
    expect(rowTexts(ws, first!, 3)).toEqual(['1', '征地审查报批', '征地报批材料']);
  });

  it('spans 三级事项 too when the table has that column and the item has no 三级事项 either', () => {
    const ws = book.getWorksheet('社会救助')!;
    const merges = (ws.model as { merges: string[] }).merges;
    const alone = rowOf(ws, 'shehui-jiuzhu-01-00');
    expect(merges).toContain(`B${alone}:D${alone}`);
    expect(rowTexts(ws, rowOf(ws, 'shehui-jiuzhu-02-01'), 4)).toEqual(['2', '最低生活保障', '审核确认结果', '农村低保']);
  });

  it('is read back as an item without l2, and build → import gives the same directory', async () => {
    const root = join(scratch, 'back');
    mkdirSync(root);
    copyFileSync(join(workspace, 'gkml.config.yaml'), join(root, 'gkml.config.yaml'));
    const run = await runCli(['import', path, '-o', join(root, 'directories')]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const written = parse(readFileSync(join(root, 'directories/zhengdi-buchang.yaml'), 'utf8')) as DirectoryData;
    expect(written.items.map((i) => [i.id, 'l2' in i ? i.l2 : '(none)'])).toEqual([
      ['zhengdi-buchang-01-01', '征地报批材料'],
      ['zhengdi-buchang-01-02', '征地批准文件'],
      ['zhengdi-buchang-03-00', '(none)'],
      ['zhengdi-buchang-04-00', '(none)'],
    ]);
    const back = compile(await loadWorkspace(root), { env: {} });
    const model = (c: Compendium) => c.domains.map((d) => d.items.map(({ data: _data, ...i }) => i));
    expect(model(back)).toEqual(model(original));
    const linted = await lint({ targets: [root], cwd: REPO });
    expect(linted.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
  });
});
