// A city of five counties (tests/fixtures/city) built into one site: the region index at the root,
// each county's pages in regions/<slug>/ rendered as a county's own, one search over all counties
// (an index per county, listed in search-regions.js), the changelog per county and for the city,
// a city with a directory of its own (本级), and the same bytes on every build.
import MiniSearch from 'minisearch';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/export/html/tokenizer.js';
import { compile } from '../../src/model/cascade.js';
import type { Compendium } from '../../src/model/compendium.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO, fixture } from '../helpers/cli.js';
import { CITY, buildSite, filesUnder, pagesOf, readDom, type BuiltSite } from './support/site.js';
import { CITY_COUNTIES } from '../helpers/city.js';

const COUNTIES = CITY_COUNTIES;

const scratch = mkdtempSync(join(tmpdir(), 'gkml-regions-'));
let site: BuiltSite;
const compendia = new Map<string, Compendium>();

beforeAll(async () => {
  site = await buildSite(CITY);
  for (const c of COUNTIES) compendia.set(c.slug, compile(await loadWorkspace(join(CITY, 'counties', c.folder), { cwd: REPO })));
});
afterAll(() => {
  site.remove();
  rmSync(scratch, { recursive: true, force: true });
});

const text = (el: Element | null | undefined) => el?.textContent ?? null;

