// A city build (tests/fixtures/city: five counties, one in a folder whose name is not folder-safe):
// each region's workbook at regions/<slug>/directory.xlsx, byte-identical to a build of that
// county alone, and a summary workbook whose 汇总 sheet counts items by region and domain, read
// back with exceljs. Two builds give the same bytes.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxWriter } from '../../src/export/xlsx/index.js';
import { runTarget, type TestRegion } from '../helpers/run-target.js';
import { compile } from '../../src/model/cascade.js';
import type { Compendium } from '../../src/model/compendium.js';
import { DOMAINS } from '../../src/model/domains.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { fixture, runCli } from '../helpers/cli.js';
import { readBook, rowTexts, scratchDir } from './support.js';
import { CITY_COUNTIES } from '../helpers/city.js';

const scratch = scratchDir('xlsx-regions');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CITY = fixture('city');
const COUNTIES = CITY_COUNTIES;
const HEADER = ['序号', '地区', ...DOMAINS.map((d) => d.name), '合计', '分册文件'];
const LAST_COLUMN = 'AD'; // 30 columns

async function buildXlsx(workspace: string, out: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const run = await runCli(['build', workspace, '--out', out, '--only', 'xlsx'], { env });
  expect(run.code, run.stderr).toBe(0);
}

/** Every file under `dir` (relative, sorted) except the output marker and SHA256SUMS (tests/build/verify.test.ts). */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name !== '.gkml-output' && name !== 'SHA256SUMS') out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Items per domain in national order, counted from the compiled directories. */
function countsByDomain(c: Compendium): number[] {
  return DOMAINS.map((d) => c.domains.filter((x) => x.id === d.id).reduce((n, x) => n + x.items.length, 0));
}

const cellValues = (ws: ExcelJS.Worksheet, row: number) => Array.from({ length: HEADER.length }, (_, i) => ws.getCell(row, i + 1).value);

