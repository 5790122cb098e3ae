// DOM tests (jsdom, no browser) of every page type of built sites: the example county, the clean
// fixture, the XSS corpus, a county built with its previous version (changelog) and a city of five
// counties built with its previous version (region pages, changelogs). Markup rules every page
// keeps, the accessible table of a domain page checked against the compendium, and every relative
// link and anchor resolving in the folder.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/model/cascade.js';
import { l1Runs } from '../../src/model/table-layout.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO } from '../helpers/cli.js';
import { CITY, VERSIONS, WORKSPACES, buildSite, pagesOf, readDom, type BuiltSite } from './support/site.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-pages-'));
const sites: Record<string, BuiltSite> = {};
beforeAll(async () => {
  for (const [name, ws] of Object.entries(WORKSPACES)) sites[name] = await buildSite(ws);
  sites.changelog = await buildSite(VERSIONS.v2, { previous: VERSIONS.v1 });
  // The city's previous version lacked one county and had one item different.
  const previous = join(scratch, 'city-previous');
  cpSync(CITY, previous, { recursive: true });
  rmSync(join(previous, 'counties/nanhe'), { recursive: true });
  sites.city = await buildSite(CITY, { previous });
});
afterAll(() => {
  Object.values(sites).forEach((s) => s.remove());
  rmSync(scratch, { recursive: true, force: true });
});

const ALL_SITES = [...Object.keys(WORKSPACES), 'changelog', 'city'];

/** A URL that points outside the site folder: a scheme, a protocol-relative or a root-relative path. */
const isExternal = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('/');

