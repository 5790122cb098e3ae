// Settings inherit down the region tree (src/workspace/config-inheritance.ts), on a copy of the
// fixture province (province → city → county → township): a rule turned off at the province
// reaches a township whether the township is linted alone or with the province, a county turns
// it back on, a parent's change invalidates the child's cached lint, a site setting of the
// province reaches every page of every region, `gkml config` says where each setting came from,
// and a mistake in a parent's config is reported at the parent's line.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { expectGolden, renderRun } from '../helpers/golden.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-inherit-'));
const county = 'province/cities/dongzhou/counties/anping';
const town = `${county}/towns/qinghe`;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const path = (p: string) => join(scratch, p);
const read = (p: string) => readFileSync(path(p), 'utf8');

/** The province's own config with `extra` appended (its fixture text kept above it). */
let provinceText = '';
const setProvince = (extra: string) => writeFileSync(path('province/gkml.config.yaml'), provinceText + extra);
let countyText = '';
/** The county's own config with `rules` added to its rules and `extra` appended. */
const setCounty = (rules: string, extra = '') =>
  writeFileSync(
    path(`${county}/gkml.config.yaml`),
    countyText.replace('  domain-coverage: off\n', `  domain-coverage: off\n${rules}`) + extra,
  );
const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

beforeAll(() => {
  cpSync(fixture('province'), path('province'), { recursive: true });
  provinceText = withNewline(read('province/gkml.config.yaml'));
  countyText = withNewline(read(`${county}/gkml.config.yaml`));
  // One vague time limit in the township: a timeframe-vague warning while the rule is on.
  const file = `${town}/directories/shehui-jiuzhu.yaml`;
  writeFileSync(path(file), read(file).replace('timeframe: 信息形成或者变更之日起20个工作日内', 'timeframe: 及时公开'));
});

const vague = async (target: string, extra: string[] = []) => {
  const run = await runCli(['lint', '-f', 'json', ...extra, target], { cwd: scratch });
  const results = JSON.parse(run.stdout) as { findings?: { rule: string; file: string }[] } | { rule: string; file: string }[];
  const findings = Array.isArray(results) ? results : (results.findings ?? []);
  return findings.filter((f) => f.rule === 'timeframe-vague').map((f) => f.file);
};

describe('settings inherited down the tree', () => {
  it('finds the vague time limit while no config turns the rule off', async () => {
    expect(await vague(town)).toEqual([`${town}/directories/shehui-jiuzhu.yaml`]);
    expect(await vague('province')).toEqual([`${town}/directories/shehui-jiuzhu.yaml`]);
  });

  it('turns the rule off in the township when the province turns it off, alone and in the province', async () => {
    setProvince('rules:\n  timeframe-vague: off\n');
    expect(await vague(town)).toEqual([]);
    expect(await vague('province')).toEqual([]);
  });

  it('turns it back on below a county that overrides the province', async () => {
    setProvince('rules:\n  timeframe-vague: off\n');
    setCounty('  timeframe-vague: warn\n');
    expect(await vague(town)).toEqual([`${town}/directories/shehui-jiuzhu.yaml`]);
    expect(await vague('province')).toEqual([`${town}/directories/shehui-jiuzhu.yaml`]);
    setCounty('');
  });

  it("re-lints a cached township when only its province's config changed", async () => {
    setProvince('');
    const cache = ['--cache', '--cache-location', path('.lint-cache')];
    expect(await vague(town, cache)).toHaveLength(1);
    setProvince('rules:\n  timeframe-vague: off\n');
    expect(await vague(town, cache)).toEqual([]);
  });

  it('reports a mistake in a parent config at the line of the parent file', async () => {
    setProvince('rules:\n  timeframe-vague: sometimes\n');
    const run = await runCli(['lint', town], { cwd: scratch });
    expect(run.code).toBe(2);
    const line = provinceText.split('\n').length + 1;
    expect(run.stderr).toContain(`province/gkml.config.yaml:${line}:20`);
    setProvince('');
  });

  it("stops at a parent's bad default, which would come down to the township, at the parent's line", async () => {
    setProvince('defaults:\n  audience: 42\n');
    const run = await runCli(['lint', town], { cwd: scratch });
    expect(run.code).toBe(2);
    const line = provinceText.split('\n').length + 1;
    expect(run.stderr).toContain(`province/gkml.config.yaml:${line}:13`);
    setProvince('');
  });
});

describe('gkml config', () => {
  it('prints the effective settings with the file and line each came from', async () => {
    const site = 'site:\n  identifier: "1234567890"\n  host: 样例省人民政府办公厅\n';
    const defaults = 'defaults:\n  mode: [主动]\n  audience: 特定群体\ntemplates: templates\n';
    setProvince(`rules:\n  timeframe-vague: off\nchannels: [村务公开栏]\nlevels: [省级, 市级, 县级, 乡镇级]\n${site}${defaults}`);
    setCounty('  owner-generic: off\n', 'channels: [便民服务站]\nsite:\n  host: 安平县人民政府办公室\ndefaults:\n  audience: 全社会\n');
    expectGolden('config-township-stylish', renderRun(await runCli(['config', town], { cwd: scratch })));
    expectGolden('config-township-json-en', renderRun(await runCli(['config', '--lang', 'en', '-f', 'json', town], { cwd: scratch })));
    expectGolden('config-county-en', renderRun(await runCli(['config', '--lang', 'en', county], { cwd: scratch })));
    setCounty('');
  });

  it('refuses a folder that is not a workspace, with exit 2', async () => {
    const run = await runCli(['config', 'province/cities'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: 不是 gkml 工作区（没有 gkml.config.yaml）：province/cities\n');
  });
});

/** Every HTML file below `dir`. */
const pages = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));

/** A PNG's signature and a few bytes: what the build's logo check reads. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('a site setting of the province', () => {
  beforeAll(() => {
    mkdirSync(path('province/assets'), { recursive: true });
    writeFileSync(path('province/assets/logo.png'), PNG);
    // The logo's path is the province's: a region reads it from the folder of the config that set it.
    setProvince('site:\n  identifier: "1234567890"\n  logo: assets/logo.png\n');
  });

  it.each([
    ['the whole province', 'province', 9],
    ['a county with its townships, built alone', county, 3],
    ['a county of the other city, built alone', 'province/cities/xizhou/counties/changle', 1],
  ])('reaches every page of every region of %s', async (_, target, regions) => {
    const out = path(`site-${regions}`);
    const run = await runCli(['build', target, '--out', out, '--only', 'html'], { cwd: scratch });
    expect(run.code, run.stderr).toBe(0);
    const all = pages(out);
    // Each region has its home page (index.html), besides its domain pages.
    expect(all.filter((p) => p.endsWith('/index.html')).length).toBeGreaterThanOrEqual(regions);
    expect(all.filter((p) => !readFileSync(p, 'utf8').includes('1234567890'))).toEqual([]);
    expect(all.filter((p) => !readFileSync(p, 'utf8').includes('assets/logo.png'))).toEqual([]);
    expect(readFileSync(join(out, 'site/assets/logo.png'))).toEqual(PNG);
  });

  it('lints a region without a finding about the logo its province names', async () => {
    const run = await runCli(['lint', town], { cwd: scratch });
    expect(run.code, run.stdout).toBe(0);
  });
});
