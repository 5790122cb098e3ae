// The Word compendium (gkml build --only docx) read back from its package XML: cover, contents with a
// TOC field and the written-out list, one landscape section per domain with its table in the
// official layout (repeated header rows, merged 一级事项, rows kept whole, √ marks), Chinese fonts,
// page numbers; the same bytes on every build; a city's documents; A4 by config.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/model/cascade.js';
import type { Compendium } from '../../src/model/compendium.js';
import { tableColumns } from '../../src/model/table-layout.js';
import { chineseNumeralDate } from '../../src/util/chinese-numerals.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { CITY_COUNTIES } from '../helpers/city.js';
import { REPO, fixture, spawnCli } from '../helpers/cli.js';
import { buildDocs, count, paragraphs, parts, scratchDir, tables } from './support.js';

const scratch = scratchDir('docx');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const demo = join(REPO, 'examples/demo-county');
let doc: Record<string, string>;
let body: string;
let compendium: Compendium;

beforeAll(async () => {
  await buildDocs(demo, join(scratch, 'demo'));
  doc = parts(readFileSync(join(scratch, 'demo/directory.docx')));
  body = doc['word/document.xml']!;
  compendium = compile(await loadWorkspace(demo), { env: {} });
});

describe('the demo county as a Word document', () => {
  it('opens with a cover: title, publisher, version, the date in Chinese numerals, no draft mark', () => {
    const text = paragraphs(body);
    expect(text.slice(0, 5)).toEqual([
      '',
      '示例县基层政务公开标准目录',
      compendium.publisher,
      `（版本 ${compendium.version}）`,
      chineseNumeralDate(compendium.date),
    ]);
    expect(text).not.toContain('征求意见稿');
  });

  it('has a contents page with a real TOC field and the domains written out with their item counts', () => {
    expect(body).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    const text = paragraphs(body);
    const headings = compendium.domains.map(
      (d, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i] ?? ''}、${d.name}`,
    );
    expect(text).toContain(headings[0]);
    expect(text).toContain('二十六、卫生健康');
    // The written-out list (a tab between heading and count, which the text of a paragraph leaves out).
    for (const [i, d] of compendium.domains.entries()) {
      expect(
        text.filter((t) => t.startsWith(headings[i] ?? '') && t.endsWith(`、${d.name}${d.items.length} 个事项`)),
        d.name,
      ).toHaveLength(i < 10 ? 1 : 0);
      expect(
        text.filter((t) => t.endsWith(`、${d.name}${d.items.length} 个事项`)),
        d.name,
      ).toHaveLength(1);
    }
  });

  it('asks Word and WPS to refresh its 目录 on open, and keeps headings with what follows them', () => {
    // w:updateFields: the TOC field gets its page numbers when the document is opened.
    expect(doc['word/settings.xml']).toContain('<w:updateFields/>');
    const style = (id: string) => doc['word/styles.xml']!.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`))?.[0] ?? '';
    expect(style('Heading1')).toContain('<w:keepNext/>');
    // 各领域事项数 stays with its list, and the list stays together (every line but the last kept with the next).
    expect(style('ContentsTitle')).toContain('<w:keepNext/>');
    expect(count(body, /<w:pStyle w:val="ContentsLine"\/><w:keepNext\/>/g)).toBe(compendium.domains.length - 1);
    expect(count(body, /<w:pStyle w:val="ContentsLine"\/>/g)).toBe(compendium.domains.length);
  });

  it('has one landscape section per domain, after the portrait cover and contents, numbered — n —', () => {
    const sizes = [...body.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(sizes).toHaveLength(2 + 26);
    expect(sizes.slice(0, 2).every((s) => s.includes('w:w="11906"') && s.includes('w:h="16838"'))).toBe(true);
    expect(sizes.slice(2).every((s) => s.includes('w:w="23811"') && s.includes('w:h="16838"') && s.includes('w:orient="landscape"'))).toBe(
      true,
    );
    expect(count(body, /<w:pgNumType w:start="1"/)).toBe(1);
    const footers = Object.entries(doc).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBe(27);
    for (const [, xml] of footers) expect(paragraphs(xml.replace(/<w:instrText[^>]*>PAGE<\/w:instrText>/, '')).join('')).toMatch(/^— +—$/);
    for (const [, xml] of footers) expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });

  it('writes each domain as one table in the official two-row layout with every item', () => {
    const all = tables(body);
    expect(all).toHaveLength(26);
    for (const [i, d] of compendium.domains.entries()) {
      const rows = all[i]!;
      expect(rows).toHaveLength(2 + d.items.length);
      const texts = rows.map((r) => r.map((c) => paragraphs(c).join('\n')));
      expect(texts[0]!.slice(0, 4)).toEqual(['序号', '公开事项', '公开内容(要素)', '公开依据']);
      // Row 2 holds the grouped labels, and the continuing (empty) halves of the labels spanning both rows.
      expect(texts[1]!.filter(Boolean).slice(0, 2)).toEqual(['一级事项', '二级事项']);
      for (const [k, item] of d.items.entries()) {
        const row = texts[2 + k]!;
        expect(row[0], item.id).toBe(String(item.seq));
        expect(row.join('|'), item.id).toContain(item.l2);
        expect(row.join('|'), item.id).toContain(item.content.join('\n'));
      }
      // Every 一级事项 of the domain is written once per run (its merged cell).
      const runs = d.items.filter((item, k) => k === 0 || d.items[k - 1]!.l1 !== item.l1);
      expect(
        texts
          .slice(2)
          .map((r) => r[1])
          .filter((t) => runs.some((run) => run.l1 === t)),
      ).toHaveLength(runs.length);
    }
    const xmlRows = [...body.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(xmlRows.filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(52);
    expect(xmlRows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('merges each 一级事项 down over its run of rows', () => {
    const merged = compendium.domains.flatMap((d) =>
      d.items.filter((item, k) => (k === 0 || d.items[k - 1]!.l1 !== item.l1) && d.items[k + 1]?.l1 === item.l1),
    );
    const continued = compendium.domains.reduce(
      (n, d) => n + d.items.filter((item, k) => k > 0 && d.items[k - 1]!.l1 === item.l1).length,
      0,
    );
    // Header rows: each ungrouped header spans both rows (a restart and a continue per column).
    const headerRestarts = compendium.domains.reduce(
      (n, d) => n + tableColumns(d.columns, compendium.channels).filter((c) => !c.group && !c.hidden).length,
      0,
    );
    expect(count(body, /<w:vMerge w:val="restart"\/>/)).toBe(merged.length + headerRestarts);
    expect(count(body, /<w:vMerge(?: w:val="continue")?\/>/)).toBe(continued + headerRestarts);
  });

  it('marks with √ and names Chinese faces for East Asian text in every style', () => {
    expect(body).toContain('>√<');
    const styles = doc['word/styles.xml']!;
    for (const face of ['仿宋_GB2312', '黑体', '宋体', '方正小标宋简体']) expect(styles, face).toContain(`w:eastAsia="${face}"`);
    expect(doc['word/fontTable.xml']).toContain('<w:altName w:val="仿宋"/>');
  });
});

describe('the same workspace, the same bytes', () => {
  it('gives identical documents on every build, in any time zone, the one date the config’s', () => {
    const again = join(scratch, 'again');
    const run = spawnCli(['build', demo, '--out', again, '--only', 'docx'], { env: { TZ: 'America/New_York' } });
    expect(run.code, run.stderr).toBe(0);
    expect(Buffer.compare(readFileSync(join(scratch, 'demo/directory.docx')), readFileSync(join(again, 'directory.docx')))).toBe(0);
    expect(doc['docProps/core.xml']).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${compendium.date}T00:00:00Z</dcterms:created>`);
  });

  it('writes a city’s regions exactly as each county alone, and the city’s own with a summary of its regions', async () => {
    const city = await buildDocs(fixture('city'), join(scratch, 'city'));
    for (const c of CITY_COUNTIES.slice(0, 2)) {
      const alone = await buildDocs(join(fixture('city'), 'counties', c.folder), join(scratch, `alone-${c.slug}`));
      expect(
        Buffer.compare(readFileSync(join(city, `regions/${c.slug}/directory.docx`)), readFileSync(join(alone, 'directory.docx'))),
        c.slug,
      ).toBe(0);
    }
    const parent = paragraphs(parts(readFileSync(join(city, 'directory.docx')))['word/document.xml']!);
    expect(parent).toContain('各地区事项数汇总');
    for (const c of CITY_COUNTIES) {
      expect(parent, c.name).toContain(c.name);
      expect(parent, c.slug).toContain(`regions/${c.slug}/directory.docx`);
    }
  });
});

describe('options', () => {
  it('prints the tables on A4 landscape when the config says docx: {paper: A4}', async () => {
    const ws = join(scratch, 'a4');
    cpSync(fixture('clean'), ws, { recursive: true });
    writeFileSync(join(ws, 'gkml.config.yaml'), readFileSync(join(ws, 'gkml.config.yaml'), 'utf8') + 'docx:\n  paper: A4\n');
    await buildDocs(ws, join(scratch, 'a4-out'));
    const xml = parts(readFileSync(join(scratch, 'a4-out/directory.docx')))['word/document.xml']!;
    expect([...xml.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]).at(-1)).toBe('w:w="16838" w:h="11906" w:orient="landscape"');
  });

  it('marks a draft 征求意见稿 on its cover', async () => {
    const { documentBytes } = await import('../../src/export/docx/compendium-document.js');
    const draft = compile(await loadWorkspace(fixture('clean')), { env: {}, draft: true });
    expect(paragraphs(parts(await documentBytes(draft))['word/document.xml']!)[0]).toBe('征求意见稿');
  });
});
