// Inline suppressions beyond the fixture (tests/fixtures/rules/directories/suppression.yaml):
// comments inside block scalars are data, a workspace finding can be suppressed in
// gkml.config.yaml, and a suppression of a rule that is off is not reported as unused.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { parseDirectives } from '../../src/lint/suppressions.js';
import { parseSource } from '../../src/workspace/source.js';
import { fixture } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-suppress-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ITEM = `  - id: jiuye-01-01
    l1: 就业信息服务
    l2: 就业政策法规咨询
    content: [政策项目]
    basis: [《中华人民共和国就业促进法》]
    timeframe: 信息形成或者变更之日起20个工作日内
    owner: 示例县人力资源和社会保障局
    channels: [政府服务中心]
    audience: 全社会
    mode: [主动]
    level: [县级]
`;

function county(name: string, files: Record<string, string>, config = ''): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, 'directories'), { recursive: true });
  cpSync(fixture('rules/units.yaml'), join(dir, 'units.yaml'));
  writeFileSync(
    join(dir, 'gkml.config.yaml'),
    `region: 示例县\nlevel: county\npublisher: 示例县人民政府办公室\nversion: "1"\ndate: 2026-06-30\nunits: units.yaml\n${config}`,
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'directories', file), text);
  return dir;
}

describe('suppression directives', () => {
  it('reads names, reason and the line they apply to', () => {
    const text =
      'a: 1\n# gkml-disable-next-line channel-vocabulary, level-label -- 县政府确认\n\n# 说明\nb: 2\n# gkml-disable-file ditto\n';
    const d = parseDirectives(parseSource('/x.yaml', 'x.yaml', text));
    expect(d.map(({ kind, rules, reason, line, target }) => ({ kind, rules, reason, line, target }))).toEqual([
      { kind: 'next-line', rules: ['channel-vocabulary', 'level-label'], reason: '县政府确认', line: 2, target: 5 },
      { kind: 'file', rules: ['ditto'], reason: '', line: 6, target: undefined },
    ]);
  });

  it('ignores a directive-like line inside a block scalar', () => {
    const text = 'note: |\n  # gkml-disable-file channel-vocabulary\nitems: []\n';
    expect(parseDirectives(parseSource('/x.yaml', 'x.yaml', text))).toEqual([]);
  });
});

describe('suppressions in a workspace', () => {
  it('suppresses a finding on the next line, and only there', async () => {
    const suppressed = ITEM.replace(
      '    channels:',
      '    # gkml-disable-next-line channel-vocabulary -- 沿用县政府文件的名称\n    channels:',
    );
    const other = ITEM.replace('jiuye-01-01', 'jiuye-01-02').replace('就业政策法规咨询', '岗位信息发布');
    const dir = county(
      'next-line',
      { 'jiuye.yaml': `domain: jiuye\nname: 就业\nitems:\n${suppressed}${other}` },
      'rules:\n  domain-coverage: off\n',
    );
    const result = await lint({ targets: [dir], cwd: dir });
    expect(result.findings.map((f) => [f.rule, f.itemId, f.line])).toEqual([['channel-vocabulary', 'jiuye-01-02', 23]]);
  });

  it('suppresses a workspace finding in gkml.config.yaml', async () => {
    const file = `domain: jiuye\nname: 就业\nitems:\n${ITEM.replace('政府服务中心', '政务服务中心')}`;
    const open = county('coverage-open', { 'jiuye.yaml': file });
    expect((await lint({ targets: [open], cwd: open })).findings.map((f) => f.rule)).toEqual(['domain-coverage']);
    const closed = county('coverage-closed', { 'jiuye.yaml': file }, '# gkml-disable-file domain-coverage -- 试点只编制就业领域\n');
    expect((await lint({ targets: [closed], cwd: closed })).findings).toEqual([]);
  });

  it('does not report a suppression of a rule that is off as unused', async () => {
    const text = `domain: jiuye\nname: 就业\nitems:\n${ITEM.replace('    channels:', '    # gkml-disable-next-line channel-vocabulary -- 沿用县政府文件的名称\n    channels:')}`;
    const dir = county('rule-off', { 'jiuye.yaml': text }, 'rules:\n  channel-vocabulary: off\n  domain-coverage: off\n');
    expect((await lint({ targets: [dir], cwd: dir })).findings).toEqual([]);
    const on = county('rule-on', { 'jiuye.yaml': text.replace('政府服务中心', '政务服务中心') }, 'rules:\n  domain-coverage: off\n');
    const findings = (await lint({ targets: [on], cwd: on, lang: 'en' })).findings;
    expect(findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['suppression', 11, 'the suppression suppresses nothing: line 12 has no channel-vocabulary findings; delete it'],
    ]);
    expect(readFileSync(join(on, 'directories/jiuye.yaml'), 'utf8').split('\n')[10]).toMatch(/^ {4}# gkml-disable-next-line/);
  });
});