describe('the region index', () => {
  it('gives the city, its publisher, version and date, and the totals', () => {
    const doc = readDom(site.dir, 'index.html');
    expect(text(doc.querySelector('h1'))).toBe('样例市基层政务公开标准目录');
    expect(doc.querySelector('main .breadcrumbs')).toBeNull();
    const facts = Object.fromEntries(
      [...doc.querySelectorAll('.facts__row')].map((r) => [text(r.querySelector('dt')), text(r.querySelector('dd'))]),
    );
    const items = [...compendia.values()].reduce((n, c) => n + c.itemCount, 0);
    expect(facts).toEqual({
      地区: '样例市',
      发布单位: '样例市人民政府办公室',
      版本: '2026.1',
      发布日期: '2026年6月30日',
      公开事项: `5 个地区，${items} 个事项`,
    });
  });

  it('lists every county with its counts, linking to its own index', () => {
    const doc = readDom(site.dir, 'index.html');
    const cards = [...doc.querySelectorAll('#regions-heading + .domain-list > li a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(cards).toEqual(
      COUNTIES.map((c) => {
        const comp = compendia.get(c.slug)!;
        return [`regions/${c.slug}/index.html`, `${c.name} ${comp.domains.length} 个领域，${comp.itemCount} 个事项`];
      }),
    );
    // The city has no directory of its own here.
    expect(doc.querySelector('#domains-heading')).toBeNull();
  });

  it('searches all counties by default, or one of them', () => {
    const doc = readDom(site.dir, 'index.html');
    const form = doc.querySelector('main form')!;
    expect(form.getAttribute('action')).toBe('search.html');
    expect(
      [...form.querySelectorAll('select[name=region] option')].map((o) => [
        o.getAttribute('value'),
        o.textContent,
        o.hasAttribute('selected'),
      ]),
    ).toEqual([['', '全部地区', true], ...COUNTIES.map((c) => [c.slug, c.name, false])]);
  });
});

describe('each county', () => {
  it('has its own index, domain pages and downloads in regions/<slug>/, and nothing else there but its index', () => {
    const files = filesUnder(site.dir);
    for (const c of COUNTIES) {
      const comp = compendia.get(c.slug)!;
      const own = files.filter((f) => f.startsWith(`regions/${c.slug}/`)).map((f) => f.slice(`regions/${c.slug}/`.length));
      expect(own, c.slug).toEqual(
        [...comp.domains.map((d) => `${d.id}.html`), 'downloads/directory.json', 'index.html', 'search-index.js'].sort(),
      );
    }
    expect([...new Set(files.filter((f) => f.startsWith('regions/')).map((f) => f.split('/')[1]))].sort()).toEqual(
      COUNTIES.map((c) => c.slug).sort(),
    );
  });

  it('has an index like a county site, with breadcrumbs back to the city and its own region preselected', () => {
    for (const c of COUNTIES) {
      const comp = compendia.get(c.slug)!;
      const doc = readDom(site.dir, `regions/${c.slug}/index.html`);
      expect(text(doc.querySelector('h1')), c.slug).toBe(`${c.name}基层政务公开标准目录`);
      expect(doc.title).toBe(`${c.name}基层政务公开标准目录 - 样例市基层政务公开标准目录`);
      expect(
        [...doc.querySelectorAll('.breadcrumbs li')].map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null]),
      ).toEqual([
        ['首页', '../../index.html'],
        [c.name, null],
      ]);
      const facts = Object.fromEntries(
        [...doc.querySelectorAll('.facts__row')].map((r) => [text(r.querySelector('dt')), text(r.querySelector('dd'))]),
      );
      expect(facts.地区).toBe(c.name);
      expect(facts.发布单位).toBe(comp.publisher);
      expect(facts.公开事项).toBe(`${comp.domains.length} 个领域，${comp.itemCount} 个事项`);
      expect([...doc.querySelectorAll('.domain-card a')].map((a) => a.getAttribute('href'))).toEqual(
        comp.domains.map((d) => `${d.id}.html`),
      );
      expect(doc.querySelector('main form')!.getAttribute('action')).toBe('../../search.html');
      expect(doc.querySelector('select[name=region] option[selected]')!.getAttribute('value')).toBe(c.slug);
      // The frame is the city's: header, stylesheet and search at the root.
      expect(doc.querySelector('.site-header__title')!.getAttribute('href')).toBe('../../index.html');
      expect(text(doc.querySelector('.site-header__title'))).toBe('样例市基层政务公开标准目录');
      expect(doc.querySelector('link[rel=stylesheet]')!.getAttribute('href')).toBe('../../assets/site.css');
      expect(doc.querySelector('.site-nav a[href="../../search.html"]')).not.toBeNull();
    }
  });

  it("has domain pages with the county's table and breadcrumbs 首页 › county › domain", () => {
    for (const c of COUNTIES) {
      const comp = compendia.get(c.slug)!;
      for (const d of comp.domains) {
        const page = `regions/${c.slug}/${d.id}.html`;
        const doc = readDom(site.dir, page);
        expect(text(doc.querySelector('caption')), page).toBe(`${c.name}${d.name}领域基层政务公开标准目录`);
        expect(doc.title).toBe(`${d.name} - ${c.name}基层政务公开标准目录`);
        expect(
          [...doc.querySelectorAll('tbody tr')].map((tr) => tr.id),
          page,
        ).toEqual(d.items.map((i) => i.id));
        expect([...doc.querySelectorAll('.breadcrumbs a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
          ['首页', '../../index.html'],
          [c.name, 'index.html'],
        ]);
      }
    }
  });
});

type IndexData = { options: object; index: object };

/** Runs the search files of the site as the page does, and searches like it (AND). */
function siteSearch(dir: string) {
  const sandbox: {
    self: { gkmlSearchRegions?: { key: string; name: string; base: string }[]; gkmlSearchIndexes?: Record<string, IndexData> };
  } = { self: {} };
  runInNewContext(readFileSync(join(dir, 'search-regions.js'), 'utf8'), sandbox);
  const regions = sandbox.self.gkmlSearchRegions!;
  for (const r of regions) runInNewContext(readFileSync(join(dir, r.base, 'search-index.js'), 'utf8'), sandbox);
  const engines = regions.map((r) => {
    const data = JSON.parse(JSON.stringify(sandbox.self.gkmlSearchIndexes![r.key])) as IndexData;
    return { region: r, engine: MiniSearch.loadJS(data.index as never, { ...data.options, tokenize } as never) };
  });
  return {
    regions,
    find: (q: string) =>
      engines.flatMap(({ region, engine }) =>
        engine.search(q, { combineWith: 'AND' }).map((r) => ({ region: region.name, href: `${region.base}${r.page}#${r.id}` })),
      ),
  };
}

