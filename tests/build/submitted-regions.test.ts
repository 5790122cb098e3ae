// A city whose regions are what its counties submitted (issue 28 point 2): two workbooks and a CSV
// file beside a county workspace in YAML. The city builds, each table a region with its pages and
// downloads; directory.json keeps each table item's cell; a table with an error stops the build,
// named at its cell, and --draft publishes it; lint of the city finds the error at its cell; the
// same input gives the same bytes, twice and on one thread or two.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CELL, makeSubmittedCity } from '../fixtures/city-submitted/make-city.js';
import { spawnCli } from '../helpers/cli.js';
import { digest } from '../helpers/digest.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-submitted-'));
const city = join(scratch, 'city');
const broken = join(scratch, 'broken');
beforeAll(async () => {
  await makeSubmittedCity(city);
  await makeSubmittedCity(broken, { withError: true });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface RegionDoc {
  slug: string;
  region: string;
  level: string;
  domains: { domain: string; items: { id: string; owner: string; source?: { file: string; sheet: string; cell: string } }[] }[];
}

function built(out: string, ...args: string[]) {
  const run = spawnCli(['build', city, '--out', out, ...args], { cwd: scratch });
  expect(run.code, run.stderr).toBe(0);
  expect(run.stderr).toContain('已生成');
  return run;
}

describe('a city whose regions are submitted tables', () => {
  const out = join(scratch, 'out');
  let regions: RegionDoc[];
  beforeAll(() => {
    built(out, '--jobs', '1');
    regions = (JSON.parse(readFileSync(join(out, 'directory.json'), 'utf8')) as { regions: RegionDoc[] }).regions;
  });

  it('builds each table as a county named from its title, else its file; a slug from a name that is not one is region-NNN; one glob matches a folder and a table alike', () => {
    expect(regions.map((r) => [r.slug, r.region, r.level])).toEqual([
      ['beiling', '北岭县', 'county'],
      ['region-002', 'qingshui-社会救助', 'county'],
      ['anping', '安平县', 'county'],
      ['heshan', '河山县', 'county'],
    ]);
  });

  it('gives each table region its pages and downloads, a workbook of two sheets two domains', () => {
    for (const slug of ['anping', 'heshan', 'region-002']) {
      for (const file of ['directory.json', 'directory.xlsx', 'directory.docx'])
        expect(existsSync(join(out, 'regions', slug, file))).toBe(true);
      expect(existsSync(join(out, 'site/regions', slug, 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'site/regions', slug, 'downloads/directory.xlsx'))).toBe(true);
    }
    expect(regions[2]!.domains.map((d) => d.domain)).toEqual(['jiuye', 'shehui-jiuzhu']);
    expect(readFileSync(join(out, 'site/regions/anping/jiuye.html'), 'utf8')).toContain('岗位信息发布');
    expect(readFileSync(join(out, 'site/index.html'), 'utf8')).toContain('安平县');
  });

  it("keeps each table item's cell in directory.json (relative path, sheet, the row's first cell); a YAML item has none", () => {
    const sources = (r: RegionDoc) => r.domains.flatMap((d) => d.items.map((i) => i.source));
    expect(sources(regions[0]!).every((s) => s === undefined)).toBe(true);
    expect(sources(regions[2]!)).toEqual([
      { file: 'submitted/anping.xlsx', sheet: '就业', cell: 'A4' },
      { file: 'submitted/anping.xlsx', sheet: '社会救助', cell: 'A4' },
      { file: 'submitted/anping.xlsx', sheet: '社会救助', cell: 'A5' },
    ]);
    expect(sources(regions[1]!)).toEqual([{ file: 'counties/qingshui-社会救助.csv', sheet: 'qingshui-社会救助', cell: 'A3' }]);
    const own = JSON.parse(readFileSync(join(out, 'regions/heshan/directory.json'), 'utf8')) as RegionDoc;
    expect(own.domains[0]!.items.map((i) => i.source?.cell)).toEqual(['A4', 'A5']);
  });

  it('writes the same bytes when built again, and on two threads as on one', () => {
    const again = join(scratch, 'again');
    const threads = join(scratch, 'threads');
    built(again, '--jobs', '1');
    built(threads, '--jobs', '2');
    expect(digest(again)).toBe(digest(out));
    expect(digest(threads)).toBe(digest(out));
  });
});

describe('a submitted table with an error', () => {
  const at = `${ERROR_CELL.sheet}!${ERROR_CELL.cell}`;

  it('stops the build, named at its file, sheet and cell, and nothing is written', () => {
    const out = join(scratch, 'refused');
    const run = spawnCli(['build', broken, '--out', out, '--lang', 'en'], { cwd: scratch });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`broken/${ERROR_CELL.file}:${at}: the directory has 1 errors`);
    expect(existsSync(out)).toBe(false);
  });

  it('is published by --draft, its 同上 as written', () => {
    const out = join(scratch, 'draft');
    const run = spawnCli(['build', broken, '--out', out, '--draft'], { cwd: scratch });
    expect(run.code).toBe(0);
    const heshan = JSON.parse(readFileSync(join(out, 'regions/heshan/directory.json'), 'utf8')) as RegionDoc;
    expect(heshan.domains[0]!.items.map((i) => i.owner)).toEqual(['河山县民政局', '同上']);
  });

  it('is found by lint of the city at its cell, checked with the city settings', () => {
    const run = spawnCli(['lint', broken, '-f', 'json'], { cwd: scratch });
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: { file: string; sheet?: string; cell?: string; rule: string }[] }).findings;
    expect(findings).toEqual([
      expect.objectContaining({ file: `broken/${ERROR_CELL.file}`, sheet: ERROR_CELL.sheet, cell: ERROR_CELL.cell, rule: 'ditto' }),
    ]);
  });
});

