// The CLI speaks one language: every help page in Chinese by default holds no English sentence
// (commander's own words, defaults and choices included), a mistyped command or option gets
// 是否想输入 …？, and a path given absolute outside the working folder is shown as given.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.js';
import { fixture, runCli } from '../helpers/cli.js';

/** Three Latin-script words in a row: a sentence of English, not a flag, a format name or a path. */
const LATIN_SENTENCE = /\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b/;

const scratch = mkdtempSync(join(tmpdir(), 'gkml-lang-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('help', () => {
  const pages = [[], ...COMMANDS.map((c) => [c.name])];

  it.each(pages.map((p) => [p.join(' ') || '(gkml)', p] as const))('%s --help is Chinese throughout', async (_, words) => {
    const run = await runCli([...words, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('用法：');
    expect(run.stdout).not.toMatch(/\(default:|\(choices:|\[options\]|Usage:|Options:/);
    expect(run.stdout.split('\n').filter((l) => LATIN_SENTENCE.test(l))).toEqual([]);
  });

  it('is English with --lang en, defaults and choices written by gkml', async () => {
    const run = await runCli(['lint', '--help', '--lang', 'en']);
    expect(run.stdout).toContain('Usage: gkml lint [options] [paths...]');
    expect(run.stdout).toContain('(one of: stylish, json, sarif, github, junit');
    expect((await runCli(['status', '--help'])).stdout).toContain('（默认：stylish）');
  });
});

describe('mistyped words', () => {
  it('gkml lnit exits 2 suggesting lint', async () => {
    const run = await runCli(['lnit']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: 未知的命令：lnit。是否想输入 gkml lint？\n');
  });

  it('an unknown option of a command suggests the nearest of that command', async () => {
    const run = await runCli(['lint', '--formt', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: 未知的选项：--formt。是否想输入 --format？\n');
    expect((await runCli(['lint', '--zzzzzz'])).stderr).toBe('gkml: 未知的选项：--zzzzzz（运行 gkml --help 查看用法）\n');
  });
});

describe('paths', () => {
  it('a file given by its absolute path outside the working folder is shown by that path', async () => {
    const file = join(scratch, 'jiuye.yaml');
    writeFileSync(file, 'domain: jiuye\nname: 就业\nitems:\n  - id: jiuye-01-01\n    l1: 1.就业信息服务\n');
    const run = await runCli(['lint', file, '-f', 'json'], { cwd: fixture('clean') });
    expect(JSON.parse(run.stdout).findings[0].file).toBe(file);
  });
});
