// A large submission workbook for the table benchmark, written by exceljs's streaming writer (shared
// strings, the official two-row header with its merges, 一级事项 merged down over its rows), so
// the reader is measured on a file a third party wrote. Text is drawn from a seeded generator over
// common characters, so the file is the same every run and compresses as real prose does.
import ExcelJS from 'exceljs';

const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = [
  [
    '序号',
    '公开事项',
    null,
    '公开内容(要素)',
    '公开依据',
    '公开时限',
    '公开主体',
    '公开渠道和载体',
    '公开对象',
    null,
    '公开方式',
    null,
    '公开层级',
    null,
  ],
  [null, '一级事项', '二级事项', null, null, null, null, null, '全社会', '特定群体', '主动', '依申请', '县级', '乡级'],
];
const HEADER_MERGES = ['A1:N1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2'];

/**
 * Writes a one-sheet workbook of `rows` item rows of 就业 to `path`; `textChars` characters of
 * drawn text per row (公开内容 and 公开依据) set the file's size: 260 gives about 50 MB for 95,000 rows.
 */
export async function writeWorkbook(path, rows, { textChars = 260, seed = 25 } = {}) {
  const next = random(seed);
  const text = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += CHARS[Math.floor(next() * CHARS.length)];
    return s;
  };
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const ws = book.addWorksheet('就业');
  // A row is committed (written out) after the merges that touch it: the stream cannot go back.
  ws.addRow(['示例县就业领域基层政务公开标准目录']);
  for (const h of HEADER) ws.addRow(h);
  for (const m of HEADER_MERGES) ws.mergeCells(m);
  const group = 5;
  const marks = (x) => (next() < x ? '√' : null);
  const audience = () => (next() < 0.7 ? ['√', null] : [null, '√']);
  for (let r = 0; r < rows; r++) {
    const content = [text(textChars / 4), text(textChars / 4), text(textChars / 4)].join('\n');
    const basis = `《中华人民共和国就业促进法》${text(textChars / 4)}`;
    const l1 = r % group === 0 ? `就业服务${Math.floor(r / group) + 1}` : null;
    ws.addRow([
      r + 1,
      l1,
      `二级事项${r + 1}`,
      content,
      basis,
      '信息形成或者变更之日起20个工作日内',
      '示例县人力资源和社会保障局',
      '■政府网站  □政务服务中心',
      ...audience(),
      '√',
      marks(0.5),
      '√',
      marks(0.5),
    ]);
    // 一级事项 merged down over its group of rows, then the group written out.
    const last = r % group === group - 1 || r === rows - 1;
    if (!last) continue;
    const first = r - (r % group);
    if (r > first) ws.mergeCells(`B${first + 4}:B${r + 4}`);
    ws.lastRow.commit();
  }
  ws.commit();
  await book.commit();
}