describe('search across the counties', () => {
  it("lists the counties in order, each with its index in its folder; no index of the city's own", () => {
    const { regions } = siteSearch(site.dir);
    expect(regions).toEqual(COUNTIES.map((c) => ({ key: c.slug, name: c.name, level: 'county', base: `regions/${c.slug}/` })));
    expect(existsSync(join(site.dir, 'search-index.js'))).toBe(false);
    expect([...readDom(site.dir, 'search.html').querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
      'assets/elder-mode.js',
      'assets/minisearch.js',
      'assets/tokenize.js',
      'search-regions.js',
      'assets/search.js',
    ]);
  });

  it('finds a word of one county in that county only, and a common one in every county that has it', () => {
    const { find } = siteSearch(site.dir);
    expect(find('渔灯')).toEqual([{ region: '东山县', href: 'regions/dongshan/gonggong-wenhua-fuwu.html#gonggong-wenhua-fuwu-x01' }]);
    expect(find('渡口')).toEqual([{ region: '临江县', href: 'regions/region-005/shehui-jiuzhu.html#shehui-jiuzhu-x01' }]);
    const low = find('最低生活保障');
    expect([...new Set(low.map((r) => r.region))]).toEqual(['北岭县', '东山县', '西水县', '临江县']);
    for (const r of [...low, ...find('渔灯')]) {
      const [page, id] = r.href.split('#');
      expect(readDom(site.dir, page!).getElementById(id!), r.href).not.toBeNull();
    }
  });
});

