// `gkml coverage` of workspaces: golden reports in every format, matching by names (a workspace's
// id decides only among alike names), and the CI gate. Tables: tables.test.ts.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/coverage/coverage.js';
import { fixture, runCli } from '../helpers/cli.js';
import { expectGolden, renderRun } from '../helpers/golden.js';

const clean = fixture('clean');

describe('gkml coverage', () => {
  it.each(['stylish', 'json', 'markdown'])('golden %s report', async (format) => {
    expectGolden(`coverage-${format}`, renderRun(await runCli(['coverage', '-f', format], { cwd: clean })));
  });

  it('says what the guidelines holds against what the guideline lists, so 100 % never reads as complete', async () => {
    const demo = fixture('../../examples/demo-county');
    const report = await coverage({ workspace: demo });
    const jiuye = report.domains.find((d) => d.id === 'jiuye')!;
    expect(jiuye.percent).toBe(100);
    expect(jiuye.yardstick).toMatchObject({ complete: false, holds: { l1: 9, l2: 4 }, guideline: { l1: 9, l2: 25 } });
    expect(jiuye.yardstick.guideline!.source).toMatch(/^https?:\/\//);
    expect(report.domains.find((d) => d.id === 'shehui-baoxian')!.yardstick.guideline).toBeUndefined();
    expect(report.totals.yardstick).toMatchObject({ complete: false, incompleteDomains: 26, known: { domains: 3, guidelineL2: 83 } });
    const out = (await runCli(['coverage'], { cwd: demo })).stdout;
    expect(out).toMatch(/就业 +12 +12 +0 +\d+ +100\.0% +不完整：指引 25 个二级事项，基线 4 个/);
    expect(out).toContain('100% 不等于覆盖了指引的全部事项');
    const en = (await runCli(['coverage', '--lang', 'en'], { cwd: demo })).stdout;
    expect(en).toContain('so 100% does not mean every item of the guidelines is covered');
  });

  it('matches by id first, then by name under another id, and lists additions', async () => {
    const report = await coverage({ workspace: clean });
    const jiuzhu = report.domains.find((d) => d.id === 'shehui-jiuzhu')!;
    expect(jiuzhu.present).toBe(true);
    expect(jiuzhu.covered.map((c) => [c.guidelineId, c.countyId, c.by])).toEqual([['shehui-jiuzhu-02-02', 'shehui-jiuzhu-02-02', 'id']]);
    expect(jiuzhu.added.map((a) => a.id)).toEqual(['shehui-jiuzhu-x01']);
    expect(report.domains.filter((d) => !d.present)).toHaveLength(25);
    expect(report.totals.covered).toBe(1);
  });

  it('recognises a renamed item by its id and an item under a new id by its name', async () => {
    const report = await coverage({ workspace: fixture('versions/v2') });
    const jiuye = report.domains.find((d) => d.id === 'jiuye')!;
    // jiuye-01-01 and -01-02 keep the guidelines ids and names.
    expect(jiuye.covered.filter((c) => c.by === 'id' && !c.renamed).map((c) => c.guidelineId)).toEqual(['jiuye-01-01', 'jiuye-01-02']);
    // The guideline's 就业援助 (no known 二级事项) is covered by the county's 公益性岗位 item under it.
    expect(jiuye.covered.find((c) => c.l1 === '就业援助')?.countyId).toBe('jiuye-06-01');
  });

  it('keeps a workspace id only where the names are alike: reworded is renamed, unrelated is missing and added', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'gkml-coverage-ids-'));
    try {
      mkdirSync(join(ws, 'directories'));
      copyFileSync(join(clean, 'gkml.config.yaml'), join(ws, 'gkml.config.yaml'));
      const items = [
        ['jiuye-01-01', '就业信息服务', '就业创业政策法规咨询'],
        ['jiuye-01-02', '就业援助', '公益性岗位'],
        ['jiuye-01-03', '就业信息服务', '求职信息登记'],
      ];
      writeFileSync(
        join(ws, 'directories/jiuye.yaml'),
        `domain: jiuye\nitems:\n${items.map(([id, l1, l2]) => `  - {id: ${id}, l1: ${l1}, l2: ${l2}}\n`).join('')}`,
      );
      const jiuye = (await coverage({ workspace: ws })).domains.find((d) => d.id === 'jiuye')!;
      expect(jiuye.covered.map((c) => [c.guidelineId, c.countyId, c.by, c.renamed?.l2])).toEqual([
        ['jiuye-01-01', 'jiuye-01-01', 'id', '就业创业政策法规咨询'],
        ['jiuye-01-03', 'jiuye-01-03', 'id', undefined],
        // 公益性岗位 sits under 就业援助, whose 二级事项 the guidelines does not list; its id does not make it 岗位信息发布.
        ['jiuye-06-00', 'jiuye-01-02', 'name', undefined],
      ]);
      expect(jiuye.missing.map((m) => m.guidelineId)).toContain('jiuye-01-02');
      expect(jiuye.added).toEqual([]);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('--min-coverage fails below the threshold and passes above it', async () => {
    const low = await runCli(['coverage', '--min-coverage', '50'], { cwd: clean });
    expect(low.code).toBe(1);
    expect(low.stderr).toMatch(/低于 --min-coverage 50%/);
    expect((await runCli(['coverage', '--min-coverage', '0.1'], { cwd: clean })).code).toBe(0);
    expect((await runCli(['coverage', '--min-coverage', 'lots'], { cwd: clean })).code).toBe(2);
  });
});
