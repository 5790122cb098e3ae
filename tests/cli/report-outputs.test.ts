// `gkml lint -o` mistakes are usage errors, caught before anything is linted or written: a format
// prefix that names no format (`-o foo=/tmp/x`), a file whose extension names another format than
// the one written to it (`-o gkml.sarif` with the default stylish). A report that cannot be written
// is one line naming the file and why, not 「内部错误」. Files written by the test (issue 25).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-outputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  join(dir, 'jiuye.yaml'),
  'domain: jiuye\nname: 就业\nitems:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    l2: 政策咨询\n    content: [政策文件]\n    basis: [《中华人民共和国就业促进法》]\n    timeframe: 信息形成或者变更之日起20个工作日内\n    owner: 某县人力资源和社会保障局\n    channels: [政府服务中心]\n    audience: 全社会\n    mode: [主动]\n    level: [县级]\n',
);

const lint = (...args: string[]) => runCli(['lint', 'jiuye.yaml', ...args], { cwd: dir });
/** The files of the test folder besides the directory file: what a refused -o must not have written. */
const written = () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f !== 'jiuye.yaml');

describe('-o that names no format', () => {
  it('exits 2 with the formats there are, and writes nothing (not a file named foo=…)', async () => {
    const target = join(dir, 'x.txt');
    const run = await lint('-o', `foo=${target}`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `gkml: -o foo=${target}：没有名为“foo”的输出格式（可用：stylish、json、sarif、github、junit、gitlab）；文件名本身含“=”时写成 -o ./foo=${target}\n`,
    );
    expect(written()).toEqual([]);
  });

  it('in English with --lang en', async () => {
    const run = await lint('-o', 'jsn=out.json', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gkml: -o jsn=out.json: there is no output format "jsn" (available: stylish, json, sarif, github, junit, gitlab); for a file name with "=" in it, write -o ./jsn=out.json\n',
    );
  });

  it('a path with "=" in it is a file when written as one', async () => {
    const run = await lint('-o', './a=b.txt');
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'a=b.txt'), 'utf8')).toContain('channel-vocabulary');
    rmSync(join(dir, 'a=b.txt'));
  });
});

describe('-o to a file of another format', () => {
  it.each([
    [
      ['-o', 'gkml.sarif'],
      '-o gkml.sarif：.sarif 文件应是 sarif 格式，而写入它的是 stylish 格式（用 -f 选择格式，或写成 -o stylish=另一个文件名）',
    ],
    [
      ['-f', 'json', '-o', 'report.sarif'],
      '-o report.sarif：.sarif 文件应是 sarif 格式，而写入它的是 json 格式（用 -f 选择格式，或写成 -o json=另一个文件名）',
    ],
    [
      ['-o', 'junit=report.json'],
      '-o report.json：.json 文件应是 json、sarif、gitlab 格式，而写入它的是 junit 格式（用 -f 选择格式，或写成 -o junit=另一个文件名）',
    ],
    [
      ['-f', 'sarif', '-o', 'report.xml'],
      '-o report.xml：.xml 文件应是 junit 格式，而写入它的是 sarif 格式（用 -f 选择格式，或写成 -o sarif=另一个文件名）',
    ],
  ])('%j exits 2 and writes nothing', async (args, message) => {
    const run = await lint(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`gkml: ${message}\n`);
    expect(written()).toEqual([]);
  });

  it('in English', async () => {
    const run = await lint('-o', 'gkml.sarif', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gkml: -o gkml.sarif: a .sarif file should hold sarif, but the report written to it is stylish (choose the format with -f, or write -o stylish=another file name)\n',
    );
  });

  it.each([
    [['-f', 'sarif', '-o', 'ok.sarif'], 'ok.sarif', '"version": "2.1.0"'],
    [['-f', 'sarif', '-o', 'ok.sarif.json'], 'ok.sarif.json', '"version": "2.1.0"'],
    [['-f', 'gitlab', '-o', 'gl-code-quality.json'], 'gl-code-quality.json', '"check_name"'],
    [['-o', 'junit=results.xml'], 'results.xml', '<testsuites'],
    [['-o', 'lint.txt'], 'lint.txt', '✖ 1 个问题'],
    [['-f', 'github', '-o', 'annotations'], 'annotations', '::error'],
  ])('%j writes the report where a file of its kind belongs', async (args, file, marker) => {
    const run = await lint(...args);
    expect(run.code, run.stderr).toBe(1);
    expect(readFileSync(join(dir, file), 'utf8')).toContain(marker);
    rmSync(join(dir, file));
  });
});

describe('a report that cannot be written', () => {
  it('is one line naming the file and why, exit 2, not an internal error', async () => {
    mkdirSync(join(dir, 'a-folder'));
    const onFolder = await lint('-o', 'a-folder');
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr).toBe('gkml: 无法写入报告 a-folder：这是一个文件夹；请给出文件名\n');
    const underFile = await lint('-f', 'json', '-o', 'jiuye.yaml/report.json', '--lang', 'en');
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toBe(
      'gkml: cannot write the report jiuye.yaml/report.json: a folder on the path does not exist and cannot be created there (or is not a folder); check the path\n',
    );
    rmSync(join(dir, 'a-folder'), { recursive: true });
    expect(existsSync(join(dir, 'jiuye.yaml'))).toBe(true);
  });
});
