// `gkml status`: the author's progress on a fresh init, a half-filled workspace and the example
// county (golden stylish and json), on a file that does not parse, and the exit codes.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  it('ends a long lint report with the count of each rule', async () => {
    const run = await runCli(['lint'], { cwd: fresh });
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('按规则：unfilled 381、owner-generic 15、audience-group 1');
  });
});
