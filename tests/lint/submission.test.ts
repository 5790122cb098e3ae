// `gkml lint` on submitted Excel and CSV files: every planted defect of the submission fixture
// found at its sheet and cell, as the same items in YAML are; the five report formats (golden, and
// SARIF through Microsoft's validator); a workspace and two tables in one run; the importer's own
// problems as `import` findings on its fixtures; hostile files refused; --fix refused, not offered by
// the report, and --fix-dry-run shown cell by cell; the baseline keyed on sheets; coverage of a workbook.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ONE_ROW_HEADER, makeFixtures, workbookBytes } from '../fixtures/import/make-fixtures.js';
import { DEFECTS, FILES, LEVEL_DEFECT, SHEET, makeSubmission } from '../fixtures/submission/make-submission.js';
import { Ajv } from 'ajv';
import { REPO, fixture, runCli } from '../helpers/cli.js';
import { expectGolden, renderRun } from '../helpers/golden.js';
import { sarifValidationErrors } from '../helpers/sarif.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-submission-'));
/** A county's config (levels 县级, 乡级): a table's own level labels are checked against it. */
const COUNTY = ['--config', 'county-ws/gkml.config.yaml'];
beforeAll(async () => {
  await makeSubmission(dir);
  await makeFixtures(dir);
  copyFileSync(fixture('submission/shehui-jiuzhu.yaml'), join(dir, 'shehui-jiuzhu.yaml'));
  mkdirSync(join(dir, 'county-ws'));
  writeFileSync(
    join(dir, 'county-ws', 'gkml.config.yaml'),
    'region: 样例县\nlevel: county\npublisher: 样例县人民政府办公室\nversion: "2026.1"\ndate: 2026-06-30\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
  column: number;
  line?: number;
  rule: string;
  message: string;
}

async function findings(...args: string[]): Promise<{ code: number; findings: JsonFinding[] }> {
  const run = await runCli(['lint', '-f', 'json', ...args], { cwd: dir });
  return { code: run.code, findings: JSON.parse(run.stdout).findings };
}

/** A message without the place it names of another item (a line in YAML, a cell in a table). */
const placeless = (m: string) => m.replace(/（[^（）]*(?::\d+|![A-Z]+\d+)）/, '（…）');

describe('a submitted workbook', () => {
  it('has each planted defect found at its sheet and cell, and nothing else; exit 1', async () => {
    const { code, findings: found } = await findings(FILES.xlsx);
    expect(code).toBe(1);
    expect(found.map((f) => ({ rule: f.rule, cell: f.cell }))).toEqual(DEFECTS.map(({ rule, cell }) => ({ rule, cell })));
    for (const f of found) {
      expect(f).toMatchObject({ file: FILES.xlsx, sheet: SHEET });
      expect(f.line).toBeUndefined();
      expect(`${String.fromCharCode(64 + f.column)}${f.row}`).toBe(f.cell);
    }
  });

  it('gives the same rules and messages as the same items in YAML, under the same config', async () => {
    // In the order of their places: the header's level label comes first in the table, last in the YAML.
    const said = (found: JsonFinding[]) => found.map((f) => `${f.rule} ${placeless(f.message)}`).sort();
    const table = (await findings(FILES.xlsx, ...COUNTY)).findings;
    const yaml = (await findings('shehui-jiuzhu.yaml', ...COUNTY)).findings;
    expect(said(table)).toEqual(said(yaml));
    expect(table.map((f) => ({ rule: f.rule, cell: f.cell }))).toEqual([LEVEL_DEFECT, ...DEFECTS]);
  });

  it("without a config, the header's level labels are the table's own level set (issue 31); the YAML keeps the default labels", async () => {
    expect((await findings(FILES.xlsx)).findings.map((f) => f.rule)).not.toContain('level-label');
    expect((await findings('shehui-jiuzhu.yaml')).findings.map((f) => f.rule)).toContain('level-label');
  });

  it('in GBK CSV: the same findings, at the cells of the CSV grid', async () => {
    const { code, findings: found } = await findings(FILES.csv);
    expect(code).toBe(1);
    expect(found.map((f) => ({ sheet: f.sheet, rule: f.rule, cell: f.cell }))).toEqual(
      DEFECTS.map(({ rule, cell }) => ({ sheet: 'submission-gbk', rule, cell })),
    );
    const xlsx = (await findings(FILES.xlsx)).findings;
    expect(found.map((f) => placeless(f.message))).toEqual(xlsx.map((f) => placeless(f.message)));
  });
});

describe('settings for a table', () => {
  it('--config names the config whose level labels and rule settings apply', async () => {
    const ws = join(dir, 'config-ws');
    mkdirSync(ws);
    writeFileSync(
      join(ws, 'gkml.config.yaml'),
      'region: 样例县\nlevel: county\npublisher: 样例县人民政府办公室\nversion: "2026.1"\ndate: 2026-06-30\nlevels: [县级, 乡镇级]\nrules:\n  timeframe-vague: off\n',
    );
    const { findings: found } = await findings(FILES.xlsx, '--config', 'config-ws/gkml.config.yaml');
    const rules = found.map((f) => f.rule);
    expect(rules).not.toContain('level-label');
    expect(rules).not.toContain('timeframe-vague');
    expect(rules).toHaveLength(DEFECTS.length - 1);
  });

  it('speaks English with --lang en, at the same cells', async () => {
    const run = await runCli(['lint', FILES.xlsx, '--lang', 'en'], { cwd: dir });
    expect(run.stdout).toContain(`${SHEET}!G6`);
    expect(run.stdout).toMatch(/says "同上"/);
  });
});

describe('report formats on a workbook', () => {
  for (const format of ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']) {
    it(format, async () => {
      expectGolden(`submission-${format}`, renderRun(await runCli(['lint', '-f', format, FILES.xlsx], { cwd: dir })));
    });
  }

  it('json validates against the published report schema', async () => {
    const run = await runCli(['lint', '-f', 'json', FILES.xlsx, 'shehui-jiuzhu.yaml'], { cwd: dir });
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(REPO, 'schemas/lint-report.schema.json'), 'utf8')));
    expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("SARIF passes Microsoft's validator, with the cell as a logical location", async () => {
    const path = join(dir, 'submission.sarif');
    await runCli(['lint', '-f', 'sarif', '-o', path, FILES.xlsx], { cwd: dir });
    const { status, output, errors } = sarifValidationErrors(path, dir);
    expect(status, output).toBe(0);
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
    const result = JSON.parse(readFileSync(path, 'utf8')).runs[0].results[1];
    expect(result.locations[0].logicalLocations).toEqual([{ name: 'G6', fullyQualifiedName: `${SHEET}!G6`, kind: 'element' }]);
    expect(result.message.text.startsWith(`${SHEET}!G6 `)).toBe(true);
  });
});

describe('mixed targets', () => {
  it('lints a workspace folder and two tables in one run, with exit codes as for YAML', async () => {
    const clean = fixture('clean');
    const run = await runCli(['lint', '-f', 'json', clean, FILES.xlsx, 'submission-*.csv'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files).toEqual(expect.arrayContaining([FILES.xlsx, FILES.csv]));
    expect(report.findings.filter((f: JsonFinding) => f.file === FILES.xlsx)).toHaveLength(DEFECTS.length);
    expect(report.findings.filter((f: JsonFinding) => f.file === FILES.csv)).toHaveLength(DEFECTS.length);
    // The clean workspace stays clean: a table's items are never mixed with a workspace's.
    expect(report.findings.filter((f: JsonFinding) => f.sheet === undefined)).toEqual([]);
    // Only warnings: exit 0, or 1 beyond --max-warnings.
    const warnings = await runCli(['lint', FIXTURES.official], { cwd: dir });
    expect(warnings.code).toBe(0);
    expect((await runCli(['lint', FIXTURES.official, '--max-warnings', '0'], { cwd: dir })).code).toBe(1);
  });
});

describe("the importer's fixtures", () => {
  const readable = [
    'official',
    'labels',
    'threeLevels',
    'textCopy',
    'glyphs',
    'stacked',
    'perDomain',
    'formulas',
    'gbkCsv',
    'bomCsv',
  ] as const;

  it.each(readable)('%s lints without a crash, its import problems as `import` findings at their cells', async (name) => {
    const file = FIXTURES[name];
    const lint = await findings(file);
    expect([0, 1]).toContain(lint.code);
    const imported = await runCli(['import', file, '-o', join(dir, `imported-${name}`)], { cwd: dir });
    // `gkml import` prints one line per problem: `<sheet>!<cell>: <severity>: <message>`; lint reads dittos as written instead of resolving them.
    // A headed column of the table's own kept as notes is said by `gkml import` only: the table is sound (issue 31).
    const lines = imported.stdout.split('\n').filter((l) => /^.+![A-Z]+\d+: /.test(l) && !l.includes('同上'));
    const told = lines.filter((l) => l.includes('不是标准目录的栏目'));
    const problems = lines.filter((l) => !told.includes(l));
    const asImport = lint.findings.filter((f) => f.rule === 'import').map((f) => `${f.sheet}!${f.cell}`);
    for (const line of problems) expect(asImport, line).toContain(line.slice(0, line.indexOf(': ')));
    for (const line of told) expect(asImport, line).not.toContain(line.slice(0, line.indexOf(': ')));
  });

  it.each(['notXlsx', 'legacy', 'truncated', 'declaredBomb', 'lyingBomb'] as const)('refuses %s with exit 2 and one line', async (name) => {
    const run = await runCli(['lint', FIXTURES[name]], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('fixes', () => {
  it('--fix on a workbook is refused with exit 2, pointing to gkml import', async () => {
    const before = readFileSync(join(dir, FILES.xlsx));
    const run = await runCli(['lint', '--fix', FILES.xlsx], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gkml import');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, FILES.xlsx)).equals(before)).toBe(true);
  });

  it('the report does not offer --fix for a table, but says how its findings are fixed', async () => {
    const last = (stdout: string) => stdout.trimEnd().split('\n').at(-1);
    const one = await runCli(['lint', FILES.xlsx], { cwd: dir });
    expect(one.stdout).not.toContain('可用 --fix 自动修复');
    expect(last(one.stdout)).toBe(
      `  其中 4 个有明确的改法：请在表格中改正（--fix-dry-run 列出每个单元格应改成什么），或用 gkml import ${FILES.xlsx} --into <工作区> 合并后运行 gkml lint --fix`,
    );
    const en = await runCli(['lint', FILES.xlsx, '--lang', 'en'], { cwd: dir });
    expect(last(en.stdout)).toBe(
      `  4 have a known correction: make it in the table (--fix-dry-run lists what each cell should become), or merge the table with gkml import ${FILES.xlsx} --into <workspace> and run gkml lint --fix`,
    );
    // Two tables and a YAML file: --fix for the YAML's, the tables' named as <表格> (the count per rule follows).
    const mixed = await runCli(['lint', FILES.xlsx, FILES.csv, 'shehui-jiuzhu.yaml'], { cwd: dir });
    expect(mixed.stdout.trimEnd().split('\n').slice(-3, -1)).toEqual([
      '  其中 5 个可用 --fix 自动修复',
      '  其中 8 个有明确的改法：请在表格中改正（--fix-dry-run 列出每个单元格应改成什么），或用 gkml import <表格> --into <工作区> 合并后运行 gkml lint --fix',
    ]);
  });

  it("--fix-dry-run shows what each cell would become (the header's level label under a county's config)", async () => {
    const run = await runCli(['lint', '--fix-dry-run', FILES.xlsx, ...COUNTY], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        FILES.xlsx,
        `  ${SHEET}!N3  乡镇级 → 乡级`,
        `  ${SHEET}!E5  《最低生活保障审核确认办法》（民发[2021]57号） → 《最低生活保障审核确认办法》（民发〔2021〕57号）`,
        `  ${SHEET}!C8  1.办事指南 → 办事指南`,
        `  ${SHEET}!H9  政府网站；政府服务中心 → 政府网站；政务服务中心`,
        `  ${SHEET}!E10  《信息公开条例》 → 《中华人民共和国政府信息公开条例》`,
        '',
      ].join('\n'),
    );
  });
});

describe('cells of values read over two rows', () => {
  it("a value that starts on a continuation row is at that row's cell", async () => {
    const rows = [
      ['样例县社会救助领域基层政务公开标准目录'],
      ONE_ROW_HEADER,
      [
        1,
        '最低生活保障',
        '办事指南',
        '申请条件',
        null,
        '信息形成或者变更之日起20个工作日内',
        '样例县民政局',
        '政府网站',
        '√',
        null,
        '√',
        null,
        '√',
        null,
      ],
      [null, null, null, null, '《信息公开条例》', null, null, null, null, null, null, null, null, null],
    ];
    writeFileSync(join(dir, 'continued.xlsx'), await workbookBytes([{ name: SHEET, rows }]));
    const { findings: found } = await findings('continued.xlsx');
    expect(found.filter((f) => f.rule === 'basis-title').map((f) => f.cell)).toEqual(['E4']);
  });
});

describe('the baseline file', () => {
  it("records a workbook's findings by file and sheet, and hides them on the next run", async () => {
    const baseline = join(dir, 'baseline.json');
    const written = await runCli(['lint', '--write-baseline', '--baseline', baseline, FILES.xlsx], { cwd: dir });
    expect(written.code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(baseline, 'utf8')).files)).toEqual([`${FILES.xlsx}!${SHEET}`]);
    const again = await runCli(['lint', '-f', 'json', '--baseline', baseline, FILES.xlsx], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).findings).toEqual([]);
  });

  it('hides the cell fixes of --fix-dry-run too', async () => {
    const baseline = join(dir, 'baseline-dry.json');
    await runCli(['lint', '--write-baseline', '--baseline', baseline, FILES.xlsx], { cwd: dir });
    const run = await runCli(['lint', '--fix-dry-run', '--baseline', baseline, FILES.xlsx], { cwd: dir });
    expect(run.stdout).toBe('');
  });

  it('is read from the cache the second time, and not when --config changes', async () => {
    const cache = join(dir, 'cache-config');
    await runCli(['lint', '--cache', '--cache-location', cache, FILES.csv], { cwd: dir });
    mkdirSync(join(dir, 'quiet-ws'), { recursive: true });
    const config = join(dir, 'quiet-ws', 'gkml.config.yaml');
    writeFileSync(
      config,
      'region: 样例县\nlevel: county\npublisher: 样例县人民政府办公室\nversion: "2026.1"\ndate: 2026-06-30\nrules:\n  basis-title: off\n',
    );
    const first = await findings('--cache', '--cache-location', cache, FILES.csv, '--config', 'quiet-ws/gkml.config.yaml');
    expect(first.findings.map((f) => f.rule)).not.toContain('basis-title');
    writeFileSync(config, readFileSync(config, 'utf8').replace('basis-title: off', 'basis-format: off'));
    const second = await findings('--cache', '--cache-location', cache, FILES.csv, '--config', 'quiet-ws/gkml.config.yaml');
    expect(second.findings.map((f) => f.rule)).toContain('basis-title');
    expect(second.findings.map((f) => f.rule)).not.toContain('basis-format');
  });

  it('is read from the cache the second time', async () => {
    const cache = join(dir, 'cache');
    const first = await runCli(['lint', '-f', 'json', '--cache', '--cache-location', cache, FILES.csv], { cwd: dir });
    const second = await runCli(['lint', '-f', 'json', '--cache', '--cache-location', cache, FILES.csv], { cwd: dir });
    expect(second).toEqual(first);
    expect(JSON.parse(second.stdout).findings).toHaveLength(DEFECTS.length);
  });
});

describe('gkml coverage of a workbook', () => {
  it('compares it with the national guidelines', async () => {
    const run = await runCli(['coverage', '-f', 'json', FILES.xlsx], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.region).toBe(FILES.xlsx);
    const domain = report.domains.find((d: { id: string }) => d.id === 'shehui-jiuzhu');
    expect(domain.present).toBe(true);
    expect(domain.covered.length + domain.added.length).toBe(11);
  });
});

it('writes nothing beside the table', async () => {
  writeFileSync(join(dir, 'marker'), '');
  await runCli(['lint', FILES.xlsx], { cwd: dir });
  expect(readFileSync(join(dir, 'marker'), 'utf8')).toBe('');
});
