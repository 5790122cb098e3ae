// The importer's pieces on their own: channel cells, mark cells, domain names, CSV fields, and
// header shapes built as grids (no workbook needed).
import { describe, expect, it } from 'vitest';
import { readChannels } from '../../src/import/channels.js';
import { strayBracket } from '../../src/rules/support/citation.js';
import { unwrappedLines } from '../../src/model/wraps.js';
import { detectDomain, domainFromOption, headingDomain } from '../../src/import/domain.js';
import { cellName, parseRange, type SheetGrid } from '../../src/import/grid.js';
import { findTables, normaliseLabel } from '../../src/import/header.js';
import { draftItem } from '../../src/import/items.js';
import { readMark, splitNames } from '../../src/import/marks.js';
import { ProblemList } from '../../src/import/problem.js';
import { parseCsv } from '../../src/import/read-csv.js';
import { readRows } from '../../src/import/rows.js';

/** The column kinds of the official two-row header, 序号 to 依申请 (no 公开层级). */
const OFFICIAL_KINDS = [
  'seq',
  'l1',
  'l2',
  'content',
  'basis',
  'timeframe',
  'owner',
  'channels',
  'society',
  'specific',
  'active',
  'onRequest',
];

describe('channel cells', () => {
  it('reads the template block, keeping names as written', () => {
    expect(
      readChannels(
        '■政府网站　　　　□政府公报\n□两微一端　　　　■发布会/听证会\n□社区/企事业单位/村公示栏(电子屏)\n□精准推送　　　　■其他：基层公共服务平台',
      ).channels,
    ).toEqual(['政府网站', '发布会/听证会', { 其他: '基层公共服务平台' }]);
    expect(readChannels('■ 政府服务中心 ■ 纸质载体').channels).toEqual(['政府服务中心', '纸质载体']);
  });

  it('takes 口 as a box only where an option starts', () => {
    expect(readChannels('▄政府网站;口政府公报;口政务新媒体,▄提供政务服务的场所').channels).toEqual(['政府网站', '提供政务服务的场所']);
    expect(readChannels('■办事窗口 ■人口信息平台').channels).toEqual(['办事窗口', '人口信息平台']);
    // WPS types 口 for □ with no space: after a whole option it starts the next one (issue 31).
    expect(readChannels('■政府网站口政府公报').channels).toEqual(['政府网站']);
    expect(readChannels('□政府网站口政府公报■政务服务中心').channels).toEqual(['政务服务中心']);
    expect(readChannels('■便民服务窗口服务').channels).toEqual(['便民服务窗口服务']);
  });

  it('reads the template block with every box lost as options none of which is chosen (九龙街道 社会救助 H4)', () => {
    const cell =
      '政府网站政府公报两微一端发布会/听证会广播电视纸质媒体公开查阅点政务服务中心便民服务站入户/现场社区/企事业单位/村公示栏\n(电子屏)精准推送其他';
    expect(readChannels(cell)).toEqual({ channels: [], noneChecked: true });
    // A short plain list stays a list of chosen options.
    expect(readChannels('政府网站政务服务中心').noneChecked).toBe(false);
  });

  it("reads Word's Wingdings boxes that a PDF copy shows as þ (checked) and ¨ (empty)", () => {
    // Real cell: 石湖荡镇 城市综合执法 H4, a flipbook page of the township's PDF.
    const cell = 'þ 政府网站 □\n政府公报\n□ 两微一端 □\n发布会/听证会\n□ 村居/企事业单位公示\n栏(电子屏) □ 精准\n推送 □ 其他';
    expect(readChannels(cell).channels).toEqual(['政府网站']);
    expect(readChannels('¨政府网站 þ政务服务中心').channels).toEqual(['政务服务中心']);
  });

  it('reads the line under a ticked 其他 as what the 其他 is (162 南昌西湖区 社会保险 H4)', () => {
    expect(readChannels('■政府网站   \n■政务服务中心\n■其他\n基层公共服务平台').channels).toEqual([
      '政府网站',
      '政务服务中心',
      { 其他: '基层公共服务平台' },
    ]);
    // In the template block, an unticked 其他 and its line stay unchosen.
    expect(readChannels('■政府网站 □其他\n基层公共服务平台').channels).toEqual(['政府网站']);
  });

  it('splits a marked option at a line break that starts another option, and joins a wrap (issue 31)', () => {
    // Real cells: 彭水 征地补偿 H5 (a block with □: the unmarked line is not chosen), 佛山 税收 H4 (only chosen options listed).
    expect(readChannels('政府网站 ■征地信息公开平台 ■政务服务中心\n政府公报 □两微一端\n发布会/听证会').channels).toEqual([
      '征地信息公开平台',
      '政务服务中心',
    ]);
    expect(readChannels('■政府网站\n其他:办税服务厅').channels).toEqual(['政府网站', { 其他: '办税服务厅' }]);
    expect(readChannels('■社区/企事业单位/村公示栏\n(电子屏) □精准推送').channels).toEqual(['社区/企事业单位/村公示栏(电子屏)']);
    // 广播 and 电视 are each a name of 广播电视 (东坡 市政服务 H4), yet 广播⏎电视 under one box is the option wrapped.
    expect(readChannels('■广播\n电视 ■政府网站').channels).toEqual(['广播电视', '政府网站']);
  });

  it('drops the space a copy left inside a known option, and splits options joined with / (issue 31)', () => {
    // Real cell: 合化 社会救助 H4 (independent holdout), the option printed with a space before its (电子屏).
    expect(
      readChannels('■政府网站 □政府公报\n□便民服务站 □入户/现场\n■社区/企事业单位/村公示栏 (电子屏)\n□精准推送 □其他').channels,
    ).toEqual(['政府网站', '社区/企事业单位/村公示栏(电子屏)']);
    // Real cell: 92 大庸 财政预决算 H4: two channels, the second with 公开 (published on) after it.
    expect(readChannels('政府网站/财政部门网站公开').channels).toEqual(['政府网站', '财政部门网站']);
    // A / inside an option, or between words that are not channels, is left alone.
    expect(readChannels('发布会/听证会、入户/现场').channels).toEqual(['发布会/听证会', '入户/现场']);
    expect(readChannels('村务/党务公开栏').channels).toEqual(['村务/党务公开栏']);
  });

  it('joins a 公开依据 line break that wraps a title or its 文号, and keeps one between citations (issue 31)', () => {
    // Real cells: 荷花 房屋征收 E4, 通道 卫生健康 E4 (a title wrapped, a 文号 on the next line).
    // The importer reads a 公开依据 cell of a workbook as its lines with the wraps joined (items.ts).
    const basisLines = (text: string) => unwrappedLines(text, false);
    expect(basisLines('《关于推进国有土地上房屋征收与补偿信息公开工作的\n实施意见》(建房〔2012 ) 8 4 号 )')).toEqual([
      '《关于推进国有土地上房屋征收与补偿信息公开工作的实施意见》(建房〔2012 ) 8 4 号 )',
    ]);
    expect(
      basisLines(
        '【法律】《中华人民共和国行政许可法》\n(中华人民共和国主席令第 7 号)\n【行政法规】《计划生育技术服务管理条\n例》(中华人民共和国国务院令第 309 号)',
      ),
    ).toEqual([
      '【法律】《中华人民共和国行政许可法》(中华人民共和国主席令第 7 号)',
      '【行政法规】《计划生育技术服务管理条例》(中华人民共和国国务院令第 309 号)',
    ]);
    // A title left open with a whole citation below it: read as one line, whose first 《 stays unpaired (basis-format reports it).
    const [open] = basisLines('《教育部关于推进中小学信息公开工作的意见\n《中华人民共和国义务教育法》');
    expect(strayBracket(open!)).toBeDefined();
  });

  it('reads 其他 with or without text, and a blank to fill as no text', () => {
    expect(readChannels('■其他基层公共服务平台').channels).toEqual([{ 其他: '基层公共服务平台' }]);
    expect(readChannels('■政府网站 ■其他_').channels).toEqual(['政府网站', '其他']);
    expect(readChannels('■其他:办税服务厅\n■其他：电子税务局').channels).toEqual([{ 其他: '办税服务厅' }, { 其他: '电子税务局' }]);
  });

  it('reads plain, numbered and prose lists, and reports a block with nothing checked', () => {
    expect(readChannels('政府网站\n政务服务中心').channels).toEqual(['政府网站', '政务服务中心']);
    expect(readChannels('1.政府网站 2.两微一端 3.政务服务中心 4.便民服务站').channels).toEqual([
      '政府网站',
      '两微一端',
      '政务服务中心',
      '便民服务站',
    ]);
    expect(readChannels('政府公报、政府网站、新闻发布会').channels).toEqual(['政府公报', '政府网站', '新闻发布会']);
    expect(readChannels('□政府网站 □政府公报')).toEqual({ channels: [], noneChecked: true });
    expect(readChannels('政府网站 ■政务服务中心')).toEqual({ channels: ['政务服务中心'], unmarked: '政府网站', noneChecked: false });
  });
});

