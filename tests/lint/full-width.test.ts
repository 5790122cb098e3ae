// Full-width characters as a Chinese input method types them (issue: nothing wrong is published
// unseen): digits and letters (７１１, ＡＰＰ) are one full-width finding each with a fix, the
// citation rules read the digits as digits, and a line indented with “　” is repaired by --fix.
// Lint, fix, lint again: nothing is left.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-full-width-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copy(name: string): { dir: string; file: string } {
  const dir = join(scratch, name);
  cpSync(fixture('full-width'), dir, { recursive: true });
  return { dir, file: join(dir, 'directories/jiuye.yaml') };
}

describe('full-width characters', () => {
  it('are reported at their line: the indentation first, as it stops YAML from being read', async () => {
    const result = await lint({ targets: [fixture('full-width')], cwd: fixture('full-width') });
    expect(result.findings.map((f) => `${f.line} ${f.rule} ${f.fix ? 'fix' : '-'}`)).toEqual(['17 yaml-syntax fix', '18 yaml-syntax fix']);
  });

  it('in digits and letters are one finding per value, with the half-width text as the fix', async () => {
    const { dir, file } = copy('values');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\u3000\u3000/g, '    '));
    const result = await lint({ targets: [dir], cwd: dir });
    const fullWidth = result.findings.filter((f) => f.rule === 'full-width');
    expect(fullWidth.map((f) => [f.line, f.suggestion])).toEqual([
      [10, '咨询电话12333'],
      [12, '中华人民共和国政府信息公开条例（国务院令第711号）'],
      [13, '《人力资源市场暂行条例》(国务院令第700号)'],
      [14, '信息形成或者变更之日起20个工作日内'],
      [24, 'APP岗位信息发布'],
      [30, '2024届高校毕业生'],
    ]);
    expect(fullWidth[1]!.message).toBe('事项“jiuye-01-01”：「公开依据」中有全角字母或数字“７１１”，应写作半角“711”');
    // The citation rules see the digits: the title is still missing its 《》, and nothing else is said of 711.
    expect(result.findings.filter((f) => f.line === 12).map((f) => f.rule)).toEqual(['basis-format', 'full-width']);
  });

  it('are all gone after --fix, and lint then finds nothing', async () => {
    const { dir, file } = copy('fixed');
    const run = await runCli(['lint', '--fix'], { cwd: dir });
    expect(run.code, run.stdout).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/[０-９Ａ-Ｚａ-ｚ\u3000]/);
    expect(text).toContain('      - 《中华人民共和国政府信息公开条例》（国务院令第711号）\n');
    expect(text).toContain('    channels:\n      - 政府网站\n      - 政务服务中心\n');
    expect((await lint({ targets: [dir], cwd: dir })).findings).toEqual([]);
  });

  it('in indentation are left to the author where the repair would not line up', async () => {
    const { dir, file } = copy('unaligned');
    // A full-width space and a space: three columns, neither in line with a neighbour nor under a key that opens a block.
    writeFileSync(file, readFileSync(file, 'utf8').replace('    audience: 全社会\n', '\u3000 audience: 全社会\n'));
    const result = await lint({ targets: [dir], cwd: dir });
    expect(result.findings.filter((f) => f.line === 19).map((f) => [f.rule, Boolean(f.fix)])).toEqual([['yaml-syntax', false]]);
  });
});
