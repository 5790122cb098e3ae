// Atomic builds: the build writes into a staging folder beside the output and swaps it in at the
// end. A build that fails or is interrupted (SIGINT/SIGTERM) leaves the previous output untouched
// and removes its staging folder; an output folder gkml did not make is never replaced.
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


const leftovers = (parent: string) => readdirSync(parent).filter((n) => n.includes('.building-') || n.includes('.old-'));

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

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('an interrupted build (%s) leaves the previous output and no staging folder', async (signal, code) => {
    const child = spawn(process.execPath, [BIN, 'build', big, '--out', out], { cwd: scratch, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    // Wait until the build has started writing its staging folder, then interrupt it.
    const deadline = Date.now() + 60_000;
    while (leftovers(scratch).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(leftovers(scratch).length).toBeGreaterThan(0);
    child.kill(signal);
    expect(await exited).toBe(code);
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
