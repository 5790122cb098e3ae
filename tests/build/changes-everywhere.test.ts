// 更新记录 beyond the site (`gkml build --previous`): tests/fixtures/versions v2 built against v1,
// its workbook read back with exceljs, its Word document's XML and its directory.json, each checked
// against the diff; a build without --previous has none of them; a city's counties each have theirs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/diff/diff.js';
import { diff as diffVersions } from '../../src/diff/versions.js';
import { build } from '../../src/publish/build.js';
import { REPO, fixture } from '../helpers/cli.js';
import { paragraphs, parts } from '../docx/support.js';
import { readBook } from '../xlsx/support.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-changes-everywhere-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const v1 = fixture('versions/v1');
const v2 = fixture('versions/v2');
const withPrevious = join(scratch, 'with');
const without = join(scratch, 'without');
let diff: DiffReport;

beforeAll(async () => {
  await build({ workspace: v2, out: withPrevious, previous: v1, only: ['xlsx', 'docx', 'json'], cwd: REPO, env: {} });
  await build({ workspace: v2, out: without, only: ['xlsx', 'docx', 'json'], cwd: REPO, env: {} });
  diff = await diffVersions({ old: v1, new: v2, cwd: REPO });
});

/** The rows the diff makes of the fixture: one per added, removed or renamed item, one per changed field. */
const EXPECTED = [
  ['1', '就业', '高校毕业生就业服务 · 就业见习', '新增事项', '—', '—'],
  ['2', '就业', '就业信息服务 · 岗位信息发布', '修改公开内容(要素)', '招聘单位、岗位要求', '招聘单位、岗位要求、薪酬待遇'],
  ['3', '就业', '就业信息服务 · 岗位信息发布', '修改公开时限', '信息形成或者变更之日起20个工作日内', '信息形成或者变更之日起10个工作日内'],
  ['4', '就业', '就业信息服务 · 岗位信息发布', '修改公开渠道和载体', '政府网站、政务服务中心', '政府网站、两微一端'],
  ['5', '就业', '就业援助 · 公益性岗位', '修改编号', 'jiuye-x01', 'jiuye-06-01'],
  ['6', '就业', '创业服务 · 创业担保贷款', '删除事项', '—', '—'],
];
const HEADER = ['序号', '领域', '事项', '变更内容', '变更前', '变更后'];

