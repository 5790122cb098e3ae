// gkml build --draft: a workspace lint still refuses is published as a 征求意见稿 — every output says
// so, unfilled values read 待填写, the build says how many errors it published through — and
// without --draft the same workspace still publishes nothing.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-draft-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ws = join(scratch, 'ws');
const out = join(scratch, 'out');
let run: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  expect((await runCli(['init', ws, '--region', '青山县', '--date', '2026-06-30'])).code).toBe(0);
  run = await runCli(['build', ws, '--out', out, '--draft']);
});

describe('a fresh init', () => {
  it('publishes nothing without --draft', async () => {
    const refused = await runCli(['build', ws, '--out', join(scratch, 'refused')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/目录有 379 个错误，未生成任何输出/);
    expect(existsSync(join(scratch, 'refused'))).toBe(false);
  });

  it('publishes with --draft, saying how many errors it published through', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('这是征求意见稿：发布时目录还有 379 个错误（运行 gkml status 查看进度）');
    expect(readdirSync(out).sort()).toEqual(['.gkml-output', 'SHA256SUMS', 'directory.docx', 'directory.json', 'directory.xlsx', 'site']);
  });

  it('marks every page of the site 征求意见稿 and asks search engines to leave it', () => {
    const pages = readdirSync(join(out, 'site')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBe(28);
    for (const page of pages) {
      const html = readFileSync(join(out, 'site', page), 'utf8');
      expect(html, page).toContain('<meta name="robots" content="noindex">');
      expect(html, page).toMatch(/<div class="draft-banner" role="note" aria-label="征求意见稿">/);
    }
  });

  it('shows unfilled values as 待填写 in the site, the workbook and the document', async () => {
    // jiuye-01-01 has no owner yet.
    const html = readFileSync(join(out, 'site/jiuye.html'), 'utf8');
    expect(html).toMatch(/<tr id="jiuye-01-01">[\s\S]*?<td class="item-table__owner" data-label="公开主体">待填写<\/td>/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'directory.xlsx'));
    const sheet = book.getWorksheet('就业')!;
    expect(sheet.getCell('A1').value).toBe('青山县就业领域基层政务公开标准目录（征求意见稿）');
    expect(sheet.getCell('G4').value).toBe('待填写');
    const doc = strFromU8(unzipSync(readFileSync(join(out, 'directory.docx')))['word/document.xml']!);
    expect(doc).toContain('>征求意见稿<');
    expect(doc).toContain('>待填写<');
  });
});
