// `gkml init --level township`: a township is drafted as a township — its government and offices at
// 乡级, never a 局 named after it; the roles of county bodies go to its county's units when the county
// is known (`--county`, or the county workspace it is drafted in), else stay for lint to ask about.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { DirectoryData } from '../../src/model/types.js';
import type { Unit } from '../../src/workspace/config.js';
import { runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-township-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const unitsOf = (ws: string) => parse(readFileSync(join(ws, 'units.yaml'), 'utf8')).units as Unit[];
const directory = (ws: string, id: string) => parse(readFileSync(join(ws, 'directories', `${id}.yaml`), 'utf8')) as DirectoryData;
/** The owners a drafted directory names (a null is a gap the guideline leaves, not an owner). */
const owners = (ws: string, id: string) => new Set(directory(ws, id).items.flatMap((i) => (i.owner ? [i.owner] : [])));

interface JsonFinding {
  rule: string;
  itemId?: string;
  message: string;
  suggestion?: string;
}

async function lintFindings(ws: string): Promise<JsonFinding[]> {
  const run = await runCli(['lint', ws, '-f', 'json']);
  expect(run.stderr).toBe('');
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
}

/** Sets one item's owner in a drafted directory file. */
function setOwner(ws: string, id: string, itemId: string, owner: string): void {
  const file = join(ws, 'directories', `${id}.yaml`);
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(`id: ${itemId}\n`);
  const ownerAt = text.indexOf('owner: ', at);
  const lineEnd = text.indexOf('\n', ownerAt);
  writeFileSync(file, text.slice(0, ownerAt) + `owner: ${owner}` + text.slice(lineEnd));
}

describe('gkml init --level township, the county unknown', () => {
  const ws = join(scratch, 'qingxi');

  it('drafts the township government and its offices at 乡级, and no bureau named after the township', async () => {
    const run = await runCli(['init', ws, '--level', 'township', '--region', '清溪镇', '--date', '2026-07-01']);
    expect(run.code, run.stderr).toBe(0);
    const units = unitsOf(ws);
    expect(units.map((u) => u.name)).toContain('清溪镇人民政府');
    for (const unit of units) {
      expect(unit.name, unit.name).not.toMatch(/局/);
      expect(unit.level, unit.name).toBe('乡级');
      expect(unit.name.startsWith('清溪镇'), unit.name).toBe(true);
    }
    expect(units.find((u) => u.roles.includes('乡镇政府(街道办事处)'))?.name).toBe('清溪镇人民政府');
    const config = parse(readFileSync(join(ws, 'gkml.config.yaml'), 'utf8'));
    expect(config).toMatchObject({ region: '清溪镇', level: 'township', publisher: '清溪镇人民政府' });
    expect(config.defaults.level).toEqual(['乡级', '村级']);
  });

  it("names the township's own part of a shared owner: 社会救助 and 扶贫 belong to 清溪镇人民政府", () => {
    const own = new Set(unitsOf(ws).map((u) => u.name));
    const jiuzhu = directory(ws, 'shehui-jiuzhu');
    expect(jiuzhu.items.length).toBeGreaterThan(0);
    for (const item of jiuzhu.items) for (const part of item.owner!.split('、')) expect(own, `${item.id} ${part}`).toContain(part);
    expect(owners(ws, 'shehui-jiuzhu')).toEqual(new Set(['清溪镇人民政府']));
    expect(owners(ws, 'fupin')).toEqual(new Set(['清溪镇人民政府']));
    // Roles a township body takes: its own budget, and enforcement after the township reform.
    expect(owners(ws, 'caizheng-yujuesuan')).toEqual(new Set(['清溪镇财政所']));
    expect(owners(ws, 'chengshi-zonghe-zhifa')).toEqual(new Set(['清溪镇综合行政执法队']));
  });

  it('leaves the roles of county bodies as written, and lint asks for the unit without suggesting an invented one', async () => {
    expect(owners(ws, 'huji-guanli')).toEqual(new Set(['公安机关']));
    expect(owners(ws, 'shuishou-guanli')).toEqual(new Set(['税务主管部门']));
    const findings = await lintFindings(ws);
    const generic = findings.filter((f) => f.rule === 'owner-generic');
    expect(generic.some((f) => f.itemId?.startsWith('huji-guanli') && f.message.includes('公安机关'))).toBe(true);
    for (const f of generic) expect(f.suggestion, f.message).toBeUndefined();
    expect(findings.filter((f) => f.rule === 'owner-unknown')).toEqual([]);
  });

  it('accepts 清溪镇人民政府 typed as an owner, and suggests only units of units.yaml for a misspelt one', async () => {
    const huji = directory(ws, 'huji-guanli').items;
    setOwner(ws, 'huji-guanli', huji[0]!.id, '清溪镇人民政府');
    setOwner(ws, 'huji-guanli', huji[1]!.id, '清溪镇人民正府');
    setOwner(ws, 'huji-guanli', huji[2]!.id, '清溪镇民政办');
    const findings = (await lintFindings(ws)).filter((f) => f.itemId?.startsWith('huji-guanli') && f.rule.startsWith('owner-'));
    expect(findings.filter((f) => f.itemId === huji[0]!.id)).toEqual([]);
    const unknown = findings.filter((f) => f.rule === 'owner-unknown');
    expect(unknown.find((f) => f.itemId === huji[1]!.id)?.suggestion).toBe('清溪镇人民政府');
    expect(unknown.map((f) => f.itemId)).toContain(huji[2]!.id);
    const names = new Set(unitsOf(ws).map((u) => u.name));
    for (const f of unknown) if (f.suggestion) expect(names, f.message).toContain(f.suggestion);
    for (const f of unknown) expect(f.message).not.toMatch(/清溪镇[^”"]*局/);
  });
});

describe('gkml init --level township, the county known', () => {
  it('takes the county from the county workspace it is drafted in: its units.yaml, at 县级', async () => {
    const county = join(scratch, 'anping');
    expect((await runCli(['init', county, '--region', '安平县', '--date', '2026-07-01', '--domains', 'jiuye'])).code).toBe(0);
    // The county's own name for its police bureau is the one its township uses.
    const registry = readFileSync(join(county, 'units.yaml'), 'utf8');
    writeFileSync(join(county, 'units.yaml'), registry.replace('name: 安平县公安局', 'name: 安平县公安局户政大队'));
    const run = await runCli(['init', 'towns/qingxi', '--level', 'township', '--region', '清溪镇', '--date', '2026-07-01'], {
      cwd: county,
    });
    expect(run.code, run.stderr).toBe(0);
    const ws = join(county, 'towns/qingxi');
    expect(owners(ws, 'huji-guanli')).toEqual(new Set(['安平县公安局户政大队']));
    expect(owners(ws, 'shuishou-guanli')).toEqual(new Set(['国家税务总局安平县税务局']));
    expect(owners(ws, 'shehui-jiuzhu')).toEqual(new Set(['清溪镇人民政府']));
    const units = unitsOf(ws);
    for (const unit of units.filter((u) => u.level === '县级')) expect(unit.name, unit.name).toMatch(/安平县/);
    for (const unit of units.filter((u) => u.name.includes('清溪镇'))) {
      expect(unit.level, unit.name).toBe('乡级');
      expect(unit.name, unit.name).not.toMatch(/局/);
    }
    // The county's 各乡镇人民政府 and the roles the township's own bodies take are not the county's here.
    expect(units.some((u) => u.name === '各乡镇人民政府')).toBe(false);
    expect(units.filter((u) => u.roles.includes('城市管理行政执法部门')).map((u) => u.name)).toEqual(['清溪镇综合行政执法队']);
    const findings = await lintFindings(ws);
    expect(findings.filter((f) => f.rule === 'owner-unknown')).toEqual([]);
    expect(findings.some((f) => f.rule === 'owner-generic' && f.itemId?.startsWith('huji-guanli'))).toBe(false);
  });

  it('takes the county from --county outside a county workspace, and refuses --county for a county', async () => {
    const ws = join(scratch, 'named');
    const run = await runCli([
      'init',
      ws,
      '--level',
      'township',
      '--region',
      '清溪镇',
      '--county',
      '安平县',
      '--domains',
      'huji-guanli',
      'shehui-jiuzhu',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(owners(ws, 'huji-guanli')).toEqual(new Set(['安平县公安局']));
    expect(owners(ws, 'shehui-jiuzhu')).toEqual(new Set(['清溪镇人民政府']));
    const refused = await runCli(['init', join(scratch, 'county'), '--region', '安平县', '--county', '别的县']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--county 只用于乡镇工作区/);
  });
});