describe('the 更新记录 of a build with --previous', () => {
  it('is what the diff says: the expected rows cover every item it names, each changed field once', () => {
    expect(diff.added.map((r) => r.id)).toEqual(['jiuye-x03']);
    expect(diff.removed.map((r) => r.id)).toEqual(['jiuye-x02']);
    expect(diff.renamed.map((r) => [r.from, r.id])).toEqual([['jiuye-x01', 'jiuye-06-01']]);
    const fields = diff.changed.flatMap((r) => r.fields.map((f) => f.field));
    expect(fields).toEqual(['content', 'timeframe', 'channels']);
    expect(EXPECTED).toHaveLength(diff.added.length + diff.removed.length + diff.renamed.length + fields.length);
  });

  it("is the workbook's last sheet, 更新记录, in the official layout of a change list, printed like the other sheets", async () => {
    const book = await readBook(join(withPrevious, 'directory.xlsx'));
    expect(book.worksheets.map((w) => w.name)).toEqual(['目录', '就业', '更新记录']);
    const ws = book.getWorksheet('更新记录')!;
    const texts = (row: number) => HEADER.map((_, i) => String(ws.getRow(row).getCell(i + 1).value ?? ''));
    expect(texts(1)[0]).toBe('版本县基层政务公开标准目录更新记录');
    expect(texts(2)[0]).toBe('版本 2026.2（2026-06-30）与上一版本 2026.1（2026-01-10）相比的变化');
    expect(texts(3)).toEqual(HEADER);
    expect([4, 5, 6, 7, 8, 9].map(texts)).toEqual(EXPECTED);
    expect(ws.rowCount).toBe(3 + EXPECTED.length);
    // No cell is a formula; each value is plain text or the 序号.
    ws.eachRow((row) => row.eachCell((cell) => expect(['string', 'number']).toContain(typeof cell.value)));
    const domain = book.getWorksheet('就业')!;
    expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'landscape', printTitlesRow: '3:3' });
    expect(ws.pageSetup.paperSize).toBe(domain.pageSetup.paperSize);
    expect(ws.headerFooter.oddFooter).toBe(domain.headerFooter.oddFooter);
    expect(ws.getCell('A3').font.name).toBe(domain.getCell('A2').font.name);
    expect(ws.getCell('C4').font.name).toBe(domain.getCell('B4').font.name);
  });

  it("is listed last in the workbook's 目录, after the total, linked to its sheet as the domains are", async () => {
    const toc = (await readBook(join(withPrevious, 'directory.xlsx'))).getWorksheet('目录')!;
    expect([4, 5, 6].map((r) => toc.getCell(r, 2).value)).toEqual(['就业', '合计', '更新记录']);
    // exceljs's reader drops location-only links, so the sheet XML is read directly.
    const sheet1 = strFromU8(unzipSync(readFileSync(join(withPrevious, 'directory.xlsx')))['xl/worksheets/sheet1.xml']!);
    expect(sheet1).toContain('<hyperlink ref="B6" location="&apos;更新记录&apos;!A1"/>');
    const plain = (await readBook(join(without, 'directory.xlsx'))).getWorksheet('目录')!;
    expect(plain.getCell(6, 2).value).toBeNull();
  });

  it("is the Word document's last section, after the domains, listed last in the 目录, its table drawn as theirs", () => {
    const xml = parts(readFileSync(join(withPrevious, 'directory.docx')))['word/document.xml']!;
    const texts = paragraphs(xml);
    // The 目录's cached entries and the written-out list both end with 更新记录, after the domains.
    const contents = texts.slice(texts.indexOf('目　　录'), texts.indexOf('各领域事项数'));
    expect(contents.filter((t) => t.trim())).toEqual(['目　　录', '一、就业', '更新记录']);
    const headings = [...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(headings).toEqual(['一、就业', '更新记录']);
    const section = xml.slice(xml.lastIndexOf('<w:pStyle w:val="Heading1"/>'));
    const table = section.slice(section.indexOf('<w:tbl>'), section.indexOf('</w:tbl>'));
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((tr) =>
      [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => paragraphs(tc[0]).join('\n')),
    );
    expect(rows).toEqual([HEADER, ...EXPECTED]);
    // The header row repeats on every page and no row splits, as in the domain tables; the header in their style.
    expect(table.match(/<w:tr>\s*<w:trPr>[\s\S]*?<\/w:trPr>/)![0]).toMatch(/<w:tblHeader\/>/);
    expect((table.match(/<w:cantSplit\/>/g) ?? []).length).toBe(rows.length);
    expect((table.match(/<w:pStyle w:val="TableHeader"\/>/g) ?? []).length).toBe(HEADER.length);
    expect(texts).toContain('版本 2026.2（2026-06-30）与上一版本 2026.1（2026-01-10）相比的变化');
  });

  it('is the `changes` of directory.json, with the previous version, the values as the directory format writes them', () => {
    const doc = JSON.parse(readFileSync(join(withPrevious, 'directory.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(doc).slice(-3)).toEqual(['domains', 'previous', 'changes']);
    expect(doc.previous).toEqual({ version: '2026.1', date: '2026-01-10' });
    const strip = ({ id, domain, l1, l2 }: { id: string; domain: string; l1: string; l2?: string }) => ({ id, domain, l1, l2 });
    expect(doc.changes).toEqual([
      ...diff.added.map((r) => ({ type: 'added', ...strip(r) })),
      ...diff.changed.map((r) => ({ type: 'changed', ...strip(r), fields: r.fields })),
      ...diff.renamed.map((r) => ({ type: 'renamed', ...strip(r), from: r.from, fields: r.fields })),
      ...diff.removed.map((r) => ({ type: 'removed', ...strip(r) })),
    ]);
    const changed = (doc.changes as { type: string; fields?: unknown[] }[]).find((c) => c.type === 'changed')!;
    expect(changed.fields![1]).toEqual({
      field: 'timeframe',
      before: '信息形成或者变更之日起20个工作日内',
      after: '信息形成或者变更之日起10个工作日内',
    });
  });
});

describe('a formula in a changed value', () => {
  it('stays text in the workbook', async () => {
    const previous = join(scratch, 'formula-previous');
    cpSync(v1, previous, { recursive: true });
    const file = join(previous, 'directories/jiuye.yaml');
    const yaml = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      yaml.replace('timeframe: 信息形成或者变更之日起20个工作日内', 'timeframe: \'=HYPERLINK("http://example.com","1")\''),
    );
    const out = join(scratch, 'formula');
    await build({ workspace: v2, out, previous, only: ['xlsx'], cwd: REPO, env: {} });
    const ws = (await readBook(join(out, 'directory.xlsx'))).getWorksheet('更新记录')!;
    const before = [...Array(ws.rowCount).keys()].map((i) => ws.getRow(i + 1).getCell(5).value);
    expect(before).toContain('=HYPERLINK("http://example.com","1")');
    ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  });
});

describe('a build without --previous', () => {
  it('has no 更新记录 sheet, section or `changes`', async () => {
    expect((await readBook(join(without, 'directory.xlsx'))).worksheets.map((w) => w.name)).toEqual(['目录', '就业']);
    const xml = parts(readFileSync(join(without, 'directory.docx')))['word/document.xml']!;
    expect(xml).not.toContain('更新记录');
    const doc = JSON.parse(readFileSync(join(without, 'directory.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(doc)).not.toContain('changes');
    expect(Object.keys(doc)).not.toContain('previous');
  });
});

describe('a city with --previous', () => {
  it("gives each county's files its own 更新记录, and the city's summary none when it has no directories of its own", async () => {
    // The previous version had no 南河县 yet, and 东山县's 渔灯节 item listed one element less.
    const previous = join(scratch, 'city-previous');
    cpSync(fixture('city'), previous, { recursive: true });
    rmSync(join(previous, 'counties/nanhe'), { recursive: true });
    const file = join(previous, 'counties/dongshan/directories/gonggong-wenhua-fuwu.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[活动时间, 活动地点, 参与方式]', '[活动时间, 活动地点]'));
    const out = join(scratch, 'city');
    await build({ workspace: fixture('city'), out, previous, only: ['xlsx', 'docx', 'json'], cwd: REPO, env: {} });
    const sheet = async (folder: string) => (await readBook(join(out, folder, 'directory.xlsx'))).getWorksheet('更新记录');
    const dongshan = (await sheet('regions/dongshan'))!;
    expect([1, 2, 3, 4, 5, 6].map((i) => String(dongshan.getRow(4).getCell(i).value))).toEqual([
      '1',
      '公共文化服务',
      expect.any(String),
      '修改公开内容(要素)',
      '活动时间、活动地点',
      '活动时间、活动地点、参与方式',
    ]);
    const nanhe = (await sheet('regions/nanhe'))!;
    expect(nanhe.rowCount).toBe(3 + 3);
    expect(String(nanhe.getRow(4).getCell(4).value)).toBe('新增事项');
    // Nothing changed in 北岭县: its sheet says so.
    expect(String((await sheet('regions/beiling'))!.getRow(4).getCell(1).value)).toBe('本目录没有变化');
    const city = JSON.parse(readFileSync(join(out, 'directory.json'), 'utf8')) as {
      changes: unknown[];
      regions: { slug: string; changes: unknown[] }[];
    };
    expect(city.changes).toEqual([]);
    expect(city.regions.find((r) => r.slug === 'nanhe')!.changes).toHaveLength(3);
    const own = (await readBook(join(out, 'directory.xlsx'))).worksheets.map((w) => w.name);
    expect(own.includes('更新记录')).toBe(!!JSON.parse(readFileSync(join(out, 'directory.json'), 'utf8')).domains.length);
  });
});
