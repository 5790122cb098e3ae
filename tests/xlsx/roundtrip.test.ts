// build → import gives back the same model: every item's fields, ids and order, per domain. The
// workbook carries the items (the official table); file metadata (sources, guideline, note) is
// not part of the table. In the 13-option block channels come back in the template's order.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { compile } from '../../src/model/cascade.js';
import type { Compendium } from '../../src/model/compendium.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO, fixture, runCli } from '../helpers/cli.js';
import { scratchDir, writeWorkbook } from './support.js';

const scratch = scratchDir('xlsx-roundtrip');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function model(c: Compendium) {
  return c.domains.map((d) => ({
    id: d.id,
    name: d.name,
    // As the tables show it: `data` keeps the YAML's own forms (citation objects), which a table does not.
    items: d.items.map(({ data: _data, ...i }) => ({ ...i, channels: i.channels.map((c) => JSON.stringify(c)).sort() })),
  }));
}

/** Imports a workbook into a fresh workspace (the original's config) and compiles it. */
async function importBack(xlsx: string, workspace: string, name: string): Promise<{ compendium: Compendium; stdout: string }> {
  const root = join(scratch, name);
  mkdirSync(root);
  for (const file of ['gkml.config.yaml', 'units.yaml'])
    if (existsSync(join(workspace, file))) copyFileSync(join(workspace, file), join(root, file));
  const run = await runCli(['import', xlsx, '-o', join(root, 'directories')]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return { compendium: compile(await loadWorkspace(root)), stdout: run.stdout };
}

describe('round trip build → import', () => {
  it('is lossless for examples/demo-county', async () => {
    const demo = join(REPO, 'examples/demo-county');
    const built = await runCli(['build', demo, '--out', join(scratch, 'demo-dist'), '--only', 'xlsx']);
    expect(built.code, built.stderr).toBe(0);
    const original = compile(await loadWorkspace(demo));
    const { compendium } = await importBack(join(scratch, 'demo-dist', 'directory.xlsx'), demo, 'demo-back');
    expect(original.itemCount).toBeGreaterThan(0);
    expect(model(compendium)).toEqual(model(original));
    // The imported files are a valid workspace again: lint finds nothing.
    const linted = await lint({ targets: [join(scratch, 'demo-back')], cwd: REPO });
    expect(linted.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)).toEqual([]);
  });

  it('is lossless for the clean fixture', async () => {
    const built = await runCli(['build', fixture('clean'), '--out', join(scratch, 'clean-dist'), '--only', 'xlsx']);
    expect(built.code, built.stderr).toBe(0);
    const { compendium } = await importBack(join(scratch, 'clean-dist', 'directory.xlsx'), fixture('clean'), 'clean-back');
    expect(model(compendium)).toEqual(model(compile(await loadWorkspace(fixture('clean')))));
  });

  for (const layout of ['block', 'checked'] as const) {
    it(`keeps 三级事项, notes, 其他 text, unknown channels and formula-like text (${layout} channels)`, async () => {
      const out = join(scratch, `rich-${layout}`);
      mkdirSync(out);
      const { path, compendium: original } = await writeWorkbook(fixture('xlsx/roundtrip'), out, { xlsx: { channels: layout } });
      const { compendium, stdout } = await importBack(path, fixture('xlsx/roundtrip'), `rich-${layout}-back`);
      expect(model(compendium)).toEqual(model(original));
      const back = compendium.domains.find((d) => d.id === 'shehui-jiuzhu')!.items;
      expect(back.map((i) => i.id)).toEqual(['shehui-jiuzhu-01-01', 'shehui-jiuzhu-01-02', 'shehui-jiuzhu-x01']);
      expect(back[1]).toMatchObject({ l3: '农村低保', owner: '=A1&"点击"', timeframe: '=1+1', level: ['乡级', '村级'] });
      expect(back[1]!.notes).toEqual({ 咨询电话: '+86 0000 7654321', 备注: '@民政股' });
      expect(stdout).toContain('“咨询电话”不是标准目录的栏目');
    });
  }
});
