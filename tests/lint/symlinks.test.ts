// Symbolic links in what a reviewer checks: a link whose target stays inside the file's boundary
// (its git repository, else its workspace, else the folder it was found in) is read as its
// target; one that leaves it, or leads nowhere, is a file-access error naming the link, and its
// target is never read — its content appears in no output, report or published file. Never
// skipped without a word; `gkml build` agrees. The files are written by the test (issue 25).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ONE_ROW_HEADER, workbookBytes } from '../fixtures/import/make-fixtures.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gkml-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a leak would show: were the target read, its domain would be quoted in a schema message. */
const SECRET = 'runner-secret-7f3a';
const secretFile = join(dir, 'elsewhere', 'secret.yaml');
mkdirSync(join(dir, 'elsewhere'));
writeFileSync(secretFile, `domain: ${SECRET}\nname: ${SECRET}\nitems: []\n`);

const CONFIG =
  'region: 链接县\nlevel: county\npublisher: 链接县人民政府办公室\nversion: "1"\ndate: 2026-01-01\nrules:\n  domain-coverage: off\n';
const item = (id: string, channel: string) =>
  `  - id: ${id}\n    l1: 就业信息服务\n    l2: 政策咨询${id.slice(-1)}\n    content: [政策文件]\n    basis: [《中华人民共和国就业促进法》]\n    timeframe: 信息形成或者变更之日起20个工作日内\n    owner: 链接县人力资源和社会保障局\n    channels: [${channel}]\n    audience: 全社会\n    mode: [主动]\n    level: [县级]\n`;
const directory = (domain: string, name: string, channel = '政府网站') =>
  `domain: ${domain}\nname: ${name}\nitems:\n${item(`${domain}-01-01`, channel)}`;

/** A workspace: one file of its own, one linked from inside it (with a planted typo), one linked out. */
function workspace(name: string): string {
  const ws = join(dir, name);
  mkdirSync(join(ws, 'directories'), { recursive: true });
  mkdirSync(join(ws, 'shared'));
  writeFileSync(join(ws, 'gkml.config.yaml'), CONFIG);
  writeFileSync(join(ws, 'directories/jiuye.yaml'), directory('jiuye', '就业'));
  writeFileSync(join(ws, 'shared/shebao.yaml'), directory('shehui-baoxian', '社会保险', '政府服务中心'));
  symlinkSync('../shared/shebao.yaml', join(ws, 'directories/shehui-baoxian.yaml'));
  symlinkSync(secretFile, join(ws, 'directories/wenhua.yaml'));
  return ws;
}

/** Every file under `root`, as text. */
function allText(root: string): string {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => join(root, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => readFileSync(f, 'latin1') + readFileSync(f, 'utf8'))
    .join('\n');
}

interface JsonFinding {
  file: string;
  rule: string;
  line: number;
  message: string;
}

