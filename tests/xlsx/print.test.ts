// The demo county's workbook printed the way offices print it: LibreOffice renders it to PDF, and
// every page of every domain sheet holds the table's whole width (the header's first and last
// column labels are on it), one page wide on A4 landscape — 84 pages where a fixed scale gave 163.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { pdfPages, renderPdf } from '../helpers/render.js';
import { readBook, scratchDir } from './support.js';

const scratch = scratchDir('xlsx-print');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let pages: string[];
/** Each domain sheet's title (on its first page) and the label of its last visible column. */
let sheets: { title: string; last: string }[];

beforeAll(async () => {
  const run = await runCli(['build', join(REPO, 'examples/demo-county'), '--out', join(scratch, 'demo'), '--only', 'xlsx']);
  expect(run.code, run.stderr).toBe(0);
  const workbook = join(scratch, 'demo', 'directory.xlsx');
  const book = await readBook(workbook);
  sheets = book.worksheets.slice(1).map((ws) => {
    const visible = ws.columns.filter((c) => !c.hidden).length;
    return { title: String(ws.getCell(1, 1).value), last: String(ws.getCell(3, visible).value) };
  });
  pages = pdfPages(renderPdf(workbook, scratch));
}, 300_000);

describe('the printed workbook', () => {
  it('holds the whole width of its table on every page', () => {
    // Domains with optional columns end in another column than 公开层级's 乡级.
    expect(new Set(sheets.map((s) => s.last)).size).toBeGreaterThan(1);
    // Page 1 is the 目录 sheet; every later page belongs to a domain sheet, its header rows repeated.
    expect(pages[0]).toContain('事项数');
    let sheet = -1;
    pages.slice(1).forEach((text, i) => {
      const page = `page ${i + 2}`;
      if (sheets[sheet + 1] && text.includes(sheets[sheet + 1]!.title)) sheet++;
      expect(sheet, page).toBeGreaterThanOrEqual(0);
      expect(text, page).toContain('序号');
      expect(text, page).toContain('公开渠道和载体');
      expect(text, page).toContain(sheets[sheet]!.last);
      expect(text, page).toMatch(/第 \d+ 页，共 \d+ 页/);
    });
    expect(sheet, 'every domain sheet printed').toBe(sheets.length - 1);
  });

  it('takes far fewer pages than when its columns spilled onto a second page width (163)', () => {
    expect(pages.length).toBeGreaterThan(27);
    expect(pages.length).toBeLessThan(110);
  });
});
