// Line breaks in table cells told apart by their text (issue 31 point 2), on cells of the real
// tables in tests/fixtures/real-tables: a wrap is joined, a break between whole entries is kept
// (and, in a one-line field typed in a workbook or written in YAML, still reported).
import { describe, expect, it } from 'vitest';
import { readChannels } from '../../src/import/channels.js';
import { entriesOnLine, lineBreakKind, unwrappedLines, unwrappedOneLine } from '../../src/model/wraps.js';

describe('one-line fields of a text copy (CSV)', () => {
  it('joins the wraps of names, bodies and time limits', () => {
    expect(unwrappedOneLine('l2', '出生\n登记', true)).toBe('出生登记'); // 02 荣江 C4
    expect(unwrappedOneLine('l2', '地方\n层面\n法规\n政策', true)).toBe('地方层面法规政策'); // 34 合化 C4
    expect(unwrappedOneLine('l2', '母婴保健技术服务机构执业许可(包括计划生育技术服务机构执业许可)(权限\n内)', true)).toBe(
      '母婴保健技术服务机构执业许可(包括计划生育技术服务机构执业许可)(权限内)',
    ); // 31 通道 C4
    expect(unwrappedOneLine('owner', '公安\n分局', true)).toBe('公安分局'); // 02 G4
    expect(unwrappedOneLine('owner', '通道侗族自治县\n卫健局', true)).toBe('通道侗族自治县卫健局'); // 31 G4
    expect(unwrappedOneLine('timeframe', '信息形成\n或者变更\n之日起20\n个工作日', true)).toBe('信息形成或者变更之日起20个工作日'); // 20 许杰 F4
    // 83 西湖 C4: a name wrapped after its own 、 is still one name.
    expect(unwrappedOneLine('l2', '随地吐痰、便\n溺,乱扔果皮、\n纸屑和烟头等废弃物', true)).toBe(
      '随地吐痰、便溺,乱扔果皮、纸屑和烟头等废弃物',
    );
    // Independent holdout 13 (二连浩特 额尔敦) B5, 14 (复兴) C4: an empty line inside a name is the page's spacing.
    expect(unwrappedOneLine('l1', '公共\n\n服务', true)).toBe('公共服务');
    expect(unwrappedOneLine('l2', '财务\n\n信息', true)).toBe('财务信息');
    // Typed in a workbook, the writer's breaks stay (the line-break check reports them).
    expect(unwrappedOneLine('l1', '公共\n\n服务', false)).toBe('公共\n\n服务');
  });

  it('keeps whole entries apart, in the form the field takes them', () => {
    // 12 房山 G4: two bodies, each a whole name.
    expect(unwrappedOneLine('owner', '乡镇人民政府\n行政村村民委员会', true)).toBe('乡镇人民政府、行政村村民委员会');
    // 11 横栏 F4: a composite time limit in numbered parts.
    expect(unwrappedOneLine('timeframe', '1.除处罚决定外其他内容:长期公开(动态调整);\n2.处罚决定:20个工作日内。', true)).toBe(
      '1.除处罚决定外其他内容:长期公开(动态调整);2.处罚决定:20个工作日内。',
    );
    // Two numbered names in one name cell stay two lines: the line-break check refuses them.
    expect(unwrappedOneLine('l2', '1.出生登记\n2.死亡登记', true)).toBe('1.出生登记\n2.死亡登记');
    expect(unwrappedOneLine('l2', '1.出生登记、\n2.死亡登记', true)).toBe('1.出生登记、\n2.死亡登记');
  });
});

describe('a cell typed in a workbook', () => {
  it('keeps a break the writer typed (the line-break check reports it), joins one inside an open 《', () => {
    expect(unwrappedOneLine('l2', '岗位信息\n发布', false)).toBe('岗位信息\n发布');
    expect(unwrappedOneLine('owner', '乡镇人民政府\n行政村村民委员会', false)).toBe('乡镇人民政府\n行政村村民委员会');
    expect(unwrappedOneLine('l2', '《关于推进信息公开工作的\n实施意见》解读', false)).toBe('《关于推进信息公开工作的实施意见》解读');
    expect(lineBreakKind('岗位信息', '发布', false)).toBe('unknown');
  });
});

