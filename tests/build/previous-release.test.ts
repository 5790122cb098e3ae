// 更新记录 (`gkml build --previous`) between two publications whose gkml.config.yaml gives the same
// version or date: a warning on stderr (Chinese or English), and the build still succeeds; none when
// both changed (tests/fixtures/versions v1 → v2).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-previous-release-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const v1 = fixture('versions/v1');
const v2 = fixture('versions/v2');

/** v1 as the previous publication, with its version and date edited. */
function previousWith(name: string, edit: (config: string) => string): string {
  const dir = join(scratch, name);
  cpSync(v1, dir, { recursive: true });
  const config = join(dir, 'gkml.config.yaml');
  writeFileSync(config, edit(readFileSync(config, 'utf8')));
  return dir;
}

const build = (previous: string, out: string, ...more: string[]) =>
  runCli(['build', v2, '--previous', previous, '--only', 'json', '--out', join(scratch, 'out', out), ...more]);

describe('gkml build --previous', () => {
  it('says nothing when the version and the date both changed', async () => {
    const run = await build(v1, 'changed');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/警告|warning/);
  });

  it('warns, and still builds, when the version and the date are the previous ones', async () => {
    const same = previousWith('same', (c) =>
      c.replace('version: "2026.1"', 'version: "2026.2"').replace('date: 2026-01-10', 'date: 2026-06-30'),
    );
    const run = await build(same, 'same');
    expect(run.code).toBe(0);
    const warnings = run.stderr.split('\n').filter((l) => l.includes('警告'));
    expect(warnings).toEqual([
      `gkml：警告：gkml.config.yaml 的版本号 version（2026.2）、发布日期 date（2026-06-30）与上一版（${same}）相同，更新记录分不清这两次发布；请在发布前更新`,
    ]);
    expect(run.stderr).toMatch(/已生成/);
    expect(JSON.parse(readFileSync(join(scratch, 'out', 'same', 'directory.json'), 'utf8')).version).toBe('2026.2');
  });

  it('names the one that did not change, in English with --lang en', async () => {
    const sameDate = previousWith('same-date', (c) => c.replace('date: 2026-01-10', 'date: 2026-06-30'));
    const run = await build(sameDate, 'same-date', '--lang', 'en');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `gkml: warning: gkml.config.yaml has the same date (2026-06-30) as the previous version (${sameDate}), so the changelog cannot tell the two publications apart; update it before publishing`,
    );
    const sameVersion = previousWith('same-version', (c) => c.replace('version: "2026.1"', 'version: "2026.2"'));
    expect((await build(sameVersion, 'same-version')).stderr).toMatch(
      /^gkml：警告：gkml\.config\.yaml 的版本号 version（2026\.2）与上一版/m,
    );
  });
});
