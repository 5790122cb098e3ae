// A reviewer's batch: every file of `gkml lint a.xlsx bomb.xlsx d.csv …` is checked, and one that
// cannot be read (a zip bomb, an empty CSV, an old .xls, a binary file, one too large) is a finding
// of that file, never the end of the run: exit 1 and the reports written. Exit 2 only when no file
// could be read at all. A folder of submissions lints its YAML files and its tables. Every file
// here is written by the test for this purpose (issue 25), the hostile ones included.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ONE_ROW_HEADER, workbookBytes } from '../fixtures/import/make-fixtures.js';
import { runCli, spawnCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LAW = '《中华人民共和国就业促进法》';
const TIME = '信息形成或者变更之日起20个工作日内';
/** A row of the 就业 table; `channel` is where the planted defect goes. */
const jobRow = (n: number, l2: string, channel: string) => [
  n,
  '就业信息服务',
  l2,
  '政策文件',
  LAW,
  TIME,
  '某县人力资源和社会保障局',
  channel,
  '√',
  null,
  '√',
  null,
  '√',
  null,
];

/** Good submissions, each with one planted defect: a misspelt channel, at a known place. */
async function writeGoodFiles(into: string): Promise<void> {
  mkdirSync(into, { recursive: true });
  const workbook = await workbookBytes([
    {
      name: '就业',
      rows: [
        ['某县就业领域基层政务公开标准目录'],
        ONE_ROW_HEADER,
        jobRow(1, '政策咨询', '政府网站'),
        jobRow(2, '岗位发布', '政府服务中心'),
      ],
    },
  ]);
  writeFileSync(join(into, 'a-jiuye.xlsx'), workbook);
  const csv = [['某县就业领域基层政务公开标准目录'], ONE_ROW_HEADER, jobRow(1, '求职登记', '政府服务中心')]
    .map((r) => r.map((v) => v ?? '').join(','))
    .join('\r\n');
  writeFileSync(join(into, 'd-jiuye.csv'), '\ufeff' + csv + '\r\n');
  writeFileSync(
    join(into, 'c-jiuye.yaml'),
    `domain: jiuye\nname: 就业\nitems:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    l2: 就业政策法规咨询\n    content: [政策文件]\n    basis: [${LAW}]\n    timeframe: ${TIME}\n    owner: 某县人力资源和社会保障局\n    channels: [政府服务中心]\n    audience: 全社会\n    mode: [主动]\n    level: [县级]\n`,
  );
}

/** A genuine zip bomb: honest headers, sixteen 20 MB entries of zeros in a few hundred KB. */
let bomb: Uint8Array | undefined;
function zipBomb(): Uint8Array {
  if (bomb) return bomb;
  const zeros = new Uint8Array(20 * 1024 * 1024);
  const entries: Record<string, Uint8Array> = { '[Content_Types].xml': new TextEncoder().encode('<Types/>') };
  for (let i = 1; i <= 16; i++) entries[`xl/worksheets/sheet${i}.xml`] = zeros;
  return (bomb = zipSync(entries, { level: 9 }));
}

/** The unreadable ones: what a reviewer finds among thirty submissions. */
function writeBadFiles(into: string): void {
  writeFileSync(join(into, 'b-bomb.xlsx'), zipBomb());
  writeFileSync(join(into, 'e-empty.csv'), '');
  // The first bytes of an OLE2 compound file: an Excel 97–2003 workbook.
  writeFileSync(join(into, 'f-old.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  writeFileSync(
    join(into, 'g-binary.csv'),
    new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
  );
  // 65 MB of nothing (a sparse file): past the CSV size limit.
  writeFileSync(join(into, 'h-huge.csv'), '');
  truncateSync(join(into, 'h-huge.csv'), 65 * 1024 * 1024);
}

const BAD = ['b-bomb.xlsx', 'e-empty.csv', 'f-old.xls', 'g-binary.csv', 'h-huge.csv'];
const GOOD = ['a-jiuye.xlsx', 'c-jiuye.yaml', 'd-jiuye.csv'];

interface JsonFinding {
  file: string;
  rule: string;
  severity: string;
  line: number;
  column: number;
  cell?: string;
  message: string;
}

beforeAll(async () => {
  await writeGoodFiles(dir);
  writeBadFiles(dir);
});

describe('a batch with unreadable files among good ones', () => {
  it('reports every file: the unreadable ones as import errors at 1:1, the good ones as always; exit 1 and the report written', async () => {
    const run = await runCli(['lint', ...GOOD, ...BAD, '-f', 'json', '-o', 'json=batch.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'batch.json'), 'utf8'));
    expect(report.files).toEqual([...GOOD, ...BAD].sort());
    const refused = report.findings.filter((f: JsonFinding) => BAD.includes(f.file));
    expect(refused.map((f: JsonFinding) => `${f.file} ${f.line}:${f.column} ${f.severity} ${f.rule}`)).toEqual(
      BAD.map((file) => `${file} 1:1 error import`),
    );
    // Each says why, in words a clerk can act on.
    const why = Object.fromEntries(refused.map((f: JsonFinding) => [f.file, f.message]));
    expect(why['b-bomb.xlsx']).toMatch(/压缩炸弹/);
    expect(why['e-empty.csv']).toMatch(/没有任何内容/);
    expect(why['f-old.xls']).toMatch(/另存为 \.xlsx/);
    expect(why['g-binary.csv']).toMatch(/不是文本/);
    expect(why['h-huge.csv']).toMatch(/文件过大/);
    // The good files are checked in full: each planted channel typo at its place.
    const good = report.findings
      .filter((f: JsonFinding) => f.rule === 'channel-vocabulary')
      .map((f: JsonFinding) => `${f.file} ${f.cell ?? `${f.line}:${f.column}`}`);
    expect(good).toEqual(['a-jiuye.xlsx H4', 'c-jiuye.yaml 11:16', 'd-jiuye.csv H3']);
  });

  it('says the same in the stylish report and in English', async () => {
    const run = await runCli(['lint', 'a-jiuye.xlsx', 'b-bomb.xlsx', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/b-bomb\.xlsx\n {2}1:1 +error +cannot import b-bomb\.xlsx: .*zip bomb.* +import\n/);
    expect(run.stdout).toContain('就业!H4');
  });

  it('is refused by nothing: a glob of tables with a bomb among them is linted whole, as a real process', () => {
    const run = spawnCli(['lint', '*.xlsx', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).files).toEqual(['a-jiuye.xlsx', 'b-bomb.xlsx']);
  });

  it('exits 2 only when no file could be read: one line a file, no report written', async () => {
    const run = await runCli(['lint', ...BAD, '-f', 'json', '-o', 'json=none.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`gkml: ${BAD.length} 个文件都无法读取，未做任何检查：`);
    expect(lines.slice(1).map((l) => /^ {2}无法导入 (\S+)：/.exec(l)?.[1])).toEqual(BAD);
    expect(existsSync(join(dir, 'none.json'))).toBe(false);
    // One file alone: the one line it always was.
    const one = await runCli(['lint', 'e-empty.csv'], { cwd: dir });
    expect(one.code).toBe(2);
    expect(one.stderr).toBe('gkml: 无法导入 e-empty.csv：文件中没有任何内容（工作表都是空的）\n');
  });
});

describe('a folder of submissions', () => {
  it('lints the YAML files and the tables in it, the unreadable ones included', async () => {
    const folder = join(dir, 'submissions');
    await writeGoodFiles(folder);
    writeFileSync(join(folder, 'b-bomb.xlsx'), zipBomb());
    writeFileSync(join(folder, 'e-empty.csv'), '');
    // Not a submission: a note beside them, and the workspace files lint never takes for directories.
    writeFileSync(join(folder, '说明.txt'), '各县报送材料');
    const run = await runCli(['lint', 'submissions', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files).toEqual(
      ['a-jiuye.xlsx', 'b-bomb.xlsx', 'c-jiuye.yaml', 'd-jiuye.csv', 'e-empty.csv'].map((f) => `submissions/${f}`),
    );
    expect(report.findings.map((f: JsonFinding) => `${f.file} ${f.rule}`)).toEqual([
      'submissions/a-jiuye.xlsx channel-vocabulary',
      'submissions/b-bomb.xlsx import',
      'submissions/c-jiuye.yaml channel-vocabulary',
      'submissions/d-jiuye.csv channel-vocabulary',
      'submissions/e-empty.csv import',
    ]);
  });

  it('finds tables whatever the case of their extension', async () => {
    const folder = join(dir, 'upper');
    mkdirSync(folder);
    writeFileSync(join(folder, 'JIUYE.XLSX'), readFileSync(join(dir, 'a-jiuye.xlsx')));
    const run = await runCli(['lint', 'upper', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).files).toEqual(['upper/JIUYE.XLSX']);
  });

  it('with neither YAML files nor tables in it is a usage error that says what it looked for', async () => {
    mkdirSync(join(dir, 'nothing'));
    writeFileSync(join(dir, 'nothing/readme.txt'), 'x');
    const run = await runCli(['lint', 'nothing'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: 文件夹中没有 YAML 文件或表格（.xlsx、.csv）：nothing\n');
  });
});
