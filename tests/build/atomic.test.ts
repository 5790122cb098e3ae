// Atomic builds: the build writes into a staging folder beside the output and swaps it in at the
// end. A build that fails or is interrupted (SIGINT/SIGTERM) leaves the previous output untouched
// within a second and removes its staging folder and lock; an output folder gkml did not make is never replaced.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generate } from '../../bench/generate.mjs';
import { digest } from '../helpers/digest.js';
import { BIN, REPO, spawnCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-atomic-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const leftovers = (parent: string) =>
  readdirSync(parent).filter((n) => n.includes('.building-') || n.includes('.old-') || n.includes('.lock'));

describe('atomic build output', () => {
  const big = join(scratch, 'city');
  const out = join(scratch, 'out');
  let before = '';

  beforeAll(() => {
    // A city of 10 counties: long enough to be interrupted midway.
    generate('city', big);
    const first = spawnCli(['build', join(REPO, 'tests/fixtures/clean'), '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    before = digest(out);
  });

  /** Starts a build of the city; `stop(signal)` signals it and resolves with its exit code and how long it took to end (SIGKILL after 10 s: a regression fails, never hangs). */
  function cityBuild() {
    const child = spawn(process.execPath, [BIN, 'build', big, '--out', out], { cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    const stop = async (signal: NodeJS.Signals) => {
      const sent = Date.now();
      child.kill(signal);
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(killer);
      return { code, ms: Date.now() - sent };
    };
    return { stderr: () => stderr, stop };
  }

  const until = async (done: () => boolean) => {
    const deadline = Date.now() + 120_000;
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(done()).toBe(true);
  };

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    'an interrupted build (%s) ends within a second, leaving the previous output and no staging folder or lock',
    async (signal, code) => {
      const run = cityBuild();
      // Wait until the build has started writing its staging folder, then interrupt it.
      await until(() => leftovers(scratch).length > 0);
      const stopped = await run.stop(signal);
      expect(stopped.code).toBe(code);
      expect(stopped.ms).toBeLessThan(1000);
      expect(leftovers(scratch)).toEqual([]);
      expect(digest(out)).toBe(before);
    },
  );

  it('a SIGTERM deep in the regions, while a county is written, ends it within a second all the same', async () => {
    const run = cityBuild();
    await until(() => /\[3\/10\]/.test(run.stderr()));
    const stopped = await run.stop('SIGTERM');
    expect(stopped.code).toBe(143);
    expect(stopped.ms).toBeLessThan(1000);
    expect(leftovers(scratch)).toEqual([]);
    expect(digest(out)).toBe(before);
  });

  it('a failing build leaves the previous output untouched', () => {
    const broken = join(scratch, 'broken');
    cpSync(join(REPO, 'tests/fixtures/clean'), broken, { recursive: true });
    mkdirSync(join(broken, 'templates'), { recursive: true });
    writeFileSync(join(broken, 'gkml.config.yaml'), readFileSync(join(broken, 'gkml.config.yaml'), 'utf8') + 'templates: templates\n');
    // An override template with a syntax error makes the html target fail after json and xlsx were written.
    writeFileSync(join(broken, 'templates/layout.hbs'), '{{#if}}');
    const run = spawnCli(['build', broken, '--out', out]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(leftovers(scratch)).toEqual([]);
    expect(digest(out)).toBe(before);
  });

  it('never replaces an output folder that gkml did not make', () => {
    const foreign = join(scratch, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'important.docx'), 'keep me');
    const run = spawnCli(['build', join(REPO, 'tests/fixtures/clean'), '--out', foreign]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/不会覆盖/);
    expect(readFileSync(join(foreign, 'important.docx'), 'utf8')).toBe('keep me');
  });

  it('refuses an output folder that is the workspace or above it', () => {
    const run = spawnCli(['build', join(REPO, 'tests/fixtures/clean'), '--out', join(REPO, 'tests/fixtures')]);
    expect(run.code).toBe(2);
    expect(existsSync(join(REPO, 'tests/fixtures/.gkml-output'))).toBe(false);
  });
});
