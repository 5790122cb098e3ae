// The fragments for a site platform's article editor (gkml build --only fragments): bare HTML with
// every style inline, no script, no handler, no javascript: URL, no class, no external asset, even
// when every value of the directory is hostile markup (tests/fixtures/xss); the official table with
// its two header rows and each run of one 一级事项 merged (l1Runs, as the workbook merges it); the
// directory's files linked by name; a region tree gets them in every region's folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/model/cascade.js';
import { l1Runs, MARK } from '../../src/model/table-layout.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO } from '../helpers/cli.js';
import { CITY, WORKSPACES, buildSite, filesUnder, type BuiltSite } from './support/site.js';

const builds: Record<'demo' | 'xss' | 'city', BuiltSite> = {} as never;

beforeAll(async () => {
  [builds.demo, builds.xss, builds.city] = await Promise.all([
    buildSite(WORKSPACES.demo, { only: ['fragments'] }),
    buildSite(WORKSPACES.xss, { only: ['fragments'] }),
    buildSite(CITY, { only: ['fragments'] }),
  ]);
});
afterAll(() => Object.values(builds).forEach((b) => b.remove()));

/** A fragment as the article editor receives it: parsed into a <div>. */
const parsed = new Map<string, { source: string; root: HTMLElement }>();
function parse(out: string, file: string): { source: string; root: HTMLElement } {
  const path = join(out, file);
  let found = parsed.get(path);
  if (!found) {
    const source = readFileSync(path, 'utf8');
    const root = new JSDOM('').window.document.createElement('div');
    root.innerHTML = source;
    parsed.set(path, (found = { source, root }));
  }
  return found;
}

/** What would make a fragment unsafe or dependent on the page it is pasted into. */
function unsafeParts(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'style', 'link', 'iframe', 'img', 'svg', 'object', 'embed', 'html', 'head', 'body', 'meta'].includes(tag))
      found.push(`<${tag}>`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`${tag} ${attr.name}=`);
      if (attr.name === 'class' || attr.name === 'id') found.push(`${tag} ${attr.name}=`);
      if (/^\s*javascript:/i.test(attr.value)) found.push(`${tag} ${attr.name}=javascript:`);
      if (['href', 'src'].includes(attr.name) && /^[a-z]+:|^\/\//i.test(attr.value)) found.push(`${tag} ${attr.name}=${attr.value}`);
    }
  }
  return found;
}

