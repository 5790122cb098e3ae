// No build deletes what it did not make: `--only X` replaces X's files and keeps the other targets'
// of the last build; a full build keeps the fillable workbook, byte for byte, edits and all; a
// build that would replace a file changed since gkml wrote it stops (exit 2, the file named,
// nothing changed); a file no gkml build wrote is kept, or stops the build if it is in the way.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { digest } from '../helpers/digest.js';
import { REPO, runCli, spawnCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-keep-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let ws = '';
let out = '';
let n = 0;
beforeEach(() => {
  n += 1;
  ws = join(scratch, `ws-${n}`);
  out = join(scratch, `out-${n}`);
  cpSync(join(REPO, 'tests/fixtures/clean'), ws, { recursive: true });
});

const FILLABLE = '示例县标准目录（填报）.xlsx';
const bytes = (file: string) => readFileSync(join(out, file));
const leftovers = () => readdirSync(scratch).filter((f) => f.includes('.building-') || f.includes('.old-'));
/** Changes one item of the workspace: every output built from it afterwards differs. */
const editWorkspace = () => {
  const file = join(ws, 'directories/shehui-jiuzhu.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('咨询电话]', '咨询电话, 投诉电话]'));
};

async function build(...args: string[]) {
  const run = await runCli(['build', ws, '--out', out, ...args]);
  expect(run.code, run.stderr).toBe(0);
  return run;
}

describe('--only', () => {
  it('replaces only its target: the Word document, the site and the JSON of the full build stay byte-identical', async () => {
    await build();
    const [site, docx, json, xlsx] = [digest(join(out, 'site')), bytes('directory.docx'), bytes('directory.json'), bytes('directory.xlsx')];
    editWorkspace();
    const run = await build('--only', 'xlsx');
    expect(run.stderr).toMatch(/1 个文件；保留了上次生成的其他目标的 \d+ 个文件/);
    expect(readdirSync(out).sort()).toEqual(['.gkml-output', 'SHA256SUMS', 'directory.docx', 'directory.json', 'directory.xlsx', 'site']);
    expect(digest(join(out, 'site'))).toBe(site);
    expect(bytes('directory.docx').equals(docx)).toBe(true);
    expect(bytes('directory.json').equals(json)).toBe(true);
    // The workbook is the edited workspace's: the build did replace it.
    expect(bytes('directory.xlsx').equals(xlsx)).toBe(false);
    // A full build afterwards replaces them all, from the edited workspace.
    await build();
    expect(bytes('directory.json').equals(json)).toBe(false);
    expect(JSON.parse(bytes('directory.json').toString('utf8')).domains[0].items[0].content).toContain('投诉电话');
  });

  it('keeps every region’s files of the other targets in a tree', async () => {
    ws = join(REPO, 'tests/fixtures/city');
    await build('--only', 'json');
    const jsons = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('directory.json'));
    expect(jsons).toHaveLength(6);
    const before = jsons.map((f) => bytes(f));
    const run = await build('--only', 'xlsx');
    expect(run.stderr).toContain('保留了上次生成的其他目标的 6 个文件');
    jsons.forEach((f, i) => {
      expect(bytes(f).equals(before[i]!), f).toBe(true);
      expect(existsSync(join(out, f.replace(/json$/, 'xlsx'))), f).toBe(true);
    });
  });
});