describe('city build', () => {
  const out = join(scratch, 'city');
  let counties: Compendium[];
  let summary: ExcelJS.Workbook;

  beforeAll(async () => {
    await buildXlsx(CITY, out);
    counties = await Promise.all(COUNTIES.map(async (c) => compile(await loadWorkspace(join(CITY, 'counties', c.folder)))));
    summary = await readBook(join(out, 'directory.xlsx'));
  });

  it('writes the summary workbook and one workbook per region', () => {
    expect(files(out)).toEqual(['directory.xlsx', ...COUNTIES.map((c) => `regions/${c.slug}/directory.xlsx`)].sort());
  });

  it('writes each region exactly as a build of that county alone', async () => {
    for (const c of COUNTIES) {
      const single = join(scratch, `single-${c.slug}`);
      await buildXlsx(join(CITY, 'counties', c.folder), single);
      const inCity = readFileSync(join(out, 'regions', c.slug, 'directory.xlsx'));
      expect(inCity.equals(readFileSync(join(single, 'directory.xlsx'))), c.folder).toBe(true);
    }
    const region = await readBook(join(out, 'regions', 'region-005', 'directory.xlsx'));
    expect(region.getWorksheet('目录')!.getCell('A1').value).toBe('临江县基层政务公开标准目录');
  });

  it('汇总 counts every region’s items by domain, with row and column totals as numbers', () => {
    expect(summary.worksheets.map((w) => w.name)).toEqual(['汇总']);
    const ws = summary.getWorksheet('汇总')!;
    expect(ws.getCell('A1').value).toBe('样例市基层政务公开标准目录事项数汇总表');
    expect(ws.getCell('A2').value).toBe('样例市人民政府办公室　版本 2026.1　2026-06-30');
    expect(rowTexts(ws, 3, HEADER.length)).toEqual(HEADER);

    COUNTIES.forEach((c, r) => {
      const counts = countsByDomain(counties[r]!);
      expect(cellValues(ws, 4 + r), c.name).toEqual([r + 1, c.name, ...counts, counties[r]!.itemCount, `regions/${c.slug}/directory.xlsx`]);
    });
    const columnTotals = DOMAINS.map((_, d) => counties.reduce((n, c) => n + countsByDomain(c)[d]!, 0));
    const grandTotal = counties.reduce((n, c) => n + c.itemCount, 0);
    expect(grandTotal).toBeGreaterThan(COUNTIES.length);
    expect(columnTotals.filter((n) => n > 0).length).toBeGreaterThan(1);
    const totalRow = 4 + COUNTIES.length;
    expect(cellValues(ws, totalRow)).toEqual([null, '合计', ...columnTotals, grandTotal, null]);
    expect(ws.rowCount).toBe(totalRow);
    for (let r = 4; r <= totalRow; r++) {
      for (let col = 3; col <= HEADER.length - 1; col++) expect(ws.getCell(r, col).type, `${r}:${col}`).toBe(ExcelJS.ValueType.Number);
    }
  });

  it('has no formulas, no hyperlinks and no links to other files', () => {
    const entries = unzipSync(readFileSync(join(out, 'directory.xlsx')));
    const sheet = strFromU8(entries['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).not.toContain('<hyperlink');
    expect(Object.keys(entries).filter((n) => n.includes('_rels/sheet') || n.includes('externalLink'))).toEqual([]);
  });

  it('is print-ready: A4 landscape one page wide, header row repeated, header and region column frozen', () => {
    const ws = summary.getWorksheet('汇总')!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
    });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3, topLeftCell: 'C4' });
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.model.merges).toEqual(expect.arrayContaining([`A1:${LAST_COLUMN}1`, `A2:${LAST_COLUMN}2`]));
    expect(ws.getCell('C3').font).toMatchObject({ name: '黑体', charset: 134 });
    expect(ws.getCell('C4').font).toMatchObject({ name: '宋体', charset: 134 });
    expect(ws.getCell(4 + COUNTIES.length, 2).font).toMatchObject({ bold: true });
    // The longest domain name (国有土地上房屋征收与补偿) wraps in its narrow column: the header row is tall enough.
    expect(ws.getColumn(10).width).toBeLessThan(12);
    expect(ws.getRow(3).height).toBeGreaterThanOrEqual(3 * 16);
  });

  it('gives the same bytes on a second build', async () => {
    const again = join(scratch, 'city-again');
    await buildXlsx(CITY, again);
    for (const f of files(out)) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });
});

