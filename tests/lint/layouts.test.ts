// `gkml lint` on tables laid out as offices write them (tests/fixtures/layouts/make-layouts.ts):
// several domains on one sheet, each checked as its domain; a domain told by the file name; `--domain`
// for lint and coverage; each finding at the cell that holds or lacks its value — unfilled at the
// empty cell, a header's label once at the header cell with its fix there, a duplicate at its 序号.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILES, PLANTED, SHEETS, makeLayouts } from '../fixtures/layouts/make-layouts.js';
import { runCli } from '../helpers/cli.js';
import { importFile } from '../import/support.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-layouts-'));
/** A county's config (levels 县级, 乡级), given with --config: the tables' level labels are mapped onto it. */
const COUNTY = ['--config', 'county/gkml.config.yaml'];
beforeAll(async () => {
  await makeLayouts(dir);
  mkdirSync(join(dir, 'county'));
  writeFileSync(
    join(dir, 'county', 'gkml.config.yaml'),
    'region: 样例县\nlevel: county\npublisher: 样例县人民政府办公室\nversion: "2026.1"\ndate: 2026-06-30\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  file: string;
  sheet?: string;
  cell?: string;
  rule: string;
  message: string;
  itemId?: string;
}

async function lint(...args: string[]): Promise<{ code: number; findings: JsonFinding[]; stderr: string }> {
  const run = await runCli(['lint', '-f', 'json', ...args], { cwd: dir });
  return { code: run.code, findings: run.stdout ? JSON.parse(run.stdout).findings : [], stderr: run.stderr };
}

/** A finding as the planted list says it: its rule, its cell, and the domain of its item. */
const planted = (f: JsonFinding) => ({ rule: f.rule, cell: f.cell, domain: f.itemId?.replace(/-\d\d-\d\d$/, '') });

describe('several domains on one sheet', () => {
  const layouts = [
    ['heading rows 「一、户籍管理」「（二）社会救助」 merged across', FILES.headings, PLANTED.headings, { huji: 2, jiuzhu: 2 }],
    ['a CSV text copy with heading rows 「户籍管理领域」', FILES.headingsCsv, PLANTED.headingsCsv, { huji: 2, jiuzhu: 2 }],
    ['a repeated title and header, and a header repeated at a page break', FILES.repeated, PLANTED.repeated, { huji: 2, jiuzhu: 3 }],
  ] as const;

  it.each(layouts)('%s: each part checked as its domain, each defect at its cell', async (_name, file, expected) => {
    const { code, findings } = await lint(file);
    expect(code).toBe(1);
    expect(findings.map(planted)).toEqual(expected);
  });

  it.each(layouts)('%s: every row read into its domain, none lost to a heading', async (_name, file, _expected, counts) => {
    const run = await importFile(dir, file);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect([...run.files.keys()].sort()).toEqual(['huji-guanli', 'shehui-jiuzhu']);
    expect(run.files.get('huji-guanli')!.items).toHaveLength(counts.huji);
    expect(run.files.get('shehui-jiuzhu')!.items).toHaveLength(counts.jiuzhu);
    // A heading is structure, not an item: no item is named after one.
    const names = [...run.files.values()].flatMap((d) => d.items.map((i) => `${i.l1}/${i.l2}`));
    expect(names.filter((n) => /户籍管理|社会救助/.test(n))).toEqual([]);
  });
});

describe('a header as offices write it (issue 31)', () => {
  it('事项名称 and the columns in another order, the header repeated, 口 for □: every row read as meant', async () => {
    const run = await importFile(dir, FILES.order);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/![A-Z]+\d+: /);
    const items = run.files.get('huji-guanli')!.items;
    expect(items.map((i) => [i.l1, i.channels, i.mode, i.audience, i.level])).toEqual([
      ['出生登记', ['政府网站'], ['主动'], '全社会', ['县级']],
      ['死亡登记', ['政务服务中心'], ['依申请'], '特定群体', ['乡级']],
    ]);
  });
});

describe('the domain of a table told by its file name', () => {
  it.each([FILES.shortName, FILES.idName])('%s (no title row): every defect found, as 公共文化服务', async (file) => {
    const { code, findings } = await lint(file);
    expect(code).toBe(1);
    expect(findings.map(planted)).toEqual(PLANTED.wenhua);
    expect(findings.every((f) => f.sheet === file.replace(/\.csv$/, ''))).toBe(true);
  });

  it('a file that names no domain (nor do its item names) is one import error at A1 suggesting --domain, and nothing else', async () => {
    const { code, findings } = await lint(FILES.unnamed);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.rule, f.cell])).toEqual([['import', 'A1']]);
    expect(findings[0]!.message).toContain('--domain');
  });
});