describe('links in a workspace', () => {
  const ws = workspace('ws');

  it('lint reads a link inside the workspace as its target, and reports one leading out by the link, unread', async () => {
    const run = await runCli(
      ['lint', 'ws', '-f', 'json', '-o', 'json=report.json', '-f', 'sarif', '-o', 'sarif=report.sarif', '-f', 'stylish'],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.files).toEqual(['ws/directories/jiuye.yaml', 'ws/directories/shehui-baoxian.yaml', 'ws/directories/wenhua.yaml']);
    expect(report.findings.map((f: JsonFinding) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'ws/directories/shehui-baoxian.yaml:11 channel-vocabulary',
      'ws/directories/wenhua.yaml:1 file-access',
    ]);
    expect(report.findings[1].message).toBe('符号链接 ws/directories/wenhua.yaml 指向所在仓库、工作区或文件夹之外，未读取它指向的文件');
    expect(run.stdout).toContain('ws/directories/wenhua.yaml\n  1:1  错误  符号链接 ws/directories/wenhua.yaml');
    for (const text of [
      run.stdout,
      run.stderr,
      readFileSync(join(dir, 'report.json'), 'utf8'),
      readFileSync(join(dir, 'report.sarif'), 'utf8'),
    ]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('elsewhere');
    }
  });

  it('build refuses to publish with the link named, and a draft publishes without it: the target never read', async () => {
    // The linked file mended: the link out is the one error left.
    writeFileSync(join(ws, 'shared/shebao.yaml'), directory('shehui-baoxian', '社会保险'));
    const refused = await runCli(['build', 'ws', '--out', 'site'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'gkml: ws/directories/wenhua.yaml:1:1: 目录有 1 个错误，未生成任何输出（先运行 gkml lint ws 查看）。第一个：符号链接 ws/directories/wenhua.yaml 指向所在仓库、工作区或文件夹之外，未读取它指向的文件\n',
    );
    expect(refused.stdout + refused.stderr).not.toContain(SECRET);
    const draft = await runCli(['build', 'ws', '--out', 'draft', '--draft', '--only', 'json,html'], { cwd: dir });
    expect(draft.code, draft.stderr).toBe(0);
    const published = allText(join(dir, 'draft'));
    expect(published).toContain('社会保险');
    expect(published).not.toContain(SECRET);
  });

  it('build publishes a workspace whose links all stay inside it, the linked file as its target', async () => {
    rmSync(join(ws, 'directories/wenhua.yaml'));
    const run = await runCli(['build', 'ws', '--out', 'site', '--only', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'site/directory.json'), 'utf8'));
    expect(JSON.stringify(json)).toContain('shehui-baoxian-01-01');
  });

  it('a link that leads nowhere is reported, not skipped; --cache copes with it', async () => {
    const ws2 = workspace('ws-dangling');
    symlinkSync(join(dir, 'no-such-file.yaml'), join(ws2, 'directories/yiliao.yaml'));
    const run = await runCli(
      ['lint', 'ws-dangling', '-f', 'json', '--cache', '--cache-location', join(dir, 'cache'), '--cache-strategy', 'content'],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    const messages = JSON.parse(run.stdout).findings.map((f: JsonFinding) => `${f.file} ${f.rule} ${f.message}`);
    expect(messages).toContain(
      'ws-dangling/directories/yiliao.yaml file-access 符号链接 ws-dangling/directories/yiliao.yaml 指向的文件不存在',
    );
  });
});

describe('links named on the command line', () => {
  it('a link to a file outside, alone: nothing could be read, exit 2, the link named and its target not', async () => {
    mkdirSync(join(dir, 'named'));
    symlinkSync(secretFile, join(dir, 'named/passwd.yaml'));
    const run = await runCli(['lint', 'named/passwd.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: named/passwd.yaml: 符号链接 named/passwd.yaml 指向所在仓库、工作区或文件夹之外，未读取它指向的文件\n');
    expect(run.stdout).toBe('');
  });

  it('among good files, in English: a finding of the link, exit 1', async () => {
    writeFileSync(join(dir, 'named/jiuye.yaml'), directory('jiuye', '就业'));
    const run = await runCli(['lint', 'named/jiuye.yaml', 'named/passwd.yaml', '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'named/passwd.yaml\n  1:1  error  the symbolic link named/passwd.yaml leads outside its repository, workspace or folder; what it points to was not read  file-access',
    );
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});

describe('links in a folder of submissions', () => {
  it('a table linked from inside the folder is read; one linked from outside is not', async () => {
    const folder = join(dir, 'submissions');
    mkdirSync(join(folder, 'originals'), { recursive: true });
    const row = [
      1,
      '就业信息服务',
      '政策咨询',
      '政策文件',
      '《中华人民共和国就业促进法》',
      '信息形成或者变更之日起20个工作日内',
      '某县人力资源和社会保障局',
      '政府服务中心',
      '√',
      null,
      '√',
      null,
      '√',
      null,
    ];
    writeFileSync(
      join(folder, 'originals/jiuye.xlsx'),
      await workbookBytes([{ name: '就业', rows: [['某县就业领域基层政务公开标准目录'], ONE_ROW_HEADER, row] }]),
    );
    symlinkSync('originals/jiuye.xlsx', join(folder, 'jiuye.xlsx'));
    writeFileSync(join(dir, 'elsewhere/other.xlsx'), await workbookBytes([{ name: SECRET, rows: [[SECRET], ONE_ROW_HEADER, row] }]));
    symlinkSync(join(dir, 'elsewhere/other.xlsx'), join(folder, 'other.xlsx'));
    const run = await runCli(['lint', 'submissions', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: JsonFinding & { cell?: string }) => `${f.file} ${f.cell ?? f.line} ${f.rule}`)).toEqual([
      'submissions/jiuye.xlsx H3 channel-vocabulary',
      'submissions/other.xlsx 1 file-access',
    ]);
    expect(run.stdout).not.toContain(SECRET);
  });
});

describe('links in a git repository', () => {
  it('may lead anywhere inside the repository, and not out of it', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'common'));
    writeFileSync(join(repo, 'common/shebao.yaml'), directory('shehui-baoxian', '社会保险'));
    const ws = join(repo, 'county');
    mkdirSync(join(ws, 'directories'), { recursive: true });
    writeFileSync(join(ws, 'gkml.config.yaml'), CONFIG);
    symlinkSync('../../common/shebao.yaml', join(ws, 'directories/shehui-baoxian.yaml'));
    symlinkSync(secretFile, join(ws, 'directories/wenhua.yaml'));
    const run = await runCli(['lint', 'county', '-f', 'json'], { cwd: repo });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: JsonFinding) => `${f.file} ${f.rule}`)).toEqual([
      'county/directories/wenhua.yaml file-access',
    ]);
    expect(run.stdout).not.toContain(SECRET);
  });
});