describe('a city with a directory of its own (本级)', () => {
  it('has its domain pages at the root, listed on the region index, and searched with the counties', async () => {
    const ws = join(scratch, 'city-own');
    cpSync(CITY, ws, { recursive: true });
    writeFileSync(
      join(ws, 'gkml.config.yaml'),
      `${readFileSync(join(ws, 'gkml.config.yaml'), 'utf8')}directories: directories/*.yaml\nrules:\n  domain-coverage: off\n`,
    );
    cpSync(join(fixture('versions/v2'), 'directories'), join(ws, 'directories'), { recursive: true });
    const own = await buildSite(ws, { only: ['html'] });
    try {
      const doc = readDom(own.dir, 'index.html');
      expect(text(doc.querySelector('#domains-heading'))).toBe('样例市本级目录');
      expect([...doc.querySelectorAll('#domains-heading + .domain-list a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
        ['jiuye.html', '就业 4 个事项'],
      ]);
      const jiuye = readDom(own.dir, 'jiuye.html');
      expect([...jiuye.querySelectorAll('.breadcrumbs li')].map((li) => li.textContent)).toEqual(['首页', '就业']);
      const { regions, find } = siteSearch(own.dir);
      expect(regions[0]).toEqual({ key: '', name: '样例市', level: 'city', base: '' });
      expect(find('就业见习')).toEqual([{ region: '样例市', href: 'jiuye.html#jiuye-x03' }]);
    } finally {
      own.remove();
    }
  });
});

describe('a city built with its previous version', () => {
  let changed: BuiltSite;
  beforeAll(async () => {
    // The previous version had no 南河县 yet, and 东山县's 渔灯节 item listed one element less.
    const previous = join(scratch, 'city-previous');
    cpSync(CITY, previous, { recursive: true });
    rmSync(join(previous, 'counties/nanhe'), { recursive: true });
    writeFileSync(
      join(previous, 'gkml.config.yaml'),
      readFileSync(join(previous, 'gkml.config.yaml'), 'utf8')
        .replace('version: "2026.1"', 'version: "2025.2"')
        .replace('date: 2026-06-30', 'date: 2025-12-01'),
    );
    const file = join(previous, 'counties/dongshan/directories/gonggong-wenhua-fuwu.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('[活动时间, 活动地点, 参与方式]', '[活动时间, 活动地点]'));
    changed = await buildSite(CITY, { previous, only: ['html'] });
  });
  afterAll(() => changed.remove());

  it('has a changes page for the city summing up each county, and one per county', () => {
    const doc = readDom(changed.dir, 'changes.html');
    expect(text(doc.querySelector('h1'))).toBe('更新记录');
    const facts = Object.fromEntries(
      [...doc.querySelectorAll('.facts__row')].map((r) => [text(r.querySelector('dt')), text(r.querySelector('dd'))]),
    );
    expect(facts).toMatchObject({
      本次版本: '2026.1',
      上一版本: '2025.2',
      上一版本发布日期: '2025年12月1日',
      变化: '新增 3 项，删除 0 项，修改 1 项，改编号 0 项',
    });
    const rows = [...doc.querySelectorAll('.change-summary tbody tr')].map((tr) => [
      tr.querySelector('a')!.getAttribute('href'),
      ...[...tr.children].map((c) => c.textContent),
    ]);
    expect(rows).toEqual([
      ['regions/beiling/changes.html', '北岭县', '0', '0', '0', '0'],
      ['regions/dongshan/changes.html', '东山县', '0', '1', '0', '0'],
      ['regions/nanhe/changes.html', '南河县', '3', '0', '0', '0'],
      ['regions/xishui/changes.html', '西水县', '0', '0', '0', '0'],
      ['regions/region-005/changes.html', '临江县', '0', '0', '0', '0'],
    ]);
    expect(text(readDom(changed.dir, 'index.html').querySelector('main .notice'))).toBe(
      '与上一版本 2025.2（2025年12月1日发布）相比：新增 3 项，删除 0 项，修改 1 项，改编号 0 项。查看更新记录',
    );
  });

  it("shows a county's changes on its own page and labels its rows; a county new since then has every item added", () => {
    const dongshan = readDom(changed.dir, 'regions/dongshan/changes.html');
    expect(text(dongshan.querySelector('h1'))).toBe('东山县更新记录');
    expect(
      [...dongshan.querySelectorAll('.breadcrumbs li')].map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null]),
    ).toEqual([
      ['首页', '../../index.html'],
      ['东山县', 'index.html'],
      ['更新记录', null],
    ]);
    expect(
      [...dongshan.querySelectorAll('#change-gonggong-wenhua-fuwu-x01 tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
    ).toEqual([['公开内容(要素)', '活动时间、活动地点', '活动时间、活动地点、参与方式']]);
    const row = readDom(changed.dir, 'regions/dongshan/gonggong-wenhua-fuwu.html').getElementById('gonggong-wenhua-fuwu-x01')!;
    expect(row.querySelector('.change-mark')!.getAttribute('href')).toBe('changes.html#change-gonggong-wenhua-fuwu-x01');
    // Every page of the site links the city's changes page from its navigation.
    expect(
      readDom(changed.dir, 'regions/dongshan/gonggong-wenhua-fuwu.html').querySelector('.site-nav a[href="../../changes.html"]'),
    ).not.toBeNull();

    const nanhe = readDom(changed.dir, 'regions/nanhe/changes.html');
    expect([...nanhe.querySelectorAll('main h2')].map((h) => h.textContent)).toEqual(['新增事项（3 个）']);
    expect(readDom(changed.dir, 'regions/nanhe/huji-guanli.html').querySelectorAll('.change-mark')).toHaveLength(1);
    expect(readDom(changed.dir, 'regions/beiling/changes.html').querySelector('main > p:not(.lead)')!.textContent).toBe(
      '与上一版本相比，本目录没有变化。',
    );
  });
});

describe('the same city, the same bytes', () => {
  it('two builds give identical files, whatever the build time', async () => {
    const again = await buildSite(CITY, { out: join(scratch, 'again'), env: { SOURCE_DATE_EPOCH: '1000000000' } });
    const files = filesUnder(site.dir);
    expect(filesUnder(again.dir)).toEqual(files);
    for (const f of files) expect(readFileSync(join(again.dir, f)).equals(readFileSync(join(site.dir, f))), f).toBe(true);
    expect(pagesOf(site.dir).length).toBeGreaterThan(COUNTIES.length * 2);
  });
});