describe('status, coverage and diff of a city with submitted tables', () => {
  const json = (args: string[]) => {
    const run = spawnCli([...args, '-f', 'json'], { cwd: scratch });
    return JSON.parse(run.stdout) as {
      regions: { region: string; workspace?: string; path?: string; table?: true; totals?: { errors?: number } }[];
    };
  };

  it('status counts each table region, its error at the table, and sends the reader to gkml lint for it', () => {
    const regions = json(['status', 'broken']).regions;
    expect(regions.map((r) => [r.region, r.workspace, r.totals!.errors, r.table])).toEqual([
      ['北岭县', 'broken/counties/beiling', 0, undefined],
      ['qingshui-社会救助', 'broken/counties/qingshui-社会救助.csv', 0, true],
      ['安平县', 'broken/submitted/anping.xlsx', 0, true],
      ['河山县', 'broken/submitted/heshan.xlsx', 1, true],
    ]);
    expect(spawnCli(['status', 'broken'], { cwd: scratch }).stdout).toContain('运行 gkml lint broken/submitted/heshan.xlsx');
  });

  it('coverage measures each table region', () => {
    expect(json(['coverage', 'city']).regions.map((r) => r.workspace)).toEqual([
      'city/counties/beiling',
      'city/counties/qingshui-社会救助.csv',
      'city/submitted/anping.xlsx',
      'city/submitted/heshan.xlsx',
    ]);
  });

  it('diff compares a table region with the same table of the other version', () => {
    const run = spawnCli(['diff', 'city', 'broken', '-f', 'json'], { cwd: scratch });
    const report = JSON.parse(run.stdout) as { regions: { region: string; path: string; diff: { changed: unknown[] } }[] };
    expect(report.regions.map((r) => [r.path, r.diff.changed.length])).toEqual([
      ['counties/beiling', 0],
      ['counties/qingshui-社会救助.csv', 0],
      ['submitted/anping.xlsx', 0],
      ['submitted/heshan.xlsx', 1],
    ]);
  });
});

describe('a submitted table region against the previous publication, and one out of bounds', () => {
  it('--previous compares a table region with the same table there: only the changed item', () => {
    const out = join(scratch, 'changes');
    const run = spawnCli(['build', 'broken', '--draft', '--previous', 'city', '--out', out], { cwd: scratch });
    expect(run.code, run.stderr).toBe(0);
    const text = (slug: string) => readFileSync(join(out, 'site/regions', slug, 'changes.html'), 'utf8');
    expect(text('heshan')).toContain('新增 0 项，删除 0 项，修改 1 项');
    expect(text('anping')).toContain('新增 0 项，删除 0 项，修改 0 项');
  });

  it('a table reached through a link that leaves the workspace is refused, at the link; the build stops (exit 2: nothing of it could be read)', () => {
    const linked = join(scratch, 'linked');
    cpSync(city, linked, { recursive: true });
    writeFileSync(join(scratch, 'outside.xlsx'), readFileSync(join(city, 'submitted/anping.xlsx')));
    symlinkSync(join(scratch, 'outside.xlsx'), join(linked, 'submitted/zz-outside.xlsx'));
    const lint = spawnCli(['lint', 'linked', '-f', 'json'], { cwd: scratch });
    const findings = (JSON.parse(lint.stdout) as { findings: { file: string; rule: string }[] }).findings;
    expect(findings.map((f) => [f.file, f.rule])).toEqual([['linked/submitted/zz-outside.xlsx', 'file-access']]);
    const out = join(scratch, 'linked-out');
    const build = spawnCli(['build', 'linked', '--out', out], { cwd: scratch });
    expect(build.code).toBe(2);
    expect(build.stderr).toContain('gkml: linked/submitted/zz-outside.xlsx: 符号链接');
    expect(existsSync(out)).toBe(false);
  });
});
