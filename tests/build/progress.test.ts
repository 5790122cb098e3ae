// What a city's build says while it runs: off a terminal one line per county as it is written, on
// a terminal one line rewritten in place, with --quiet nothing but errors; stdout stays empty.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/model/cascade.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { CITY_COUNTIES } from '../helpers/city.js';
import { REPO, fixture, runCli } from '../helpers/cli.js';

const CITY = fixture('city');
const scratch = mkdtempSync(join(tmpdir(), 'gkml-progress-'));
const counts = new Map<string, number>();
beforeAll(async () => {
  for (const c of CITY_COUNTIES)
    counts.set(c.name, compile(await loadWorkspace(join(CITY, 'counties', c.folder), { cwd: REPO })).itemCount);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const out = (name: string) => join(scratch, name);

describe('gkml build of a city', () => {
  it('off a terminal: one [i/n] line per county with its item count, then the summary', async () => {
    const r = await runCli(['build', CITY, '--out', out('plain'), '--only', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual(CITY_COUNTIES.map((c, i) => `[${i + 1}/5] ${c.name} ✓ ${counts.get(c.name)} 个事项`));
    expect(lines.at(-1)).toMatch(/^已生成 .*：5 个地区，/);
    expect(r.stderr).not.toContain('\r');
  });

  it('in English, with the plural', async () => {
    const r = await runCli(['build', CITY, '--out', out('en'), '--only', 'json', '--lang', 'en']);
    expect(r.stderr.split('\n')[0]).toBe(`[1/5] 北岭县 ✓ ${counts.get('北岭县')} items`);
  });

  it('on a terminal: one line rewritten in place, cleared before the summary', async () => {
    const r = await runCli(['build', CITY, '--out', out('tty'), '--only', 'json'], { stderrIsTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('\r\x1b[K[3/5] 南河县 …');
    expect(r.stderr).toContain(`\r\x1b[K[3/5] 南河县 ✓ ${counts.get('南河县')} 个事项`);
    // No line of progress is left standing: the only newline ends the summary.
    const [progress, summary] = r.stderr.split(/\r\x1b\[K(?=已生成)/);
    expect(progress).not.toContain('\n');
    expect(summary).toMatch(/^已生成 .*\n$/);
  });

  it('--quiet: nothing on success', async () => {
    const r = await runCli(['build', CITY, '--out', out('quiet'), '--only', 'json', '--quiet']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--quiet: the errors still, when the build is refused', async () => {
    const r = await runCli(['build', fixture('defects'), '--out', out('refused'), '--only', 'json', '-q']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('错误');
    expect(r.stderr).not.toMatch(/\[\d+\/\d+\]/);
  });
});
