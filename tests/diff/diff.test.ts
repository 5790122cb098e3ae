// `gkml diff`: golden reports in every format, and two git revisions of one workspace.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { expectGolden, renderRun } from '../helpers/golden.js';

const versions = fixture('versions');
const scratch = mkdtempSync(join(tmpdir(), 'gkml-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('gkml diff', () => {
  it.each(['stylish', 'json', 'markdown'])('golden %s report', async (format) => {
    expectGolden(`diff-${format}`, renderRun(await runCli(['diff', 'v1', 'v2', '-f', format], { cwd: versions })));
  });

  it('reports nothing between identical versions', async () => {
    const run = await runCli(['diff', 'v1', 'v1'], { cwd: versions });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/新增 0 项，删除 0 项，修改 0 项，改编号 0 项\n$/);
  });

  it('compares two git revisions of a workspace (HEAD~1 HEAD)', async () => {
    const repo = join(scratch, 'repo');
    const ws = join(repo, 'county');
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.invalid',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.invalid',
        },
      });
    cpSync(join(versions, 'v1'), ws, { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    git('add', '-A');
    git('commit', '-qm', 'v1');
    rmSync(ws, { recursive: true });
    cpSync(join(versions, 'v2'), ws, { recursive: true });
    git('add', '-A');
    git('commit', '-qm', 'v2');

    const fromRevs = await runCli(['diff', 'HEAD~1', 'HEAD', '-f', 'json'], { cwd: ws });
    expect(fromRevs.code, fromRevs.stderr).toBe(0);
    const fromDirs = await runCli(['diff', 'v1', 'v2', '-f', 'json'], { cwd: versions });
    const strip = (s: string) => ({ ...JSON.parse(s), old: undefined, new: undefined });
    expect(strip(fromRevs.stdout)).toEqual(strip(fromDirs.stdout));
    expect(JSON.parse(fromRevs.stdout).old).toMatchObject({ label: 'HEAD~1', version: '2026.1' });
  });

  it("shows a county's items changed by its province's defaults between two git revisions", async () => {
    const repo = join(scratch, 'province');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: repo });
    cpSync(fixture('province'), repo, { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    git('add', '-A');
    git('commit', '-qm', 'v1');
    appendFileSync(join(repo, 'gkml.config.yaml'), '\ndefaults:\n  notes: {说明: 省统一}\n');
    git('commit', '-qam', 'v2');
    // Only the county is checked out of each revision; what it inherits comes with it.
    const run = await runCli(['diff', 'HEAD~1', 'HEAD', '-f', 'json'], { cwd: join(repo, 'cities/xizhou/counties/changle') });
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { changed: { fields: { field: string }[] }[] };
    expect(report.changed.length).toBeGreaterThan(0);
    expect(report.changed.every((c) => c.fields.some((f) => f.field === 'notes'))).toBe(true);
  });

  it('rejects what is neither a folder nor a revision', async () => {
    const run = await runCli(['diff', 'v1', 'no-such-thing'], { cwd: versions });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/既不是工作区文件夹，也不是 git 版本：no-such-thing/);
  });
});
