// The whole administrative tree built (tests/fixtures/province: a province of two cities of two
// counties each, two townships below one county, and one city with a directory of its own): lint,
// status and coverage over the tree; the build on one thread and on two giving the same bytes; the
// summary workbook's counts (each region with those below it) and its sheet per level; directory.json
// nesting to the townships; the site's region pages at every depth with breadcrumbs through each.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const PROVINCE = fixture('province');
const scratch = mkdtempSync(join(tmpdir(), 'gkml-province-'));
const out = (jobs: number) => join(scratch, `jobs-${jobs}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file under `dir` with its bytes, by relative path. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

const runs: Record<number, { code: number; stderr: string }> = {};
beforeAll(async () => {
  for (const jobs of [1, 2])
    runs[jobs] = await runCli(['build', PROVINCE, '--out', out(jobs), '--jobs', String(jobs), '--only', 'xlsx,docx,json,html']);
}, 120_000);

describe('lint, status and coverage of the province', () => {
  it('lints every workspace of the tree clean', async () => {
    const run = await runCli(['lint', PROVINCE]);
    expect([run.code, run.stdout.trim()]).toEqual([0, '✔ 已检查 13 个文件，未发现问题']);
  });

  it('gives status and coverage a row per region, at its depth', async () => {
    const status = JSON.parse((await runCli(['status', '-f', 'json', PROVINCE])).stdout);
    const rows = status.regions.map((r: { region: string; depth: number; totals: { items: number } }) => [
      r.region,
      r.depth,
      r.totals.items,
    ]);
    expect(rows).toEqual([
      ['东州市', 1, 2],
      ['安平县', 2, 4],
      ['清河镇', 3, 2],
      ['石桥街道', 3, 3],
      ['白水县', 2, 5],
      ['西州市', 1, 0],
      ['长乐县', 2, 3],
      ['定襄县', 2, 4],
    ]);
    expect(status.totals.items).toBe(23);
    const coverage = await runCli(['coverage', PROVINCE]);
    expect(coverage.code).toBe(0);
    expect(coverage.stdout).toMatch(/^ {4}石桥街道 +206 +1 +205 +2 /m);
  });
});

describe('the build of the province', () => {
  it('succeeds, reporting each region once those below it are written', () => {
    expect(runs[1]!.code, runs[1]!.stderr).toBe(0);
    const lines = runs[1]!.stderr.split('\n').filter((l) => l.startsWith('['));
    expect(lines).toEqual([
      '[1/8] 清河镇 ✓ 2 个事项',
      '[2/8] 石桥街道 ✓ 3 个事项',
      '[3/8] 安平县 ✓ 9 个事项',
      '[4/8] 白水县 ✓ 5 个事项',
      '[5/8] 东州市 ✓ 16 个事项',
      '[6/8] 长乐县 ✓ 3 个事项',
      '[7/8] 定襄县 ✓ 4 个事项',
      '[8/8] 西州市 ✓ 7 个事项',
    ]);
    expect(runs[1]!.stderr).toContain('8 个地区，13 个领域目录，23 个事项');
  });

  it('writes the same bytes on two threads as on one, and reports in the same order', () => {
    expect(runs[2]!.code, runs[2]!.stderr).toBe(0);
    const one = filesOf(out(1));
    const two = filesOf(out(2));
    expect([...two.keys()]).toEqual([...one.keys()]);
    for (const [file, bytes] of one) expect(two.get(file)!.equals(bytes), file).toBe(true);
    expect(runs[2]!.stderr.replaceAll(out(2), '<out>')).toBe(runs[1]!.stderr.replaceAll(out(1), '<out>'));
    // Every workspace has its files in its folder: the townships two levels below the cities.
    expect([...one.keys()].filter((f) => f.endsWith('directory.docx') && !f.startsWith('site/'))).toEqual([
      'directory.docx',
      'regions/dongzhou/directory.docx',
      'regions/dongzhou/regions/anping/directory.docx',
      'regions/dongzhou/regions/anping/regions/qinghe/directory.docx',
      'regions/dongzhou/regions/anping/regions/shiqiao/directory.docx',
      'regions/dongzhou/regions/baishui/directory.docx',
      'regions/xizhou/directory.docx',
      'regions/xizhou/regions/changle/directory.docx',
      'regions/xizhou/regions/dingxiang/directory.docx',
    ]);
  });

  it('sums each region with those below it in 汇总, with a sheet per level (xlsx: {summary: nested})', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out(1), 'directory.xlsx'));
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['汇总', '县级汇总', '乡级汇总']);
    // 地区, 社会救助 (column of the domain), 合计 and 分册文件 of every row, the 合计 row last.
    const rows = (sheet: string) => {
      const ws = book.getWorksheet(sheet)!;
      const header = (ws.getRow(3).values as unknown[]).map(String);
      const column = (label: string) => header.indexOf(label);
      const out: unknown[][] = [];
      for (let r = 4; r <= ws.rowCount; r++) {
        const v = ws.getRow(r).values as unknown[];
        out.push([v[column('地区')], v[column('社会救助')], v[column('合计')], v[column('分册文件')] ?? '']);
      }
      return { title: ws.getCell(1, 1).value, out };
    };
    expect(rows('汇总')).toEqual({
      title: '样例省基层政务公开标准目录事项数汇总表',
      out: [
        ['东州市', 9, 16, 'regions/dongzhou/directory.xlsx'],
        ['西州市', 1, 7, 'regions/xizhou/directory.xlsx'],
        ['合计', 10, 23, ''],
      ],
    });
    expect(rows('县级汇总')).toEqual({
      title: '样例省县级地区事项数汇总表',
      out: [
        ['东州市安平县', 7, 9, 'regions/dongzhou/regions/anping/directory.xlsx'],
        ['东州市白水县', 2, 5, 'regions/dongzhou/regions/baishui/directory.xlsx'],
        ['西州市长乐县', 0, 3, 'regions/xizhou/regions/changle/directory.xlsx'],
        ['西州市定襄县', 1, 4, 'regions/xizhou/regions/dingxiang/directory.xlsx'],
        ['合计', 10, 21, ''],
      ],
    });
    expect(rows('乡级汇总').out).toEqual([
      ['东州市安平县清河镇', 2, 2, 'regions/dongzhou/regions/anping/regions/qinghe/directory.xlsx'],
      ['东州市安平县石桥街道', 3, 3, 'regions/dongzhou/regions/anping/regions/shiqiao/directory.xlsx'],
      ['合计', 5, 5, ''],
    ]);
    // A county with townships: its own directory as 安平县本级 in its own summary workbook.
    const county = new ExcelJS.Workbook();
    await county.xlsx.readFile(join(out(1), 'regions/dongzhou/regions/anping/directory.xlsx'));
    const names = [4, 5, 6, 7].map((r) => county.getWorksheet('汇总')!.getCell(r, 2).value);
    expect(names).toEqual(['安平县本级', '清河镇', '石桥街道', '合计']);
  });

  it('nests directory.json to the townships, each region as its own file says it', () => {
    type Doc = { slug?: string; region: string; domains: unknown[]; regions?: Doc[] };
    const doc = JSON.parse(readFileSync(join(out(1), 'directory.json'), 'utf8')) as Doc;
    const shape = (d: Doc): unknown => [d.slug ?? '', d.region, d.domains.length, ...(d.regions ? [d.regions.map(shape)] : [])];
    expect(shape(doc)).toEqual([
      '',
      '样例省',
      0,
      [
        [
          'dongzhou',
          '东州市',
          1,
          [
            [
              'anping',
              '安平县',
              2,
              [
                ['qinghe', '清河镇', 1],
                ['shiqiao', '石桥街道', 1],
              ],
            ],
            ['baishui', '白水县', 3],
          ],
        ],
        [
          'xizhou',
          '西州市',
          0,
          [
            ['changle', '长乐县', 2],
            ['dingxiang', '定襄县', 3],
          ],
        ],
      ],
    ]);
    const county = JSON.parse(readFileSync(join(out(1), 'regions/dongzhou/regions/anping/directory.json'), 'utf8')) as Doc & {
      format: string;
    };
    expect(county.format).toBe('gkml-directory');
    expect(doc.regions![0]!.regions![0]).toEqual({
      slug: 'anping',
      ...Object.fromEntries(Object.entries(county).filter(([k]) => k !== 'format' && k !== 'formatVersion')),
    });
  });

  it('gives every region its pages, with breadcrumbs through every level above it', () => {
    const site = join(out(1), 'site');
    const dom = (page: string) => new JSDOM(readFileSync(join(site, page), 'utf8')).window.document;
    const crumbs = (page: string) =>
      [...dom(page).querySelectorAll('.breadcrumbs a, .breadcrumbs [aria-current]')].map((a) => [
        a.textContent!.trim(),
        a.getAttribute('href'),
      ]);
    expect(crumbs('regions/dongzhou/regions/anping/regions/shiqiao/shehui-jiuzhu.html')).toEqual([
      ['首页', '../../../../../../index.html'],
      ['东州市', '../../../../index.html'],
      ['安平县', '../../index.html'],
      ['石桥街道', 'index.html'],
      ['社会救助', null],
    ]);
    // A county with townships: a region index with its own (本级) domains and each township.
    const county = dom('regions/dongzhou/regions/anping/index.html');
    expect(county.querySelector('h1')!.textContent).toBe('安平县基层政务公开标准目录');
    expect(county.querySelector('#domains-heading')!.textContent).toBe('安平县本级目录');
    expect(
      [...county.querySelectorAll('#regions-heading + ul a')].map((a) => [
        a.textContent!.replace(/\s+/g, ' ').trim(),
        a.getAttribute('href'),
      ]),
    ).toEqual([
      ['清河镇 1 个领域，2 个事项', 'regions/qinghe/index.html'],
      ['石桥街道 1 个领域，3 个事项', 'regions/shiqiao/index.html'],
    ]);
    // The province's search scopes: all, each level, then every region indented by depth.
    const scopes = [...dom('index.html').querySelectorAll('#q-scope option')].map((o) => [o.getAttribute('value'), o.textContent]);
    expect(scopes.slice(0, 4)).toEqual([
      ['', '全部地区'],
      ['level:city', '全部市级地区'],
      ['level:county', '全部县级地区'],
      ['level:township', '全部乡级地区'],
    ]);
    expect(scopes).toContainEqual(['dongzhou/anping/shiqiao', '\u3000\u3000石桥街道']);
    // A township's index lists the regions above it and itself (chosen), not the whole tree.
    const own = [...dom('regions/dongzhou/regions/anping/regions/shiqiao/index.html').querySelectorAll('#q-scope option')];
    expect(own.slice(4).map((o) => [o.getAttribute('value'), o.textContent, o.hasAttribute('selected')])).toEqual([
      ['dongzhou', '东州市', false],
      ['dongzhou/anping', '\u3000安平县', false],
      ['dongzhou/anping/shiqiao', '\u3000\u3000石桥街道', true],
    ]);
    // One index per workspace with directories of its own (not 西州市's, which has none), named with the regions above it.
    const listed = JSON.parse(/= (\[.*\]);/.exec(readFileSync(join(site, 'search-regions.js'), 'utf8'))![1]!) as {
      key: string;
      name: string;
      level: string;
      base: string;
    }[];
    expect(listed.map((r) => [r.key, r.name, r.level])).toEqual([
      ['dongzhou', '东州市', 'city'],
      ['dongzhou/anping', '东州市安平县', 'county'],
      ['dongzhou/anping/qinghe', '东州市安平县清河镇', 'township'],
      ['dongzhou/anping/shiqiao', '东州市安平县石桥街道', 'township'],
      ['dongzhou/baishui', '东州市白水县', 'county'],
      ['xizhou/changle', '西州市长乐县', 'county'],
      ['xizhou/dingxiang', '西州市定襄县', 'county'],
    ]);
    for (const r of listed) expect(readdirSync(join(site, r.base)), r.base).toContain('search-index.js');
    expect(readdirSync(join(site, 'regions/xizhou'))).not.toContain('search-index.js');
  });
});

describe('--jobs', () => {
  it('refuses a number of threads that is not one or more, before anything is written', async () => {
    for (const jobs of ['0', 'two', '1.5']) {
      const run = await runCli(['build', PROVINCE, '--jobs', jobs, '--out', join(scratch, 'refused'), '--lang', 'en']);
      expect([run.code, run.stderr.trim()]).toEqual([2, `gkml: --jobs takes a number of threads (1 to 999): ${jobs}`]);
      const lint = await runCli(['lint', PROVINCE, '--jobs', jobs]);
      expect([lint.code, lint.stderr.trim()]).toEqual([2, `gkml: --jobs 的取值应为线程数（1 到 999 的整数）：${jobs}`]);
    }
    expect(readdirSync(scratch)).not.toContain('refused');
  });
});

describe('lint errors below', () => {
  it('stop the build on two threads as on one: every region linted, the same refusal, nothing published', async () => {
    const broken = join(scratch, 'broken');
    cpSync(PROVINCE, broken, { recursive: true });
    const town = join(broken, 'cities/dongzhou/counties/anping/towns/qinghe/directories/shehui-jiuzhu.yaml');
    writeFileSync(town, readFileSync(town, 'utf8').replace(/channels: .*/g, 'channels: [公开栏（电子屏）]'));
    const refusals = [];
    for (const jobs of ['1', '2']) {
      const run = await runCli(['build', broken, '--jobs', jobs, '--out', join(scratch, `broken-${jobs}`), '-q']);
      expect(run.code, run.stderr).toBe(1);
      refusals.push(run.stderr);
      expect(readdirSync(scratch)).not.toContain(`broken-${jobs}`);
    }
    expect(refusals[1]).toBe(refusals[0]);
    expect(refusals[0]).toContain('towns/qinghe/directories/shehui-jiuzhu.yaml');
  });
});
