// The built workbook read back with exceljs: 目录 plus one sheet per domain in the official layout,
// the header merges, 一级事项 merged down, print set-up, frozen header, CJK fonts, no formulas.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Compendium } from '../../src/model/compendium.js';
import { CANONICAL_CHANNELS } from '../../src/model/channels.js';
import { REPO, fixture, runCli } from '../helpers/cli.js';
import { compile } from '../../src/model/cascade.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { readBook, rowTexts, scratchDir, writeWorkbook } from './support.js';

const scratch = scratchDir('xlsx-layout');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const demo = join(REPO, 'examples/demo-county');
let book: ExcelJS.Workbook;
let compendium: Compendium;

beforeAll(async () => {
  const run = await runCli(['build', demo, '--out', join(scratch, 'demo'), '--only', 'xlsx']);
  expect(run.code, run.stderr).toBe(0);
  book = await readBook(join(scratch, 'demo', 'directory.xlsx'));
  compendium = compile(await loadWorkspace(demo));
});

/** The rows after which the domain sheet `d` (0-based) has a manual page break. */
function rowBreaks(d: number): number[] {
  const xml = strFromU8(unzipSync(readFileSync(join(scratch, 'demo', 'directory.xlsx')))[`xl/worksheets/sheet${d + 2}.xml`]!);
  return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
}

const HEADER_TOP = [
  '序号',
  '公开事项',
  '',
  '公开内容(要素)',
  '公开依据',
  '公开时限',
  '公开主体',
  '公开渠道和载体',
  '公开对象',
  '',
  '公开方式',
  '',
  '公开层级',
  '',
];
const HEADER_LEAF = ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡级'];

describe('workbook structure', () => {
  it('has a 目录 sheet, then one sheet per domain in the national order', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual(['目录', ...compendium.domains.map((d) => d.name)]);
  });

  it('目录 lists every domain with its item count', () => {
    const toc = book.getWorksheet('目录')!;
    expect(toc.getCell('A1').value).toBe('示例县基层政务公开标准目录');
    expect(rowTexts(toc, 3, 3)).toEqual(['序号', '领域', '事项数']);
    compendium.domains.forEach((d, i) => {
      const row = 4 + i;
      expect(toc.getCell(row, 1).value).toBe(i + 1);
      expect(toc.getCell(row, 3).value).toBe(d.items.length);
      expect(toc.getCell(row, 2).value).toBe(d.name);
    });
    const total = 4 + compendium.domains.length;
    expect(toc.getCell(total, 2).value).toBe('合计');
    expect(toc.getCell(total, 3).value).toBe(compendium.itemCount);
  });

  it('links each domain name in 目录 to its sheet, as an in-workbook location (not an external file link)', () => {
    const entries = unzipSync(readFileSync(join(scratch, 'demo', 'directory.xlsx')));
    const sheet1 = strFromU8(entries['xl/worksheets/sheet1.xml']!);
    // exceljs's reader drops location-only links, so the sheet XML is read directly.
    compendium.domains.forEach((d, i) => expect(sheet1).toContain(`<hyperlink ref="B${4 + i}" location="&apos;${d.name}&apos;!A1"/>`));
    expect(Object.keys(entries).filter((n) => n.includes('_rels/sheet'))).toEqual([]);
  });
});

