// `gkml status` and `gkml coverage` over the whole administrative tree: a province of two cities
// of five counties, one county with a township below it; each region summed up at its depth, the
// totals over the tree, the regions still to finish as next steps, coverage and diff per region;
// and a county built with its township (one level of regions).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_COUNTIES } from '../helpers/city.js';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-tree-'));
const province = join(scratch, 'province');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const config = (region: string, level: string, extra = '') =>
  `region: ${region}\nlevel: ${level}\npublisher: ${region}人民政府办公室\nversion: "2026.1"\ndate: 2026-06-30\n${extra}`;

beforeAll(() => {
  mkdirSync(province);
  writeFileSync(join(province, 'gkml.config.yaml'), config('样例省', 'province', 'regions: [cities/*]\n'));
  for (const city of ['a', 'b']) cpSync(fixture('city'), join(province, 'cities', city), { recursive: true });
  writeFileSync(join(province, 'cities/b/gkml.config.yaml'), config('乙市', 'city', 'regions: [counties/*]\n'));
  // A township below one county of the first city, with one unfilled time limit.
  const county = join(province, 'cities/a/counties/beiling');
  writeFileSync(join(county, 'gkml.config.yaml'), readFileSync(join(county, 'gkml.config.yaml'), 'utf8') + 'regions: [towns/*]\n');
  const town = join(county, 'towns/qinghe');
  mkdirSync(join(town, 'directories'), { recursive: true });
  writeFileSync(join(town, 'gkml.config.yaml'), config('清河镇', 'township', 'rules:\n  domain-coverage: off\n'));
  const text = readFileSync(join(county, 'directories/shehui-jiuzhu.yaml'), 'utf8').replaceAll('县级', '乡级');
  writeFileSync(join(town, 'directories/shehui-jiuzhu.yaml'), text.replace(/timeframe: .*/, 'timeframe: null'));
});

describe('gkml status of a province', () => {
  it('sums up every region at its depth, with totals over the tree', async () => {
    const run = await runCli(['status', '-f', 'json', province]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const names = [
      '样例市',
      ...CITY_COUNTIES.flatMap((c) => (c.name === '北岭县' ? [c.name, '清河镇'] : [c.name])),
      '乙市',
      ...CITY_COUNTIES.map((c) => c.name),
    ];
    expect(report.regions.map((r: { region: string }) => r.region)).toEqual(names);
    expect(report.regions.map((r: { depth: number }) => r.depth)).toEqual([1, 2, 3, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2]);
    const town = report.regions.find((r: { region: string }) => r.region === '清河镇');
    expect(town.ready).toBe(false);
    expect(town.totals.fields.unfilled).toBeGreaterThan(0);
    const items = report.regions.reduce((n: number, r: { totals: { items: number } }) => n + r.totals.items, 0);
    expect(report.totals.items).toBe(items);
  });

  it('shows the regions indented by depth and starts the next steps at the region to finish', async () => {
    const run = await runCli(['status', province]);
    const lines = run.stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}清河镇 +1 +\d+ /));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}北岭县 /));
    expect(run.stdout).toContain('13 个地区，12 个可发布');
    expect(run.stdout).toMatch(/\n {2}1\. 清河镇：\d+ 个错误，1 处待填写 — 运行 gkml status .*towns\/qinghe\n$/);
    expect(run.stdout).not.toContain('全部领域都可以发布');
  });
});

describe('gkml coverage of a province', () => {
  it('measures every region on its own, at its depth, and shows no empty table for the province itself', async () => {
    const run = await runCli(['coverage', '-f', 'json', province]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.regions).toHaveLength(13);
    const town = report.regions.find((r: { region: string }) => r.region === '清河镇');
    expect(town).toMatchObject({ depth: 3, totals: { covered: expect.any(Number) } });
    expect(town.workspace).toMatch(/towns\/qinghe$/);
    const table = await runCli(['coverage', province]);
    expect(table.stdout.startsWith('地区 ')).toBe(true);
    expect(table.stdout).toMatch(/\n {4}清河镇 +\d+/);
  });

  it('--min-coverage holds every region to it', async () => {
    const run = await runCli(['coverage', province, '--min-coverage', '50']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/覆盖率 \d+\.\d% 低于 --min-coverage 50%/);
  });
});

describe('gkml diff of two provinces', () => {
  it('compares each region with the same folder in the other version, at any depth', async () => {
    const next = join(scratch, 'province-next');
    cpSync(province, next, { recursive: true });
    const town = join(next, 'cities/a/counties/beiling/towns/qinghe/directories/shehui-jiuzhu.yaml');
    writeFileSync(town, readFileSync(town, 'utf8').replace('timeframe: null', 'timeframe: 信息形成之日起10个工作日内'));
    rmSync(join(next, 'cities/b/counties/xishui'), { recursive: true });
    const run = await runCli(['diff', '-f', 'json', province, next]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const changed = report.regions.filter(
      (r: { diff: { added: unknown[]; removed: unknown[]; changed: unknown[] } }) => r.diff.changed.length || r.diff.removed.length,
    );
    expect(changed.map((r: { path: string; depth: number }) => [r.path, r.depth])).toEqual([
      ['cities/a/counties/beiling/towns/qinghe', 3],
      ['cities/b/counties/xishui', 2],
    ]);
    // The region gone from the new version: every item it had, removed.
    expect(changed[1].diff.removed).toHaveLength(4);
    const text = await runCli(['diff', province, next]);
    expect(text.stdout).toContain('新增 0 项，删除 4 项，修改 1 项，改编号 0 项');
    expect(text.stdout).toMatch(/\n {4}清河镇（cities\/a\/counties\/beiling\/towns\/qinghe）\n/);
  });
});

describe('a county with its townships', () => {
  it('is published together: its own directory as 本级, each township as a region', async () => {
    const county = join(scratch, 'county');
    cpSync(fixture('city/counties/beiling'), county, { recursive: true });
    writeFileSync(join(county, 'gkml.config.yaml'), readFileSync(join(county, 'gkml.config.yaml'), 'utf8') + 'regions: [towns/*]\n');
    const town = join(county, 'towns/qinghe');
    mkdirSync(join(town, 'directories'), { recursive: true });
    writeFileSync(join(town, 'gkml.config.yaml'), config('清河镇', 'township', 'rules:\n  domain-coverage: off\n'));
    writeFileSync(
      join(town, 'directories/shehui-jiuzhu.yaml'),
      readFileSync(join(county, 'directories/shehui-jiuzhu.yaml'), 'utf8').replaceAll('县级', '乡级'),
    );
    const out = join(scratch, 'county-out');
    const run = await runCli(['build', county, '--only', 'json,html', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const index = readFileSync(join(out, 'site/index.html'), 'utf8');
    expect(index).toContain('北岭县本级目录');
    expect(index).toContain('href="regions/qinghe/index.html"');
    const json = JSON.parse(readFileSync(join(out, 'directory.json'), 'utf8'));
    expect(json.domains.map((d: { domain: string }) => d.domain)).toEqual(['shehui-jiuzhu', 'shenong-butie']);
    expect(json.regions.map((r: { region: string; level: string }) => [r.region, r.level])).toEqual([['清河镇', 'township']]);
  });
});
