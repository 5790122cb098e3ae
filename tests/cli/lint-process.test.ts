// The real process: exit codes, one-line errors without stack traces, machine formats that
// validate, and a lint that never loads the export libraries.
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO, fixture, spawnCli } from '../helpers/cli.js';
import { sarifValidationErrors } from '../helpers/sarif.js';

const defects = fixture('defects');
const clean = fixture('clean');
const scratch = mkdtempSync(join(tmpdir(), 'gkml-lint-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('exit codes', () => {
  it('0 for a clean workspace, 1 for errors', () => {
    expect(spawnCli(['lint'], { cwd: clean }).code).toBe(0);
    expect(spawnCli(['lint'], { cwd: defects }).code).toBe(1);
  });

  it('2 with one line and no stack trace for usage problems', () => {
    for (const args of [
      ['lint', '--bogus'],
      ['lint', 'missing.yaml'],
      ['lint', 'none/*.yaml'],
      ['lint', '--max-warnings', 'many'],
    ]) {
      const run = spawnCli(args, { cwd: clean });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
      expect(run.stdout).toBe('');
    }
  });

  it('2 for an unreadable file', () => {
    const dir = mkdtempSync(join(scratch, 'unreadable-'));
    const file = join(dir, 'jiuye.yaml');
    writeFileSync(file, 'domain: jiuye\nname: 就业\nitems: []\n');
    chmodSync(file, 0o000);
    chmodSync(dir, 0o755);
    chmodSync(scratch, 0o755);
    // root reads anything: run the CLI as an unprivileged user to make the file unreadable.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, [BIN, 'lint', file], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
      ...asUser,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^gkml: .*jiuye\.yaml: 无法读取文件（EACCES）\n$/);
    // Among files that can be read, it is a file-access finding of its own, and the others are checked.
    writeFileSync(join(dir, 'shebao.yaml'), 'domain: shehui-baoxian\nname: 社会保险\nitems: []\n');
    const batch = spawnSync(process.execPath, [BIN, 'lint', 'jiuye.yaml', 'shebao.yaml', '-f', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
      ...asUser,
    });
    expect(batch.status, batch.stderr).toBe(1);
    const findings = JSON.parse(batch.stdout).findings.map(
      (f: { file: string; line: number; rule: string; message: string }) => `${f.file}:${f.line} ${f.rule} ${f.message}`,
    );
    expect(findings).toEqual(['jiuye.yaml:1 file-access 无法读取文件（EACCES）']);
  });

  it('shows the stack only with --debug', () => {
    const run = spawnCli(['lint', 'missing.yaml', '--debug'], { cwd: clean });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/GkmlError/);
  });

  it('--max-warnings counts warnings; --quiet hides them', () => {
    const dir = mkdtempSync(join(scratch, 'gbk-'));
    // A GB18030 file is read with a warning (encoding), which --max-warnings 0 turns into a failure.
    const text = readFileSync(join(clean, 'directories/shehui-jiuzhu.yaml'), 'utf8');
    writeFileSync(join(dir, 'x.yaml'), gb18030(text));
    copyFileSync(join(clean, 'gkml.config.yaml'), join(dir, 'gkml.config.yaml'));
    expect(spawnCli(['lint', 'x.yaml'], { cwd: dir }).code).toBe(0);
    const strict = spawnCli(['lint', 'x.yaml', '--max-warnings', '0'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/GB18030/);
    const quiet = spawnCli(['lint', 'x.yaml', '--quiet'], { cwd: dir });
    expect(quiet.stdout).not.toMatch(/GB18030/);
  });
});

/** Encode text as GB18030 with iconv-lite (the decoder side is the platform's TextDecoder). */
function gb18030(text: string): Uint8Array {
  const r = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(require('iconv-lite').encode(require('fs').readFileSync(0,'utf8'),'gb18030'))"],
    { input: text, cwd: REPO },
  );
  return r.stdout;
}

describe('machine formats', () => {
  it('several formats in one run, each to its place', () => {
    const sarifPath = join(scratch, 'report.sarif');
    const jsonPath = join(scratch, 'report.json');
    const run = spawnCli(['lint', '-f', 'stylish', '-f', 'sarif', '-o', `sarif=${sarifPath}`, '-o', `json=${jsonPath}`], { cwd: defects });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/✖ 10 个问题/);
    expect(JSON.parse(readFileSync(sarifPath, 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(readFileSync(jsonPath, 'utf8')).summary.errors).toBe(10);
  });

  it('json output validates against its published schema', () => {
    const run = spawnCli(['lint', '-f', 'json'], { cwd: defects });
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas/lint-report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const report = JSON.parse(run.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.findings.length).toBe(10);
  });

  it("sarif output passes Microsoft's SARIF validator", () => {
    const sarifPath = join(scratch, 'validate.sarif');
    spawnCli(['lint', '-f', 'sarif', '-o', sarifPath], { cwd: defects });
    const { status, output, errors } = sarifValidationErrors(sarifPath, scratch);
    expect(status, output).toBe(0);
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
  });
});

describe('start-up cost', () => {
  it('lint does not load exceljs or handlebars', () => {
    const trace = join(scratch, 'trace.txt');
    const run = spawnSync(
      process.execPath,
      ['--import', join(REPO, 'tests/helpers/trace-imports.mjs'), BIN, 'lint', 'directories/shehui-jiuzhu.yaml'],
      {
        cwd: clean,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, GKML_TRACE: trace },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const loaded = readFileSync(trace, 'utf8');
    expect(loaded).toMatch(/dist\/lint\/run\.js/);
    expect(loaded).not.toMatch(/node_modules\/(exceljs|handlebars|minisearch)\//);
    // A clean file is read by the fast path: yaml's positioned parser is not even loaded.
    expect(loaded).toMatch(/node_modules\/js-yaml\//);
    expect(loaded).not.toMatch(/node_modules\/yaml\//);
  });

  it('a cache hit answers without loading the lint pipeline', () => {
    const cache = join(scratch, 'hit-cache');
    const traced = (name: string) => {
      const trace = join(scratch, name);
      const run = spawnSync(
        process.execPath,
        ['--import', join(REPO, 'tests/helpers/trace-imports.mjs'), BIN, 'lint', '--cache', '--cache-location', cache],
        { cwd: clean, encoding: 'utf8', env: { PATH: process.env.PATH, GKML_TRACE: trace } },
      );
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(trace, 'utf8');
    };
    expect(traced('trace-miss.txt')).toMatch(/dist\/lint\/run\.js/);
    expect(traced('trace-hit.txt')).not.toMatch(/dist\/lint\/run\.js/);
  });

  it('a lint with findings loads yaml to place them', () => {
    const trace = join(scratch, 'trace-defects.txt');
    const run = spawnSync(process.execPath, ['--import', join(REPO, 'tests/helpers/trace-imports.mjs'), BIN, 'lint'], {
      cwd: defects,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GKML_TRACE: trace },
    });
    expect(run.status, run.stderr).toBe(1);
    expect(readFileSync(trace, 'utf8')).toMatch(/node_modules\/yaml\/dist\//);
  });
});