describe('mark cells', () => {
  it('reads √ and its look-alikes, text, and √ with a group in brackets', () => {
    expect(['√', '✓', '✔', '●', '是'].map((m) => readMark(m).marked)).toEqual([true, true, true, true, true]);
    // The glyphs a channel cell ticks with are ticks in a mark cell too (issue 31: ▄政府网站 in 06 枣庄高新区).
    expect(['■', '▄', '▲'].map((m) => readMark(m))).toEqual([{ marked: true }, { marked: true }, { marked: true }]);
    expect(readMark('▄（村民）')).toEqual({ marked: true, text: '村民' });
    expect(readMark('')).toEqual({ marked: false });
    expect(readMark('√（在征收范围内的被征收人）')).toEqual({ marked: true, text: '在征收范围内的被征收人' });
    expect(readMark('县级')).toEqual({ marked: true, text: '县级' });
  });

  it('splits names on spaces, commas and 、, but keeps 乡、村级 whole', () => {
    expect(splitNames('主动、依申请')).toEqual(['主动', '依申请']);
    expect(splitNames('县级、乡级')).toEqual(['县级', '乡级']);
    expect(splitNames('县级 乡、村级')).toEqual(['县级', '乡、村级']);
  });
});

describe('domain names', () => {
  it('finds the domain in a title by name or alias, preferring the longest name', () => {
    expect(detectDomain('示例县就业创业领域基层政务公开标准目录')?.id).toBe('jiuye');
    expect(detectDomain('XX镇医疗卫生领域基层政务公开标准目录')?.id).toBe('weisheng-jiankang');
    expect(detectDomain('国有土地上房屋征收与补偿')?.id).toBe('fangwu-zhengshou-buchang');
  });

  it('tells nothing from a text naming two domains, or none', () => {
    expect(detectDomain('扶贫救灾领域标准目录')).toBeUndefined();
    expect(detectDomain('就业和社会保险领域')).toBeUndefined();
    expect(detectDomain('Sheet1')).toBeUndefined();
  });

  it('takes --domain as an id or a name', () => {
    expect(domainFromOption('jiuye')?.name).toBe('就业');
    expect(domainFromOption('就业创业')?.id).toBe('jiuye');
    expect(domainFromOption('公共文化')?.id).toBe('gonggong-wenhua-fuwu');
    expect(domainFromOption('扶贫救灾')).toBeUndefined();
  });

  it('finds a file or sheet name by short name or id, an id not inside a longer word', () => {
    expect(detectDomain('公共文化')?.id).toBe('gonggong-wenhua-fuwu');
    expect(detectDomain('样例县户籍')?.id).toBe('huji-guanli');
    expect(detectDomain('gonggong-wenhua-fuwu')?.id).toBe('gonggong-wenhua-fuwu');
    expect(detectDomain('2026_huji-guanli_v2')?.id).toBe('huji-guanli');
    expect(detectDomain('jiuyechuangye')).toBeUndefined();
    expect(detectDomain('jiuye-shehui-baoxian')).toBeUndefined();
  });

  it('reads a heading row as a domain only when it is one: a name after an outline number, or 「…领域」', () => {
    for (const [text, id] of [
      ['一、户籍管理', 'huji-guanli'],
      ['（二）社会救助', 'shehui-jiuzhu'],
      ['户籍管理领域', 'huji-guanli'],
      ['3. 公共文化服务类事项', 'gonggong-wenhua-fuwu'],
      ['就业创业', 'jiuye'],
    ] as const) {
      expect(headingDomain(text)?.id, text).toBe(id);
    }
    for (const text of [
      '以上事项由县公安局户籍管理部门负责',
      '一、户口登记',
      '样例县基层政务公开标准目录',
      '就业和社会保险领域',
      '户籍管理工作要求',
    ]) {
      expect(headingDomain(text), text).toBeUndefined();
    }
  });
});

