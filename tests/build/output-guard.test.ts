// The output guard: a staging folder left by a build that no longer runs is removed by the next
// build (and said), one of a running process is left; an output held by a running build makes a
// second one stop with exit 2 or wait (--wait); two builds started together leave one build's
// bytes and nothing else.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from '../../bench/generate.mjs';
import { digest } from '../helpers/digest.js';
import { BIN, spawnCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-guard-'));
const city = join(scratch, 'city');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
beforeAll(() => generate('city', city));

/** The pid of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

const build = (out: string, ...args: string[]) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', city, '--only', 'json,xlsx', '--out', out, ...args], {
      cwd: scratch,
      env: { PATH: process.env.PATH },
    });
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

  /** A lock on `out` held by a live process, as a running build holds it; kill it to let go. */
  const holdLock = (out: string) => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(join(out, '..', '.out.lock'), JSON.stringify({ pid: holder.pid, started: '2026-12-03T08:00:00.000Z' }));
    return holder;
  };

  it('a build finding the output held by a running build stops at once with exit 2, naming it', async () => {
    const out = join(scratch, 'held', 'out');
    const holder = holdLock(out);
    try {
      const run = await build(out);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `gkml: 另一个 gkml build（进程 ${holder.pid}，开始于 2026-12-03T08:00:00.000Z）正在写入 ${out}；请等它结束，或用 --wait <秒> 等待\n`,
      );
      expect(existsSync(out)).toBe(false);
      expect(leftovers(join(scratch, 'held'))).toEqual(['.out.lock']);
    } finally {
      holder.kill();
    }
  });

  it('with --wait, it waits while the holder runs and takes the lock once it is gone', async () => {
    const out = join(scratch, 'waited', 'out');
    const holder = holdLock(out);
    const waiting = build(out, '--wait', '60');
    await new Promise((r) => setTimeout(r, 1500));
    expect(existsSync(out)).toBe(false);
    holder.kill();
    expect((await waiting).code).toBe(0);
    expect(digest(out)).toBe(single);
    expect(leftovers(join(scratch, 'waited'))).toEqual([]);
  });

  it("two builds started together: one writes while the other stops (or, with --wait, follows); the output is one build's", async () => {
    for (const wait of [[], ['--wait', '60']]) {
      const parent = join(scratch, `race${wait.length}`);
      const out = join(parent, 'out');
      const runs = await Promise.all([build(out, ...wait), build(out, ...wait)]);
      const codes = runs.map((r) => r.code).sort();
      // Without --wait the second stops when the two overlap; a loaded machine may run them one after the other.
      expect(
        wait.length
          ? [[0, 0]]
          : [
              [0, 2],
              [0, 0],
            ],
      ).toContainEqual(codes);
      for (const r of runs.filter((x) => x.code === 2)) expect(r.stderr).toMatch(/^gkml: 另一个 gkml build（进程 \d+，/);
      expect(digest(out)).toBe(single);
      expect(leftovers(parent)).toEqual([]);
    }
  });

  it('a lock it cannot read is held: --wait runs out and the build stops, without spinning', async () => {
    const parent = join(scratch, 'odd-lock');
    mkdirSync(join(parent, '.out.lock'), { recursive: true });
    const started = Date.now();
    const run = await build(join(parent, 'out'), '--wait', '1');
    expect(run.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('an empty lock is held while it is new, and taken over once old', async () => {
    const parent = join(scratch, 'empty-lock');
    mkdirSync(parent);
    const lock = join(parent, '.out.lock');
    writeFileSync(lock, '');
    expect((await build(join(parent, 'out'))).code).toBe(2);
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    expect((await build(join(parent, 'out'))).code).toBe(0);
    expect(leftovers(parent)).toEqual([]);
  });

  it("a lock naming this very process, which it did not take, was left by another (a container's pid 1 again)", async () => {
    const parent = join(scratch, 'own-pid');
    mkdirSync(parent);
    writeFileSync(join(parent, '.out.lock'), JSON.stringify({ pid: process.pid, started: '2026-01-01T00:00:00.000Z' }));
    const { build: buildIn } = await import('../../src/publish/build.js');
    const result = await buildIn({ workspace: city, out: join(parent, 'out'), only: ['json'], env: {} });
    expect(result.regionCount).toBeGreaterThan(0);
    expect(leftovers(parent)).toEqual([]);
  });

  it('refuses a --wait that is not a number of seconds', () => {
    const run = spawnCli(['build', city, '--wait', 'soon'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--wait');
  });
});
