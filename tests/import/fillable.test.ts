// Excel as the authoring surface: the fillable workbook (init --xlsx, build --only xlsx --fillable)
// read back, and a clerk's edits made with exceljs merged into the workspace by `import --into`:
// the YAML holds the new values through minimal edits, every comment line stays, lint sees them.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lint } from '../../src/lint/lint.js';
import type { DirectoryData } from '../../src/model/types.js';
import { runCli, spawnCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-fillable-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const WORKBOOK = '青山县标准目录（填报）.xlsx';
const fresh = join(scratch, 'fresh');

beforeAll(async () => {
  const run = await runCli(['init', fresh, '--region', '青山县', '--date', '2026-06-30', '--xlsx'], { cwd: scratch });
  expect(run.code, run.stderr).toBe(0);
});

/** A copy of the fresh workspace, its workbook included, to edit and merge into. */
function copy(name: string): string {
  const dir = join(scratch, name);
  cpSync(fresh, dir, { recursive: true });
  return dir;
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

/** The column of a header label (leaf row 3, else the merged label in row 2) and the row of an item id. */
function place(ws: ExcelJS.Worksheet) {
  const column = (label: string) => {
    for (let c = 1; c <= ws.columnCount; c++) if ((ws.getRow(3).getCell(c).value ?? ws.getRow(2).getCell(c).value) === label) return c;
    throw new Error(`no column ${label}`);
  };
  const idColumn = column('事项编号');
  const row = (id: string) => {
    for (let r = 4; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(idColumn).value === id) return ws.getRow(r);
    throw new Error(`no row ${id}`);
  };
  const firstEmpty = () => {
    let r = 4;
    while (ws.getRow(r).getCell(column('一级事项')).value) r++;
    return ws.getRow(r);
  };
  return { column, row, firstEmpty, idColumn };
}

const read = (dir: string, domain: string) => readFileSync(join(dir, 'directories', `${domain}.yaml`), 'utf8');
const itemOf = (text: string, id: string) => (parse(text) as DirectoryData).items.find((i) => i.id === id)!;
const commentLines = (text: string) => text.split('\n').filter((l) => /^\s*#/.test(l));

describe('the fillable workbook', () => {
  it('is written by init --xlsx next to the drafts and by build --only xlsx --fillable', async () => {
    expect(existsSync(join(fresh, WORKBOOK))).toBe(true);
    const out = join(scratch, 'out');
    const run = await runCli(['build', fresh, '--only', 'xlsx', '--fillable', '--out', out], { cwd: scratch });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/这是填报工作簿：目录还有 \d+ 个错误/);
    expect(readFileSync(join(out, WORKBOOK))).toEqual(readFileSync(join(fresh, WORKBOOK)));
    expect((await runCli(['build', fresh, '--only', 'html', '--fillable', '--out', out], { cwd: scratch })).code).toBe(2);
  });

  it('is named from the region as one file in the output folder, whatever the region says', async () => {
    const odd = join(scratch, 'odd');
    cpSync(fresh, odd, { recursive: true });
    const config = join(odd, 'gkml.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^region: .*$/m, 'region: "../../escaped"'));
    const out = join(scratch, 'odd-out', 'dist');
    const run = await runCli(['build', odd, '--only', 'xlsx', '--fillable', '--out', out], { cwd: scratch });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.xlsx'))).toEqual(['_._.._escaped标准目录（填报）.xlsx']);
    expect(existsSync(join(scratch, 'escaped标准目录（填报）.xlsx'))).toBe(false);
  });

  it('has a guide, the official columns with a hint on each header, √ dropdowns, shaded 待填写 and the hidden id', async () => {
    const book = await open(join(fresh, WORKBOOK));
    expect(book.worksheets[0]!.name).toBe('填写说明');
    expect(book.worksheets).toHaveLength(27);
    const ws = book.getWorksheet('就业')!;
    const { column, row, idColumn } = place(ws);
    expect(ws.getRow(1).getCell(1).value).toBe('青山县就业领域基层政务公开标准目录（填报）');
    expect(ws.getColumn(idColumn).hidden).toBe(true);
    const validations = (
      ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: string[]; prompt?: string }> } }
    ).dataValidations.model;
    const letter = (c: number) => ws.getRow(1).getCell(c).address.replace(/\d+/, '');
    for (const label of ['全社会', '主动', '依申请', '县级', '乡级']) {
      expect(validations[`${letter(column(label))}5`], label).toMatchObject({ type: 'list', formulae: ['"√"'] });
    }
    expect(validations[`${letter(column('公开依据'))}2`]?.prompt).toMatch(/书名号/);
    const first = row('jiuye-01-01');
    // The owner is still to be filled: 待填写 on a shaded cell.
    const owner = first.getCell(column('公开主体'));
    expect(owner.value).toBe('待填写');
    expect(owner.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    // Channels one per line, as typed, without check boxes; defaults shown as the item has them.
    expect(first.getCell(column('公开渠道和载体')).value).toBe('政府网站\n政务服务中心\n其他：基层公共服务平台');
    expect(first.getCell(column('主动')).value).toBe('√');
    expect(first.getCell(column('全社会')).value).toBe('√');
  });
});

describe('import --into', () => {
  it('merges a filled workbook: changed values, a moved √, a new row; comments kept and lint sees them', async () => {
    const dir = copy('round-trip');
    const path = join(dir, WORKBOOK);
    const book = await open(path);
    const ws = book.getWorksheet('就业')!;
    const { column, row, firstEmpty } = place(ws);
    const item = row('jiuye-01-01');
    item.getCell(column('公开时限')).value = '及时公开';
    item.getCell(column('公开主体')).value = '青山县人力资源和社会保障局';
    item.getCell(column('主动')).value = null;
    item.getCell(column('依申请')).value = '√';
    const added = firstEmpty();
    added.getCell(column('一级事项')).value = '就业信息服务';
    added.getCell(column('二级事项')).value = '招聘会信息';
    added.getCell(column('公开内容(要素)')).value = '举办时间\n举办地点';
    added.getCell(column('公开依据')).value = '《中华人民共和国就业促进法》';
    added.getCell(column('公开时限')).value = '信息形成或者变更之日起20个工作日内';
    added.getCell(column('公开主体')).value = '青山县人力资源和社会保障局';
    added.getCell(column('公开渠道和载体')).value = '政府网站\n两微一端';
    added.getCell(column('全社会')).value = '√';
    added.getCell(column('主动')).value = '√';
    added.getCell(column('县级')).value = '√';
    added.getCell(column('乡级')).value = '√';
    await book.xlsx.writeFile(path);

    const before = read(dir, 'jiuye');
    const run = await runCli(['import', WORKBOOK, '--into', '.'], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stderr).toContain('就业：修改 1 个事项（jiuye-01-01 公开时限、公开主体、公开方式）、新增 1 个事项（jiuye-x01）');
    const after = read(dir, 'jiuye');
    expect(itemOf(after, 'jiuye-01-01')).toMatchObject({ timeframe: '及时公开', owner: '青山县人力资源和社会保障局', mode: ['依申请'] });
    // The new row leaves to the defaults what they give (全社会, 主动, 县级、乡级).
    expect(itemOf(after, 'jiuye-x01')).toEqual({
      id: 'jiuye-x01',
      l1: '就业信息服务',
      l2: '招聘会信息',
      content: ['举办时间', '举办地点'],
      basis: ['《中华人民共和国就业促进法》'],
      timeframe: '信息形成或者变更之日起20个工作日内',
      owner: '青山县人力资源和社会保障局',
      channels: ['政府网站', '两微一端'],
    });
    expect(commentLines(after)).toEqual(commentLines(before));
    // Minimal edits: of the lines before, only the two changed values are gone (the rest is added).
    const remaining = after.split('\n');
    const gone = before.split('\n').filter((line) => {
      const at = remaining.indexOf(line);
      if (at >= 0) remaining.splice(at, 1);
      return at < 0;
    });
    expect(gone).toEqual(['    timeframe: 公开事项信息形成或变更之日起20个工作日内公开', '    owner: null']);
    // Nothing else changed, and lint reads the new values: 及时公开 is vague, the owner is filled.
    for (const other of ['shehui-jiuzhu', 'yiwu-jiaoyu']) expect(read(dir, other)).toBe(read(fresh, other));
    const findings = (await lint({ targets: [join(dir, 'directories/jiuye.yaml')], cwd: dir })).findings.filter((f) =>
      f.pointer.startsWith('/items/0/'),
    );
    expect(findings.map((f) => f.rule)).toContain('timeframe-vague');
    expect(findings.some((f) => f.pointer === '/items/0/owner')).toBe(false);

    // The same workbook again changes nothing: the new row is the item it became.
    const again = await runCli(['import', WORKBOOK, '--into', '.'], { cwd: dir });
    expect(again.stderr).toContain('没有变化');
    expect(read(dir, 'jiuye')).toBe(after);
  });

  it('--dry-run shows the diff and writes nothing', async () => {
    const dir = copy('dry-run');
    const book = await open(join(dir, WORKBOOK));
    const ws = book.getWorksheet('户籍管理')!;
    const { column, row } = place(ws);
    row('huji-guanli-01-01').getCell(column('公开时限')).value = '受理之日起5个工作日内';
    await book.xlsx.writeFile(join(dir, WORKBOOK));
    const run = await runCli(['import', WORKBOOK, '--into', '.', '--dry-run'], { cwd: dir });
    expect(run.stdout).toMatch(/^\+\s+timeframe: 受理之日起5个工作日内$/m);
    expect(run.stderr).toContain('未写入任何文件（--dry-run）');
    expect(read(dir, 'huji-guanli')).toBe(read(fresh, 'huji-guanli'));
  });

  it("a column the workbook no longer has (公开主体 deleted) is said once and never empties the workspace's values (issue 31)", async () => {
    const dir = copy('no-owner');
    const book = await open(join(dir, WORKBOOK));
    const ws = book.getWorksheet('户籍管理')!;
    const owner = place(ws).column('公开主体');
    ws.spliceColumns(owner, 1);
    await book.xlsx.writeFile(join(dir, WORKBOOK));
    const run = await runCli(['import', WORKBOOK, '--into', '.', '--dry-run'], { cwd: dir });
    expect(run.stdout).not.toMatch(/^[-+]\s+owner:/m);
    expect(run.stdout.split('\n').filter((l) => l.includes('表格没有这些栏目'))).toEqual([expect.stringContaining('公开主体')]);
  });

  it('reports rows the workbook lost and keeps their items; --prune removes them; a copied row is a new item', async () => {
    const dir = copy('prune');
    const book = await open(join(dir, WORKBOOK));
    const ws = book.getWorksheet('社会救助')!;
    const { column, row, firstEmpty, idColumn } = place(ws);
    const lost = row('shehui-jiuzhu-01-02');
    lost.eachCell({ includeEmpty: true }, (cell) => (cell.value = null));
    // A clerk copies a row to start a new item: its hidden id comes along.
    const copyOf = row('shehui-jiuzhu-01-01');
    const target = firstEmpty();
    for (let c = 1; c <= ws.columnCount; c++) target.getCell(c).value = copyOf.getCell(c).value;
    target.getCell(column('二级事项')).value = '低保对象名单';
    expect(target.getCell(idColumn).value).toBe('shehui-jiuzhu-01-01');
    await book.xlsx.writeFile(join(dir, WORKBOOK));

    const kept = await runCli(['import', WORKBOOK, '--into', '.', '--dry-run'], { cwd: dir });
    expect(kept.stderr).toContain(
      '新增 1 个事项（shehui-jiuzhu-x01）、工作簿中没有 1 个事项（shehui-jiuzhu-01-02），已保留；加 --prune 删除',
    );
    const pruned = await runCli(['import', WORKBOOK, '--into', '.', '--prune'], { cwd: dir });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain('删除工作簿中没有的 1 个事项（shehui-jiuzhu-01-02）');
    const text = read(dir, 'shehui-jiuzhu');
    const ids = (parse(text) as DirectoryData).items.map((i) => i.id);
    expect(ids).not.toContain('shehui-jiuzhu-01-02');
    expect(ids.at(-1)).toBe('shehui-jiuzhu-x01');
    expect(itemOf(text, 'shehui-jiuzhu-x01').l2).toBe('低保对象名单');
    expect(commentLines(text)).toEqual(commentLines(read(fresh, 'shehui-jiuzhu')));
    expect(
      (await lint({ targets: [join(dir, 'directories')], cwd: dir })).findings.filter(
        (f) => f.rule === 'yaml-syntax' || f.rule === 'schema',
      ),
    ).toEqual([]);
  });

  it('inside a workspace, without --into or -o, writes nothing and says which to use (the real CLI)', () => {
    const dir = copy('inside');
    const files = () => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
    const before = files();
    const run = spawnCli(['import', WORKBOOK], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gkml: 当前目录是工作区：合并请用 --into <工作区>，另存请用 -o <文件夹>\n');
    const en = spawnCli(['import', WORKBOOK, '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      'gkml: the current folder is a workspace: to merge into it use --into <workspace>, to save the YAML elsewhere use -o <folder>\n',
    );
    expect(files()).toEqual(before);
    // With -o the same table is written where it says.
    const saved = spawnCli(['import', WORKBOOK, '-o', 'copy'], { cwd: dir });
    expect(saved.code, saved.stderr).toBe(0);
    expect(readdirSync(join(dir, 'copy'))).toContain('jiuye.yaml');
  });

  it('refuses --prune and --dry-run without --into', async () => {
    const run = await runCli(['import', join(fresh, WORKBOOK), '--prune'], { cwd: scratch });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--prune 和 --dry-run 只与 --into 同用');
  });
});