describe('list cells', () => {
  it('公开依据: a title wrapped inside 《…》 and a document number on the next line belong to their citation (31 通道 E4, 34 合化 E4)', () => {
    const cell =
      '【法律】《中华人民共和国行政许可法》\n(中华人民共和国主席令第 7 号)\n【法律】《中华人民共和国母婴保健法》\n(1994 年 10 月 27 日中华人民共和国主席令 第 33 号 2017 年 11 月 4 日修正)\n【行政法规】《计划生育技术服务管理条\n例》(中华人民共和国国务院令第 309 号)';
    expect(unwrappedLines(cell, false)).toEqual([
      '【法律】《中华人民共和国行政许可法》(中华人民共和国主席令第 7 号)',
      '【法律】《中华人民共和国母婴保健法》(1994 年 10 月 27 日中华人民共和国主席令 第 33 号 2017 年 11 月 4 日修正)',
      '【行政法规】《计划生育技术服务管理条例》(中华人民共和国国务院令第 309 号)',
    ]);
    expect(unwrappedLines('《关于推进国有土地上房屋征收与补偿信息公开工作的\n实施意见》(建房〔2012 ) 8 4 号 )', false)).toEqual([
      '《关于推进国有土地上房屋征收与补偿信息公开工作的实施意见》(建房〔2012 ) 8 4 号 )',
    ]);
    // Whole citations on lines stay entries (02 荣江 E4).
    expect(unwrappedLines('1.《户口登记条例》\n2.《政府信息公开条例》', false)).toEqual(['1.《户口登记条例》', '2.《政府信息公开条例》']);
  });

  it('公开渠道: an option wrapped before its (电子屏) is one name; options on lines stay apart (12 房山 H4)', () => {
    expect(readChannels('■社区/企事业单位/村公示栏\n(电子屏)').channels).toEqual(['社区/企事业单位/村公示栏(电子屏)']);
    expect(readChannels('社区/企事业单位/村公示栏\n(电子屏)').channels).toEqual(['社区/企事业单位/村公示栏(电子屏)']);
    expect(readChannels('行政村公示栏 \n乡镇公示栏 ').channels).toEqual(['行政村公示栏', '乡镇公示栏']);
  });

  it('公开依据: numbered citations a copy ran together on one line are parted after each closed title (161 鄱阳 户籍管理 F5)', () => {
    expect(entriesOnLine('1.《中华人民共和国户口登记条例》     2.《中华人民共和国收养法》')).toEqual([
      '1.《中华人民共和国户口登记条例》',
      '2.《中华人民共和国收养法》',
    ]);
    // 141 井冈山 E4: a 文号 in brackets closes the entry too; 23 荷塘 E4: titles parted by a space alone.
    expect(entriesOnLine('1.《农业机械化促进法》(主席令 第十六号) 2.《农业生产发展资金管理办法》(财农〔2017〕41号)')).toHaveLength(2);
    expect(entriesOnLine('《关于全面推进政务公开工作的意见》 《食品生产经营日常监督检查管理办法》')).toHaveLength(2);
    expect(entriesOnLine('1) 《信息公开条例》 2) 《社会救助暂行办法》')).toEqual(['1) 《信息公开条例》', '2) 《社会救助暂行办法》']);
    // A space inside an open title, after an entry's own number, or before words that are no citation, parts nothing.
    expect(entriesOnLine('《中华人民共和国安 全生产法》')).toEqual(['《中华人民共和国安 全生产法》']);
    expect(entriesOnLine('《关于〈条例〉 的说明》 等')).toEqual(['《关于〈条例〉 的说明》 等']);
    expect(entriesOnLine('(一) 《中华人民共和国安全生产法》')).toEqual(['(一) 《中华人民共和国安全生产法》']);
    expect(entriesOnLine('《口岸管理法》 口岸管理规定')).toEqual(['《口岸管理法》 口岸管理规定']);
  });

  it('公开渠道: a copy that joined options with a space is read option by option (38 海坛 H27)', () => {
    expect(readChannels('政府网站 片区公示栏 村公示栏').channels).toEqual(['政府网站', '片区公示栏', '村公示栏']);
    expect(readChannels('社区/企事业单位、村公示栏(电子屏)').channels).toEqual(['社区/企事业单位、村公示栏(电子屏)']);
  });

  it('公开渠道: a line after a ticked option, with no box of its own, is chosen where the cell lists only chosen options (33 税收 H4)', () => {
    const reading = readChannels('■政府网站\n其他:办税服务厅');
    expect(reading.channels).toEqual(['政府网站', { 其他: '办税服务厅' }]);
    expect(reading.unmarkedLines).toBeUndefined();
  });

  it('公开渠道: in the template block with □ beside the others, a line with no box of its own is not taken as ticked: it is said (32 彭水 H5)', () => {
    expect(readChannels('政府网站 ■征地信息公开平台 ■政务服务中心\n政府公报 □两微一端\n发布会/听证会')).toMatchObject({
      channels: ['征地信息公开平台', '政务服务中心'],
      unmarked: '政府网站',
      // 发布会/听证会 follows an unchecked option (□两微一端): not chosen, and nothing to ask.
      unmarkedLines: ['政府公报'],
    });
  });
});
