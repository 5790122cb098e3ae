// A city is built one region at a time, each region linted as the build reaches it. An error in
// any region still stops the whole build before anything is published, and the build reports the
// same error count and first error as `gkml lint` of the whole city.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, spawnCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-gate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function brokenCity(): string {
  const city = join(scratch, 'city');
  cpSync(fixture('city'), city, { recursive: true });
  // One error in the first county, two in the last: the build has written earlier regions by then.
  const first = join(city, 'counties/beiling/directories/shehui-jiuzhu.yaml');
  writeFileSync(first, readFileSync(first, 'utf8').replace('audience: 全社会', 'audience: 大家'));
  const last = join(city, 'counties/xishui/directories/jiuye.yaml');
  writeFileSync(last, readFileSync(last, 'utf8').replace(/mode: \[主动\]/g, 'mode: [随时]'));
  return city;
}

describe('a city with errors in its regions', () => {
  it('publishes nothing and reports what lint reports: the total and the first error', () => {
    const city = brokenCity();
    const lint = spawnCli(['lint', city, '-f', 'json']);
    expect(lint.code).toBe(1);
    const report = JSON.parse(lint.stdout) as { findings: { severity: string; file: string; line: number; column: number }[] };
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.file.split('/counties/')[1]!.split('/')[0])).size).toBe(2);

    const out = join(scratch, 'out');
    const build = spawnCli(['build', city, '--out', out]);
    expect(build.code).toBe(1);
    expect(build.stderr).toContain(`目录有 ${errors.length} 个错误，未生成任何输出`);
    expect(build.stderr).toContain(`${errors[0]!.file}:${errors[0]!.line}:${errors[0]!.column}`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(scratch).filter((n) => n.includes('.building-'))).toEqual([]);
  });
});
