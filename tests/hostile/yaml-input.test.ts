// Hostile and messy directory files, as they arrive from Word, WPS, Excel and Notepad: every case
// ends with a clear message at a location, exit 1 or 2, no stack trace, within a small memory cap.
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALID_ITEM = `  - id: jiuye-01-01
    l1: 就业信息服务
    l2: 就业政策法规咨询
    content: [政策文件]
    basis: [《中华人民共和国就业促进法》]
    timeframe: 信息形成或者变更之日起20个工作日内
    owner: 某县人力资源和社会保障局
    channels: [政府网站]
    audience: 全社会
    mode: [主动]
    level: [县级]
`;
const VALID = `domain: jiuye\nname: 就业\nitems:\n${VALID_ITEM}`;

/** Every message the hostile files got, for the check that no parser English reaches a Chinese one. */
const messages: string[] = [];

/** Runs lint on one file as a real process with a 256 MB heap cap; returns exit code and output. */
function lintFile(name: string, content: string | Uint8Array, ...flags: string[]) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const run = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, 'lint', name, '-f', 'json', ...flags], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
    timeout: 60_000,
  });
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  const report = run.stdout ? JSON.parse(run.stdout) : undefined;
  if (!flags.includes('en')) messages.push(...(report?.findings ?? []).map((f: { message: string }) => f.message), run.stderr);
  return { code: run.status, report, stderr: run.stderr };
}

function only(report: { findings: { rule: string; line: number; column: number; message: string; severity: string }[] }) {
  return report.findings.map((f) => `${f.severity} ${f.line}:${f.column} ${f.rule} ${f.message}`);
}

describe('hostile YAML input', () => {
  it('a valid file passes (control case)', () => {
    expect(lintFile('valid.yaml', VALID).code).toBe(0);
  });

  it('a UTF-8 BOM is accepted silently', () => {
    expect(lintFile('bom.yaml', '\uFEFF' + VALID).code).toBe(0);
  });

  it('CRLF line ends are accepted and positions stay right', () => {
    const r = lintFile('crlf.yaml', VALID.replace('channels: [政府网站]', 'channels: 政府网站').replace(/\n/g, '\r\n'));
    expect(r.code).toBe(1);
    expect(only(r.report)).toEqual(['error 11:15 list-form 事项“jiuye-01-01”：「公开渠道和载体」应写成列表：写作 [政府网站]']);
  });

  it('GB18030 is decoded with a warning naming the encoding and how to convert', () => {
    const gbk = spawnSync(
      process.execPath,
      ['-e', "process.stdout.write(require('iconv-lite').encode(require('fs').readFileSync(0,'utf8'),'gb18030'))"],
      { input: VALID, cwd: REPO },
    );
    const r = lintFile('gbk.yaml', gbk.stdout);
    expect(r.code).toBe(0);
    expect(only(r.report)).toEqual([expect.stringMatching(/^warn 1:1 encoding 文件编码为 GB18030\/GBK.*iconv -f GB18030 -t UTF-8/)]);
  });

  it('UTF-16 (with BOM) is decoded with a warning', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]);
    const r = lintFile('utf16.yaml', utf16);
    expect(r.code).toBe(0);
    expect(only(r.report)).toEqual([expect.stringMatching(/^warn 1:1 encoding 文件编码为 UTF-16LE/)]);
  });

  it('an empty file is an error at 1:1', () => {
    const r = lintFile('empty.yaml', '');
    expect(r.code).toBe(1);
    expect(only(r.report)).toEqual(['error 1:1 yaml-syntax 文件为空：目录文件至少应包含 domain、name 和 items']);
  });

  it('a binary file is refused as not text', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const r = lintFile('binary.yaml', bytes);
    expect(r.code).toBe(1);
    expect(only(r.report)).toEqual(['error 1:1 encoding 无法读取：文件不是文本，或编码无法识别（应为 UTF-8）']);
  });

  it('a 50 MB file is refused by size without being read', () => {
    const path = join(dir, 'huge.yaml');
    const fd = openSync(path, 'w');
    const chunk = Buffer.from(`# ${'填充'.repeat(500)}\n`);
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const run = spawnSync(process.execPath, ['--max-old-space-size=128', BIN, 'lint', 'huge.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/1:1 +错误 +文件过大（50\.\d MB，上限 16 MB）/);
  });

  it('an alias bomb (billion laughs) stops with a message', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + prev)
          .join(',')}]`,
      );
    }
    const r = lintFile('bomb.yaml', `domain: jiuye\nname: 就业\nitems: []\n${levels.join('\n')}\n`);
    expect(r.code).toBe(1);
    expect(only(r.report)).toEqual([expect.stringMatching(/^error 1:1 yaml-syntax 无法展开 YAML 别名.*别名炸弹/)]);
  });

  it('deep nesting is reported, not a crash', () => {
    const r = lintFile('deep.yaml', `domain: jiuye\nname: 就业\nitems: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(r.code).toBe(1);
    expect(only(r.report)).toEqual([expect.stringMatching(/^error 3:\d+ yaml-syntax 嵌套层数过深/)]);
  });

  it('wrong types in every item field are each reported at their value', () => {
    const bad = `domain: jiuye\nname: 就业\nitems:\n  - id: 7\n    l1: [x]\n    l2: {a: 1}\n    content: 3\n    basis: 《就业促进法》\n    timeframe: [x]\n    owner: 5\n    channels: {政府网站: true}\n    audience: [全社会]\n    mode: 主动\n    level: 县级\n`;
    const r = lintFile('types.yaml', bad);
    expect(r.code).toBe(1);
    const lines = r.report.findings.map((f: { line: number; rule: string }) => `${f.line} ${f.rule}`);
    // A list typed as text is read as meant and reported once by list-form, with what to write.
    const listForm = new Set([8, 13, 14]);
    expect(lines).toEqual(Array.from({ length: 11 }, (_, i) => `${i + 4} ${listForm.has(i + 4) ? 'list-form' : 'schema'}`));
  });

  it('an unknown domain id gets a suggestion; an id like ../../x is rejected by pattern', () => {
    const r = lintFile('ids.yaml', VALID.replace('domain: jiuye', 'domain: jiuyee').replace('id: jiuye-01-01', 'id: ../../x'));
    expect(r.code).toBe(1);
    expect(only(r.report)).toEqual([
      'error 1:9 schema 「领域」(domain)的值“jiuyee”不是允许的值（共 26 个可选值）；是否想写“jiuye”？',
      'error 4:9 schema 事项“../../x”：「事项编号」(id)的值“../../x”格式不正确：应为小写字母、数字和连字符，如 jiuye-01-02',
    ]);
  });

  it('absurdly long strings are reported with their length, not echoed in full', () => {
    const r = lintFile('long.yaml', VALID.replace('l1: 就业信息服务', `l1: ${'长'.repeat(100_000)}`));
    expect(r.code).toBe(1);
    const [finding] = r.report.findings;
    expect(finding.message).toMatch(/「一级事项」\(l1\)过长：100000 个字符，最多 2000 个/);
    expect(finding.message.length).toBeLessThan(200);
  });
});

