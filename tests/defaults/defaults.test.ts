// Defaults, as a cascade: an item's own value, else its file's `defaults`, else the config's. Lint
// counts a defaulted field as given and checks a bad default once, where it is written; every
// output, diff and coverage see the resolved values.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { coverage } from '../../src/coverage/coverage.js';
import { diff } from '../../src/diff/versions.js';
import { lint } from '../../src/lint/lint.js';
import { compile } from '../../src/model/cascade.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO, fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-defaults-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the defaults fixture, its config and directory file edited by `edit`. */
function workspace(name: string, edit: { config?: (t: string) => string; file?: (t: string) => string } = {}): string {
  const ws = join(scratch, name);
  cpSync(fixture('defaults'), ws, { recursive: true });
  const config = join(ws, 'gkml.config.yaml');
  const file = join(ws, 'directories/shehui-jiuzhu.yaml');
  if (edit.config) writeFileSync(config, edit.config(readFileSync(config, 'utf8')));
  if (edit.file) writeFileSync(file, edit.file(readFileSync(file, 'utf8')));
  return ws;
}

describe('lint with defaults', () => {
  it('takes a field a default gives as given', async () => {
    const result = await lint({ targets: [fixture('defaults')], cwd: REPO });
    expect(result.findings).toEqual([]);
  });

  it('still asks for a field no default gives', async () => {
    const ws = workspace('no-defaults', { config: (t) => t.replace(/\ndefaults:[\s\S]*$/, '\n') });
    const result = await lint({ targets: [ws], cwd: scratch });
    expect(result.findings.map((f) => `${f.rule} ${f.pointer}`)).toEqual([
      'schema /items/0/audience',
      'schema /items/0/mode',
      'schema /items/0/timeframe',
      'schema /items/1/timeframe',
    ]);
  });

  it('reports a bad default of the config once, at its own line, whatever the number of items', async () => {
    const ws = workspace('bad-config', { config: (t) => t.replace('mode: [主动]', 'mode: [主动公开]') });
    const result = await lint({ targets: [ws], cwd: scratch });
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.pointer}`)).toEqual([
      'bad-config/gkml.config.yaml:11 schema /defaults/mode/0',
    ]);
    expect(result.findings[0]!.message).toContain('主动公开');
    expect(result.findings[0]!.suggestion).toBe('主动');
  });

  it('reports a bad default of a file once, at its own line', async () => {
    const ws = workspace('bad-file', { file: (t) => t.replace('  level: [县级]\n', '  level: 7\n') });
    const result = await lint({ targets: [ws], cwd: scratch });
    expect(result.findings.map((f) => `${f.line} ${f.rule} ${f.pointer}`)).toEqual(['6 schema /defaults/level']);
  });
});

describe('what the outputs see', () => {
  const ws = fixture('defaults');

  it('resolves each field from the item, then its file, then the config', async () => {
    const [first, second] = compile(await loadWorkspace(ws)).domains[0]!.items;
    // Item 1 gives none of these: owner and channels from the file, level from the file over the config, the rest from the config.
    expect([
      first!.owner,
      first!.channels.map((c) => c.name),
      first!.level,
      first!.audience.society,
      first!.mode,
      first!.timeframe,
    ]).toEqual([
      '默认县民政局',
      ['政府网站', '政务服务中心'],
      ['县级'],
      true,
      { active: true, onRequest: false },
      '信息形成或者变更之日起20个工作日内',
    ]);
    // Item 2's own values win.
    expect([second!.owner, second!.audience.group, second!.mode.onRequest, second!.level]).toEqual([
      '各乡镇人民政府',
      '申请人所在村居民',
      true,
      ['县级', '乡级'],
    ]);
  });

  it('writes the resolved items into directory.json, the workbook and the site', async () => {
    const out = join(scratch, 'out');
    const run = await runCli(['build', ws, '--out', out, '--only', 'json,xlsx,html'], { cwd: REPO });
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'directory.json'), 'utf8'));
    expect(json.domains[0].defaults).toBeUndefined();
    expect(json.domains[0].items[0]).toMatchObject({ owner: '默认县民政局', audience: '全社会', mode: ['主动'], level: ['县级'] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'directory.xlsx'));
    expect(book.getWorksheet('社会救助')!.getCell('G4').value).toBe('默认县民政局');
    expect(readFileSync(join(out, 'site/shehui-jiuzhu.html'), 'utf8')).toContain('默认县民政局');
  });

  it('lets diff see a changed default as a change of every item it reaches', async () => {
    const changed = workspace('changed-default', {
      config: (t) => t.replace('timeframe: 信息形成或者变更之日起20个工作日内', 'timeframe: 信息形成之日起10个工作日内'),
    });
    const report = await diff({ old: ws, new: changed, cwd: REPO });
    expect(report.changed.map((c) => [c.id, c.fields.map((f) => `${f.field}: ${String(f.after)}`)])).toEqual([
      ['shehui-jiuzhu-01-01', ['timeframe: 信息形成之日起10个工作日内']],
      ['shehui-jiuzhu-01-02', ['timeframe: 信息形成之日起10个工作日内']],
    ]);
  });

  it('lets coverage read the workspace as published', async () => {
    const report = await coverage({ workspace: ws, cwd: REPO });
    expect(
      report.domains.find((d) => d.id === 'shehui-jiuzhu')!.covered.length +
        report.domains.find((d) => d.id === 'shehui-jiuzhu')!.added.length,
    ).toBe(2);
  });
});