describe('the fillable workbook', () => {
  it('survives a full build byte for byte, the clerk’s edits and all', async () => {
    await build();
    await build('--only', 'xlsx', '--fillable');
    expect(readdirSync(out)).toContain(FILLABLE);
    // The clerk fills in a cell in Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, FILLABLE));
    book.worksheets[1]!.getCell('H5').value = '示例县民政局（已核实）';
    await book.xlsx.writeFile(join(out, FILLABLE));
    const edited = bytes(FILLABLE);
    const run = await build();
    expect(run.stderr).toContain('保留了上次生成的其他目标的 1 个文件');
    expect(bytes(FILLABLE).equals(edited)).toBe(true);
  });

  it('once edited, is not replaced by --fillable: exit 2, the file named, nothing changed', async () => {
    await build('--fillable');
    writeFileSync(join(out, FILLABLE), Buffer.concat([bytes(FILLABLE), Buffer.from('edit')]));
    const before = digest(out);
    for (const [lang, words] of [
      ['zh', '输出文件夹中有 1 个文件在 gkml 生成后被修改过，为避免丢失修改，本次生成不会覆盖或删除'],
      ['en', 'the output folder has 1 file changed since gkml wrote it'],
    ] as const) {
      const run = spawnCli(['build', ws, '--out', out, '--fillable', '--lang', lang]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(words);
      expect(run.stderr).toContain(FILLABLE);
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(digest(out)).toBe(before);
      expect(leftovers()).toEqual([]);
    }
    // Merged back and moved away, a fresh one is written.
    renameSync(join(out, FILLABLE), join(scratch, `filled-${n}.xlsx`));
    await build('--fillable');
    expect(bytes(FILLABLE).subarray(-4).toString()).not.toBe('edit');
  });

  it('of an older gkml (an empty marker) is kept by a full build', async () => {
    await build('--fillable');
    const workbook = bytes(FILLABLE);
    writeFileSync(join(out, '.gkml-output'), '');
    await build();
    expect(bytes(FILLABLE).equals(workbook)).toBe(true);
    expect(readdirSync(out).sort()).toEqual([
      '.gkml-output',
      'SHA256SUMS',
      'directory.docx',
      'directory.json',
      'directory.xlsx',
      'site',
      FILLABLE,
    ]);
  });
});

describe('a file gkml did not write', () => {
  it('is kept where it is, and the build says so', async () => {
    await build();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(out, 'site/CNAME'), 'gk.example.gov.cn');
    mkdirSync(join(out, 'later'));
    const run = await build();
    expect(run.stderr).toContain('输出文件夹中有 3 个文件不是 gkml 生成的，已原样保留：');
    expect(run.stderr).toMatch(/notes\.txt、.*site\/CNAME/);
    expect(readdirSync(join(out, 'later'))).toEqual([]);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'site/CNAME'), 'utf8')).toBe('gk.example.gov.cn');
    await build('--only', 'html');
    expect(readFileSync(join(out, 'site/CNAME'), 'utf8')).toBe('gk.example.gov.cn');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('in the way of a file the build writes stops it: exit 2, the file named, nothing changed', async () => {
    await build('--only', 'json');
    writeFileSync(join(out, 'directory.xlsx'), 'my own workbook');
    mkdirSync(join(out, 'drafts'));
    writeFileSync(join(out, 'drafts/a.txt'), 'draft');
    const before = digest(out);
    const run = spawnCli(['build', ws, '--out', out, '--only', 'xlsx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/不是 gkml 生成的文件，与本次要写的文件同名，不会覆盖：.*directory\.xlsx/);
    expect(digest(out)).toBe(before);
    expect(leftovers()).toEqual([]);
  });
});

describe('a domain the workspace no longer has', () => {
  const demo = () => {
    rmSync(ws, { recursive: true });
    cpSync(join(REPO, 'examples/demo-county'), ws, { recursive: true });
  };

  it('is named in the build summary, against the last build into the output', async () => {
    demo();
    await build('--only', 'json');
    const en = out + '-en';
    expect((await runCli(['build', ws, '--out', en, '--only', 'json'])).code).toBe(0);
    rmSync(join(ws, 'directories/anquan-shengchan.yaml'));
    rmSync(join(ws, 'directories/fupin.yaml'));
    const run = await build('--only', 'json');
    expect(run.stderr).toContain('已生成');
    expect(run.stderr).toContain('注意：示例县比上次生成少了 2 个领域：安全生产、扶贫（目录文件被删除或移走了吗？）');
    const english = await runCli(['build', ws, '--out', en, '--only', 'json', '--lang', 'en']);
    expect(english.stderr).toContain(
      'note: 示例县 has 2 domains fewer than the last build: 安全生产 (anquan-shengchan), 扶贫 (fupin) (was a directory file deleted or moved?)',
    );
  });

  it('whose file the config names is named in the build summary', async () => {
    demo();
    const config = join(ws, 'gkml.config.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace(
        'directories: directories/*.yaml',
        'directories:\n  - directories/jiuye.yaml\n  - directories/fupin.yaml',
      ),
    );
    rmSync(join(ws, 'directories/fupin.yaml'));
    const run = await build('--only', 'json');
    expect(run.stderr).toMatch(/注意：配置中列出的 1 个目录文件不存在：\S*ws-\d+\/directories\/fupin\.yaml/);
    const english = await runCli(['build', ws, '--out', out, '--only', 'json', '--lang', 'en']);
    expect(english.stderr).toMatch(/note: 1 directory file named in the config is not there: \S*directories\/fupin\.yaml/);
  });
});
