// The mistakes clerks type (tests/fixtures/mistakes): each named in Chinese with what to type
// instead, fixed by --fix where that is safe, one finding per cause; and no YAML parser English
// in any Chinese message, for these files, the defect fixture and a file for every parser error.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { fixture, runCli } from '../helpers/cli.js';
import { compareToExpectations, readExpectations } from '../helpers/expectations.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-mistakes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Three Latin-script words in a row: a sentence of English, not a field key or a command. */
const LATIN_SENTENCE = /\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b/;

/** Files that make yaml report each of its parse errors (and the full-width characters it misreads). */
const BROKEN_YAML: Record<string, string> = {
  'missing-comma.yaml': 'domain: jiuye\nname: 就业\nitems: [{id: a l1: b}]\n',
  'space-after-colon.yaml': 'domain: jiuye\nname: 就业\nitems: [{id:a}]\n',
  'scalar-start.yaml': 'domain: jiuye\nname: `就业`\nitems: []\n',
  'anchor.yaml': 'domain: jiuye\nname: &就业\nitems: *没有\n',
  'tag.yaml': 'domain: jiuye\nname: !就业 就业\nitems: []\n',
  'unaligned.yaml': 'domain: jiuye\nname: 就业\nitems:\n  - id: a\n    l1: b\n   l2: c\n',
  'unaligned-seq.yaml': 'domain: jiuye\nname: 就业\nitems:\n  - id: a\n - id: b\n',
  'implicit-key.yaml': 'domain: jiuye\nname: 就业\nitems:\n  - id: a\n    l1 b\n    l2: c\n',
  'unclosed-bracket.yaml': 'domain: jiuye\nname: 就业\nitems: [\n',
  'unclosed-quote.yaml': 'domain: jiuye\nname: "就业\nitems: []\n',
  'extra-comma.yaml': 'domain: jiuye\nname: 就业\nitems: [,]\n',
  'directive.yaml': '%YAML 1.2\ndomain: jiuye\n',
  'two-docs.yaml': 'domain: jiuye\n---\nname: 就业\n',
  'block-in-flow.yaml': 'domain: jiuye\nitems: [\n  - a\n]\n',
  'nested-compact.yaml': 'domain: jiuye\nitems:\n  - id: a: b\n',
  'long-key.yaml': `domain: jiuye\n${'键'.repeat(1100)}: 1\n`,
  'tab.yaml': 'domain: jiuye\nitems:\n\t- id: a\n',
  'full-width-colon.yaml': 'domain：jiuye\nname: 就业\nitems: []\n',
  'full-width-indent.yaml': 'domain: jiuye\nname: 就业\nitems:\n  - id: a\n\u3000\u3000l1: b\n',
};

async function messagesOf(dir: string, targets: string[]): Promise<{ file: string; message: string }[]> {
  const result = await lint({ targets, cwd: dir });
  return result.findings.map((f) => ({ file: f.file, message: f.message }));
}

