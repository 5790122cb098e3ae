// `gkml status`: the author's progress on a fresh init, a half-filled workspace and the example
// county (golden stylish and json), on a file that does not parse, and the exit codes.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, fixture, runCli } from '../helpers/cli.js';
import { expectGolden, renderRun } from '../helpers/golden.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-status-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const fresh = join(scratch, 'fresh');

beforeAll(async () => {
  const run = await runCli(['init', fresh, '--region', '青山县', '--date', '2026-06-30']);
  expect(run.code, run.stderr).toBe(0);
});

const WORKSPACES = { fresh: () => fresh, half: () => fixture('status/half'), demo: () => join(REPO, 'examples/demo-county') };

describe('gkml status', () => {
  for (const [name, dir] of Object.entries(WORKSPACES)) {
    for (const format of ['stylish', 'json']) {
      it(`${name}, ${format}`, async () => {
        const run = await runCli(['status', '-f', format], { cwd: dir() });
        expect(run.code, run.stderr).toBe(0);
        expectGolden(`status-${name}-${format}`, renderRun(run));
      });
    }
  }

  it('reports a file that does not parse as unreadable, with its errors, and still exits 0', async () => {
    const ws = join(scratch, 'broken');
    cpSync(fixture('status/half'), ws, { recursive: true });
    writeFileSync(join(ws, 'directories/yanglao-fuwu.yaml'), 'domain: yanglao-fuwu\nname: 养老服务\nitems: [\n');
    const run = await runCli(['status', '-f', 'json'], { cwd: ws });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    const broken = report.domains.find((d: { file: string }) => d.file === 'directories/yanglao-fuwu.yaml');
    expect(broken).toMatchObject({ readable: false, items: 0, ready: false });
    expect(broken.errors).toBeGreaterThan(0);
  });

  it('exits 2 for a folder that is not a workspace, and for a wrong format', async () => {
    expect((await runCli(['status', join(scratch, 'nowhere')])).code).toBe(2);
    const wrong = await runCli(['status', '-f', 'xml'], { cwd: fresh });
    expect([wrong.code, wrong.stderr]).toEqual([2, 'gkml: 未知的输出格式：xml（可用：stylish、json）\n']);
  });

  it('names the rules by their Chinese titles, by their slugs in English, a fixable one with --fix', async () => {
    const ws = join(scratch, 'fixable');
    cpSync(fixture('status/half'), ws, { recursive: true });
    const file = join(ws, 'directories/huji-guanli.yaml');
    // A list typed as text: list-form, which --fix writes as a list.
    writeFileSync(file, readFileSync(file, 'utf8').replace('    owner: 半县公安局\n', '    owner: 半县公安局\n    mode: 主动\n'));
    // The guideline's template text left in (a placeholder finding) filled in, so list-form is among the first three.
    const jiuzhu = join(ws, 'directories/shehui-jiuzhu.yaml');
    writeFileSync(jiuzhu, readFileSync(jiuzhu, 'utf8').replaceAll('各地配套政策法规文件', '《半县最低生活保障实施办法》'));
    const next = (stdout: string) =>
      stdout
        .slice(stdout.indexOf('\n  1. '))
        .trim()
        .split('\n')
        .map((l) => l.trim().split(/[：:]/)[0]);
    const zh = await runCli(['status'], { cwd: ws });
    expect(next(zh.stdout)).toEqual(['1. 尚未填写（61 个）', '2. 缺少试点领域（1 个）', '3. 列表写法有误（1 个）']);
    expect(zh.stdout).toContain('3. 列表写法有误（1 个）：运行 gkml lint . --fix 自动修复，再看其余\n');
    const en = await runCli(['status', '--lang', 'en'], { cwd: ws });
    expect(next(en.stdout)).toEqual(['1. unfilled (61)', '2. domain-coverage (1)', '3. list-form (1)']);
    expect(en.stdout).toContain('3. list-form (1): run gkml lint . --fix, then look at the rest\n');
  });

  it('ends a long lint report with the count of each rule', async () => {
    const run = await runCli(['lint'], { cwd: fresh });
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('按规则：unfilled 365、owner-generic 14、audience-group 1');
  });
});