describe('a domain sheet', () => {
  const sheetOf = (i: number) => book.getWorksheet(compendium.domains[i]!.name)!;

  it('has the title row and the two header rows with the canonical merges', () => {
    const domain = compendium.domains.find((d) => !d.items.some((i) => i.l3) && !d.items.some((i) => Object.keys(i.notes).length))!;
    const ws = book.getWorksheet(domain.name)!;
    expect(ws.getCell('A1').value).toBe(`示例县${domain.name}领域基层政务公开标准目录`);
    expect(rowTexts(ws, 2, 15)).toEqual([...HEADER_TOP, '事项编号']);
    expect(rowTexts(ws, 3, 15)).toEqual([...HEADER_LEAF, '']);
    const merges = ws.model.merges;
    for (const m of ['A1:O1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2', 'O2:O3'])
      expect(merges).toContain(m);
  });

  it('has one row per item, 一级事项 merged down over each run of its rows on each page', () => {
    compendium.domains.forEach((domain, d) => {
      const ws = sheetOf(d);
      const merges = new Set(ws.model.merges);
      const breaks = new Set(rowBreaks(d));
      let row = 4;
      let i = 0;
      while (i < domain.items.length) {
        let j = i;
        while (j + 1 < domain.items.length && domain.items[j + 1]!.l1 === domain.items[i]!.l1) j++;
        // The run's rows, cut where a page ends: each part merged, its first cell holding the 一级事项.
        let first = row;
        for (let r = row; r <= row + (j - i); r++) {
          if (!breaks.has(r) && r < row + (j - i)) continue;
          expect(ws.getCell(first, 2).value, `${domain.name} row ${first}`).toBe(domain.items[i]!.l1);
          expect(merges.has(`B${first}:B${r}`), `${domain.name} B${first}:B${r}`).toBe(r > first);
          first = r + 1;
        }
        for (let k = i; k <= j; k++) expect(ws.getCell(row + (k - i), 1).value).toBe(domain.items[k]!.seq);
        row += j - i + 1;
        i = j + 1;
      }
      expect(ws.rowCount).toBe(3 + domain.items.length);
    });
  });

  it('never lets a merged 一级事项 cross a page break (read from the sheet XML)', () => {
    const zip = unzipSync(readFileSync(join(scratch, 'demo', 'directory.xlsx')));
    let checked = 0;
    compendium.domains.forEach((domain, d) => {
      const xml = strFromU8(zip[`xl/worksheets/sheet${d + 2}.xml`]!);
      const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
      const merges = [...xml.matchAll(/<mergeCell ref="B(\d+):B(\d+)"\/>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      for (const [top, bottom] of merges)
        for (const b of breaks)
          expect(b < top || b >= bottom, `${domain.name} B${top}:B${bottom} across the break after row ${b}`).toBe(true);
      checked += breaks.length;
    });
    // The demo county's domains run over several pages each: there are breaks to check against.
    expect(checked).toBeGreaterThan(compendium.domains.length);
  });

  it('writes √ marks, the named group, and the channel block with ■ for the chosen options', () => {
    const domain = compendium.domains[0]!;
    const ws = sheetOf(0);
    domain.items.forEach((item, i) => {
      const row = rowTexts(ws, 4 + i, 14);
      expect(row[8]).toBe(item.audience.society ? '√' : '');
      expect(row[9]).toBe(item.audience.group ?? (item.audience.specific ? '√' : ''));
      expect(row[10]).toBe(item.mode.active ? '√' : '');
      expect(row[11]).toBe(item.mode.onRequest ? '√' : '');
      expect(row[12]).toBe(item.level.includes('县级') ? '√' : '');
      expect(row[13]).toBe(item.level.includes('乡级') ? '√' : '');
      const block = row[7]!;
      for (const option of CANONICAL_CHANNELS) {
        const selected = item.channels.some((c) => c.name === option);
        expect(block, `${item.id} ${option}`).toMatch(new RegExp(`${selected ? '■' : '□'}${option.replace(/[()/]/g, '\\$&')}`));
      }
      expect(row[3]).toBe(item.content.join('\n'));
      expect(row[4]).toBe(item.basis.join('\n'));
    });
  });

  it('is print-ready: A4 landscape by default, one page wide any number tall, header rows on every page, header frozen', () => {
    for (let d = 0; d < compendium.domains.length; d++) {
      const ws = sheetOf(d);
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '2:3',
      });
      expect(ws.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 });
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' });
      expect(ws.headerFooter.oddFooter).toContain('&P');
    }
    expect(book.getWorksheet('目录')!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 });
  });

  it('prints on A3 when the config says `xlsx: {paper: A3}`', async () => {
    const { path } = await writeWorkbook(demo, join(scratch, 'a3'), { xlsx: { paper: 'A3' } });
    const a3 = await readBook(path);
    for (const ws of a3.worksheets) expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 8, fitToWidth: 1, fitToHeight: 0 });
    expect(a3.worksheets[1]!.pageSetup.orientation).toBe('landscape');
  });

  it('uses 宋体 for the body and 黑体 for title and header (East Asian names, GB2312), wraps text, sizes columns by Chinese width', () => {
    const ws = sheetOf(0);
    expect(ws.getCell('A1').font).toMatchObject({ name: '黑体', charset: 134, family: 3 });
    expect(ws.getCell('D2').font).toMatchObject({ name: '黑体', charset: 134, family: 3 });
    expect(ws.getCell('D4').font).toMatchObject({ name: '宋体', charset: 134, family: 3 });
    const styles = strFromU8(unzipSync(readFileSync(join(scratch, 'demo', 'directory.xlsx')))['xl/styles.xml']!);
    expect(styles).toContain('<charset val="134"/><family val="3"/><sz val="10.5"/><name val="宋体"/>');
    expect(ws.getCell('D4').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(ws.getCell('D4').border.top).toMatchObject({ style: 'thin' });
    const width = (c: number) => ws.getColumn(c).width!;
    expect(width(1)).toBeLessThan(width(4));
    for (let c = 9; c <= 14; c++) expect(width(c)).toBeLessThan(width(8));
    expect(ws.getColumn(15).hidden).toBe(true);
    expect(ws.getCell(3, 15).value).toBe('事项编号');
    // Each row is tall enough for the lines of its longest cell (the channel block has 7).
    expect(ws.getRow(4).height).toBeGreaterThanOrEqual(7 * 16);
  });
});

