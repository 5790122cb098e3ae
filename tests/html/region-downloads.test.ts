// A city's downloads: each county's pages offer that county's own workbook, Word document and
// JSON (copies of the files the build wrote in regions/<slug>/), and the city's home page labels
// its own files as the summary (汇总) and lists every county's files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadsOf } from '../../src/export/target-table.js';
import { CITY_COUNTIES } from '../helpers/city.js';
import { CITY, buildSite, readDom, type BuiltSite } from './support/site.js';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite(CITY, { only: ['xlsx', 'docx', 'json', 'html'] });
}, 60_000);
afterAll(() => site.remove());

const links = (doc: ParentNode, selector: string) => [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);

describe('each county page', () => {
  it("links the county's own workbook, document and JSON, each the file the build wrote for it", () => {
    for (const c of CITY_COUNTIES) {
      const folder = `regions/${c.slug}/`;
      const doc = readDom(site.dir, `${folder}index.html`);
      const hrefs = links(doc, '#downloads-heading + .download-list a');
      expect(hrefs, c.slug).toEqual(['downloads/directory.xlsx', 'downloads/directory.docx', 'downloads/directory.json']);
      for (const href of hrefs) {
        const offered = readFileSync(join(site.dir, folder, href));
        expect(offered.equals(readFileSync(join(site.out, folder, href.replace('downloads/', '')))), `${c.slug} ${href}`).toBe(true);
      }
      // The county's JSON is that county's directory, not the city's.
      expect(JSON.parse(readFileSync(join(site.dir, folder, 'downloads/directory.json'), 'utf8')).region).toBe(c.name);
    }
  });
});

describe('what each place offers', () => {
  it('a region page does not offer the PDF, which is made when the build ends, after the region pages', () => {
    const names = ['xlsx', 'docx', 'pdf', 'json', 'html'] as const;
    expect(downloadsOf([...names], { region: true }).map((d) => d.format)).toEqual(['XLSX', 'DOCX', 'JSON']);
    expect(downloadsOf([...names], { summary: true }).map((d) => d.format)).toEqual(['XLSX', 'DOCX', 'PDF', 'JSON']);
    expect(downloadsOf([...names]).map((d) => d.label)).toContain('PDF 文件汇编（打印版）');
  });
});

describe('the city home page', () => {
  it("labels its own files as the summary and lists every county's files", () => {
    const doc = readDom(site.dir, 'index.html');
    const own = [...doc.querySelectorAll('#downloads-heading + .download-list a')].map((a) =>
      a.textContent!.replace(/（[^（]*）$/, '').trim(),
    );
    expect(own).toEqual([
      'Excel 汇总工作簿（各地区事项数，及本级目录）',
      'Word 汇总文件（各地区概况，及本级目录）',
      'JSON 数据（全部地区的完整目录，供其他系统使用）',
    ]);
    const table = doc.querySelector('table.region-downloads')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['地区', 'XLSX', 'DOCX', 'JSON']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')!.textContent)).toEqual(CITY_COUNTIES.map((c) => c.name));
    rows.forEach((row, i) => {
      const c = CITY_COUNTIES[i]!;
      expect(links(row, 'a')).toEqual(['xlsx', 'docx', 'json'].map((ext) => `regions/${c.slug}/downloads/directory.${ext}`));
      // A screen reader hears which county's file a link is.
      expect(row.querySelector('a .visually-hidden')!.textContent).toBe(`${c.name} `);
      for (const href of links(row, 'a')) expect(readFileSync(join(site.dir, href)).length).toBeGreaterThan(0);
    });
  });
});
