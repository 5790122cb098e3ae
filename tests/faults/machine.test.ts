// Faults of the machine caused for real: a full disk (a 3 MB tmpfs), a folder the user may not write
// (run as nobody: root ignores modes), and paths that cannot exist (/proc/nope, where Node's
// recursive mkdir used to loop for ever). Each ends at once with exit 2 and one line naming the path
// the user gave and the cause, the previous output or file byte-identical, nothing left behind.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digest } from '../helpers/digest.js';
import { BIN, fixture, REPO, type CliRun } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-machine-'));
const isRoot = process.getuid?.() === 0;

/** Runs the compiled CLI, optionally as another user (`setpriv …`); killed after 60 s, so a regression fails instead of hanging. */
function gkml(args: string[], as: string[] = [], cpuSeconds = 0): CliRun & { signal: NodeJS.Signals | null } {
  const limit = cpuSeconds ? `ulimit -t ${cpuSeconds}; ` : '';
  const r = spawnSync('sh', ['-c', `${limit}exec "$@"`, 'sh', ...as, process.execPath, BIN, ...args], {
    cwd: REPO,
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/**
 * A run that must end at once: killed after 5 s of processor time (ulimit -t), the measure of a
 * loop that spins (the old mkdir one did, 466,000 calls in 20 s); on a loaded machine wall time is not.
 */
const atOnce = (args: string[]) => gkml(args, [], 5);

/** What a build or a write leaves beside its output: staging, old output, lock, drafts. */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('paths that cannot exist', () => {
  it('build --out /proc/nope/out ends at once: exit 2, one line', () => {
    const run = atOnce(['build', 'examples/demo-county', '--out', '/proc/nope/out']);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: 无法写入 /proc/nope/out：路径中的文件夹不存在且无法创建（或不是文件夹）；请检查路径是否写对\n');
  });

  it('lint -o json=/proc/nope/x.json ends at once: exit 2, one line', () => {
    const run = atOnce(['lint', 'examples/demo-county', '-o', 'json=/proc/nope/x.json']);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: 无法写入报告 /proc/nope/x.json：路径中的文件夹不存在且无法创建（或不是文件夹）；请检查路径是否写对\n');
  });

  it('lint -o json=/proc/x.json: a folder where no file can be made, in English with --lang en', () => {
    const run = atOnce(['lint', 'examples/demo-county', '-o', 'json=/proc/x.json', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gkml: cannot write the report /proc/x.json: a folder on the path does not exist and cannot be created there (or is not a folder); check the path\n',
    );
  });
});

// Mounting a tmpfs needs root: CI runs as root; elsewhere this part is skipped, and says why.
const small = join(scratch, 'small');
const mounted = isRoot && (mkdirSync(small), spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', small]).status === 0);

describe.skipIf(!mounted)('a full disk (a 3 MB tmpfs; needs root to mount)', () => {
  const out = join(small, 'out');
  const FULL = '磁盘空间已满；请清理磁盘或换一个空间充足的位置后重试';
  let before = '';
  beforeAll(() => {
    const first = gkml(['build', fixture('clean'), '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    before = digest(out);
  });
  afterAll(() => spawnSync('umount', [small]));

  /** Fills the disk to its last byte; returns the filler's removal. */
  function fill(): () => void {
    const filler = join(small, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024));
    } catch (err) {
      expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    return () => rmSync(filler);
  }

  it('a build that fills it: one line naming the output folder, the previous output byte-identical, no staging or lock', () => {
    const run = gkml(['build', 'examples/demo-county', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入 ${out}：${FULL}\n`);
    expect(run.stderr).not.toMatch(/内部错误|\n\s+at /);
    expect(digest(out)).toBe(before);
    expect(readdirSync(small)).toEqual(['out']);
  });

  it('a report (-o) on it is whole or absent: absent, no draft', () => {
    const unfill = fill();
    const report = join(small, 'x.json');
    const run = gkml(['lint', 'examples/demo-county', '-o', `json=${report}`]);
    unfill();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入报告 ${report}：${FULL}\n`);
    expect(readdirSync(small)).toEqual(['out']);
  });

  it('--fix on it leaves the YAML file whole, as it was', () => {
    const ws = join(small, 'fix');
    cpSync(fixture('fix'), ws, { recursive: true });
    rmSync(join(ws, 'expected'), { recursive: true });
    const file = join(ws, 'directories/jiuye.yaml');
    const bytes = readFileSync(file);
    const unfill = fill();
    const run = gkml(['lint', ws, '--fix']);
    unfill();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入 ${file}：${FULL}\n`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(leftovers(join(ws, 'directories'))).toEqual([]);
    rmSync(ws, { recursive: true });
  });
});

// As nobody, who may read everything (CAP_DAC_READ_SEARCH: the checkout may sit in root's home) and write nothing of root's.
const NOBODY = [
  'setpriv',
  '--reuid=nobody',
  '--regid=nogroup',
  '--clear-groups',
  '--inh-caps=+dac_read_search',
  '--ambient-caps=+dac_read_search',
];
const canSwitch = isRoot && spawnSync(NOBODY[0]!, [...NOBODY.slice(1), 'true']).status === 0;

describe.skipIf(!canSwitch)('an output folder the user may not write (run as nobody; needs root to switch user)', () => {
  const locked = join(scratch, 'locked');
  const out = join(locked, 'out');
  const DENIED = '没有写入权限；请换一个你有权写入的位置，或请管理员开放该文件夹的权限';
  let before = '';
  beforeAll(() => {
    mkdirSync(locked);
    const first = gkml(['build', fixture('clean'), '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    before = digest(out);
    chmodSync(locked, 0o555);
  });
  afterAll(() => chmodSync(locked, 0o755));

  it('build: one line naming the output folder (not its lock), the previous output byte-identical', () => {
    const run = gkml(['build', fixture('clean'), '--out', out], NOBODY);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入 ${out}：${DENIED}\n`);
    expect(digest(out)).toBe(before);
    expect(leftovers(locked)).toEqual([]);
  });

  it('lint -o into it: one line naming the report, no report, no draft', () => {
    const report = join(locked, 'x.json');
    const run = gkml(['lint', 'examples/demo-county', '-o', `json=${report}`], NOBODY);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入报告 ${report}：${DENIED}\n`);
    expect(existsSync(report)).toBe(false);
    expect(leftovers(locked)).toEqual([]);
  });
});
