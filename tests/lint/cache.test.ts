// `gkml lint --cache`: an unchanged run answers from the cache; any change to a file (its size and
// time, or with the content strategy its bytes), the config, the units registry or the options
// lints again; a corrupt cache is ignored.
import { cpSync, readdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { REPO } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('lint --cache', () => {
  const ws = join(scratch, 'ws');
  const cache = join(scratch, 'cache');
  cpSync(join(REPO, 'examples/demo-county'), ws, { recursive: true, filter: (src) => !src.includes('/dist') });
  const run = (extra: object = {}) => lint({ targets: [ws], cwd: scratch, cache, ...extra });

  it('gives the same result from the cache as without it', async () => {
    const fresh = await lint({ targets: [ws], cwd: scratch });
    expect(await run()).toEqual(fresh);
    expect(await run()).toEqual(fresh);
  });

  it('lints again when a file changes', async () => {
    const file = join(ws, 'directories/jiuye.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/timeframe: .*/, 'timeframe: 及时公开'));
    const result = await run();
    expect(result.findings.map((f) => f.rule)).toContain('timeframe-vague');
  });

  it('lints again when the config or the options change', async () => {
    const config = join(ws, 'gkml.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8') + 'rules:\n  timeframe-vague: off\n');
    expect((await run()).findings.map((f) => f.rule)).not.toContain('timeframe-vague');
    expect((await run({ rules: { 'timeframe-vague': 'error' } })).errorCount).toBeGreaterThan(0);
    expect((await run({ lang: 'en' })).findings).toEqual([]);
  });

  it('lints again when the units registry changes', async () => {
    const units = join(ws, 'units.yaml');
    writeFileSync(units, readFileSync(units, 'utf8').replace('示例县人力资源和社会保障局', '示例县人社局'));
    expect((await run()).findings.map((f) => f.rule)).toContain('owner-unknown');
  });

  it('by default tells a changed file by its size and time; --cache-strategy content by its bytes', async () => {
    const stored = join(cache, 'lint.v9');
    const written = () => statSync(stored, { bigint: true }).mtimeNs;
    const file = join(ws, 'directories/yiwu-jiaoyu.yaml');
    const touch = () => {
      const later = new Date(statSync(file).mtimeMs + 60_000);
      utimesSync(file, later, later);
    };
    for (const cacheStrategy of ['metadata', 'content'] as const) {
      await run({ cacheStrategy });
      const before = written();
      expect((await run({ cacheStrategy })).findings, 'a hit').toEqual((await lint({ targets: [ws], cwd: scratch })).findings);
      expect(written(), `${cacheStrategy}: unchanged, answered from the cache`).toBe(before);
      touch();
      await run({ cacheStrategy });
      // A new time with the same bytes: metadata lints again (and stores the result); content does not need to.
      if (cacheStrategy === 'metadata') expect(written()).not.toBe(before);
      else expect(written()).toBe(before);
    }
  });

  it('ignores a corrupt cache file', async () => {
    writeFileSync(join(cache, 'lint.v9'), 'not a cache');
    const fresh = await lint({ targets: [ws], cwd: scratch });
    expect(await run()).toEqual(fresh);
  });
});

describe('worker threads', () => {
  it('give exactly the same result as one thread', async () => {
    // Threads run the compiled code: compare the real CLI with GKML_THREADS=1 and =2.
    const { spawnCli } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(scratch, 'threads-'));
    cpSync(join(REPO, 'examples/demo-county'), dir, { recursive: true, filter: (src) => !src.includes('/dist') });
    const file = join(dir, 'directories/jiuye.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/timeframe: .*/, 'timeframe: 及时公开')
        .replace('channels:', 'channels:\n      - 政府服务中心'),
    );
    const one = spawnCli(['lint', dir, '-f', 'json'], { env: { GKML_THREADS: '1' } });
    const two = spawnCli(['lint', dir, '-f', 'json'], { env: { GKML_THREADS: '2' } });
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });

  it('give the same result for a city, its counties sent out one at a time and taken back in order', async () => {
    const { spawnCli } = await import('../helpers/cli.js');
    const dir = mkdtempSync(join(scratch, 'threads-city-'));
    cpSync(join(REPO, 'tests/fixtures/city'), dir, { recursive: true });
    // A finding in the first county and in the last, and a suppression that suppresses nothing.
    for (const county of ['beiling', '临江县']) {
      const folder = join(dir, 'counties', county, 'directories');
      const file = join(folder, readdirSync(folder).sort()[0]!);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(/timeframe: .*/, 'timeframe: 及时公开')
          .replace(/^items:/m, '# gkml-disable-next-line ditto -- 测试\nitems:'),
      );
    }
    const one = spawnCli(['lint', dir, '-f', 'json'], { env: { GKML_THREADS: '1' } });
    const two = spawnCli(['lint', dir, '-f', 'json'], { env: { GKML_THREADS: '2' } });
    const rules = JSON.parse(one.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['timeframe-vague', 'suppression']));
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });
});