describe('CSV fields and cell ranges', () => {
  it('parses quotes, doubled quotes, line breaks in fields, CRLF and tab separators', () => {
    expect(parseCsv('a,"b,c","d ""e""\nf"\r\n1,2,3\r\n')).toEqual([
      ['a', 'b,c', 'd "e"\nf'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('序号\t一级事项\n1\t就业')).toEqual([
      ['序号', '一级事项'],
      ['1', '就业'],
    ]);
  });

  it('parses ranges and refuses ones off the sheet', () => {
    expect(parseRange('B2:A1')).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseRange('$C$3')).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    expect(parseRange('A1:XFE1')).toBeUndefined();
    expect(parseRange('A0')).toBeUndefined();
  });
});

const grid = (rows: string[][], merges: SheetGrid['merges'] = []): SheetGrid => ({ name: 'S', rows, merges });

describe('table shapes', () => {
  it('reads one-column 公开对象 / 公开方式 / 公开层级 holding text', () => {
    const g = grid([
      ['序号', '一级事项', '二级事项', '公开对象', '公开方式', '公开层级'],
      ['1', '养老服务', '补贴', '特定群体(80岁以上老人)', '主动、依申请', '县级、乡级'],
      ['2', '养老服务', '机构', '全社会', '主动公开', '乡、村级'],
    ]);
    const [table] = findTables(g);
    const problems = new ProblemList();
    const drafts = readRows(table!, problems).rows.map((r) => draftItem(table!, r, problems).draft);
    expect(drafts.map((d) => [d.audience, d.mode, d.level])).toEqual([
      [{ 特定群体: '80岁以上老人' }, ['主动', '依申请'], ['县级', '乡级']],
      ['全社会', ['主动'], ['乡、村级']],
    ]);
    expect(problems.items).toEqual([]);
  });

  it('reads a row adding 公开内容 and repeating the 五公开 cell above as the item continued, without a warning (tq.gov.cn 财政预决算, independent holdout)', () => {
    const fiveOpen = '□决策 □执行 □管理 □服务 ?结果';
    const g = grid([
      ['序号', '一级事项', '二级事项', '公开内容(要素)', '五公开', '公开依据', '公开时限', '公开主体'],
      [
        '1',
        '财政预决算',
        '政府预算',
        '一般公共预算:①一般公共预算收入表。',
        fiveOpen,
        '《预算法》',
        '本级人民代表大会或其常务委员会批准后 20 日内',
        '县财政局',
      ],
      ['', '', '', '政府性基金预算:①政府性基金收入表。', fiveOpen, '', '', ''],
    ]);
    const [table] = findTables(g);
    const problems = new ProblemList();
    const rows = readRows(table!, problems).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.values[4]).toBe(fiveOpen);
    expect(problems.items).toEqual([]);
  });

  it('reads an unlabelled last column under the merged 公开事项 as the next item level, an unlabelled one before 二级事项 as a note (梅县 公共法律服务, 85 新平)', () => {
    const g = grid([
      ['序号', '公开事项', '', '', '公开内容(要素)', '公开依据'],
      ['', '一级事项', '二级事项', '', '', ''],
      ['1', '法治宣传教育', '法治宣传教育', '法律知识普及服务、法律法规和案例检索', '法律法规资讯;普法动态资讯;普法讲师', '同上'],
      ['4', '律师', '', '对没有取得律师执业证书以律师名义从事法律服务业务的处罚', '行政处罚决定或行政处罚决定书', '《律师法》'],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.map((c) => c.role.kind)).toEqual(['seq', 'l1', 'l2', 'l3', 'content', 'basis']);
    // Names fill from the left: a new 一级事项 with its name in the third column has it as its 二级事项, at that cell.
    const problems = new ProblemList();
    const items = readRows(table!, problems).rows.map((r) => draftItem(table!, r, problems));
    expect(items.map((i) => [i.draft.l1, i.draft.l2, i.draft.l3])).toEqual([
      ['法治宣传教育', '法治宣传教育', '法律知识普及服务、法律法规和案例检索'],
      ['律师', '对没有取得律师执业证书以律师名义从事法律服务业务的处罚', undefined],
    ]);
    expect(items[1]!.cells.get('/l2')).toMatchObject({ row: 4, col: 4 });
    const numbered = grid([
      ['公开事项', '', '', '公开内容', '公开依据'],
      ['一级事项', '', '二级事项', '', ''],
      ['政策文件', '1', '法律法规', '1、《中华人民共和国安 全生产法》 ', '《中华人民共和国政府 信息公开条例》'],
    ]);
    expect(findTables(numbered)[0]!.columns.map((c) => c.role.kind)).toEqual(['l1', 'note', 'l2', 'content', 'basis']);
  });

  it('reads 一级指标 / 二级指标 / 三级指标 as the item columns (湖滨新区 义务教育, independent holdout)', () => {
    const g = grid([
      ['一级指标', '二级指标', '三级指标', '公开内容和测评依据', '公开依据', '公开时限', '公开主体', '公开渠道和载体'],
      [
        '1.政策制定与执行',
        '1.政策文件',
        '教育法律法规',
        '●《中华人民共和国教育法》(2015)',
        '《中华人民共和国政府信息公开条例》',
        '信息形成或者变更之日起20个工作日内',
        '县(市、区)教育部门',
        '■政府网站',
      ],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.map((c) => c.role.kind)).toEqual(['l1', 'l2', 'l3', 'content', 'basis', 'timeframe', 'owner', 'channels']);
    const problems = new ProblemList();
    const [draft] = readRows(table!, problems).rows.map((r) => draftItem(table!, r, problems).draft);
    expect(draft).toMatchObject({ l1: '1.政策制定与执行', l2: '1.政策文件', l3: '教育法律法规' });
  });

  it('reads a header with a remark in brackets (一级事项(编码), 公开领域(编码)) as the label it qualifies (泾县 社会救助, holdout 4)', () => {
    const g = grid([
      [
        '序号',
        '公开领域(编码)',
        '公开事项',
        '',
        '公开内容\n(要素)',
        '公开\n依据',
        '公开\n时限',
        '公开\n主体',
        '公开渠道和载体',
        '公开对象',
        '',
        '公开方式',
        '',
      ],
      ['', '', '一级事项(编码)', '二级事项(编码)', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请'],
      [
        '1',
        '社会救助120000000',
        '最低生活保障\n120002000',
        '审核信息\n120002003',
        '1.初审对象名单及相关信息',
        '1.《国务院关于进一步加强和改进最低生活保障工作的意见》(国发〔2012〕45号)',
        '制定或获取信息之日起10个工作日内',
        '泾川镇人民政府',
        '■社区/企事业单位/村公示栏(电子屏)',
        '√',
        '',
        '√',
        '',
      ],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.slice(1, 4).map((c) => c.role.kind)).toEqual(['domain', 'l1', 'l2']);
    const problems = new ProblemList();
    expect(readRows(table!, problems).rows).toHaveLength(1);
    expect(problems.items).toEqual([]);
  });

  it('reads a first column with no header holding 1, 2 … as 序号, one holding anything else as a note (永川 五间, holdout 4)', () => {
    const header = [
      ['', '公开事项', '', '', '公开内容(要素)', '公开依据', '公开时限', '公开渠道和载体'],
      ['', '所属\n领域', '一级\n事项', '二级\n事项', '', '', '', ''],
    ];
    const row = (first: string, l2: string) => [
      first,
      '社会救助',
      '综合业务',
      l2,
      '●《社会救助暂行办法》(国务院令第649号)',
      '信息公开规定',
      '制定或获取信息之日起10个工作日内',
      '■政府网站',
    ];
    const [numbered] = findTables(grid([...header, row('1', '政策法规文件'), row('2', '办事服务')]));
    expect(numbered!.columns[0]!.role).toEqual({ kind: 'seq' });
    const [noted] = findTables(grid([...header, row('1', '政策法规文件'), row('见附件', '办事服务')]));
    expect(noted!.columns[0]!.role).toEqual({ kind: 'note', name: 'A列' });
  });

  it('shares a blank cell of a new 一级事项 under a group column merged down (过程: 决策) in a copy without merges (良庆 农村危房改造, holdout 4)', () => {
    const header = [
      ['序号', '过程', '公开事项', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体'],
      ['', '', '一级 事项', '二级事项', '', '', '', '', ''],
    ];
    const rows = [
      [
        '1',
        '决策',
        '部门 文件',
        '农村危房改造相关文件',
        '文件分类、生成日期、标题、文号',
        '《政府信息公开条例》',
        '信息形成之日起20个工作日内',
        '南宁市良庆区住房和城乡建设局',
        '■政府网站',
      ],
      [
        '2',
        '',
        '政策 解读',
        '上级政策解读',
        '着重解读政策措施的背景依据',
        '',
        '信息形成之日起20个工作日内',
        '南宁市良庆区住房和城乡建设局',
        '■政府网站',
      ],
      ['3', '', '执行', '', '', '', '', '', ''],
    ];
    const [table] = findTables(grid([...header, ...rows]));
    const problems = new ProblemList();
    const drafts = readRows(table!, problems).rows.map((r) => draftItem(table!, r, problems).draft);
    expect(drafts[1]).toMatchObject({ l1: '政策 解读', l2: '上级政策解读', basis: ['《政府信息公开条例》'] });
    // Without the group column, a new 一级事项 shares nothing: its blank 依据 stays to be filled.
    const [flat] = findTables(grid([...header, ...rows].map((r) => r.filter((_, c) => c !== 1))));
    const flatDrafts = readRows(flat!, new ProblemList()).rows.map((r) => draftItem(flat!, r, new ProblemList()).draft);
    expect(flatDrafts[1]!.basis).toBeNull();
  });

  it('reads a 一级目录 with 二级 and 三级 both blank in a copy without merges as an item with no 二级事项 (枞阳 卫生健康 B18, holdout 4)', () => {
    const [table] = findTables(
      grid([
        ['序号', '一级目录', '二级目录', '三级目录', '公开内容', '公开时限', '公开主体', '备注'],
        [
          '1',
          '政策文件',
          '按文件种类分类',
          '法律',
          '公开卫生健康领域各类事项相关法律',
          '自信息形成或者变更之日起20个工作日内予以公开',
          '县级卫生健康部门',
          '/',
        ],
        [
          '2',
          '投诉举报电话以及网上投诉渠道',
          '',
          '',
          '1、如各类事项有统一的投诉举报受理电话和网上投诉渠道',
          '实时',
          '县级卫生健康部门',
          '/',
        ],
      ]),
    );
    const problems = new ProblemList();
    const rows = readRows(table!, problems).rows;
    expect(rows.map((r) => r.noL2)).toEqual([false, true]);
  });

  it('reads I级/Ⅱ级/Ⅲ级公开事项 each over a number column, and a 公开方式 column of channel names as the channels (苏尼特左旗 生态环境, holdout 4)', () => {
    const [table] = findTables(
      grid([
        ['公开事项', '', '', '', '', '', '', '公开标准', '', '', '', '责任部门'],
        ['I级公开事项', '', 'Ⅱ级公开事项', '', 'Ⅲ级公开事项', '', '', '公开内容', '公开依据', '公开时限', '公开方式', '生态环境分局'],
        [
          '1',
          '基础信息',
          '1',
          '机构、人事信息',
          '1',
          '领导信息',
          '1',
          '领导班子成员基本信息、职能分工等信息',
          '《中华人民共和国政府信息公开条例》',
          '自信息形成或者变更之日起20个工作日内予以公开',
          '政府网站;微信公众号、公示栏等',
          '综合股',
        ],
      ]),
    );
    expect(table!.columns.slice(0, 11).map((c) => c.role.kind)).toEqual([
      'seq',
      'l1',
      'seq',
      'l2',
      'seq',
      'l3',
      'seq',
      'content',
      'basis',
      'timeframe',
      'channels',
    ]);
    const problems = new ProblemList();
    const [draft] = readRows(table!, problems).rows.map((r) => draftItem(table!, r, problems).draft);
    expect(draft).toMatchObject({ l1: '基础信息', l2: '机构、人事信息', l3: '领导信息', channels: ['政府网站', '微信公众号', '公示栏等'] });
  });

  it('reads a second header row whose labels lost their group labels above (一级事项, 全社会 … under blank cells; 扶贫 西丰乡, holdout 4)', () => {
    const [table] = findTables(
      grid([
        ['序号', '', '', '公开内容(要素)', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '', '', '', '', ''],
        ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定\n群众', '主动\n公开', '依申请', '村级'],
        [
          '1',
          '政策文件',
          '行政法规、规章',
          '·各级政府及部门涉及扶贫领域的规范性文件',
          '《中华人民共和国政府\n信息公开条例》',
          '信息形成(变更)下发至本单位\n20个工作日内',
          '乡政府',
          '■政府网站',
          '',
          '',
          '',
          '',
          '',
        ],
      ]),
    );
    expect(table!.firstRow).toBe(3);
    expect(table!.columns.map((c) => c.role.kind)).toEqual([...OFFICIAL_KINDS, 'level']);
  });

  it('reads (要素) under 公开内容 beside the sub-labels of 公开事项 and 公开对象 as one two-row header (救灾, 康巴什)', () => {
    const g = grid([
      ['救灾领域基层政务公开事项标准目录'],
      ['序号', '公开事项', '', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', ''],
      ['', '一级事项', '二级事项', '三级事项', '(要素)', '', '', '', '', '全社会', '特定群体'],
      [
        '1',
        '政策文件',
        '法律法规',
        '国家自然灾害救助应急预案',
        '与救灾有关的法律、法规',
        '《中华人民共和国政府信息公开条例》',
        '信息形成或变更之日起20个工作日内',
        '应急管理部门',
        '■政府网站',
        '√',
        '',
      ],
    ]);
    const [table] = findTables(g);
    expect([table!.headerBottom, table!.firstRow]).toEqual([3, 4]);
    expect(table!.columns.map((c) => c.role.kind)).toEqual([
      'seq',
      'l1',
      'l2',
      'l3',
      'content',
      'basis',
      'timeframe',
      'owner',
      'channels',
      'society',
      'specific',
    ]);
    expect(table!.columns[4]!.header).toBe('公开内容(要素)');
    const problems = new ProblemList();
    const [row] = readRows(table!, problems).rows;
    expect(draftItem(table!, row!, problems).draft).toMatchObject({
      l3: '国家自然灾害救助应急预案',
      content: '与救灾有关的法律、法规',
      audience: '全社会',
    });
  });

  it('reads a sub-label cut short by the copy (全 | 特定群体, 社会 | 特定群体, 主动 | 依) as the one it is part of (食品药品监管, 杜集)', () => {
    const g = grid([
      ['序号', '公开事项', '', '公开内容', '公开对象', '', '公开方式', ''],
      ['', '一级事项', '二级事项', '', '全', '特定群体', '主动', '依'],
      ['1', '行政审批', '食品经营许可服务指南', '1.适用范围', '√', '', '√', ''],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.map((c) => c.role.kind)).toEqual(['seq', 'l1', 'l2', 'content', 'society', 'specific', 'active', 'onRequest']);
    const other = findTables(
      grid([
        ['序号', '一级事项', '公开内容', '公开对象', ''],
        ['', '', '', '社会', '特定群体'],
      ]),
    )[0]!;
    expect(other.columns[3]!.role).toEqual({ kind: 'society' });
    const problems = new ProblemList();
    const [row] = readRows(table!, problems).rows;
    expect(draftItem(table!, row!, problems).draft).toMatchObject({ audience: '全社会', mode: ['主动'] });
    expect(problems.items).toEqual([]);
  });

  it('skips a row among the data that holds only header sub-labels (a header row a copy left behind)', () => {
    const g = grid([
      ['序号', '公开事项', '', '公开内容', '公开对象', '', '公开方式', ''],
      ['', '一级事项', '二级事项', '', '全社会', '特定群体', '主动', '依申请'],
      ['1', '政策文件', '法规', '内容', '√', '', '√', ''],
      ['', '一级事项', '二级事项', '', '全社会', '特定群体', '主动', '依申请'],
      ['2', '办事指南', '低保', '条件', '√', '', '√', ''],
    ]);
    const [table] = findTables(g);
    const problems = new ProblemList();
    expect(readRows(table!, problems).rows.map((r) => r.row)).toEqual([3, 5]);
    expect(problems.items).toEqual([]);
  });

  it('reads 所属领域 under the 公开事项 group as the domain column (五间镇 基层政务公开标准目录)', () => {
    const g = grid([
      ['', '公开事项', '', '', '公开内容(要素)', '公开依据'],
      ['', '所属\n领域', '一级\n事项', '二级\n事项', '', ''],
      ['1', '社会救助', '综合业务', '政策法规文件', '●《社会救助暂行办法》', '信息公开规定'],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.map((c) => c.role.kind)).toEqual(['seq', 'domain', 'l1', 'l2', 'content', 'basis']);
  });

  it('keeps a second header row whose stray sub-label sits under a label of its own (巫山 涉农补贴: 区县级、乡镇级 under 公开内容)', () => {
    const g = grid([
      ['序号', '公开事项', '', '公开内容', '公开依据', '公开\n时限'],
      ['', '一级\n事项', '二级\n事项', '区县级、\n乡镇级', '', ''],
      ['1', '耕地建设与利用资金', '耕地地力保护和种粮大户补贴', '1.政策依据', '《办法》', '20个工作日内'],
    ]);
    const [table] = findTables(g);
    expect(table!.firstRow).toBe(3);
    expect(table!.columns.map((c) => c.role.kind)).toEqual(['seq', 'l1', 'l2', 'content', 'basis', 'timeframe']);
  });

  it('reads the channel block set as two columns under one header as one list, each option at its own cell (新平 安全生产 H4:I4)', () => {
    const g = grid([
      ['公开事项', '', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '', '公开对象', ''],
      ['一级事项', '', '二级事项', '', '', '', '', '', '', '全社 会', '特定 群体'],
      [
        '政策文件',
        '1',
        '法律法规',
        '1、《中华人民共和国安 全生产法》',
        '《中华人民共和国政府 信息公开条例》',
        '信息形成或变更 之日起20个工作 日内',
        '应急管理部门',
        '■政府网站 ■两微一端 □广播电视 ■公开查阅点 □便民服务站',
        '□政府公报 □发布会 □纸质媒体 ■政务服务中心 □入户/现场',
        '√',
        '',
      ],
      [
        '',
        '2',
        '部门和地方 规章',
        '1、《生产安全事故报告 和调查处理条例》',
        '',
        '',
        '',
        '□政府网站 □两微一端',
        '□政府公报 □发布会',
        '√',
        '',
      ],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.map((c) => c.role.kind).slice(6, 9)).toEqual(['owner', 'channels', 'channels']);
    const problems = new ProblemList();
    const [first, second] = readRows(table!, problems).rows.map((row) => draftItem(table!, row, problems));
    expect(first!.draft.channels).toEqual(['政府网站', '两微一端', '公开查阅点', '政务服务中心']);
    expect(first!.cells.get('/channels/3')).toMatchObject({ row: 3, col: 9 });
    expect(first!.cells.get('/channels')).toMatchObject({ row: 3, col: 8 });
    // Nothing chosen in either half: said once, at the first.
    expect(second!.draft.channels).toBeNull();
    expect(problems.items.map((p) => p.at)).toEqual([{ sheet: 'S', row: 4, col: 8 }]);
  });

  it('points an option chosen only in the second half at that cell, and keeps a blank-headed column of bare √ as a note', () => {
    const header = ['公开事项', '', '公开内容', '公开渠道和载体', '', '公开对象'];
    const split = grid([header, ['政策文件', '法律法规', '法律', '□政府网站 □两微一端', '■政府公报', '√']]);
    const [table] = findTables(split);
    const problems = new ProblemList();
    const [item] = readRows(table!, problems).rows.map((row) => draftItem(table!, row, problems));
    expect(item!.draft.channels).toEqual(['政府公报']);
    expect(item!.cells.get('/channels/0')).toMatchObject({ row: 2, col: 5 });
    expect(problems.items).toEqual([]);
    const ticks = grid([header, ['政策文件', '法律法规', '法律', '■政府网站', '√', '√']]);
    expect(
      findTables(ticks)[0]!
        .columns.map((c) => c.role.kind)
        .slice(3, 5),
    ).toEqual(['channels', 'note']);
  });

  it('reads item-level labels cut short by the copy (一级事 | 二级事, 大营街街道 重大建设项目)', () => {
    const g = grid([
      ['序', '公开事项', '', '公开内容(要素)', '公开依据', '公开时限', '公开主', '公开渠道和载体', '公开对象', '', '公开方式', ''],
      ['', '一级事', '二级事', '', '', '', '', '', '全社', '特定群体', '主', '依申请'],
      ['1', '审批服务信息', '申报要求', '1.申请材料', '《政府信息公开条例》', '20个工作日内', '相关审批部门', '■政府网站', '', '', '', ''],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.map((c) => c.role.kind)).toEqual(OFFICIAL_KINDS);
  });

  it('reads a header whose every 公 the copy lost (开事项, 开内容(要素), 开对象 …) as the official one', () => {
    const g = grid([
      ['序号', '开事项', '', '开内容(要素)', '开依据', '开时限', '开主体', '开渠道和载体', '开对象', '', '开方式', ''],
      ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请'],
      ['1', '政策法规', '政策法规文件', '相关法律法规', '《就业促进法》', '20个工作日内', '县人社局', '■政府网站', '√', '', '√', ''],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.map((c) => c.role.kind)).toEqual(OFFICIAL_KINDS);
    expect(table!.firstRow).toBe(3);
    // A label that only starts with 开 is not taken for one: 开放时间 stays a column of its own.
    expect(normaliseLabel('开放时间')).toBe('开放时间');
  });

  it('reads 公开属性 (主动公开) as the mode and 公开方式 (全文发布) beside it as a note (社会保险, 四川)', () => {
    const g = grid([
      ['序号', '公开事项', '', '公开内容', '公开主体', '公开渠道', '公开方式', '公开属性', '公开对象'],
      ['', '一级事项', '二级事项', '', '', '', '', '', ''],
      [
        '1',
        '社会保险登记',
        '城乡居民养老保险参保登记',
        '事项名称、事项简述',
        '乡镇人民政府',
        '■乡镇便民服务中心',
        '全文发布',
        '主动公开',
        '全社会',
      ],
    ]);
    const [table] = findTables(g);
    expect(table!.columns.slice(6).map((c) => c.role)).toEqual([
      { kind: 'note', name: '公开方式' },
      { kind: 'mode' },
      { kind: 'audience' },
    ]);
    const problems = new ProblemList();
    const [row] = readRows(table!, problems).rows;
    expect(draftItem(table!, row!, problems).draft).toMatchObject({ mode: ['主动'], audience: '全社会', notes: { 公开方式: '全文发布' } });
    expect(problems.items).toEqual([]);
  });

  it('takes a split 公开主体 (市级 | 区县级、乡镇级) as the owner plus a note', () => {
    const g = grid(
      [
        ['序号', '一级事项', '二级事项', '公开主体', ''],
        ['', '', '', '市级', '区县级、乡镇级'],
        ['1', '农机购置补贴', '补贴政策', '市农业农村委', '区农业农村委'],
      ],
      [
        { top: 1, left: 4, bottom: 1, right: 5 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
      ],
    );
    const [table] = findTables(g);
    expect(table!.columns.map((c) => c.role)).toEqual([
      { kind: 'seq' },
      { kind: 'l1' },
      { kind: 'l2' },
      { kind: 'owner' },
      { kind: 'note', name: '公开主体(区县级、乡镇级)' },
    ]);
    const problems = new ProblemList();
    const [row] = readRows(table!, problems).rows;
    expect(draftItem(table!, row!, problems).draft).toMatchObject({
      owner: '市农业农村委',
      notes: { '公开主体(区县级、乡镇级)': '区农业农村委' },
    });
  });

  it('skips a header repeated after a page break (issue 31: tables copied from paginated PDFs), and names unlabelled columns', () => {
    const header = ['序号', '一级事项', '二级事项', '公开内容', ''];
    const g = grid([['就业领域标准目录'], header, ['1', '就业服务', '咨询', '内容', '备用'], header, ['2', '', '登记', '内容', '']]);
    const tables = findTables(g);
    expect(tables.map((t) => [t.headerTop, t.firstRow, t.lastRow, t.title, [...(t.repeatedHeaders ?? [])]])).toEqual([
      [2, 3, 5, '就业领域标准目录', [4]],
    ]);
    expect(tables[0]!.columns[4]!.role).toEqual({ kind: 'note', name: 'E列' });
    const problems = new ProblemList();
    // The row after the repeated header continues the 一级事项 of the page before.
    expect(readRows(tables[0]!, problems).rows.map((r) => [r.row, r.values[1], r.values[2]])).toEqual([
      [3, '就业服务', '咨询'],
      [5, '就业服务', '登记'],
    ]);
    expect(problems.items).toEqual([]);
  });

  it('starts a new table at the same header under a title of its own (one table per domain)', () => {
    const header = ['序号', '一级事项', '二级事项', '公开内容'];
    const g = grid([
      ['就业领域标准目录'],
      header,
      ['1', '就业服务', '咨询', '内容'],
      ['社会救助领域标准目录'],
      header,
      ['1', '低保', '政策', '内容'],
    ]);
    expect(findTables(g).map((t) => [t.headerTop, t.firstRow, t.lastRow, t.title])).toEqual([
      [2, 3, 3, '就业领域标准目录'],
      [5, 6, 6, '社会救助领域标准目录'],
    ]);
  });

  it('reads a row whose 一级事项 is blank with none above under its 二级事项, and says so at the blank cell', () => {
    const g = grid([
      ['序号', '一级事项', '二级事项', '公开内容'],
      ['1', '', '咨询', '内容'],
      ['2', '', '指南', '内容二'],
      ['3', '就业服务', '登记', '内容三'],
      ['4', '', '培训', '内容四'],
    ]);
    const [table] = findTables(g);
    const problems = new ProblemList();
    const read = readRows(table!, problems);
    // The second row does not continue the first's borrowed name: each blank row is named by its own 二级事项.
    expect(read.rows.map((r) => [r.row, r.values[1], r.values[2], r.noL2])).toEqual([
      [2, '咨询', '', true],
      [3, '指南', '', true],
      [4, '就业服务', '登记', false],
      [5, '就业服务', '培训', false],
    ]);
    expect(read.refused).toBe(0);
    expect(problems.items.map((p) => [cellName(p.at), p.severity, p.message.zh])).toEqual([
      ['S!B2', 'warn', '第 2 行没有一级事项，上方也没有可沿用的一级事项：按二级事项“咨询”读作事项名称；请补填一级事项'],
      ['S!B3', 'warn', '第 3 行没有一级事项，上方也没有可沿用的一级事项：按二级事项“指南”读作事项名称；请补填一级事项'],
    ]);
  });

  it('reports a row without any item name and nothing above it to continue as an error', () => {
    const g = grid([
      ['序号', '一级事项', '二级事项', '公开内容'],
      ['', '', '', '孤立的内容'],
      ['1', '', '', '内容'],
    ]);
    const [table] = findTables(g);
    const problems = new ProblemList();
    expect(readRows(table!, problems).rows).toEqual([]);
    expect(problems.items.map((p) => [cellName(p.at), p.severity, p.message.zh])).toEqual([
      ['S!D2', 'error', '第 2 行没有序号和事项名称，上面也没有事项可以接续，无法导入'],
      ['S!B3', 'error', '第 3 行没有一级事项，无法导入'],
    ]);
  });

  it('keeps any header as a plain note name, __proto__ included', () => {
    const g = grid([
      ['序号', '一级事项', '二级事项', '公开内容', '__proto__'],
      ['1', '就业服务', '咨询', '内容', '值'],
    ]);
    const [table] = findTables(g);
    const problems = new ProblemList();
    const [row] = readRows(table!, problems).rows;
    const { draft } = draftItem(table!, row!, problems);
    expect(Object.getPrototypeOf(draft.notes)).toBe(Object.prototype);
    expect(JSON.stringify(draft.notes)).toBe('{"__proto__":"值"}');
  });
});