describe('symbolic links', () => {
  it('a linked file pointing outside the workspace is never read, and reported by file-access', () => {
    const ws = join(dir, 'linked-ws');
    mkdirSync(join(ws, 'directories'), { recursive: true });
    writeFileSync(
      join(ws, 'gkml.config.yaml'),
      'region: 链接县\nlevel: county\npublisher: 链接县人民政府办公室\nversion: "1"\ndate: 2026-01-01\n',
    );
    writeFileSync(join(ws, 'directories/jiuye.yaml'), VALID);
    const outside = join(dir, 'outside.yaml');
    writeFileSync(outside, 'domain: nope\n');
    symlinkSync(outside, join(ws, 'directories/linked.yaml'));
    const run = spawnSync(process.execPath, [BIN, 'lint', ws, '-f', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files).toEqual(['linked-ws/directories/jiuye.yaml', 'linked-ws/directories/linked.yaml']);
    expect(report.findings.map((f: { file: string; rule: string; line: number }) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'linked-ws/directories/linked.yaml:1 file-access',
    ]);
    expect(run.stdout).not.toContain('nope');
  });

  it('a directories folder that links outside the workspace is refused; one linking inside is read', () => {
    const config = 'region: 链接县\nlevel: county\npublisher: 链接县人民政府办公室\nversion: "1"\ndate: 2026-01-01\n';
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'jiuye.yaml'), VALID);
    const out = join(dir, 'folder-out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'gkml.config.yaml'), config);
    symlinkSync(elsewhere, join(out, 'directories'));
    const refused = spawnSync(process.execPath, [BIN, 'lint', out], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH } });
    // Its only file is not read: nothing could be, exit 2, naming the link (the folder).
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      'gkml: folder-out/directories/jiuye.yaml: 符号链接 folder-out/directories 指向所在仓库、工作区或文件夹之外，未读取它指向的文件\n',
    );

    const inside = join(dir, 'folder-in');
    mkdirSync(join(inside, 'data'), { recursive: true });
    writeFileSync(join(inside, 'gkml.config.yaml'), config);
    writeFileSync(join(inside, 'data/jiuye.yaml'), VALID);
    symlinkSync(join(inside, 'data'), join(inside, 'directories'));
    const read = spawnSync(process.execPath, [BIN, 'lint', inside, '-f', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
    });
    expect(read.status, read.stderr).toBe(0);
    expect(JSON.parse(read.stdout).files).toContain('folder-in/directories/jiuye.yaml');
  });
});

describe('the hostile files in Chinese', () => {
  // Runs last in this file: the cases above have filled `messages`.
  it('carry no English sentence from the YAML parser', () => {
    expect(messages.length).toBeGreaterThan(15);
    expect(messages.filter((m) => /\b[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}\b/.test(m))).toEqual([]);
  });
});
