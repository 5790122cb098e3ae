// The workspace-wide rules: duplicate-item across files, domain-coverage of a county workspace
// (reported in gkml.config.yaml, and only when the whole workspace was linted).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-workspace-rules-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function item(id: string, l1: string, l2: string): string {
  return `  - id: ${id}\n    l1: ${l1}\n    l2: ${l2}\n    content: [公开内容]\n    basis: [《中华人民共和国就业促进法》]\n    timeframe: 信息形成或者变更之日起20个工作日内\n    owner: 示例县人力资源和社会保障局\n    channels: [政府网站]\n    audience: 全社会\n    mode: [主动]\n    level: [县级]\n`;
}

function workspace(name: string, level: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'directories'), { recursive: true });
  writeFileSync(
    join(dir, 'gkml.config.yaml'),
    `region: 示例县\nlevel: ${level}\npublisher: 示例县人民政府办公室\nversion: "1"\ndate: 2026-06-30\ndirectories: directories/*.yaml\n`,
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'directories', file), text);
  return dir;
}

const jiuye = `domain: jiuye\nname: 就业\nitems:\n${item('jiuye-01-01', '就业信息服务', '就业政策法规咨询')}`;
const shebao = `domain: shehui-baoxian\nname: 社会保险\nitems:\n${item('jiuye-01-01', '社会保险登记', '参保登记')}${item('shehui-baoxian-01-02', '社会保险登记', '参保登记')}`;

describe('duplicate-item across files', () => {
  it('reports an id used in another file, pointing at the first use', async () => {
    const dir = workspace('dup', 'county', { 'jiuye.yaml': jiuye, 'shehui-baoxian.yaml': shebao });
    const result = await lint({ targets: [dir], cwd: dir, rules: { 'domain-coverage': 'off' } });
    expect(result.findings.map((f) => [f.file, f.line, f.message])).toEqual([
      ['directories/shehui-baoxian.yaml', 4, '事项“jiuye-01-01”：事项编号重复：与 directories/jiuye.yaml:4 的事项相同'],
      [
        'directories/shehui-baoxian.yaml',
        15,
        '事项“shehui-baoxian-01-02”：与事项“jiuye-01-01”（directories/shehui-baoxian.yaml:4）的一级、二级事项相同：社会保险登记 / 参保登记',
      ],
    ]);
  });
});

describe('domain-coverage', () => {
  it('names the missing domains in gkml.config.yaml when the whole county workspace is linted', async () => {
    const dir = workspace('cover', 'county', { 'jiuye.yaml': jiuye });
    const result = await lint({ targets: [dir], cwd: dir });
    expect(result.files).toEqual(['directories/jiuye.yaml', 'gkml.config.yaml']);
    expect(result.findings).toHaveLength(1);
    const f = result.findings[0]!;
    expect([f.file, f.line, f.rule, f.severity]).toEqual(['gkml.config.yaml', 6, 'domain-coverage', 'warn']);
    expect(f.message).toMatch(/^县级工作区缺少 25 个试点领域的目录：国土空间规划、征地补偿、.*、卫生健康$/);
    expect(f.message).not.toContain('就业、');
  });

  it('stays silent for a part of the workspace and for a township', async () => {
    const dir = workspace('part', 'county', {
      'jiuye.yaml': jiuye,
      'shehui-baoxian.yaml': shebao.replaceAll('jiuye-01-01', 'shehui-baoxian-01-01').replace('参保登记\n', '变更登记\n'),
    });
    expect((await lint({ targets: [join(dir, 'directories/jiuye.yaml')], cwd: dir })).findings).toEqual([]);
    const township = workspace('township', 'township', { 'jiuye.yaml': jiuye.replaceAll('县级', '乡级') });
    expect((await lint({ targets: [township], cwd: township })).findings).toEqual([]);
  });
});
