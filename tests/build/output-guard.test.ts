// The output guard: a staging folder left by a build that no longer runs is removed by the next
// build (and said), one of a running process is left; two builds into one output at once: one
// writes, the other stops with exit 2 or waits (--wait), and the output is a single build's bytes.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from '../../bench/generate.mjs';
import { BIN, spawnCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-guard-'));
const city = join(scratch, 'city');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(() => generate('city', city));

/** Names and bytes of every file under `dir`. */
function digest(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      h.update(p.slice(dir.length));
      if (statSync(p).isDirectory()) walk(p);
      else h.update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

const build = (out: string, ...args: string[]) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', city, '--only', 'json,xlsx', '--out', out, ...args], { cwd: scratch, env: { PATH: process.env.PATH } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stderr }));
  });

const leftovers = (parent: string) => readdirSync(parent).filter((n) => /\.(building|old)-\d+$|\.lock$/.test(n));

describe('leftovers of an interrupted build', () => {
  it('removes a staging folder of a process that is gone, and says so; leaves one of a live process', () => {
    const parent = join(scratch, 'leftovers');
    mkdirSync(parent);
    const dead = join(parent, `.out.building-${deadPid()}`);
    const old = join(parent, `.out.old-${deadPid()}`);
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const live = join(parent, `.out.building-${sleeper.pid}`);
    for (const d of [dead, old, live]) mkdirSync(d);
    writeFileSync(join(dead, 'half-written.xlsx'), 'x');
    // A lock of a process that is gone is taken over.
    writeFileSync(join(parent, '.out.lock'), JSON.stringify({ pid: deadPid(), started: '2026-01-01T00:00:00.000Z' }));
    try {
      const run = spawnCli(['build', city, '--only', 'json', '--out', join(parent, 'out')], { cwd: scratch });
      expect(run.code, run.stderr).toBe(0);
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(old)).toBe(false);
      expect(existsSync(live)).toBe(true);
      expect(run.stderr).toContain(`已删除一次中断的构建（进程 ${dead.split('-').at(-1)}）留下的临时文件夹：${dead}`);
      expect(leftovers(parent)).toEqual([`.out.building-${sleeper.pid}`]);
    } finally {
      sleeper.kill();
    }
  });
});

describe('two builds into one output', () => {
  let single = '';
  beforeAll(async () => {
    const out = join(scratch, 'single', 'out');
    expect((await build(out)).code).toBe(0);
    single = digest(out);
  });

  it('one writes, the other stops at once with exit 2 and says who holds the output', async () => {
    const parent = join(scratch, 'race');
    const out = join(parent, 'out');
    const runs = await Promise.all([build(out), build(out)]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    const refused = runs.find((r) => r.code === 2)!;
    expect(refused.stderr).toMatch(/^gkml: 另一个 gkml build（进程 \d+，开始于 .+）正在写入 .+；请等它结束，或用 --wait <秒> 等待\n$/);
    expect(digest(out)).toBe(single);
    expect(leftovers(parent)).toEqual([]);
  });

  it('with --wait, the second waits for the first and both succeed', async () => {
    const parent = join(scratch, 'queue');
    const out = join(parent, 'out');
    const runs = await Promise.all([build(out, '--wait', '60'), build(out, '--wait', '60')]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(digest(out)).toBe(single);
    expect(leftovers(parent)).toEqual([]);
  });

  it('refuses a --wait that is not a number of seconds', () => {
    const run = spawnCli(['build', city, '--wait', 'soon'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--wait');
  });
});
