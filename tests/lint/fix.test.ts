// `gkml lint --fix`: every safe fix applied in place, comments and untouched lines kept, the file's
// encoding and line ends kept, nothing left to fix afterwards; `--fix-dry-run` only shows the diff.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/lint/fix.js';
import { lint } from '../../src/lint/lint.js';
import { RULES } from '../../src/rules/index.js';
import { fixture, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-fix-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const source = readFileSync(fixture('fix/directories/jiuye.yaml'), 'utf8');
const expected = readFileSync(fixture('fix/expected/jiuye.yaml'), 'utf8');

/** A fresh copy of the fix fixture workspace whose directory file holds `bytes`. */
function workspace(name: string, bytes: string | Uint8Array = source): { dir: string; file: string } {
  const dir = join(scratch, name);
  cpSync(fixture('fix'), dir, { recursive: true });
  rmSync(join(dir, 'expected'), { recursive: true });
  const file = join(dir, 'directories/jiuye.yaml');
  writeFileSync(file, bytes);
  return { dir, file };
}

describe('--fix', () => {
  it('applies every safe fix and the result lints clean', async () => {
    const before = await lint({ targets: [fixture('fix')], cwd: fixture('fix') });
    const fixable = new Set(RULES.filter((r) => r.meta.fixable).map((r) => r.meta.slug));
    // The fixture holds a defect for every fixable rule.
    expect(new Set(before.findings.map((f) => f.rule))).toEqual(fixable);

    const { dir, file } = workspace('plain');
    const run = await runCli(['lint', '--fix'], { cwd: dir });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stderr).toBe('gkml：已修复 1 个文件\n');
    expect(run.stdout).toMatch(/未发现问题/);
    expect(readFileSync(file, 'utf8')).toBe(expected);
    expect((await lint({ targets: [dir], cwd: dir })).findings).toEqual([]);
  });

  it('keeps every comment and every line it did not fix', () => {
    const comments = source.match(/#[^\n]*/g)!;
    expect(comments.length).toBeGreaterThan(8);
    for (const c of comments) expect(expected).toContain(c);
    const a = source.split('\n');
    const b = expected.split('\n');
    expect(b).toHaveLength(a.length);
    const changed = a.filter((line, i) => line !== b[i]).length;
    expect(changed).toBe(17);
  });

  it('changes nothing the second time', async () => {
    const { dir, file } = workspace('twice', expected);
    const run = await runCli(['lint', '--fix'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(expected);
  });

  it('keeps a UTF-8 BOM and CRLF line ends', async () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const { dir, file } = workspace('bom-crlf', '\ufeff' + crlf(source));
    expect((await runCli(['lint', '--fix'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(file, 'utf8')).toBe('\ufeff' + crlf(expected));
  });

  it('writes a GB18030 file back in GB18030', async () => {
    const { dir, file } = workspace('gbk', iconv.encode(source, 'gb18030'));
    const run = await runCli(['lint', '--fix'], { cwd: dir });
    expect(run.stdout).toMatch(/GB18030/);
    expect(iconv.decode(readFileSync(file), 'gb18030')).toBe(expected);
  });

  it('writes through a temporary file and leaves none behind', async () => {
    const { dir } = workspace('atomic');
    await runCli(['lint', '--fix'], { cwd: dir });
    expect(readdirSync(join(dir, 'directories'))).toEqual(['jiuye.yaml']);
  });
});

describe('--fix-dry-run', () => {
  it('prints the diff and writes nothing', async () => {
    const { dir, file } = workspace('dry');
    const run = await runCli(['lint', '--fix-dry-run'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(source);
    expect(run.stdout.startsWith('--- a/directories/jiuye.yaml\n+++ b/directories/jiuye.yaml\n@@ -5,')).toBe(true);
    expect(run.stdout).toContain('\n-    l1: 1.就业信息服务 # 从 Word 粘贴\n');
    expect(run.stdout).toContain('\n+    l1: 就业信息服务 # 从 Word 粘贴\n');
    // The diff is exactly the change --fix makes: apply it to the source and get the fixed file.
    expect(applyUnifiedDiff(source, run.stdout)).toBe(expected);
  });

  it('cannot be combined with --fix', async () => {
    const run = await runCli(['lint', '--fix', '--fix-dry-run'], { cwd: fixture('fix') });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/只能选一个/);
  });
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes and leaves an overlapping one for the next pass', () => {
    const text = 'abcdef';
    const out = applyFixes(text, [
      [{ start: 0, end: 1, text: 'A' }],
      [{ start: 0, end: 2, text: 'XY' }],
      [{ start: 4, end: 4, text: '-' }],
      [{ start: 5, end: 6, text: 'F' }],
    ]);
    expect(out).toBe('Abcd-eF');
  });
});

/** A minimal `patch`: applies the hunks of a unified diff to `text`. */
function applyUnifiedDiff(text: string, diff: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let at = 0;
  const body = diff.split('\n');
  for (let i = 0; i < body.length; i++) {
    const m = /^@@ -(\d+),\d+ \+\d+,\d+ @@$/.exec(body[i]!);
    if (!m) continue;
    const start = Number(m[1]) - 1;
    out.push(...lines.slice(at, start));
    at = start;
    for (i++; i < body.length && /^[ +-]/.test(body[i]!); i++) {
      const op = body[i]![0];
      if (op === ' ' || op === '-') at++;
      if (op === ' ' || op === '+') out.push(body[i]!.slice(1));
    }
    i--;
  }
  out.push(...lines.slice(at));
  return out.join('\n');
}