describe('city build with regions of their own settings, and directories of its own', () => {
  const copy = join(scratch, 'city-copy');
  const out = join(scratch, 'city-copy-dist');
  let summary: ExcelJS.Workbook;

  beforeAll(async () => {
    cpSync(CITY, copy, { recursive: true });
    // One county published on another date, one with the checked channel layout.
    const dongshan = join(copy, 'counties/dongshan/gkml.config.yaml');
    writeFileSync(dongshan, readFileSync(dongshan, 'utf8').replace(/^date: .*$/m, 'date: 2026-03-01'));
    const xishui = join(copy, 'counties/xishui/gkml.config.yaml');
    writeFileSync(xishui, `${readFileSync(xishui, 'utf8')}xlsx:\n  channels: checked\n`);
    // The city's own directory: 市本级 items besides the counties'.
    const config = join(copy, 'gkml.config.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}directories: directories/*.yaml\n`);
    mkdirSync(join(copy, 'directories'));
    cpSync(fixture('clean/directories/shehui-jiuzhu.yaml'), join(copy, 'directories/shehui-jiuzhu.yaml'));
    await buildXlsx(copy, out);
    summary = await readBook(join(out, 'directory.xlsx'));
  });

  it('writes each region with its own date and channel layout, as a build of it alone', async () => {
    for (const c of ['dongshan', 'xishui']) {
      const single = join(scratch, `copy-single-${c}`);
      await buildXlsx(join(copy, 'counties', c), single);
      expect(readFileSync(join(out, 'regions', c, 'directory.xlsx')).equals(readFileSync(join(single, 'directory.xlsx'))), c).toBe(true);
    }
    const core = (file: string) => strFromU8(unzipSync(readFileSync(join(out, file)))['docProps/core.xml']!);
    expect(core('regions/dongshan/directory.xlsx')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T00:00:00Z</dcterms:created>',
    );
    expect(core('directory.xlsx')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-06-30T00:00:00Z</dcterms:created>');
  });

  it('lists the city’s own items first (本级) and adds its 目录 and domain sheets after 汇总', async () => {
    const own = compile(await loadWorkspace(copy));
    expect(own.itemCount).toBeGreaterThan(0);
    expect(summary.worksheets.map((w) => w.name)).toEqual(['汇总', '目录', ...own.domains.map((d) => d.name)]);
    const ws = summary.getWorksheet('汇总')!;
    expect(cellValues(ws, 4)).toEqual([1, '样例市本级', ...countsByDomain(own), own.itemCount, '本工作簿']);
    expect(ws.getCell(5, 2).value).toBe('北岭县');
    const totalRow = 4 + 1 + COUNTIES.length;
    expect(ws.getCell(totalRow, 2).value).toBe('合计');
    let expected = own.itemCount;
    for (const c of COUNTIES) expected += compile(await loadWorkspace(join(copy, 'counties', c.folder))).itemCount;
    expect(ws.getCell(totalRow, HEADER.length - 1).value).toBe(expected);
    expect(summary.getWorksheet('目录')!.getCell('A1').value).toBe('样例市基层政务公开标准目录');
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('keeps one workbook per region under SOURCE_DATE_EPOCH, every region dated alike', async () => {
    const out = join(scratch, 'epoch');
    await buildXlsx(CITY, out, { SOURCE_DATE_EPOCH: '1767225600' }); // 2026-01-01T00:00:00Z
    for (const f of files(out)) {
      expect(strFromU8(unzipSync(readFileSync(join(out, f)))['docProps/core.xml']!), f).toContain('2026-01-01T00:00:00Z');
    }
  });
});

describe('region folders', () => {
  async function writeRegions(slugs: string[], outDir: string): Promise<string[]> {
    const county = compile(await loadWorkspace(join(CITY, 'counties/beiling')), { env: {} });
    const regions: TestRegion[] = slugs.map((slug) => ({ slug, compendium: county }));
    mkdirSync(outDir, { recursive: true });
    return runTarget(
      xlsxWriter,
      { compendium: compile(await loadWorkspace(CITY), { env: {} }), outDir, output: 'directory.xlsx', lang: 'zh', progress: () => {} },
      regions,
    );
  }

  it('refuses a slug that would leave the output folder', async () => {
    const outDir = join(scratch, 'guard', 'out');
    await expect(writeRegions(['beiling', '../../evil'], outDir)).rejects.toThrow('the region slug cannot name a folder: ../../evil');
    expect(readdirSync(join(scratch, 'guard'))).toEqual(['out']);
  });

  it('gives the second of two regions of one folder name its own folder, <name>-2, rather than writing one over the other', async () => {
    const city = join(scratch, 'twice', 'city');
    cpSync(CITY, city, { recursive: true });
    cpSync(join(city, 'counties', 'beiling'), join(city, 'more', 'beiling'), { recursive: true });
    writeFileSync(
      join(city, 'gkml.config.yaml'),
      readFileSync(join(city, 'gkml.config.yaml'), 'utf8').replace('regions: [counties/*]', 'regions: [counties/*, more/*]'),
    );
    const out = join(scratch, 'twice', 'out');
    const run = await runCli(['build', city, '--out', out, '--only', 'xlsx', '--lang', 'en']);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(out, 'regions')).filter((f) => f.startsWith('beiling'))).toEqual(['beiling', 'beiling-2']);
    expect(readFileSync(join(out, 'regions/beiling/directory.xlsx'))).toEqual(readFileSync(join(out, 'regions/beiling-2/directory.xlsx')));
  });

  it('lists the files it wrote: each region workbook as it comes, then the summary', async () => {
    expect(await writeRegions(['a', 'b-2'], join(scratch, 'listed'))).toEqual([
      'regions/a/directory.xlsx',
      'regions/b-2/directory.xlsx',
      'directory.xlsx',
    ]);
  });
});
