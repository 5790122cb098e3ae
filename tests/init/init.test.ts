// `gkml init`: a draft workspace from the guidelines whose to-do list is the lint report.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import type { DirectoryData } from '../../src/model/types.js';
import { runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-init-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[p] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('gkml init', () => {
  const ws = join(scratch, 'county');

  it('writes config, units and 26 draft directories', async () => {
    const run = await runCli(['init', ws, '--region', '测试县', '--date', '2026-07-01']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/已创建工作区.*下一步/s);
    expect(readdirSync(join(ws, 'directories'))).toHaveLength(26);
    const config = parse(readFileSync(join(ws, 'gkml.config.yaml'), 'utf8'));
    expect(config).toMatchObject({ region: '测试县', level: 'county', date: '2026-07-01', units: 'units.yaml' });
    // What nearly every item says is a workspace default, with the level's own labels.
    expect(config.defaults).toEqual({ audience: '全社会', mode: ['主动'], level: ['县级', '乡级'] });
    const units = parse(readFileSync(join(ws, 'units.yaml'), 'utf8')).units as { name: string; roles: string[] }[];
    expect(units.find((u) => u.roles.includes('公安机关'))?.name).toBe('测试县公安局');
    expect(readFileSync(join(ws, 'directories/jiuye.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=.*schemas\/directory\.schema\.json\n/,
    );
  });

  it('resolves owners through units.yaml, each role of a compound owner, and leaves unclaimed roles as written', () => {
    const huji = parse(readFileSync(join(ws, 'directories/huji-guanli.yaml'), 'utf8')) as DirectoryData;
    expect(new Set(huji.items.map((i) => i.owner))).toEqual(new Set(['测试县公安局']));
    const jiuzhu = parse(readFileSync(join(ws, 'directories/shehui-jiuzhu.yaml'), 'utf8')) as DirectoryData;
    const units = new Set((parse(readFileSync(join(ws, 'units.yaml'), 'utf8')).units as { name: string }[]).map((u) => u.name));
    // 县级政府民政部门、乡镇政府(街道办事处) → 测试县民政局、各乡镇人民政府: every 社会救助 owner names registered units.
    for (const item of jiuzhu.items) for (const unit of item.owner!.split('、')) expect(units, `${item.id} ${unit}`).toContain(unit);
    expect(jiuzhu.items.some((i) => i.owner === '测试县民政局、各乡镇人民政府')).toBe(true);
    const shengtai = parse(readFileSync(join(ws, 'directories/shengtai-huanjing.yaml'), 'utf8')) as DirectoryData;
    expect(shengtai.items.some((i) => i.owner === '市级生态环境部门')).toBe(true);
  });

  it('fills the default time limit where the guideline gives none, nulls every other gap, and leaves the defaulted fields to the defaults', () => {
    const data = parse(readFileSync(join(ws, 'directories/yiwu-jiaoyu.yaml'), 'utf8')) as DirectoryData;
    for (const item of data.items) {
      expect(item.timeframe).toBeTruthy();
      for (const key of ['l2', 'content', 'basis', 'owner', 'channels'] as const) expect(key in item, `${item.id}.${key}`).toBe(true);
      for (const key of ['audience', 'mode', 'level'] as const) expect(key in item, `${item.id}.${key}`).toBe(false);
    }
  });

  it('drafts a guideline 一级事项 that stands alone without l2, and one whose 二级事项 are not known with l2: null', async () => {
    const text = readFileSync(join(ws, 'directories/zhengdi-buchang.yaml'), 'utf8');
    const alone = (parse(text) as DirectoryData).items.find((i) => i.id === 'zhengdi-buchang-03-00')!;
    expect([alone.l1, 'l2' in alone]).toEqual(['征地管理政策', false]);
    const jiuye = (parse(readFileSync(join(ws, 'directories/jiuye.yaml'), 'utf8')) as DirectoryData).items.filter((i) =>
      i.id.endsWith('-00'),
    );
    expect(jiuye.length).toBeGreaterThan(0);
    for (const item of jiuye) expect([item.id, item.l2]).toEqual([item.id, null]);
    // Nothing to fill in its 二级事项: lint lists the others' l2, not its.
    const result = await lint({
      targets: [join(ws, 'directories/zhengdi-buchang.yaml'), join(ws, 'directories/jiuye.yaml')],
      cwd: scratch,
    });
    const l2Gaps = result.findings.filter((f) => f.rule === 'unfilled' && f.pointer.endsWith('/l2')).map((f) => f.itemId);
    expect(l2Gaps).toEqual(jiuye.map((i) => i.id));
  });

  it('lints with exit 1, at most 420 errors, none of them an unfilled 公开对象, 公开方式 or 公开层级, in Chinese, naming item and field', async () => {
    const result = await lint({ targets: [ws], cwd: scratch });
    expect(result.errorCount).toBeGreaterThan(0);
    expect(result.errorCount).toBeLessThanOrEqual(420);
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(['unfilled', 'owner-generic', 'audience-group']));
    expect(result.findings.filter((f) => f.rule === 'unfilled' && /\/(audience|mode|level)$/.test(f.pointer))).toEqual([]);
    for (const f of result.findings) {
      expect(f.itemId, f.message).toBeTruthy();
      expect(f.message).toContain(f.itemId!);
      if (f.rule === 'unfilled') expect(f.message).toMatch(/「[^」]+」/);
    }
    const run = await runCli(['lint', ws]);
    expect(run.code).toBe(1);
  });

  it('leaves a guideline value that cannot stand (its 各地配套… placeholder) to the county, keeping its words', () => {
    const text = readFileSync(join(ws, 'directories/shehui-jiuzhu.yaml'), 'utf8');
    expect(text).toMatch(
      /content: null # 国家指引原文：《社会救助暂行办法》\(国务院令第649号\)、各地配套政策法规文件（请改写为明确的内容）/,
    );
  });

  it("drafts a guideline's own time limit that lint accepts for that item (及时公开, 市政服务's 20个工作日)", () => {
    expect(readFileSync(join(ws, 'directories/anquan-shengchan.yaml'), 'utf8')).toMatch(/timeframe: 按进展情况及时公开\n/);
    expect(readFileSync(join(ws, 'directories/shizheng-fuwu.yaml'), 'utf8')).toMatch(/timeframe: 20个工作日\n/);
  });

  it('refuses to run again without --force and changes nothing', async () => {
    const before = snapshot(ws);
    const run = await runCli(['init', ws, '--region', '别的县', '--date', '2026-08-01']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/文件已存在，未做任何改动.*--force/);
    expect(snapshot(ws)).toEqual(before);
  });

  it('overwrites with --force', async () => {
    const run = await runCli(['init', ws, '--region', '别的县', '--date', '2026-08-01', '--force', '--domains', 'jiuye']);
    expect(run.code).toBe(0);
    expect(parse(readFileSync(join(ws, 'gkml.config.yaml'), 'utf8')).region).toBe('别的县');
  });

  it('keeps an existing units.yaml and resolves owners through it', async () => {
    const dir = join(scratch, 'own-units');
    mkdirSync(dir);
    writeFileSync(join(dir, 'units.yaml'), 'units:\n  - name: 本县公安局户政科\n    roles: [公安机关]\n');
    const run = await runCli(['init', dir, '--region', '本县', '--date', '2026-07-01', '--domains', 'huji-guanli']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/沿用现有的 units\.yaml/);
    const huji = parse(readFileSync(join(dir, 'directories/huji-guanli.yaml'), 'utf8')) as DirectoryData;
    expect(new Set(huji.items.map((i) => i.owner))).toEqual(new Set(['本县公安局户政科']));
    expect(existsSync(join(dir, 'directories/jiuye.yaml'))).toBe(false);
  });

  it('rejects an unknown domain and a missing region', async () => {
    expect((await runCli(['init', join(scratch, 'x'), '--region', '县', '--domains', 'nope'])).code).toBe(2);
    expect((await runCli(['init', join(scratch, 'y')])).stderr).toMatch(/--region/);
  });
});