describe('--domain', () => {
  it('lint: applies to every table named, each checked as that domain', async () => {
    const { code, findings } = await lint(FILES.unnamed, FILES.unnamedToo, '--domain', '公共文化');
    expect(code).toBe(1);
    for (const file of [FILES.unnamed, FILES.unnamedToo]) {
      expect(findings.filter((f) => f.file === file).map(planted)).toEqual(PLANTED.wenhua);
    }
  });

  it('lint: takes an id, and says what each table is even where its title names another', async () => {
    const { findings } = await lint(FILES.headings, '--domain', 'huji-guanli');
    expect(findings.map((f) => f.itemId?.startsWith('huji-guanli-'))).toEqual([true, true]);
  });

  it('lint: a value that is no domain is a usage error, exit 2, one line', async () => {
    const run = await runCli(['lint', FILES.unnamed, '--domain', '无此领域'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('无此领域')]);
  });

  it('lint --cache: a run with another --domain is not answered from the cache', async () => {
    const cache = ['--cache', '--cache-location', join(dir, 'cache')];
    expect((await lint(FILES.unnamed, ...cache)).findings.map((f) => f.rule)).toEqual(['import']);
    expect((await lint(FILES.unnamed, ...cache, '--domain', '公共文化')).findings.map(planted)).toEqual(PLANTED.wenhua);
  });

  it('coverage: the table is counted as the domain given', async () => {
    const present = async (...args: string[]) => {
      const run = await runCli(['coverage', '-f', 'json', FILES.unnamed, ...args], { cwd: dir });
      expect(run.code).toBe(0);
      return JSON.parse(run.stdout)
        .domains.filter((d: { present: boolean }) => d.present)
        .map((d: { id: string }) => d.id);
    };
    expect(await present()).toEqual([]);
    expect(await present('--domain', 'gonggong-wenhua-fuwu')).toEqual(['gonggong-wenhua-fuwu']);
  });

  it('coverage: refused for a workspace (its files name their domain) and for a value that is no domain', async () => {
    for (const args of [
      ['.', '--domain', 'jiuye'],
      [FILES.unnamed, '--domain', '无此领域'],
    ]) {
      const run = await runCli(['coverage', ...args], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--domain');
    }
  });
});

describe('findings at the cell that holds or lacks the value', () => {
  it("without a config, the header's labels (县级, 乡镇级) are the table's own level set: nothing to say of them (issue 31)", async () => {
    const { code, findings } = await lint(FILES.cells);
    expect(code).toBe(1);
    expect(findings.map(planted)).toEqual(PLANTED.cells.filter((p) => p.rule !== 'level-label'));
  });

  it("unfilled at the empty cell, the header's label once at the header cell, a duplicate at its 序号", async () => {
    const { code, findings } = await lint(FILES.cells, ...COUNTY);
    expect(code).toBe(1);
    expect(findings.map(planted)).toEqual(PLANTED.cells);
    expect(findings.every((f) => f.sheet === SHEETS.cells)).toBe(true);
    const header = findings.find((f) => f.rule === 'level-label')!;
    expect(header.message).toContain('“乡镇级”');
    expect(header.message).toContain('本列 4 个事项');
  });

  it("--fix-dry-run proposes the header cell's fix once, never a cell holding √", async () => {
    const run = await runCli(['lint', '--fix-dry-run', FILES.cells, ...COUNTY], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${FILES.cells}\n  ${SHEETS.cells}!N6  乡镇级 → 乡级\n`);
  });

  it('in English too', async () => {
    const run = await runCli(['lint', FILES.cells, '--lang', 'en', ...COUNTY], { cwd: dir });
    expect(run.stdout).toMatch(/户籍管理!N6 .*written in the header: the same for the 4 items of this column/);
    expect(run.stdout).toMatch(/户籍管理!F8 .*not filled in/);
  });
});