describe('optional columns and cell safety', () => {
  let rich: ExcelJS.Workbook;
  let richPath: string;
  beforeAll(async () => {
    richPath = (await writeWorkbook(fixture('xlsx/roundtrip'), scratch)).path;
    rich = await readBook(richPath);
  });

  it('adds 三级事项, level labels beyond the workspace and notes columns only where the data has them', () => {
    const ws = rich.getWorksheet('社会救助')!;
    expect(rowTexts(ws, 3, 19)).toEqual([
      '',
      '一级事项',
      '二级事项',
      '三级事项',
      '',
      '',
      '',
      '',
      '',
      '全社会',
      '特定群体',
      '主动',
      '依申请',
      '县级',
      '乡级',
      '村级',
      '',
      '',
      '',
    ]);
    expect(rowTexts(ws, 2, 19).slice(16)).toEqual(['咨询电话', '备注', '事项编号']);
    expect(ws.model.merges).toContain('B2:D2');
    expect(ws.model.merges).toContain('N2:P2');
    const jobs = rich.getWorksheet('就业')!;
    expect(rowTexts(jobs, 3, 15)[3]).toBe('');
    expect(rowTexts(jobs, 2, 15)[14]).toBe('事项编号');
  });

  it('writes 其他 with its text and channels outside the 13 after the block', () => {
    const ws = rich.getWorksheet('社会救助')!;
    expect(String(ws.getCell('I4').value)).toContain('■其他：测试县民政局微信公众号');
    expect(String(ws.getCell('I5').value).split('\n').at(-1)).toBe('■政府服务中心');
  });

  it('never turns text into a formula, whatever it starts with', () => {
    const ws = rich.getWorksheet('社会救助')!;
    const cells = ['G5', 'H5', 'Q5', 'R5', 'E6'].map((a) => ws.getCell(a));
    expect(cells.map((c) => c.value)).toEqual(['=1+1', '=A1&"点击"', '+86 0000 7654321', '@民政股', '-救助对象\n救助金额']);
    for (const c of cells) expect(c.type).toBe(ExcelJS.ValueType.String);
    const entries = unzipSync(readFileSync(richPath));
    for (const [name, data] of Object.entries(entries))
      if (name.startsWith('xl/worksheets/')) expect(strFromU8(data)).not.toMatch(/<f[ >]/);
  });

  it('lists only the chosen channels with `xlsx: {channels: checked}`', async () => {
    const dir = join(scratch, 'checked');
    mkdirSync(dir);
    const { path } = await writeWorkbook(fixture('xlsx/roundtrip'), dir, { xlsx: { channels: 'checked' } });
    const ws = (await readBook(path)).getWorksheet('社会救助')!;
    expect(ws.getCell('I4').value).toBe('■政府网站\n■政务服务中心\n■其他：测试县民政局微信公众号');
    expect(ws.getCell('I5').value).toBe('■社区/企事业单位/村公示栏(电子屏)\n■政府服务中心');
  });

  it('takes the channel layout from gkml.config.yaml, and refuses an unknown one', async () => {
    const ws = join(scratch, 'configured');
    cpSync(fixture('clean'), ws, { recursive: true });
    const config = readFileSync(join(ws, 'gkml.config.yaml'), 'utf8');
    writeFileSync(join(ws, 'gkml.config.yaml'), `${config}xlsx:\n  channels: checked\n`);
    const run = await runCli(['build', ws, '--out', join(scratch, 'configured-dist'), '--only', 'xlsx']);
    expect(run.code, run.stderr).toBe(0);
    const sheet = (await readBook(join(scratch, 'configured-dist', 'directory.xlsx'))).getWorksheet('社会救助')!;
    expect(sheet.getCell('H4').value).toBe('■政府网站\n■政务服务中心\n■社区/企事业单位/村公示栏(电子屏)\n■其他：示例县民政局微信公众号');

    writeFileSync(join(ws, 'gkml.config.yaml'), `${config}xlsx:\n  channels: grid\n`);
    const bad = await runCli(['build', ws, '--out', join(scratch, 'configured-dist'), '--only', 'xlsx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('gkml.config.yaml:');
  });
});