describe.each(ALL_SITES)('every page of the %s site', (name) => {
  it('has lang="zh-CN", one h1, a title, charset and viewport', () => {
    const site = sites[name]!;
    for (const page of pagesOf(site.dir)) {
      const doc = readDom(site.dir, page);
      expect(doc.documentElement.getAttribute('lang'), page).toBe('zh-CN');
      expect(doc.querySelectorAll('h1'), page).toHaveLength(1);
      expect(doc.title.length, page).toBeGreaterThan(0);
      expect(doc.querySelector('meta[charset]')?.getAttribute('charset'), page).toBe('utf-8');
      expect(doc.querySelector('meta[name=viewport]')?.getAttribute('content'), page).toBe('width=device-width, initial-scale=1');
    }
  });

  it('has headings that start at h1 and never skip a level', () => {
    const site = sites[name]!;
    for (const page of pagesOf(site.dir)) {
      const levels = [...readDom(site.dir, page).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      expect(levels[0], page).toBe(1);
      levels.slice(1).forEach((level, i) => expect(level - levels[i]!, `${page}: h${levels[i]} → h${level}`).toBeLessThanOrEqual(1));
    }
  });

  it('starts with a skip link to the main content', () => {
    const site = sites[name]!;
    for (const page of pagesOf(site.dir)) {
      const doc = readDom(site.dir, page);
      const first = doc.querySelector('a[href], button, input, [tabindex]');
      expect(first?.getAttribute('href'), page).toBe('#main');
      expect(first?.textContent, page).toBe('跳到主要内容');
      expect(doc.querySelector('main#main'), page).not.toBeNull();
    }
  });

  it('has no inline script or style, no event handler attributes, no external resources', () => {
    const site = sites[name]!;
    for (const page of pagesOf(site.dir)) {
      const doc = readDom(site.dir, page);
      for (const script of doc.querySelectorAll('script')) {
        expect(script.getAttribute('src'), `${page}: inline script`).toBeTruthy();
        expect(script.textContent, page).toBe('');
      }
      expect(doc.querySelectorAll('style, [style], iframe, object, embed, img, svg, base'), page).toHaveLength(0);
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${page}: ${el.tagName} ${attr}`).toBe(false);
      }
      const resources = [...doc.querySelectorAll('link[href], script[src], [src]')].map(
        (el) => el.getAttribute('href') ?? el.getAttribute('src')!,
      );
      expect(resources.filter(isExternal), page).toEqual([]);
    }
  });

  it('has the 长者模式 switch: a button with aria-pressed, shown by its script, which the head loads undeferred', () => {
    const site = sites[name]!;
    for (const page of pagesOf(site.dir)) {
      const doc = readDom(site.dir, page);
      const buttons = doc.querySelectorAll('header button#elder-toggle');
      expect(buttons, page).toHaveLength(1);
      const button = buttons[0]!;
      expect([button.getAttribute('type'), button.getAttribute('aria-pressed'), button.hasAttribute('hidden'), button.textContent]).toEqual(
        ['button', 'false', true, '长者模式'],
      );
      const script = doc.querySelector('head script')!;
      expect([script.hasAttribute('defer'), script.hasAttribute('async')], page).toEqual([false, false]);
      const src = posix.join(posix.dirname(page), script.getAttribute('src')!);
      expect(src, page).toBe('assets/elder-mode.js');
      expect(existsSync(join(site.dir, src)), page).toBe(true);
    }
  });

  it('links only relatively, except http(s) links to data sources; every link and anchor resolves', () => {
    const site = sites[name]!;
    for (const page of pagesOf(site.dir)) {
      const doc = readDom(site.dir, page);
      for (const a of doc.querySelectorAll('a[href], form[action]')) {
        const url = a.getAttribute('href') ?? a.getAttribute('action')!;
        if (isExternal(url)) {
          expect(url, `${page}: ${url}`).toMatch(/^https?:\/\//);
          expect(a.closest('.sources'), `${page}: external link outside the sources list: ${url}`).not.toBeNull();
          continue;
        }
        const [path, fragment] = url.split('#');
        // Relative to the page's own folder (a region's pages sit in regions/<slug>/), never above the site.
        const file = path ? posix.join(posix.dirname(page), path) : page;
        expect(file.startsWith('../'), `${page} → ${url} leaves the site`).toBe(false);
        expect(existsSync(join(site.dir, file)), `${page} → ${url}`).toBe(true);
        if (fragment) expect(readDom(site.dir, file).getElementById(fragment), `${page} → ${url}`).not.toBeNull();
      }
    }
  });
});

describe('domain pages', () => {
  it('show every item of the compendium in an accessible table: caption, scopes, row headers, anchors', async () => {
    for (const [name, ws] of Object.entries(WORKSPACES)) {
      const site = sites[name]!;
      const compendium = compile(await loadWorkspace(ws, { cwd: REPO }));
      for (const domain of compendium.domains) {
        const page = `${domain.id}.html`;
        const doc = readDom(site.dir, page);
        const table = doc.querySelector('table')!;
        expect(table.querySelector('caption')?.textContent, page).toBe(`${compendium.region}${domain.name}领域基层政务公开标准目录`);
        const region = table.closest('[role=region]')!;
        expect(region.getAttribute('aria-labelledby'), page).toBe(table.querySelector('caption')!.id);
        expect(region.getAttribute('tabindex'), page).toBe('0');

        // Header: grouped headers are scope=colgroup over a <colgroup> of the same span.
        const [top, second] = [...table.querySelectorAll('thead tr')];
        const grouped = [...top!.querySelectorAll('th[scope=colgroup]')].map((th) => th.textContent);
        expect(grouped, page).toEqual(['公开事项', '公开对象', '公开方式', '公开层级']);
        expect(
          [...table.querySelectorAll('thead th')].every((th) => ['col', 'colgroup'].includes(th.getAttribute('scope')!)),
          page,
        ).toBe(true);
        const spans = [...table.querySelectorAll('colgroup')].map((g) => Number(g.getAttribute('span') ?? 1));
        const groupSpans = [...top!.children].map((th) => Number(th.getAttribute('colspan') ?? 1));
        expect(spans, page).toEqual(groupSpans);
        const columns = spans.reduce((a, b) => a + b, 0);
        const groupedColumns = [...top!.querySelectorAll('th[scope=colgroup]')].reduce(
          (n, th) => n + Number(th.getAttribute('colspan')),
          0,
        );
        expect(second!.children.length, page).toBe(groupedColumns);

        // Each run of one 一级事项 (l1Runs, as the workbook merges it) a row group headed by its 一级事项 once.
        const groups = [...table.querySelectorAll('tbody')];
        expect(
          groups.map((g) => g.rows.length),
          page,
        ).toEqual(l1Runs(domain.items).map((r) => r.length));
        for (const group of groups) {
          const merged = group.querySelector('th[scope=rowgroup]');
          expect(merged?.getAttribute('rowspan') ?? '1', page).toBe(String(group.rows.length));
          if (merged) expect(group.querySelectorAll('.item-table__name--repeated'), page).toHaveLength(group.rows.length - 1);
        }

        // Body: one row per item, in order, anchored by id, named by a row header.
        const rows = [...table.querySelectorAll('tbody tr')];
        expect(
          rows.map((r) => r.id),
          page,
        ).toEqual(domain.items.map((i) => i.id));
        rows.forEach((row, i) => {
          const item = domain.items[i]!;
          expect(row.children.length, `${page} ${item.id}`).toBe(columns);
          const headers = row.querySelectorAll('th[scope=row]');
          expect(headers, `${page} ${item.id}`).toHaveLength(1);
          expect(headers[0]!.textContent, `${page} ${item.id}`).toBe(item.l3 || item.l2 || item.l1);
          expect(row.querySelector('a')?.getAttribute('href')).toBe(`#${item.id}`);
          for (const cell of row.children) expect(cell.getAttribute('data-label'), `${page} ${item.id}`).toBeTruthy();
          // Marks are words, not a glyph or colour alone.
          for (const mark of row.querySelectorAll('.mark')) {
            const words = [...mark.childNodes]
              .filter((n) => !(n as Element).getAttribute?.('aria-hidden'))
              .map((n) => n.textContent)
              .join('');
            expect(words.trim(), `${page} ${item.id}`).toMatch(/^(是|否)/);
          }
          const yes = (label: string) => row.querySelector(`.mark[data-label="${label}"]`)!.classList.contains('mark--yes');
          expect(yes('公开对象：全社会')).toBe(item.audience.society);
          expect(yes('公开方式：依申请')).toBe(item.mode.onRequest);
          for (const level of item.level) expect(yes(`公开层级：${level}`), `${page} ${item.id} ${level}`).toBe(true);
          const channels = [...row.querySelectorAll('.item-table__channels li')].map((li) => li.textContent);
          expect(channels).toEqual(item.channels.map((c) => (c.text ? `${c.name}：${c.text}` : c.name)));
        });
      }
    }
  });
});

