// An item without a 二级事项, read from tables: a 一级事项 merged across the 二级事项 cell (as official
// tables draw it) gives an item without l2; an empty 二级事项 cell is still one to fill (null), in a
// workbook and in CSV; a clerk who merges the two cells in the fillable workbook has l2 removed from
// the item by `import --into`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../../src/lint/lint.js';
import type { DirectoryData } from '../../src/model/types.js';
import { runCli } from '../helpers/cli.js';
import { OFFICIAL_HEADER, workbookBytes } from '../fixtures/import/make-fixtures.js';
import { importFile } from './support.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-import-no-l2-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LAW = '《中华人民共和国土地管理法》';
const TIME = '信息形成或者变更之日起20个工作日内';
const row = (seq: number, l1: string | null, l2: string | null, content: string) => [
  seq,
  l1,
  l2,
  content,
  LAW,
  TIME,
  '示例县自然资源局',
  '政府网站',
  '√',
  null,
  '√',
  null,
  '√',
  null,
];

/** A county's 征地 table: 一级事项 merged down over two rows, one merged across 二级事项, one with an empty 二级事项. */
async function countyTable(): Promise<string> {
  const path = join(scratch, '征地.xlsx');
  const rows = [
    ['示例县农村集体土地征收领域基层政务公开标准目录'],
    ...OFFICIAL_HEADER,
    row(1, '征地审查报批', '征地报批材料', '征收土地方案'),
    row(2, null, '征地批准文件', '用地批复文件'),
    row(3, '征地管理政策', null, '法律法规和规章'),
    row(4, '征地法定公告', null, '征收土地预公告'),
  ];
  writeFileSync(
    path,
    await workbookBytes([
      {
        name: '征地补偿',
        rows,
        merges: ['A1:N1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2', 'B4:B5', 'B6:C6'],
      },
    ]),
  );
  return path;
}

const l2Of = (data: DirectoryData) => data.items.map((i) => [i.id, i.l1, 'l2' in i ? i.l2 : '(none)']);

describe('a 一级事项 merged across 二级事项', () => {
  it('gives an item without l2; an empty 二级事项 cell beside it stays one to fill', async () => {
    const run = await importFile(scratch, await countyTable());
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(l2Of(run.files.get('zhengdi-buchang')!)).toEqual([
      ['zhengdi-buchang-01-01', '征地审查报批', '征地报批材料'],
      ['zhengdi-buchang-01-02', '征地审查报批', '征地批准文件'],
      ['zhengdi-buchang-02-00', '征地管理政策', '(none)'],
      ['zhengdi-buchang-03-00', '征地法定公告', null],
    ]);
    expect(run.texts.get('zhengdi-buchang')).not.toMatch(/- id: zhengdi-buchang-02-00\n {4}l1: 征地管理政策\n {4}l2:/);
  });

  it('is read the same when lint reads the table: the merged item has nothing unfilled, the one with an empty cell does', async () => {
    const result = await lint({ targets: [await countyTable()], cwd: scratch });
    const unfilled = result.findings.filter((f) => f.rule === 'unfilled').map((f) => `${f.itemId} ${f.message}`);
    expect(unfilled).toEqual([
      'zhengdi-buchang-03-00 事项“zhengdi-buchang-03-00”的「二级事项」尚未填写（一级事项没有二级事项的，省略 l2）',
    ]);
  });

  it('in CSV, where nothing is merged, an empty 二级事项 cell is one to fill, as before', async () => {
    const csv = join(scratch, 'zhengdi.csv');
    const line = (cells: (string | number | null)[]) => cells.map((c) => `"${c ?? ''}"`).join(',');
    writeFileSync(
      csv,
      [
        line(['序号', '一级事项', '二级事项', '公开内容(要素)', '公开依据', '公开时限', '公开主体', '公开渠道和载体']),
        line([1, '征地管理政策', null, '法律法规和规章', LAW, TIME, '示例县自然资源局', '政府网站']),
      ].join('\n') + '\n',
    );
    const run = await importFile(scratch, csv, ['--domain', 'zhengdi-buchang']);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(l2Of(run.files.get('zhengdi-buchang')!)).toEqual([['zhengdi-buchang-01-00', '征地管理政策', null]]);
  });
});

describe('the fillable workbook and import --into', () => {
  it('leaves an item without l2 an empty, unshaded 二级事项 cell; merging the two cells removes l2 from an item still to fill', async () => {
    const ws = join(scratch, 'county');
    const init = await runCli(
      ['init', ws, '--region', '青山县', '--date', '2026-06-30', '--xlsx', '--domains', 'zhengdi-buchang', 'jiuye'],
      { cwd: scratch },
    );
    expect(init.code, init.stderr).toBe(0);
    const workbook = join(ws, '青山县标准目录（填报）.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    const rowOf = (sheet: ExcelJS.Worksheet, id: string) => {
      for (let r = 4; r <= sheet.rowCount; r++) if (sheet.getCell(r, sheet.columnCount).value === id) return r;
      throw new Error(id);
    };
    // 征地管理政策 stands alone in the guideline: nothing to fill in its 二级事项 cell.
    const zhengdi = book.getWorksheet('征地补偿')!;
    const alone = zhengdi.getRow(rowOf(zhengdi, 'zhengdi-buchang-03-00'));
    // Shaded as its filled 一级事项 is, not as a cell still to fill.
    expect([alone.getCell(3).text, alone.getCell(3).fill]).toEqual(['', alone.getCell(2).fill]);
    // 就业失业登记's 二级事项 are not known (待填写); in this county it has none: the clerk merges the cells.
    const jiuye = book.getWorksheet('就业')!;
    const r = rowOf(jiuye, 'jiuye-04-00');
    expect(jiuye.getCell(r, 3).text).toBe('待填写');
    expect(jiuye.getCell(r, 3).fill).not.toEqual(alone.getCell(2).fill);
    jiuye.getCell(r, 3).value = null;
    jiuye.mergeCells(r, 2, r, 3);
    await book.xlsx.writeFile(workbook);

    const before = readFileSync(join(ws, 'directories/jiuye.yaml'), 'utf8');
    expect(before).toMatch(/- id: jiuye-04-00\n {4}l1: 就业失业登记\n {4}l2: null\n/);
    const merged = await runCli(['import', workbook, '--into', ws], { cwd: scratch });
    expect(merged.code, merged.stdout + merged.stderr).toBe(0);
    const after = readFileSync(join(ws, 'directories/jiuye.yaml'), 'utf8');
    // Only that line went: every other line, comments included, is as it was.
    expect(after).toBe(before.replace(/(- id: jiuye-04-00\n {4}l1: 就业失业登记\n) {4}l2: null\n/, '$1'));
    expect(after).not.toBe(before);
    const zhengdiYaml = parse(readFileSync(join(ws, 'directories/zhengdi-buchang.yaml'), 'utf8')) as DirectoryData;
    expect('l2' in zhengdiYaml.items.find((i) => i.id === 'zhengdi-buchang-03-00')!).toBe(false);
    const result = await lint({ targets: [ws], cwd: scratch });
    expect(
      result.findings.filter(
        (f) => f.rule === 'unfilled' && /jiuye-04-00|zhengdi-buchang-03-00/.test(f.itemId ?? '') && f.pointer.endsWith('/l2'),
      ),
    ).toEqual([]);
  });
});
