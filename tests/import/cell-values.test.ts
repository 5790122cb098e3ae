// What a clerk types arrives as meant, or is stopped at its cell: a date, a bare number, TRUE/FALSE
// or an error value where a text belongs, a line break in a one-line field, full-width digits.
// `gkml lint` of the workbook names each cell; `import --into` writes none of the wrong values
// (the workspace keeps its own), writes full-width digits half-width, and exits 1 naming the cells.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DirectoryData } from '../../src/model/types.js';
import { runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-cell-values-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const WORKBOOK = '青山县标准目录（填报）.xlsx';
const fresh = join(scratch, 'fresh');

beforeAll(async () => {
  const run = await runCli(['init', fresh, '--region', '青山县', '--date', '2026-06-30', '--xlsx'], { cwd: scratch });
  expect(run.code, run.stderr).toBe(0);
});

/** A copy of the fresh workspace whose workbook's 就业 sheet a clerk has edited: `edit(cell)` by item id and column label. */
async function edited(name: string, edit: (cell: (id: string, label: string) => ExcelJS.Cell) => void): Promise<string> {
  const dir = join(scratch, name);
  cpSync(fresh, dir, { recursive: true });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, WORKBOOK));
  const ws = book.getWorksheet('就业')!;
  const label = (c: number) => ws.getRow(3).getCell(c).value ?? ws.getRow(2).getCell(c).value;
  const column = (text: string) => [...Array(ws.columnCount).keys()].map((i) => i + 1).find((c) => label(c) === text)!;
  const row = (id: string) =>
    [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1)).find((r) => r.getCell(column('事项编号')).value === id)!;
  edit((id, text) => row(id).getCell(column(text)));
  await book.xlsx.writeFile(join(dir, WORKBOOK));
  return dir;
}

const yamlOf = (dir: string) => readFileSync(join(dir, 'directories/jiuye.yaml'), 'utf8');
const item = (dir: string, id: string) => (parse(yamlOf(dir)) as DirectoryData).items.find((i) => i.id === id)!;

describe('a fillable workbook with a date, a bare number, a line break and full-width digits', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await edited('four', (cell) => {
      // Excel stores a typed 2024-01-01 as a date (a number with a date format); a typed 20 as a number.
      cell('jiuye-01-01', '公开时限').value = new Date(Date.UTC(2024, 0, 1));
      // exceljs shares one style object among a column's cells: the date format is given this cell alone.
      cell('jiuye-01-01', '公开时限').style = { ...cell('jiuye-01-01', '公开时限').style, numFmt: 'yyyy-mm-dd' };
      cell('jiuye-01-02', '公开时限').value = 20;
      cell('jiuye-01-03', '二级事项').value = '岗位信息\n发布';
      cell('jiuye-01-04', '公开依据').value = '《中华人民共和国政府信息公开条例》（国务院令第７１１号）';
    });
  });

  it('lint names the four cells, each once', async () => {
    const run = await runCli(['lint', WORKBOOK, '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: { sheet: string; cell: string; rule: string; message: string }[] }).findings;
    const at = (cell: string) => findings.filter((f) => f.sheet === '就业' && f.cell === cell).map((f) => `${f.rule}: ${f.message}`);
    expect(at('F4')).toEqual(['import: 这是日期 2024-01-01，不是公开时限；该值未导入']);
    expect(at('F5')).toEqual(['import: 只有数字 20，没有单位和起算点；该值未导入']);
    expect(at('C6')).toEqual(['import: 「二级事项」只能写一行，其中有换行：岗位信息⏎发布；该值未导入']);
    expect(at('E7')).toEqual(['full-width: 事项“jiuye-01-04”：「公开依据」中有全角字母或数字“７１１”，应写作半角“711”']);
  });

  it('keeps every report line one line', async () => {
    const run = await runCli(['lint', WORKBOOK], { cwd: dir });
    const lines = run.stdout.split('\n').filter((l) => l.includes('就业!C6'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/import$/);
  });

  it('import --into writes none of the wrong values, mends the digits, names the cells and exits 1', async () => {
    const before = item(dir, 'jiuye-01-01');
    const run = await runCli(['import', WORKBOOK, '--into', '.'], { cwd: dir });
    expect(run.code).toBe(1);
    for (const cell of ['就业!F4', '就业!F5', '就业!C6', '就业!E7']) expect(run.stdout).toContain(cell);
    expect(run.stdout).toContain('就业!E7: 警告: 全角字母或数字已改为半角');
    expect(item(dir, 'jiuye-01-01').timeframe).toBe(before.timeframe);
    expect(item(dir, 'jiuye-01-02').timeframe).toBe(before.timeframe);
    expect(item(dir, 'jiuye-01-03').l2).toBe('求职信息登记');
    expect(item(dir, 'jiuye-01-04').basis).toEqual(['《中华人民共和国政府信息公开条例》（国务院令第711号）']);
    expect(yamlOf(dir)).not.toMatch(/45292|"20"|岗位信息\\n|７/);
  });
});

describe('other values that are not text', () => {
  it('TRUE/FALSE, error values, dates typed as text and numbers are refused where a text belongs', async () => {
    const dir = await edited('kinds', (cell) => {
      cell('jiuye-01-01', '公开主体').value = true;
      cell('jiuye-01-02', '一级事项').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      cell('jiuye-01-03', '公开主体').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      cell('jiuye-01-04', '公开时限').value = '2024/3/1';
      cell('jiuye-02-00', '公开主体').value = 12345;
      // The same date without its format reads as the number Excel keeps: said both ways.
      cell('jiuye-03-00', '公开时限').value = 45292;
    });
    const run = await runCli(['import', WORKBOOK, '--into', '.', '--dry-run'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('就业!G4: 错误: 这是逻辑值 TRUE，不是公开主体；该值未导入');
    expect(run.stdout).toContain('就业!B5: 错误: 这是 Excel 错误值 #N/A，不是一级事项：请检查该单元格的公式；该值未导入');
    expect(run.stdout).toContain('就业!G6: 错误: 这是 Excel 错误值 #DIV/0!，不是公开主体');
    expect(run.stdout).toContain('就业!F7: 错误: 这是日期 2024/3/1，不是公开时限');
    expect(run.stdout).toContain('就业!G8: 错误: 只有数字 12345，不是公开主体；');
    expect(run.stdout).toContain('就业!F9: 错误: 只有数字 45292，没有单位和起算点（若是 Excel 日期，即 2024-01-01）；');
  });

  it('a CSV holds only text: a time limit that is only a number is refused all the same', async () => {
    const csv = join(scratch, 'jiuye.csv');
    const header = '序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,全社会,特定群体,主动,依申请,县级,乡级';
    writeFileSync(
      csv,
      `就业领域基层政务公开标准目录\n${header}\n1,就业信息服务,岗位信息发布,招聘单位,《中华人民共和国就业促进法》,20,青山县人力资源和社会保障局,政府网站,√,,√,,√,\n`,
    );
    const out = join(scratch, 'csv-out');
    const run = await runCli(['import', csv, '-o', out], { cwd: scratch });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('jiuye!F3: 错误: 只有数字 20，没有单位和起算点；该值未导入');
    const written = parse(readFileSync(join(out, 'jiuye.yaml'), 'utf8')) as DirectoryData;
    expect(written.items[0]!.timeframe).toBeNull();
  });
});