describe('fragments', () => {
  it('are written for every domain and an index, and nothing else', async () => {
    const compendium = compile(await loadWorkspace(WORKSPACES.demo, { cwd: REPO }));
    const files = filesUnder(builds.demo.out).filter((f) => !['SHA256SUMS', '.gkml-output'].includes(f));
    expect(files).toEqual(['fragments/index.html', ...compendium.domains.map((d) => `fragments/${d.id}.html`)].sort());
  });

  it('are bare fragments: no document, script, handler, javascript: URL, class or external asset, even from hostile values', () => {
    for (const build of [builds.demo, builds.xss, builds.city]) {
      for (const file of filesUnder(build.out).filter((f) => f.endsWith('.html'))) {
        const { source, root } = parse(build.out, file);
        expect(unsafeParts(root), file).toEqual([]);
        expect(source, file).not.toMatch(/<(!doctype|html|head|body|script)\b/i);
        expect(source, file).not.toMatch(/\son[a-z]+=/i);
        expect(source, file).not.toContain('<!--');
      }
    }
  });

  it('show hostile values as text, where they stand in the table', () => {
    const { root } = parse(builds.xss.out, 'fragments/shehui-jiuzhu.html');
    expect(root.querySelector('caption')!.textContent).toBe(
      '<script>alert("region")</script>县社会救助<script>alert("name")</script>领域基层政务公开标准目录',
    );
    const merged = root.querySelector('th[scope=rowgroup]')!;
    expect([merged.textContent, merged.getAttribute('rowspan')]).toEqual(['低保<script>alert("l1")</script>', '2']);
    expect(root.querySelector('th[scope=row]')!.textContent).toBe("</td></tr></table><script>alert('l3')</script>");
    expect(root.textContent).toContain('<svg/onload=alert("content")>');
    expect(root.textContent).toContain("javascript:alert('owner')");
  });

  it('draw the official table: two header rows, each run of one 一级事项 merged once, √ marks, every row as wide as the header', async () => {
    const compendium = compile(await loadWorkspace(WORKSPACES.demo, { cwd: REPO }));
    for (const domain of compendium.domains) {
      const { root } = parse(builds.demo.out, `fragments/${domain.id}.html`);
      const table = root.querySelector('table')!;
      expect(table.getAttribute('style'), domain.id).toContain('border-collapse:collapse');
      const [top, second] = [...table.querySelectorAll('thead tr')];
      expect([...top!.children].slice(0, 2).map((th) => th.textContent)).toEqual(['序号', '公开事项']);
      expect([...second!.children].slice(0, 2).map((th) => th.textContent)).toEqual(['一级事项', '二级事项']);
      const columns = [...top!.children].reduce((n, th) => n + Number(th.getAttribute('colspan') ?? 1), 0);
      const groups = [...table.querySelectorAll('tbody')];
      expect(
        groups.map((g) => g.rows.length),
        domain.id,
      ).toEqual(l1Runs(domain.items).map((r) => r.length));
      // Each row covers every column, counting the merged cells from the rows above.
      const covered = new Map<number, number>();
      [...table.querySelectorAll('tbody tr')].forEach((tr, i) => {
        let width = covered.get(i) ?? 0;
        for (const cell of tr.children) {
          width += Number(cell.getAttribute('colspan') ?? 1);
          const rows = Number(cell.getAttribute('rowspan') ?? 1);
          for (let k = 1; k < rows; k++) covered.set(i + k, (covered.get(i + k) ?? 0) + 1);
        }
        expect(width, `${domain.id} row ${i + 1}`).toBe(columns);
        expect(tr.firstElementChild!.textContent).toBe(String(domain.items[i]!.seq));
      });
      const marks = [...table.querySelectorAll('tbody td')].filter((td) => td.textContent === MARK);
      expect(marks.length, domain.id).toBeGreaterThan(0);
      for (const cell of table.querySelectorAll('th, td')) expect(cell.getAttribute('style'), domain.id).toContain('border:1px solid #000');
    }
  });

  it('link the directory’s files by name and say to attach them and replace the links', () => {
    const { root } = parse(builds.demo.out, 'fragments/index.html');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'directory.xlsx',
      'directory.docx',
      'directory.pdf',
      'directory.json',
    ]);
    expect(root.textContent).toContain('请把这些文件作为附件上传，并把每个链接替换为附件的地址');
    expect(root.querySelector('caption')!.textContent).toBe('各领域事项数');
    expect(root.querySelectorAll('tbody tr').length).toBe(26);
    const domain = parse(builds.demo.out, 'fragments/shehui-jiuzhu.html').root;
    expect([...domain.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('directory.pdf');
  });

  it('are written in every region’s folder of a tree; a region with regions lists their counts', () => {
    const files = filesUnder(builds.city.out).filter((f) => f.endsWith('/index.html'));
    expect(files).toContain('fragments/index.html');
    const regional = files.filter((f) => f.startsWith('regions/'));
    expect(regional.length).toBeGreaterThan(0);
    for (const f of regional) expect(f).toMatch(/^(regions\/[a-z0-9-]+\/)+fragments\/index\.html$/);
    const { root } = parse(builds.city.out, 'fragments/index.html');
    const caption = [...root.querySelectorAll('caption')].map((c) => c.textContent);
    expect(caption).toContain('各地区事项数');
  });
});