describe('the index page', () => {
  it('lists the 26 domains with their item counts, linking those the workspace has', async () => {
    for (const [name, ws] of Object.entries(WORKSPACES)) {
      const doc = readDom(sites[name]!.dir, 'index.html');
      const compendium = compile(await loadWorkspace(ws, { cwd: REPO }));
      const cards = [...doc.querySelectorAll('.domain-list > li')];
      expect(cards, name).toHaveLength(26);
      compendium.overview.forEach((o, i) => {
        const card = cards[i]!;
        expect(card.querySelector('.domain-card__name')?.textContent).toBe(o.name);
        const present = compendium.domains.some((d) => d.id === o.id);
        expect(card.querySelector('a')?.getAttribute('href') ?? null).toBe(present ? `${o.id}.html` : null);
        expect(card.querySelector('.domain-card__count')?.textContent).toBe(present ? `${o.count} 个事项` : '暂未编制');
      });
      const facts = Object.fromEntries(
        [...doc.querySelectorAll('.facts__row')].map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]),
      );
      expect(facts).toEqual({
        地区: compendium.region,
        发布单位: compendium.publisher,
        版本: compendium.version,
        发布日期: compendium.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'),
        公开事项: `${compendium.domains.length} 个领域，${compendium.itemCount} 个事项`,
      });
    }
  });

  it('offers the JSON export written by the same build, as a copy inside the site', () => {
    const site = sites.demo!;
    const doc = readDom(site.dir, 'index.html');
    const links = [...doc.querySelectorAll('.download-list a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['downloads/directory.json']);
    expect(readFileSync(join(site.dir, 'downloads/directory.json'))).toEqual(readFileSync(join(site.out, 'directory.json')));
    expect(links[0]!.textContent).toMatch(/（JSON，\d+\.\d KB）$/);
  });
});

describe('the search page', () => {
  it('loads the 长者模式 script, then the four search scripts in order, labels its form, and says search needs JavaScript', () => {
    const doc = readDom(sites.clean!.dir, 'search.html');
    expect([...doc.querySelectorAll('script')].map((s) => [s.getAttribute('src'), s.hasAttribute('defer')])).toEqual([
      ['assets/elder-mode.js', false],
      ['assets/minisearch.js', true],
      ['assets/tokenize.js', true],
      ['search-index.js', true],
      ['assets/search.js', true],
    ]);
    const form = doc.querySelector('form')!;
    expect([form.getAttribute('action'), form.getAttribute('method')]).toEqual(['search.html', 'get']);
    const input = form.querySelector('input[name=q]')!;
    expect(doc.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('关键词');
    expect(doc.querySelector('noscript')?.innerHTML).toContain('搜索需要浏览器启用 JavaScript');
    expect(doc.querySelector('#search-status')?.getAttribute('role')).toBe('status');
  });
});
