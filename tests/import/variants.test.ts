// What the importer reads from each real-world variant: items, specific cells, ditto resolution,
// and the problems it reports (every source row becomes an item or a reported problem).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTORY_SCHEMA_PATH } from '../../src/schema/directory-schema.js';
import { FIXTURES, makeFixtures } from '../fixtures/import/make-fixtures.js';
import { fixtureDir, importFile, problemLines } from './support.js';

let dir: string;
beforeAll(async () => {
  dir = await fixtureDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LAW = '《中华人民共和国政府信息公开条例》(国务院令第711号)';

describe('the national template', () => {
  it('reads the title, the two-row header, 一级事项 merged down and the ■/□ block', async () => {
    const run = await importFile(dir, FIXTURES.official);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^读取 4 行，写出 4 个事项，发现 0 个问题（0 个错误）：out-\d+\/jiuye\.yaml\n$/);
    const data = run.files.get('jiuye')!;
    expect(data).toMatchObject({ domain: 'jiuye', name: '就业' });
    expect(data.items.map((i) => [i.id, i.l1, i.l2])).toEqual([
      ['jiuye-01-01', '就业信息服务', '就业政策法规咨询'],
      ['jiuye-01-02', '就业信息服务', '岗位信息发布'],
      ['jiuye-01-03', '就业信息服务', '求职信息登记'],
      ['jiuye-02-01', '就业失业登记', '失业登记'],
    ]);
    expect(data.items[0]).toEqual({
      id: 'jiuye-01-01',
      l1: '就业信息服务',
      l2: '就业政策法规咨询',
      content: ['就业创业政策项目', '对象范围', '咨询电话'],
      basis: [LAW, '《中华人民共和国就业促进法》'],
      timeframe: '信息形成或者变更之日起20个工作日内',
      owner: '示例县人力资源和社会保障局',
      channels: ['政府网站', '政务服务中心', { 其他: '基层公共服务平台' }],
      audience: '全社会',
      mode: ['主动'],
      level: ['县级', '乡级'],
    });
    expect(data.items[2]).toMatchObject({
      content: '服务对象、提交材料、办理流程',
      audience: '特定群体',
      mode: ['主动', '依申请'],
      level: ['乡级'],
      channels: ['政务服务中心', '便民服务站'],
    });
  });

  it('writes readable YAML with the schema line first and source text unchanged', async () => {
    const run = await importFile(dir, FIXTURES.official);
    const text = run.texts.get('jiuye')!;
    const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(text.split('\n')[0]!)![1]!;
    expect(resolve(run.out, schema)).toBe(DIRECTORY_SCHEMA_PATH);
    expect(text).toContain('    channels: [政府网站, 政务服务中心, {其他: 基层公共服务平台}]\n');
    expect(text).toContain('    content:\n      - 就业创业政策项目\n');
  });
});

describe('header variants', () => {
  it('maps 一级目录, 公开内容(要素)及要求, 公开渠道 和载体(legend), 特定群众, 主动公开, 依申请公开, 区级 / 乡、村级; domain from the sheet name 就业创业', async () => {
    const run = await importFile(dir, FIXTURES.labels);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toBe('');
    const items = run.files.get('jiuye')!.items;
    expect(items[0]).toMatchObject({
      l1: '创业服务',
      l2: '创业担保贷款',
      content: ['申请条件', '办理流程'],
      channels: ['政府网站'],
      audience: '特定群体',
      mode: ['主动', '依申请'],
      level: ['乡、村级'],
    });
    expect(items[1]).toMatchObject({ audience: '全社会', mode: ['主动'], level: ['区级', '乡、村级'] });
  });

  it('reads a 三级事项 column, keeps extra columns as notes and reports them; 相应领域 is not a note', async () => {
    const run = await importFile(dir, FIXTURES.threeLevels);
    expect(run.code).toBe(0);
    const items = run.files.get('shehui-jiuzhu')!.items;
    expect(items.map((i) => [i.id, i.l3])).toEqual([
      ['shehui-jiuzhu-01-01', '城市低保'],
      ['shehui-jiuzhu-01-02', '农村低保'],
    ]);
    expect(items[0]!.notes).toEqual({ 咨询电话: '0000-1234567', 备注: '每年更新', 责任科室: '社会救助股' });
    expect(items[1]!.notes).toEqual({ 咨询电话: '0000-1234567', 责任科室: '社会救助股' });
    expect(problemLines(run)).toEqual([
      '救助!Q2: 警告: “咨询电话”不是标准目录的栏目，已作为事项的 notes（咨询电话）保留',
      '救助!R2: 警告: “备注”不是标准目录的栏目，已作为事项的 notes（备注）保留',
      '救助!S2: 警告: “责任科室”不是标准目录的栏目，已作为事项的 notes（责任科室）保留',
    ]);
  });
});

describe('a text copy without merges', () => {
  it('continues blank 一级事项, resolves 同上 (each reported), keeps outline numbers, and accounts for every row', async () => {
    const run = await importFile(dir, FIXTURES.textCopy);
    expect(run.code).toBe(0);
    // Row 8 only adds a line of 公开内容 to the item above: how a merged item looks once exported, read without a warning (issue 31).
    expect(run.stderr).toContain('读取 6 行，写出 3 个事项，发现 6 个问题（0 个错误）');
    expect(problemLines(run)).toEqual([
      `Sheet1!E5: 警告: “同上”已按上一行（第 4 行）填入：${LAW}`,
      'Sheet1!F5: 警告: “同上”已按上一行（第 4 行）填入：信息形成或者变更之日起20个工作日内',
      'Sheet1!H5: 警告: “同上”已按上一行（第 4 行）填入：政府网站、政务服务中心',
      'Sheet1!A6: 警告: 第 6 行是空行，已跳过',
      'Sheet1!F7: 警告: “同上”已按上一行（第 5 行）填入：信息形成或者变更之日起20个工作日内',
      'Sheet1!A9: 警告: 第 9 行是表格说明，不是事项，已写入目录的 note：注：本目录由示例县民政局编制。',
    ]);
    const data = run.files.get('shehui-jiuzhu')!;
    expect(data.note).toBe('注：本目录由示例县民政局编制。');
    expect(data.items.map((i) => [i.id, i.l1, i.l2])).toEqual([
      ['shehui-jiuzhu-01-01', '1.最低生活保障', '1.1办事指南'],
      ['shehui-jiuzhu-01-02', '1.最低生活保障', '1.2审核确认结果'],
      ['shehui-jiuzhu-02-01', '2.特困人员救助供养', '2.1办事指南'],
    ]);
    expect(data.items[1]).toMatchObject({
      basis: [LAW],
      timeframe: '信息形成或者变更之日起20个工作日内',
      channels: ['政府网站', '政务服务中心'],
      audience: '特定群体',
      level: ['乡级'],
    });
    expect(data.items[2]).toMatchObject({ content: ['申请条件', '办理流程'], channels: ['政府网站', '两微一端'] });
  });

  it('reports in English with --lang en', async () => {
    const run = await importFile(dir, FIXTURES.textCopy, ['--lang', 'en']);
    expect(problemLines(run)[0]).toMatch(/^Sheet1!E5: warning: "同上" \(ditto\) resolved from row 4: /);
    expect(run.stderr).toContain('read 6 rows, wrote 3 items, found 6 problems (0 errors)');
  });
});

describe('channel and mark cells', () => {
  it('reads ■ ▲ ▄ ◆ as checked and □ 口 as unchecked, 其他 with its text, plain and numbered lists', async () => {
    const run = await importFile(dir, FIXTURES.glyphs);
    const items = run.files.get('zhengdi-buchang')!.items;
    expect(items.map((i) => i.channels)).toEqual([
      ['政府网站', '政务服务中心'],
      ['政府网站', { 其他: '国家企业信用信息公示系统' }],
      ['政府网站', '社区/企事业单位、村公示栏(电子屏)'],
      ['政府网站', '两微一端', '政务服务中心'],
      ['征地信息公开平台'],
      null,
    ]);
  });

  it('reads √, 是, level names and group names in mark cells, reporting what it had to guess', async () => {
    const run = await importFile(dir, FIXTURES.glyphs);
    expect(run.code).toBe(0);
    const items = run.files.get('zhengdi-buchang')!.items;
    expect(items.map((i) => [i.audience, i.mode, i.level])).toEqual([
      ['全社会', ['主动'], ['县级']],
      [{ 特定群体: '面向拟征收土地所在地的村集体成员' }, ['主动'], ['县级', '乡级']],
      [{ 特定群体: '在征收范围内' }, ['主动', '依申请'], ['县级']],
      ['全社会', ['主动'], ['乡级']],
      ['全社会', ['主动'], ['县级']],
      ['全社会', ['主动'], ['县级']],
    ]);
    expect(problemLines(run)).toEqual([
      'Sheet1!L5: 警告: 标记格中是文字而不是“√”，已按有标记读入：需要',
      'Sheet1!J6: 警告: 全社会和特定群体都有标记，已按“全社会”读入',
      'Sheet1!H8: 警告: 渠道格中没有勾选任何选项',
    ]);
  });
});

describe('sheets and tables', () => {
  it('splits one sheet holding two titled tables into two domains', async () => {
    const run = await importFile(dir, FIXTURES.stacked);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect([...run.files.keys()]).toEqual(['jiuye', 'shehui-baoxian']);
    expect(run.files.get('jiuye')!.items.map((i) => i.l2)).toEqual(['政策咨询', '岗位发布']);
    expect(run.files.get('shehui-baoxian')!.items.map((i) => i.l2)).toEqual(['参保登记', '变更登记']);
  });

  it('takes one sheet per domain by its name and reports the sheets it skips', async () => {
    const run = await importFile(dir, FIXTURES.perDomain);
    expect(run.code).toBe(0);
    expect([...run.files.keys()]).toEqual(['jiuye', 'shehui-baoxian']);
    expect(run.files.get('shehui-baoxian')!.items.map((i) => [i.id, i.l2])).toEqual([
      ['shehui-baoxian-01-01', '参保登记'],
      ['shehui-baoxian-02-00', null],
    ]);
    expect(problemLines(run)).toEqual([
      '说明!A1: 警告: 工作表“说明”中没有目录表格（没有写着序号、一级事项、公开内容等栏目的表头行），已跳过',
      'Sheet4!A1: 警告: 工作表“Sheet4”是空的',
    ]);
  });

  it('keeps text that looks like a formula as text, refuses one that calls out, and reads formula cells by their value, each said', async () => {
    const run = await importFile(dir, FIXTURES.formulas);
    const items = run.files.get('jiuye')!.items;
    expect(items[0]).toMatchObject({ l2: '+86 0000 1234', content: '-负责人', basis: ['@公告'], timeframe: '=1+1', owner: '=SUM(A1:A3)' });
    expect(run.texts.get('jiuye')).not.toContain('HYPERLINK');
    expect(items[1]).toMatchObject({ l2: '岗位发布' });
    expect(run.texts.get('jiuye')).toContain('      - "@公告"\n');
    expect(run.code).toBe(1);
    expect(problemLines(run)).toEqual([
      '就业!B2: 错误: “=HYPERLINK("http://example.com","点击")”以“=”开头并含有“HYPERLINK(”：电子表格会把它当作公式执行外部命令或链接，不能作为文字；该值未导入',
      '就业!A3: 警告: 此格是公式 =1+1，已按文件中保存的计算结果“2”读入：请确认结果无误，最好改为直接填写文字',
      '就业!C3: 警告: 此格是公式 =CONCATENATE("岗位","发布")，已按文件中保存的计算结果“岗位发布”读入：请确认结果无误，最好改为直接填写文字',
    ]);
  });
});

describe('CSV', () => {
  it('reads a GBK file with group labels written once and 同上, given --domain', async () => {
    const run = await importFile(dir, FIXTURES.gbkCsv, ['--domain', '养老服务']);
    expect(run.code).toBe(0);
    const items = run.files.get('yanglao-fuwu')!.items;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ content: ['文件名称', '文号'], channels: ['政府网站'], audience: '全社会', level: ['县级', '乡级'] });
    expect(items[1]).toMatchObject({ basis: [LAW], audience: '特定群体', mode: ['主动', '依申请'] });
    expect(problemLines(run)).toEqual([`gbk!E4: 警告: “同上”已按上一行（第 3 行）填入：${LAW}`]);
  });

  it('reads UTF-8 with a BOM, and takes --domain as an id', async () => {
    const run = await importFile(dir, FIXTURES.bomCsv, ['--domain', 'jiuye']);
    expect(run.code).toBe(0);
    expect(run.files.get('jiuye')!.items[0]).toMatchObject({ id: 'jiuye-01-01', l1: '就业信息服务', l2: '政策咨询' });
  });

  it('fails with exit 1 when the domain cannot be told, naming the rows not imported', async () => {
    const run = await importFile(dir, FIXTURES.gbkCsv);
    expect(run.code).toBe(1);
    expect(problemLines(run)).toEqual([
      'gbk!A1: 错误: 看不出这个表格属于哪个领域（标题：无）：请在标题、分隔行、工作表名或文件名中写明领域（如“户籍管理领域”），或用 --domain 指定；第 3–4 行未导入',
    ]);
    expect(run.files.size).toBe(0);
  });
});

describe('fixtures', () => {
  it('are generated deterministically', async () => {
    const again = join(dir, 'again');
    mkdirSync(again);
    await makeFixtures(again);
    for (const name of Object.values(FIXTURES))
      expect(readFileSync(join(again, name)).equals(readFileSync(join(dir, name))), name).toBe(true);
  });
});
