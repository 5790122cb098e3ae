// gkml build --only pdf: the document converted by LibreOffice when soffice is on the PATH (CI
// installs libreoffice-writer, so this runs there), and a one-line refusal that writes nothing
// when it is not.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/export/docx/pdf.js';
import { REPO, fixture, spawnCli } from '../helpers/cli.js';
import { pdfPages } from '../helpers/render.js';
import { scratchDir } from './support.js';

const scratch = scratchDir('pdf');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The page count of a PDF from its page tree (each page object is /Type /Page). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the PDF', () => {
  it('is made by LibreOffice from the document, beside it, and offered by the site', () => {
    expect(findSoffice(), 'LibreOffice (soffice) is needed for this test: apt-get install libreoffice-writer').toBeDefined();
    const out = join(scratch, 'demo');
    const run = spawnCli(['build', join(REPO, 'examples/demo-county'), '--out', out, '--only', 'docx,pdf,html'], { timeout: 115_000 });
    expect(run.code, run.stderr).toBe(0);
    const pdf = readFileSync(join(out, 'directory.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThan(27);
    // The 目录 was refreshed before export: each domain with the page it starts on (its footer's — n —).
    const pages = pdfPages(join(out, 'directory.pdf'), true);
    const contents = pages.find((p) => p.includes('目') && p.includes('一、国土空间规划.'))!;
    expect(contents, 'a 目录 page').toBeDefined();
    const domains = readdirSync(join(REPO, 'examples/demo-county/directories')).length;
    const entries = [...contents.matchAll(/^\s*(\S+、\S+?)\.{3,}\s*(\d+)\s*$/gm)].map((m) => ({ heading: m[1]!, page: Number(m[2]) }));
    expect(entries).toHaveLength(domains);
    for (const { heading, page } of entries) {
      const printed = pages.find((p) => p !== contents && new RegExp(`—\\s*${page}\\s*—`).test(p) && p.includes(heading));
      expect(printed, `${heading} on page ${page}`).toBeDefined();
    }
    expect(readdirSync(out).sort()).toEqual(['.gkml-output', 'SHA256SUMS', 'directory.docx', 'directory.pdf', 'site']);
    const index = readFileSync(join(out, 'site/index.html'), 'utf8');
    expect(index).toContain('href="downloads/directory.docx"');
    expect(index).toContain('href="downloads/directory.pdf"');
  });

  it('with --previous lists 更新记录 in its 目录 after the domains, with the page it starts on', () => {
    const out = join(scratch, 'versions');
    const v2 = fixture('versions/v2');
    const run = spawnCli(['build', v2, '--previous', fixture('versions/v1'), '--out', out, '--only', 'docx,pdf'], { timeout: 115_000 });
    expect(run.code, run.stderr).toBe(0);
    const pages = pdfPages(join(out, 'directory.pdf'), true);
    const contents = pages.find((p) => p.includes('目') && p.includes('一、就业.'))!;
    expect(contents, 'a 目录 page').toBeDefined();
    const entries = [...contents.matchAll(/^\s*(\S+?)\.{3,}\s*(\d+)\s*$/gm)].map((m) => ({ heading: m[1]!, page: Number(m[2]) }));
    expect(entries.map((e) => e.heading)).toEqual(['一、就业', '更新记录']);
    const last = entries[1]!;
    const printed = pages.find((p) => p !== contents && new RegExp(`—\\s*${last.page}\\s*—`).test(p));
    expect(printed, `更新记录 on page ${last.page}`).toMatch(/^\s*更新记录\s*$/m);
    expect(printed).toMatch(/序号\s+领域\s+事项\s+变更内容\s+变更前\s+变更后/);
    // The written-out list gives it its number of rows, not dot leaders to nothing.
    expect(contents).toMatch(/^更新记录\.{3,}6 条\s*$/m);
  });

  it('of a tree: one per workspace at every depth, all converted in one run, with the regions on two threads', () => {
    const pdfs = (out: string) => {
      const found: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir, { withFileTypes: true })) {
          if (name.isDirectory()) walk(join(dir, name.name));
          else if (name.name.endsWith('.pdf')) found.push(join(dir, name.name).slice(out.length + 1));
        }
      };
      walk(out);
      return found.sort();
    };
    const out = join(scratch, 'province');
    const run = spawnCli(['build', fixture('province'), '--out', out, '--only', 'pdf', '--jobs', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(pdfs(out)).toEqual([
      'directory.pdf',
      'regions/dongzhou/directory.pdf',
      'regions/dongzhou/regions/anping/directory.pdf',
      'regions/dongzhou/regions/anping/regions/qinghe/directory.pdf',
      'regions/dongzhou/regions/anping/regions/shiqiao/directory.pdf',
      'regions/dongzhou/regions/baishui/directory.pdf',
      'regions/xizhou/directory.pdf',
      'regions/xizhou/regions/changle/directory.pdf',
      'regions/xizhou/regions/dingxiang/directory.pdf',
    ]);
    for (const f of pdfs(out)) expect(readFileSync(join(out, f)).subarray(0, 5).toString(), f).toBe('%PDF-');
    // The staging of the documents is gone with the staging folder.
    expect(readdirSync(out)).not.toContain('.pdf-work');
  });

  it('without soffice on the PATH stops with one line saying how to install it, and writes nothing', () => {
    // A PATH with node and git but no LibreOffice.
    const bin = join(scratch, 'bin');
    mkdirSync(bin, { recursive: true });
    symlinkSync(process.execPath, join(bin, 'node'));
    const out = join(scratch, 'none');
    const run = spawnCli(['build', fixture('clean'), '--out', out, '--only', 'pdf'], { env: { PATH: bin } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'gkml: 生成 PDF 需要 LibreOffice，但找不到 soffice 命令（Debian/Ubuntu 上运行 apt-get install libreoffice-writer 安装；不需要 PDF 时去掉 pdf 目标）\n',
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(scratch).filter((n) => n.includes('.building-'))).toEqual([]);
  });

  it('is not part of a plain build', () => {
    const out = join(scratch, 'plain');
    const run = spawnCli(['build', fixture('clean'), '--out', out], { env: { PATH: join(scratch, 'bin') } });
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.gkml-output', 'SHA256SUMS', 'directory.docx', 'directory.json', 'directory.xlsx', 'site']);
  });
});
