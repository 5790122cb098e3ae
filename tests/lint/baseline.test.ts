// The baseline file (bulk suppressions) for adopting gkml on a legacy directory: write it once,
// then only new findings fail; fixed findings are pointed out so the file can be rewritten.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-baseline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the rule fixture workspace: a legacy directory with plenty of findings. */
function legacy(name: string): string {
  const dir = join(scratch, name);
  cpSync(fixture('rules'), dir, { recursive: true });
  return dir;
}

describe('baseline file', () => {
  it('--write-baseline records every finding; the next lint reports none', async () => {
    const dir = legacy('write');
    const before = await lint({ targets: ['.'], cwd: dir });
    expect(before.errorCount).toBeGreaterThan(0);
    const write = await runCli(['lint', '--write-baseline'], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stderr).toBe(`gkml：已把 ${before.findings.length} 个问题记入基线文件 .gkml-baseline.json，今后只报告新问题\n`);
    expect(write.stdout).toMatch(/未发现问题/);

    const saved = JSON.parse(readFileSync(join(dir, '.gkml-baseline.json'), 'utf8'));
    expect(saved.version).toBe(1);
    const counted = Object.values(saved.files as Record<string, Record<string, Record<string, number>>>).flatMap((rules) =>
      Object.values(rules).flatMap((m) => Object.values(m)),
    );
    expect(counted.reduce((a, b) => a + b, 0)).toBe(before.findings.length);
    expect(Object.keys(saved.files)).toEqual([...Object.keys(saved.files)].sort());
    expect(
      saved.files['directories/level-label.yaml']['level-label'][
        '事项“anquan-shengchan-01-02”：公开层级“市级”不是本工作区的层级标签（可用：县级、乡级）'
      ],
    ).toBe(1);

    const after = await runCli(['lint'], { cwd: dir });
    expect(after.code).toBe(0);
    // The file records messages in Chinese: it holds for an English run too.
    expect((await runCli(['lint', '--lang', 'en'], { cwd: dir })).code).toBe(0);
  });

  it('reports a new finding, and every finding of a message that became more frequent', async () => {
    const dir = legacy('new');
    await runCli(['lint', '--write-baseline'], { cwd: dir });
    const path = join(dir, 'directories/level-label.yaml');
    // A third 市级 where the baseline allows one.
    writeFileSync(path, readFileSync(path, 'utf8').replace('    level: [市级] #', '    level: [市级, 区县级] #'));
    const result = await lint({ targets: ['.'], cwd: dir, baseline: true });
    expect(result.findings.map((f) => [f.file, f.line, f.message])).toEqual([
      [
        'directories/level-label.yaml',
        27,
        '事项“anquan-shengchan-01-02”：公开层级“区县级”不是本工作区的层级标签（可用：县级、乡级），应为“县级”',
      ],
    ]);
    expect(result.baseline).toEqual({ path: '.gkml-baseline.json', suppressed: expect.any(Number), obsolete: 0 });

    // The same finding twice where the baseline has it once: gkml cannot tell which is new, so both show.
    const vague = join(dir, 'directories/timeframe-vague.yaml');
    const text = readFileSync(vague, 'utf8');
    const first = text.slice(text.indexOf('  - id: jiuzai-01-01'), text.indexOf('  - id: jiuzai-01-02'));
    writeFileSync(vague, text + first.replace(/ # expect:.*/g, ''));
    const again = await lint({ targets: ['directories/timeframe-vague.yaml'], cwd: dir, baseline: true });
    expect(again.findings.map((f) => [f.rule, f.itemId])).toEqual([
      ['timeframe-vague', 'jiuzai-01-01'],
      ['duplicate-item', 'jiuzai-01-01'],
      ['timeframe-vague', 'jiuzai-01-01'],
    ]);
  });

  it('says when recorded findings are gone', async () => {
    const dir = legacy('fixed');
    await runCli(['lint', '--write-baseline'], { cwd: dir });
    const path = join(dir, 'directories/audience-group.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('audience: 特定群体 #', 'audience: {特定群体: 被征收人} #'));
    const run = await runCli(['lint'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('gkml：基线文件 .gkml-baseline.json 中有 1 个问题已不再出现，可运行 gkml lint --write-baseline 更新\n');
  });

  it('uses the file given with --baseline, which must exist and be valid', async () => {
    const dir = legacy('custom');
    expect((await runCli(['lint', '--write-baseline', '--baseline', 'ci/gkml-baseline.json'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['lint', '--baseline', 'ci/gkml-baseline.json'], { cwd: dir })).code).toBe(0);
    // Not at the default place: a plain lint still reports everything.
    expect((await runCli(['lint'], { cwd: dir })).code).toBe(1);
    const missing = await runCli(['lint', '--baseline', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^gkml: nope\.json: 无法读取基线文件/);
    writeFileSync(join(dir, 'bad.json'), '{"version": 1, "files": {"a.yaml": {"ditto": {"x": -1}}}}');
    const bad = await runCli(['lint', '--baseline', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('gkml: bad.json: 基线文件格式不正确（应由 gkml lint --write-baseline 生成，version 1）\n');
  });
});