describe('the mistakes clerks type', () => {
  const ws = fixture('mistakes');

  it('names each with what to type instead, one finding per cause', async () => {
    const findings = (await lint({ targets: [ws], cwd: ws })).findings.map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(findings).toEqual([
      'directories/huji-guanli.yaml:11 yaml-syntax',
      'directories/jiuye.yaml:11 yaml-syntax',
      'directories/shehui-jiuzhu.yaml:15 list-form',
      'directories/shehui-jiuzhu.yaml:16 list-form',
      'directories/shehui-jiuzhu.yaml:25 list-form',
      'directories/shehui-jiuzhu.yaml:27 list-form',
      // 同上 and XX are not also an unknown owner; the broken item does not hide the others' rules.
      'directories/shehui-jiuzhu.yaml:36 ditto',
      'directories/shehui-jiuzhu.yaml:48 placeholder',
      'directories/shehui-jiuzhu.yaml:49 channel-vocabulary',
      // 公开时限: for timeframe is one finding (the unknown key), not also a missing field.
      'directories/shehui-jiuzhu.yaml:59 schema',
    ]);
  });

  it('--fix writes the lists, the colon and the indentation as YAML wants them, and keeps every comment', async () => {
    const dir = join(scratch, 'fix');
    cpSync(ws, dir, { recursive: true });
    const before = (name: string) => readFileSync(join(ws, 'directories', name), 'utf8');
    const after = (name: string) => readFileSync(join(dir, 'directories', name), 'utf8');
    const run = await runCli(['lint', '--fix'], { cwd: dir });
    expect(run.stderr).toBe('gkml：已修复 3 个文件\n');
    const lists = after('shehui-jiuzhu.yaml');
    for (const line of [
      '    mode: [主动]',
      '    level: [县级, 乡级]',
      '    channels: [政府网站, 政务服务中心]',
      '    mode: [主动, 依申请]',
      '    channels: [政务服务中心]',
    ]) {
      expect(lists.split('\n')).toContain(line);
    }
    expect(after('jiuye.yaml').split('\n')).toContain('    owner: 错字县人力资源和社会保障局');
    expect(after('huji-guanli.yaml').split('\n')).toContain('    owner: 错字县公安局');
    for (const name of ['shehui-jiuzhu.yaml', 'jiuye.yaml', 'huji-guanli.yaml']) {
      for (const comment of before(name).match(/#[^\n]*/g)!) expect(after(name)).toContain(comment);
    }
    // What is left needs a person: the 同上, the XX and the Chinese key.
    const left = (await lint({ targets: [dir], cwd: dir })).findings.map((f) => f.rule);
    expect(left).toEqual(['ditto', 'placeholder', 'schema']);
  });
});

describe('a field written under its title (tests/fixtures/chinese-keys)', () => {
  const file = fixture('chinese-keys/jiuye.yaml');

  it('is named by its key and title: 时限, 公开时限 and 主体 each once, the field not also missing', async () => {
    const result = await lint({ targets: [file] });
    expect(compareToExpectations(result.findings, readExpectations(file))).toEqual([]);
    expect(result.findings.map((f) => [f.pointer, f.suggestion])).toEqual([
      ['/items/0/时限', 'timeframe'],
      ['/items/1/公开时限', 'timeframe'],
      ['/items/2/主体', 'owner'],
    ]);
  });

  it('in English, names the key to write', async () => {
    const run = await runCli(['lint', file, '--lang', 'en', '-f', 'json']);
    const messages = (JSON.parse(run.stdout) as { findings: { message: string }[] }).findings.map((f) => f.message);
    expect(messages).toEqual([
      'item "jiuye-01-01": unknown field "时限" in "item"; did you mean "timeframe"?',
      'item "jiuye-01-02": unknown field "公开时限" in "item"; did you mean "timeframe"?',
      'item "jiuye-01-03": unknown field "主体" in "item"; did you mean "owner"?',
    ]);
  });
});

describe('Chinese messages carry no parser English', () => {
  it('for the mistakes, the defects and a file for each parse error', async () => {
    const dir = join(scratch, 'broken');
    cpSync(fixture('defects'), dir, { recursive: true });
    for (const [name, text] of Object.entries(BROKEN_YAML)) writeFileSync(join(dir, 'directories', name), text);
    const messages = [...(await messagesOf(fixture('mistakes'), [fixture('mistakes')])), ...(await messagesOf(dir, [dir]))];
    // Every broken file is reported, so the check below reads a message for each.
    const files = new Set(messages.map((m) => m.file.replace(/^directories\//, '')));
    for (const name of Object.keys(BROKEN_YAML)) expect(files, name).toContain(name);
    expect(messages.filter((m) => LATIN_SENTENCE.test(m.message))).toEqual([]);
  });

  it('the test would see parser English (the same files in English do hold it)', async () => {
    const dir = join(scratch, 'broken');
    const result = await lint({ targets: [dir], cwd: dir, lang: 'en' });
    expect(result.findings.some((f) => LATIN_SENTENCE.test(f.message))).toBe(true);
  });
});
