// Tables as counties published them (tests/fixtures/real-tables, issue 31): each layout the
// importer used to misread, tested on the real table that shows it — a header cut short or in
// another order, a header repeated at a page break, merged cells exported as blanks, a column the
// table does not have, a table's own level labels — read as meant and reported as a reviewer wants.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellAddress, type CellAt } from '../../src/import/grid.js';
import { parseCsv } from '../../src/import/read-csv.js';
import { readTables } from '../../src/import/read-tables.js';
import { REPO, runCli } from '../helpers/cli.js';

const CORPUS = join(REPO, 'tests/fixtures/real-tables');
const dir = mkdtempSync(join(tmpdir(), 'gkml-real-layouts-'));
/** A county's config (levels 县级, 乡级), given with --config. */
const COUNTY = ['--config', join(dir, 'county', 'gkml.config.yaml')];
beforeAll(() => {
  mkdirSync(join(dir, 'county'));
  writeFileSync(
    join(dir, 'county', 'gkml.config.yaml'),
    'region: 样例县\nlevel: county\npublisher: 样例县人民政府办公室\nversion: "2026.1"\ndate: 2026-06-30\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const table = (stem: string) => join(CORPUS, `${stem}.csv`);

/** A cell's address on its sheet (A4). */
const address = (at: CellAt) => cellAddress(at.row, at.col);

async function read(stem: string) {
  const r = await readTables({ file: table(stem), cwd: CORPUS, asWritten: true });
  const rows = [...r.domains.values()].flatMap((d) => d.rows);
  return {
    rows,
    problems: r.problems.items.map((p) => `${address(p.at)} ${p.message.zh}`),
    levelLabels: r.levelLabels,
  };
}

interface JsonFinding {
  cell?: string;
  rule: string;
  message: string;
  severity: string;
}

async function lint(stem: string, ...args: string[]): Promise<JsonFinding[]> {
  const run = await runCli(['lint', '-f', 'json', table(stem), ...args], { cwd: dir });
  return JSON.parse(run.stdout).findings;
}

describe('headers as offices write them', () => {
  it('labels cut short by the copy: 公开 | 公开 between 公开依据 and 公开渠道和载体 are 公开时限 and 公开主体 (37 洛江虹山)', async () => {
    const { rows, problems } = await read('37-yiwu-jiaoyu-hongshan');
    expect(rows[0]!.draft).toMatchObject({ timeframe: '信息形成或者变更之日起20个工作日内', owner: '区教育局' });
    expect(problems.filter((p) => p.includes('不是标准目录的栏目') || p.includes('没有这些栏目'))).toEqual([]);
  });

  it('公开对 / 公开方 / 公开层 over their sub-labels: one two-row header, not an item (33 税收管理)', async () => {
    const { rows } = await read('33-shuishou-guanli-fsxf');
    expect(rows.map((r) => address(r.ref))).toEqual(['A4', 'A5', 'A6', 'A7']);
    expect(rows[0]!.draft).toMatchObject({ l1: '政策法规', l2: '税收法律法规', owner: '税务主管部门' });
  });

  it('事项名称 over 一级事项 | 二级事项, 公开方式 before 公开渠道 before 公开对象 (06 枣庄高新区)', async () => {
    const { rows, problems } = await read('06-anquan-shengchan-zaozhuang-gaoxin');
    expect(rows.map((r) => [r.draft.l1, r.draft.l2, r.draft.mode, r.draft.audience])).toEqual([
      ['政策文件', '法律法规', ['主动'], '全社会'],
      ['政策文件', '部门和地方规章', ['主动'], '全社会'],
    ]);
    expect(problems.filter((p) => p.includes('notes'))).toEqual([]);
  });

  it('a header of three rows (公开 | 时限 over two rows, 一级/二级事项 on the third) and a row before the items giving 时限, 主体, 渠道 for all (66 铜陵郊区)', async () => {
    const { rows, problems } = await read('66-weisheng-jiankang-tongling-jiaoqu');
    expect(rows.map((r) => cellAddress(r.ref.row, r.ref.col))).toEqual(['A5', 'A12']);
    expect(rows.map((r) => [r.draft.l1, r.draft.l2])).toEqual([
      ['公共卫生服务事项', '预防接种'],
      ['公共卫生服务事项', '居民健康档案管理'],
    ]);
    for (const r of rows) {
      expect(r.draft).toMatchObject({
        timeframe: '自信息形成或者变更之日起20个工作日内予以公开',
        owner: '郊区卫生健康委员会',
        channels: ['政府网站'],
      });
    }
    expect(problems).toEqual([
      'I1 “咨询电话”不是标准目录的栏目，已作为事项的 notes（咨询电话）保留',
      'A1 表格没有这些栏目，相应字段写为 null 待填写：公开对象、公开方式',
    ]);
    // The headed column of the table's own is said by `gkml import` only: the table is sound there.
    const found = await lint('66-weisheng-jiankang-tongling-jiaoqu');
    expect(found.filter((f) => f.rule === 'import').map((f) => f.cell)).toEqual(['A1']);
  });

  it('the header repeated at a page break is skipped; the row after it continues the 一级事项 above (26 文山 生态环境)', async () => {
    const { rows, problems } = await read('26-shengtai-huanjing-wenshan');
    expect(rows.map((r) => [address(r.ref), r.draft.l1, r.draft.l2])).toEqual([
      ['A4', '行政许可', '建设项目环境影响评价文件审批'],
      ['A7', '行政许可', '公开环保工作动态'],
    ]);
    expect(problems).toEqual([]);
  });
});

describe('a table of several domains', () => {
  it("whose 一级事项 names each row's domain, the title none: every row read into its domain (38 海坛片区)", async () => {
    const r = await readTables({ file: table('38-multi-haitan'), cwd: CORPUS, asWritten: true });
    expect([...r.domains.values()].map((d) => [d.domain.id, d.rows.length])).toEqual([
      ['guotu-kongjian-guihua', 1],
      ['zhongda-jianshe-xiangmu', 2],
      ['gonggong-ziyuan-jiaoyi', 2],
      ['caizheng-yujuesuan', 1],
      ['anquan-shengchan', 4],
      ['nongcun-weifang-gaizao', 1],
      ['shengtai-huanjing', 1],
      ['shehui-jiuzhu', 11],
      ['weisheng-jiankang', 2],
    ]);
    expect(r.problems.items).toEqual([]);
  });

  it('rows numbered apart under one merged 二级事项 are items, not duplicates (38: 最低生活保障 over rows 16–19)', async () => {
    const { rows } = await read('38-multi-haitan');
    expect(rows.filter((r) => r.draft.l2 === '最低生活保障').map((r) => address(r.ref))).toEqual(['A16', 'A17', 'A18', 'A19']);
    const found = await lint('38-multi-haitan');
    expect(found.filter((f) => f.rule === 'duplicate-item' || f.rule === 'unfilled')).toEqual([]);
  });
});

describe('merged cells as a CSV export leaves them', () => {
  it('blank cells under a merged 公开依据/时限/主体/渠道 share its text, pointing at its cell (25 凌源 保障性住房)', async () => {
    const { rows } = await read('25-baozhangxing-zhufang-lingyuan');
    const second = rows[1]!;
    expect(second.draft.l2).toBe('政策文件');
    expect(second.draft).toMatchObject({ timeframe: '信息获取(形成、变更)20个工作日内', owner: '人民政府、住房保障行政主管部门' });
    expect(second.cells.get('/owner')).toMatchObject({ row: 4, col: 7 });
  });

  it('a blank 二级事项 beside an own 三级事项 shares the one above (27 三龙 救灾)', async () => {
    const { rows } = await read('27-jiuzai-sanlong');
    expect(rows.map((r) => [r.draft.l2, r.draft.l3])).toEqual([
      ['政策规范文件', '法律法规'],
      ['政策规范文件', '部门和地方规章'],
    ]);
  });

  it('a row with only a 序号 shares nothing: its cells stay to be filled (08 乌恰 农村危房改造)', async () => {
    const findings = await lint('08-nongcun-weifang-gaizao-wuqia');
    expect(findings.filter((f) => f.rule === 'unfilled' && /^[D-H]6$/.test(f.cell ?? '')).map((f) => f.cell)).toEqual([
      'D6',
      'E6',
      'F6',
      'G6',
      'H6',
    ]);
  });

  it('rows adding only 公开内容 lines continue the item above without a warning (05 江上 财政预决算)', async () => {
    const { rows, problems } = await read('05-caizheng-yujuesuan-jiangshang');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.draft.content).toHaveLength(5);
    expect(problems).toEqual([]);
  });

  it('rows under a merged 序号 and names, each with its own content, time limit, body and channels, are items of their own (61 昭化 救灾)', async () => {
    const { rows, problems } = await read('61-jiuzai-zhaohua');
    expect(rows.map((r) => cellAddress(r.ref.row, r.ref.col))).toEqual(['A4', 'A5', 'A6', 'A7', 'A8']);
    expect(rows.map((r) => r.draft.l2)).toEqual(Array(5).fill('政 策文 件'));
    expect(problems.filter((p) => p.includes('并入上一个事项'))).toEqual([]);
    // A finding about row 7's channels is at row 7's cell, not at the first row of the merge.
    const found = (await lint('61-jiuzai-zhaohua')).filter((f) => f.message.includes('信息公示栏'));
    expect(found.map((f) => f.cell)).toEqual(['H7']);
  });

  it('what is found in a merged cell is said once, for the first item, with how many share it (29 惠民 公共文化 C4)', async () => {
    const found = (await lint('29-gonggong-wenhua-fuwu-huimin')).filter((f) => f.rule === 'outline-number' && f.cell === 'C4');
    expect(found.map((f) => f.message)).toEqual([
      '事项“gonggong-wenhua-fuwu-01-01”：「一级事项」“1. 公共服务”带有序号“1.”，应为“公共服务”（合并单元格：4 个事项共用这一格）',
    ]);
  });
});

describe('a column the table does not have', () => {
  it('one 公开事项 column and no 二级事项 column: items without l2, no 二级事项 to fill (60 德安 涉农资金)', async () => {
    const { rows } = await read('60-shenong-butie-dean');
    expect(rows.map((r) => [r.draft.l1, 'l2' in r.draft])).toEqual([
      ['政策文件', false],
      ['资金明细', false],
    ]);
    expect((await lint('60-shenong-butie-dean')).filter((f) => f.rule === 'unfilled' && f.message.includes('二级事项'))).toEqual([]);
  });

  it('item rows whose 一级事项 is empty, with none above, are read under their 二级事项 and each said at its cell (恐龙山 社会救助)', async () => {
    const rows = [
      ['恐龙山镇社会救助领域基层政务公开标准目录'],
      ['', '公开事项', '', '公开内容\n(要素)', '公开依据', '公开\n时限', '公开\n主体', '公开渠道和载体'],
      ['', '一级 事项', '二级 事项', '', '', '', '', ''],
      [
        '1',
        '',
        '政策\n法规\n文件',
        '●《社会救助暂行办法》(国务院令第649号)',
        '信息公开规定',
        '制定或获取信息之日起10个工作日内',
        '恐龙山镇社会事务办',
        '■政府网站',
      ],
      [
        '2',
        '',
        '监督\n检查',
        '●社会救助投诉举报电话',
        '相关政策规定',
        '制定或获取信息之日起10个工作日内',
        '恐龙山镇社会事务办',
        '■政府网站',
      ],
    ];
    const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
    writeFileSync(join(dir, '社会救助.csv'), rows.map((r) => r.map(quote).join(',')).join('\n'));
    const run = await runCli(['lint', '-f', 'json', '社会救助.csv'], { cwd: dir });
    const findings: JsonFinding[] = JSON.parse(run.stdout).findings;
    expect(findings.filter((f) => f.rule === 'import' && f.cell !== 'A2').map((f) => [f.cell, f.severity, f.message])).toEqual([
      ['B4', 'warn', '第 4 行没有一级事项，上方也没有可沿用的一级事项：按二级事项“政策 法规 文件”读作事项名称；请补填一级事项'],
      ['B5', 'warn', '第 5 行没有一级事项，上方也没有可沿用的一级事项：按二级事项“监督 检查”读作事项名称；请补填一级事项'],
    ]);
    // Both rows are read as items: their own cells are checked (信息公开规定 is no document title).
    expect(findings.filter((f) => f.rule === 'basis-format').map((f) => f.cell)).toEqual(['E4', 'E5']);
    expect(findings.filter((f) => f.message.includes('事项') && f.severity === 'error')).toEqual([]);
  });

  it('a table whose title, sheet and file name no domain is read as the domain its item names say, and refused when they say none', async () => {
    const header = [
      ['重庆市某镇基层政务公开标准目录'],
      ['序号', '公开事项', '', '公开内容(要素)', '公开依据', '公开时限', '公开主体'],
      ['', '一级事项', '二级事项', '', '', '', ''],
    ];
    const row = (n: string, l1: string, l2: string) => [
      n,
      l1,
      l2,
      '内容',
      '《社会救助暂行办法》',
      '信息形成或者变更之日起20个工作日内',
      '某镇民政办',
    ];
    const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
    const write = (name: string, rows: string[][]) => writeFileSync(join(dir, name), rows.map((r) => r.map(quote).join(',')).join('\n'));
    write('目录一.csv', [...header, row('1', '最低生活保障', '政策法规文件'), row('2', '特困人员救助供养', '办事指南')]);
    const named: JsonFinding[] = JSON.parse((await runCli(['lint', '-f', 'json', '目录一.csv'], { cwd: dir })).stdout).findings;
    expect(named.filter((f) => f.rule === 'import' && f.severity === 'error')).toEqual([]);
    const imported = await runCli(['import', '目录一.csv', '-o', 'out-names'], { cwd: dir });
    expect(imported.stdout + imported.stderr).toContain('按事项名称读作“社会救助”');
    // Names every guideline has (政策法规文件, 办事指南) say no domain: the table is still refused, at its header.
    write('目录二.csv', [...header, row('1', '政策法规文件', '政策法规文件'), row('2', '办事指南', '办事指南')]);
    const none: JsonFinding[] = JSON.parse((await runCli(['lint', '-f', 'json', '目录二.csv'], { cwd: dir })).stdout).findings;
    expect(none.map((f) => [f.cell, f.rule])).toEqual([['A2', 'import']]);
  });

  it('no 公开层级 columns (54号文 does not ask for them): nothing said, at the header or per item (39 汀湖 公共资源交易)', async () => {
    const findings = await lint('39-gonggong-ziyuan-jiaoyi-tinghu');
    expect(findings.filter((f) => f.message.includes('公开层级'))).toEqual([]);
  });

  it('a missing 公开主体 column: one finding at the header naming it, no unfilled per item', async () => {
    // 39 汀湖 with its 公开主体 column cut out: the reviewer hears of the column once.
    const cut = parseCsv(readFileSync(table('39-gonggong-ziyuan-jiaoyi-tinghu'), 'utf8').replace(/^\ufeff/, '')).map((r) =>
      r.filter((_, c) => c !== 6),
    );
    const quote = (t: string) => `"${t.replace(/"/g, '""')}"`;
    writeFileSync(join(dir, '公共资源交易.csv'), cut.map((r) => r.map(quote).join(',')).join('\n'));
    const run = await runCli(['lint', '-f', 'json', '公共资源交易.csv'], { cwd: dir });
    const findings: JsonFinding[] = JSON.parse(run.stdout).findings;
    expect(findings.filter((f) => f.message.includes('公开主体')).map((f) => [f.rule, f.cell, f.message])).toEqual([
      ['import', 'A2', '表格没有这些栏目，相应字段写为 null 待填写：公开主体'],
    ]);
  });
});

describe("a table's own level labels", () => {
  it("define its level set without a config: 县级 / 乡、村级 (01 宝坻), 区级 / 乡级 (37), a township's 乡镇级 / 嘎查(社区)级 (04)", async () => {
    expect((await read('01-shehui-jiuzhu-baodi')).levelLabels).toEqual(['县级', '乡、村级']);
    for (const stem of ['01-shehui-jiuzhu-baodi', '37-yiwu-jiaoyu-hongshan', '04-shehui-baoxian-balinzuoqi-zhen']) {
      expect(
        (await lint(stem)).filter((f) => f.rule === 'level-label' || f.rule === 'list-form'),
        stem,
      ).toEqual([]);
    }
  });

  it('a column headed 乡级、村级 is both levels (13 黎州)', async () => {
    const { rows, levelLabels } = await read('13-shenong-butie-lizhou');
    expect(levelLabels).toEqual(['县级', '乡级', '村级']);
    expect(rows[0]!.draft.level).toEqual(['县级', '乡级', '村级']);
  });

  it("are mapped onto a configured workspace's: 区级 → 县级 said once at the header, with its fix (37)", async () => {
    const found = (await lint('37-yiwu-jiaoyu-hongshan', ...COUNTY)).filter((f) => f.rule === 'level-label');
    expect(found.map((f) => [f.cell, f.message])).toEqual([
      [
        'M6',
        '事项“yiwu-jiaoyu-01-01”：公开层级“区级”不是本工作区的层级标签（可用：县级、乡级），应为“县级”（写在表头：本列 4 个事项都是如此）',
      ],
    ]);
  });
});
