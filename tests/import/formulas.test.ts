// Formulas and links in a submitted table (issue 25, point 5): a formula cell is said at its cell —
// read by its saved result with a warning naming it, refused (error) when it reaches outside the
// workbook or has no saved result — and a text a spreadsheet would run as a command is refused in a
// workbook and in a CSV file alike. No output turns such a text into a formula: the workbook gkml
// builds holds it as text, and linting that workbook reports it again at its cell.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_ROW_HEADER } from '../fixtures/import/make-fixtures.js';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-formulas-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const COMMAND = "=cmd|' /C calc'!A0";
const LAW = '《中华人民共和国就业促进法》';
const TIME = '信息形成或者变更之日起20个工作日内';
const row = (n: number, l2: string, owner: ExcelJS.CellValue): ExcelJS.CellValue[] => [
  n,
  '就业信息服务',
  l2,
  '岗位信息',
  LAW,
  TIME,
  owner,
  '■政府网站',
  '√',
  null,
  '√',
  null,
  '√',
  null,
];

interface Finding {
  sheet?: string;
  cell?: string;
  severity: string;
  rule: string;
  message: string;
}

async function lintJson(file: string): Promise<{ code: number; findings: Finding[] }> {
  const run = await runCli(['lint', file, '-f', 'json'], { cwd: scratch });
  return { code: run.code, findings: (JSON.parse(run.stdout) as { findings: Finding[] }).findings };
}

const at = (findings: Finding[], cell: string) =>
  findings.filter((f) => f.cell === cell).map((f) => `${f.severity} ${f.rule}: ${f.message}`);

describe('formula cells of a workbook', () => {
  let findings: Finding[];
  let code: number;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('就业');
    ws.addRow(['示例县就业领域基层政务公开标准目录']);
    ws.addRow(ONE_ROW_HEADER);
    ws.addRow(
      row(1, '政策咨询', {
        formula: 'CONCATENATE("示例县","人力资源和社会保障局")',
        result: '示例县人力资源和社会保障局',
      } as ExcelJS.CellFormulaValue),
    );
    ws.addRow(row(2, '岗位发布', { formula: '[1]单位!$A$1', result: '示例县人力资源和社会保障局' } as ExcelJS.CellFormulaValue));
    ws.addRow(row(3, '求职登记', { formula: 'G3&""' } as ExcelJS.CellFormulaValue));
    ws.addRow(row(4, '失业登记', COMMAND));
    await book.xlsx.writeFile(join(scratch, 'formulas.xlsx'));
    ({ code, findings } = await lintJson('formulas.xlsx'));
  });

  it('reads a formula with a saved result from inside the workbook, with a warning naming it', () => {
    expect(at(findings, 'G3')).toEqual([
      'warn import: 此格是公式 =CONCATENATE("示例县","人力资源和社会保障局")，已按文件中保存的计算结果“示例县人力资源和社会保障局”读入：请确认结果无误，最好改为直接填写文字',
    ]);
  });

  it('refuses a value taken from another workbook (an external link)', () => {
    expect(at(findings, 'G4')).toEqual([
      'error import: 此格的公式 =[1]单位!$A$1 取自本工作簿以外（外部链接）：报送的文件中看不到其来源；该值未导入',
    ]);
  });

  it('refuses a formula with no saved result, rather than calling the cell unfilled', () => {
    expect(at(findings, 'G5')).toEqual([
      'error import: 此格的公式 =G3&"" 没有保存计算结果（请在 Excel 中重新计算后保存，或直接填写文字）；该值未导入',
    ]);
  });

  it('refuses an owner cell holding a command, and exits 1', () => {
    expect(at(findings, 'G6')).toEqual([
      `error import: “${COMMAND}”以“=”开头并含有“cmd|”：电子表格会把它当作公式执行外部命令或链接，不能作为文字；该值未导入`,
    ]);
    expect(code).toBe(1);
  });
});

describe('a command in a CSV file', () => {
  it('is refused at its cell, whatever it starts with', async () => {
    const cells = [
      "=cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '+HYPERLINK("http://example.com","点击")',
      '-2+3+DDE("cmd";"/C calc";"!A0")',
    ];
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const lines = [
      '示例县就业领域基层政务公开标准目录',
      ONE_ROW_HEADER.join(','),
      ...cells.map((c, i) =>
        row(i + 1, `事项${i + 1}`, c)
          .map((v) => (v === null ? '' : quote(String(v))))
          .join(','),
      ),
    ];
    writeFileSync(join(scratch, 'commands.csv'), lines.join('\r\n') + '\r\n');
    const { code, findings } = await lintJson('commands.csv');
    expect(code).toBe(1);
    for (const r of [3, 4, 5, 6])
      expect(at(findings, `G${r}`), `G${r}`).toEqual([
        expect.stringMatching(/^error import: “.*”以“[=@+-]”开头并含有“(cmd\||HYPERLINK\(|DDE)”.*该值未导入$/),
      ]);
  });

  it('leaves formula-like text that calls nothing alone', async () => {
    writeFileSync(
      join(scratch, 'plain.csv'),
      [
        '示例县就业领域基层政务公开标准目录',
        ONE_ROW_HEADER.join(','),
        row(1, '政策咨询', '=1+1').join(','),
        row(2, '岗位发布', '+86 0000 1234|转 56').join(','),
      ].join('\n') + '\n',
    );
    const { findings } = await lintJson('plain.csv');
    expect(findings.filter((f) => f.rule === 'import' && ['G3', 'G4'].includes(f.cell ?? ''))).toEqual([]);
  });
});

describe('building a directory that holds such a text', () => {
  it('writes it into the workbook as text, never as a formula, and lint of that workbook refuses it at its cell', async () => {
    const ws = join(scratch, 'workspace');
    cpSync(fixture('clean'), ws, { recursive: true });
    const yaml = join(ws, 'directories/shehui-jiuzhu.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('owner: 示例县民政局', `owner: "${COMMAND}"`));
    const out = join(scratch, 'dist');
    const built = await runCli(['build', ws, '--out', out, '--only', 'xlsx']);
    expect(built.code, built.stderr).toBe(0);
    const bytes = readFileSync(join(out, 'directory.xlsx'));
    for (const [name, data] of Object.entries(unzipSync(bytes)))
      if (name.startsWith('xl/worksheets/')) expect(strFromU8(data), name).not.toMatch(/<f[ >]/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'directory.xlsx'));
    const cells: ExcelJS.Cell[] = [];
    book.getWorksheet('社会救助')!.eachRow((r) => r.eachCell((c) => void (c.value === COMMAND && cells.push(c))));
    expect(cells).toHaveLength(1);
    expect(cells[0]!.type).toBe(ExcelJS.ValueType.String);
    const { code, findings } = await lintJson(join(out, 'directory.xlsx'));
    expect(code).toBe(1);
    expect(at(findings, cells[0]!.address)).toEqual([expect.stringContaining(`error import: “${COMMAND}”以“=”开头并含有“cmd|”`)]);
  });
});
