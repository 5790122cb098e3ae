// Errors a Linux test cannot cause for real (a file open in WPS or Excel, a read-only file system, too
// many open files), injected at the write layer: node:fs throws them, as the system would, for the
// one call the test names. Each is one line naming the path the user gave, exit 2, and the previous
// output or file byte-identical with nothing left behind.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { digest } from '../helpers/digest.js';
import { fixture, runCli } from '../helpers/cli.js';
import type * as NodeFs from 'node:fs';

/** The fault to inject: the fs call, the code, and which call (by its arguments) fails. */
const injected = vi.hoisted(() => ({ fault: undefined as undefined | { call: string; code: string; when: (args: unknown[]) => boolean } }));

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof NodeFs>();
  const failing = <F extends (...args: never[]) => unknown>(call: string, real: F) =>
    ((...args: unknown[]) => {
      const fault = injected.fault;
      if (fault?.call === call && fault.when(args)) {
        const path = String(args[0]);
        throw Object.assign(new Error(`${fault.code}: injected, ${call} '${path}'`), {
          code: fault.code,
          syscall: call === 'renameSync' ? 'rename' : 'open',
          path,
        });
      }
      return real(...(args as Parameters<F>));
    }) as unknown as F;
  const patched = { writeFileSync: failing('writeFileSync', fs.writeFileSync), renameSync: failing('renameSync', fs.renameSync) };
  return { ...fs, ...patched, default: { ...fs, ...patched } };
});

const scratch = mkdtempSync(join(tmpdir(), 'gkml-injected-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => (injected.fault = undefined));

const inject = (call: string, code: string, when: (args: unknown[]) => boolean) => (injected.fault = { call, code, when });
const named = (args: unknown[], part: string, at = 0) => String(args[at]).includes(part);
/** What a build or a write leaves beside its output: staging, old output, lock, drafts. */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.'));

const BUSY = '文件被其他程序占用（如在 WPS 或 Excel 中打开）；请关闭该程序后重试';
const READ_ONLY = '文件系统是只读的；请换一个可写的位置（如本机磁盘上的文件夹）';
const TOO_MANY = '同时打开的文件太多；请关闭一些程序，或提高打开文件数上限（如 ulimit -n 4096）后重试';

describe('a build meeting a fault of the machine', () => {
  const out = join(scratch, 'out');
  let before = '';
  beforeAll(async () => {
    const first = await runCli(['build', fixture('clean'), '--out', 'out'], { cwd: scratch });
    expect(first.code, first.stderr).toBe(0);
    before = digest(out);
  });

  it.each([
    // The new output cannot take the old one's place: the old one is put back.
    ['EBUSY at the swap', 'renameSync', 'EBUSY', (a: unknown[]) => named(a, '.building-'), BUSY],
    ['EROFS at the lock', 'writeFileSync', 'EROFS', (a: unknown[]) => named(a, '.out.lock.'), READ_ONLY],
    ['EMFILE in staging', 'writeFileSync', 'EMFILE', (a: unknown[]) => named(a, '.building-'), TOO_MANY],
  ] as const)('%s: one line naming the output folder, the previous output intact', async (_name, call, code, when, cause) => {
    inject(call, code, when);
    const run = await runCli(['build', fixture('clean'), '--out', 'out'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入 out：${cause}\n`);
    expect(digest(out)).toBe(before);
    expect(leftovers(scratch)).toEqual([]);
  });

  it('says it in English with --lang en', async () => {
    inject('renameSync', 'EBUSY', (a) => named(a, '.building-'));
    const run = await runCli(['build', fixture('clean'), '--out', 'out', '--lang', 'en'], { cwd: scratch });
    expect(run.stderr).toBe(
      'gkml: cannot write out: the file is in use by another program (e.g. open in WPS or Excel); close it and try again\n',
    );
    expect(digest(out)).toBe(before);
  });
});

describe('a report file (-o) meeting a fault', () => {
  it('is left as it was, with no draft beside it', async () => {
    const dir = join(scratch, 'report');
    cpSync(fixture('clean'), dir, { recursive: true });
    writeFileSync(join(dir, 'x.json'), 'the last report');
    inject('renameSync', 'EBUSY', (a) => named(a, 'x.json', 1));
    const run = await runCli(['lint', '.', '-o', 'json=x.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入报告 x.json：${BUSY}\n`);
    expect(readFileSync(join(dir, 'x.json'), 'utf8')).toBe('the last report');
    expect(leftovers(dir).filter((n) => n.includes('x.json'))).toEqual([]);
  });
});

describe('--fix meeting a fault', () => {
  it('leaves the YAML file as it was, whole', async () => {
    const dir = join(scratch, 'fix');
    cpSync(fixture('fix'), dir, { recursive: true });
    const file = join(dir, 'directories/jiuye.yaml');
    const bytes = readFileSync(file);
    inject('writeFileSync', 'EROFS', (a) => named(a, 'jiuye.yaml'));
    const run = await runCli(['lint', '--fix'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入 directories/jiuye.yaml：${READ_ONLY}\n`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(leftovers(join(dir, 'directories'))).toEqual([]);
  });
});

describe('import --into meeting a fault', () => {
  it('leaves the YAML file as it was, whole', async () => {
    const dir = join(scratch, 'into');
    const workbook = '青山县标准目录（填报）.xlsx';
    const init = await runCli(['init', dir, '--region', '青山县', '--date', '2026-06-30', '--xlsx'], { cwd: scratch });
    expect(init.code, init.stderr).toBe(0);
    // A clerk's edit: one item's second-level name, so the merge writes jiuye.yaml.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, workbook));
    const sheet = book.getWorksheet('就业')!;
    const column = [...Array(sheet.columnCount).keys()]
      .map((i) => i + 1)
      .find((c) => [2, 3].some((r) => sheet.getRow(r).getCell(c).value === '二级事项'))!;
    sheet.getRow(4).getCell(column).value = '岗位信息发布（已核对）';
    await book.xlsx.writeFile(join(dir, workbook));
    const file = join(dir, 'directories/jiuye.yaml');
    const bytes = readFileSync(file);
    inject('writeFileSync', 'EMFILE', (a) => named(a, 'jiuye.yaml'));
    const run = await runCli(['import', workbook, '--into', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: 无法写入 directories/jiuye.yaml：${TOO_MANY}\n`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(leftovers(join(dir, 'directories'))).toEqual([]);
    // Without the fault the same merge writes the file: the test would have seen a write.
    injected.fault = undefined;
    expect((await runCli(['import', workbook, '--into', '.'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(false);
  });
});
