// SHA256SUMS and `gkml verify`: every build lists every published file in the format sha256sum -c
// reads, in a fixed order, kept files of an --only build too; a deployed copy with a byte altered,
// a file added and a file removed is reported file by file (exit 1), an untouched one passes (exit 0).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedFiles } from '../../src/publish/checksums.js';
import { fixture, runCli } from '../helpers/cli.js';
import { scratchDir } from '../xlsx/support.js';

const scratch = scratchDir('verify');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = join(scratch, 'out');
const sums = () => readFileSync(join(out, 'SHA256SUMS'), 'utf8');

beforeAll(async () => {
  const run = await runCli(['build', fixture('clean'), '--out', out], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
  expect(run.code, run.stderr).toBe(0);
});

describe('SHA256SUMS', () => {
  it('lists every published file, sorted, in the format sha256sum -c checks', () => {
    const files = sums()
      .trimEnd()
      .split('\n')
      .map((l) => l.slice(66));
    expect(files).toEqual(publishedFiles(out));
    expect(files).toEqual(expect.arrayContaining(['directory.json', 'directory.xlsx', 'directory.docx', 'site/index.html']));
    expect(files).not.toContain('.gkml-output');
    expect(files).not.toContain('SHA256SUMS');
    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('is the same on a second build, and still lists the kept files after an --only build', async () => {
    const first = sums();
    const again = await runCli(['build', fixture('clean'), '--out', out], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(again.code, again.stderr).toBe(0);
    expect(sums()).toBe(first);
    const only = await runCli(['build', fixture('clean'), '--out', out, '--only', 'json'], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(only.code, only.stderr).toBe(0);
    expect(only.stderr).not.toContain('SHA256SUMS');
    expect(sums()).toBe(first);
  });
});

describe('gkml verify', () => {
  it('passes an untouched deployed copy (exit 0)', async () => {
    const deployed = join(scratch, 'deployed-clean');
    cpSync(out, deployed, { recursive: true });
    const run = await runCli(['verify', deployed]);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/个文件都与 .*SHA256SUMS 一致/);
    expect(run.code).toBe(0);
  });

  it('reports a changed byte, an added and a removed file, one line each, in Chinese and English (exit 1)', async () => {
    const deployed = join(scratch, 'deployed');
    cpSync(out, deployed, { recursive: true });
    appendFileSync(join(deployed, 'site/index.html'), ' ');
    writeFileSync(join(deployed, 'site/ad.html'), '<p>not ours</p>');
    rmSync(join(deployed, 'directory.json'));
    const zh = await runCli(['verify', deployed]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toBe('已改动：site/index.html\n缺少：directory.json\n多出：site/ad.html\n');
    expect(zh.stderr).toContain('1 个已改动，1 个缺少，1 个多出');
    const en = await runCli(['verify', deployed, '--lang', 'en']);
    expect(en.stdout).toBe('changed: site/index.html\nmissing: directory.json\nextra: site/ad.html\n');
    // The sums kept apart from the deployed copy (--sums), where a tamperer cannot rewrite them.
    const apart = join(scratch, 'SHA256SUMS');
    cpSync(join(out, 'SHA256SUMS'), apart);
    rmSync(join(deployed, 'SHA256SUMS'));
    const withSums = await runCli(['verify', deployed, '--sums', apart]);
    expect(withSums.code).toBe(1);
    expect(withSums.stdout).toBe(zh.stdout);
  });

  it('stops with the line of a sums file it cannot read (exit 2)', async () => {
    const bad = join(scratch, 'bad.sums');
    writeFileSync(bad, `${'0'.repeat(64)}  ../etc/passwd\n`);
    const run = await runCli(['verify', out, '--sums', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.sums:1:1: ');
  });
});
