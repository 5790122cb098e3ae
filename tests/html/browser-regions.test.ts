// The changelog and the city site in a real browser (Debian's Chromium via playwright-core), served
// under a sub-path with the CSP a government site sends: the changelog reached from the index and
// back to a changed row; a search from one county's page reaching an item on another county's page;
// a search within one county loading only that county's index; search from file://; and axe-core
// WCAG 2.1 A/AA on every page type of both sites at desktop and phone width, with screenshots.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoProblems, launchChromium, openPage, WIDTHS } from './support/browser.js';
import { serveSite, type StaticServer } from './support/server.js';
import { CITY, VERSIONS, buildSite, type BuiltSite } from './support/site.js';

const SCREENSHOTS = fileURLToPath(new URL('../.tmp/screenshots/', import.meta.url));

const scratch = mkdtempSync(join(tmpdir(), 'gkml-browser-regions-'));
let browser: Browser;
let changelog: BuiltSite;
let city: BuiltSite;
let changelogServer: StaticServer;
let cityServer: StaticServer;

/** The city's previous version: without 南河县, and one item of 东山县 different. */
function previousCity(): string {
  const previous = join(scratch, 'city-previous');
  cpSync(CITY, previous, { recursive: true });
  rmSync(join(previous, 'counties/nanhe'), { recursive: true });
  const file = join(previous, 'counties/dongshan/directories/gonggong-wenhua-fuwu.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('[活动时间, 活动地点, 参与方式]', '[活动时间, 活动地点]'));
  return previous;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [changelog, city, browser] = await Promise.all([
    buildSite(VERSIONS.v2, { previous: VERSIONS.v1 }),
    buildSite(CITY, { previous: previousCity() }),
    launchChromium(),
  ]);
  changelogServer = await serveSite(changelog.dir);
  cityServer = await serveSite(city.dir);
});

afterAll(async () => {
  await browser?.close();
  await changelogServer?.close();
  await cityServer?.close();
  changelog?.remove();
  city?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the changelog', () => {
  it('index → 更新记录 → a changed item on its domain page → its 本次更新 label → back to its entry', async () => {
    const { context, page, problems } = await openPage(browser, changelogServer.url, WIDTHS.desktop);
    await page.goto(changelogServer.url);
    await page.locator('main .notice').getByRole('link', { name: '查看更新记录' }).click();
    await page.waitForURL(/\/changes\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('更新记录');
    await expect(
      page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '更新记录' }).getAttribute('aria-current'),
    ).resolves.toBe('page');

    // The entry's table is named by the item.
    await expect(page.getByRole('table', { name: '就业信息服务 · 岗位信息发布' }).locator('tbody tr').count()).resolves.toBe(3);
    await page.getByRole('link', { name: '就业信息服务 · 岗位信息发布' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/jiuye.html') && url.hash === '#jiuye-01-02');
    const row = page.locator('tr:target');
    await expect(row.getAttribute('id')).resolves.toBe('jiuye-01-02');
    // Heard with the item it is about (browsers may put a space before the hidden part).
    const label = row.getByRole('link', { name: /^本次更新\s?：查看“就业信息服务 · 岗位信息发布”的变化$/ });
    expect(await label.isVisible()).toBe(true);
    // Seen: the words 本次更新 in a box of their own (the rest is for screen readers only).
    await expect(label.evaluate((a) => a.firstChild!.textContent)).resolves.toBe('本次更新');
    await expect(label.locator('.visually-hidden').evaluate((span) => span.getBoundingClientRect().width)).resolves.toBeLessThanOrEqual(1);

    await label.click();
    await page.waitForURL((url) => url.pathname.endsWith('/changes.html') && url.hash === '#change-jiuye-01-02');
    await expect(page.locator(':target h3').textContent()).resolves.toBe('就业信息服务 · 岗位信息发布');
    expectNoProblems(problems);
    await context.close();
  });
});

describe('search across the counties of a city', () => {
  it("from one county's page, over all counties, to an item on another county's page", async () => {
    const { context, page, problems } = await openPage(browser, cityServer.url, WIDTHS.desktop);
    await page.goto(cityServer.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('样例市基层政务公开标准目录');
    // The county's card (the downloads table below names the county in its links too).
    await page
      .locator('#regions-heading + .domain-list')
      .getByRole('link', { name: /^北岭县 / })
      .click();
    await page.waitForURL(/\/regions\/beiling\/index\.html$/);
    await expect(page.getByLabel('搜索范围').inputValue()).resolves.toBe('beiling');

    await page.getByLabel('搜索范围').selectOption('');
    await page.getByLabel('搜索公开事项').fill('渔灯');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/search\.html\?/);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 1 个包含“渔灯”的公开事项。');
    await expect(page.locator('#search-list .search-results__meta').textContent()).resolves.toBe(
      '东山县 · 公共文化服务 · 东山县文化和旅游局',
    );
    await page.locator('#search-list a').click();
    await page.waitForURL(
      (url) => url.pathname.endsWith('/regions/dongshan/gonggong-wenhua-fuwu.html') && url.hash === '#gonggong-wenhua-fuwu-x01',
    );
    await expect(page.locator('tr:target th').textContent()).resolves.toBe('渔灯节非遗展演');
    await expect(page.locator('table caption').textContent()).resolves.toBe('东山县公共文化服务领域基层政务公开标准目录');
    expectNoProblems(problems);
    await context.close();
  });

  it('within one county: only its results, and only its index is loaded', async () => {
    const { context, page, problems } = await openPage(browser, cityServer.url, WIDTHS.phone);
    const indexes: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/search-index.js')) indexes.push(new URL(r.url()).pathname.replace(/^.*\/ml\//, ''));
    });
    await page.goto(`${cityServer.url}search.html?region=xishui&q=${encodeURIComponent('最低生活保障')}`);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('在西水县找到 1 个包含“最低生活保障”的公开事项。');
    await expect(page.getByLabel('搜索范围').inputValue()).resolves.toBe('xishui');
    expect(indexes).toEqual(['regions/xishui/search-index.js']);

    indexes.length = 0;
    await page.goto(`${cityServer.url}search.html?q=${encodeURIComponent('最低生活保障')}`);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 4 个包含“最低生活保障”的公开事项。');
    expect(indexes.sort()).toEqual(['beiling', 'dongshan', 'nanhe', 'region-005', 'xishui'].map((s) => `regions/${s}/search-index.js`));
    const regions = await page
      .locator('#search-list .search-results__meta')
      .evaluateAll((ps) => ps.map((p) => p.textContent!.split(' · ')[0]));
    expect(regions.sort()).toEqual(['东山县', '临江县', '北岭县', '西水县'].sort());
    expectNoProblems(problems);
    await context.close();
  });

  it("works from file:// too: each county's index is a script added to the page", async () => {
    const context = await browser.newContext({ viewport: { width: WIDTHS.phone, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${city.dir}/search.html?q=${encodeURIComponent('渡口')}`);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 1 个包含“渡口”的公开事项。');
    await expect(page.locator('#search-list a').getAttribute('href')).resolves.toBe(
      'regions/region-005/shehui-jiuzhu.html#shehui-jiuzhu-x01',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

const PAGES = [
  { site: 'changelog', name: 'changelog-index', path: '' },
  { site: 'changelog', name: 'changelog-domain', path: 'jiuye.html' },
  { site: 'changelog', name: 'changelog-changes', path: 'changes.html' },
  { site: 'city', name: 'city-index', path: '' },
  { site: 'city', name: 'city-search', path: `search.html?q=${encodeURIComponent('最低生活保障')}`, results: true },
  { site: 'city', name: 'city-changes', path: 'changes.html' },
  { site: 'city', name: 'region-index', path: 'regions/dongshan/index.html' },
  { site: 'city', name: 'region-domain', path: 'regions/dongshan/gonggong-wenhua-fuwu.html' },
  { site: 'city', name: 'region-changes', path: 'regions/dongshan/changes.html' },
  { site: 'city', name: 'region-new-changes', path: 'regions/nanhe/changes.html' },
];

describe('accessibility and layout', () => {
  for (const [widthName, width] of Object.entries(WIDTHS)) {
    it(`axe WCAG 2.1 A/AA: no violations on the changelog and region pages at ${width} px; screenshots`, async () => {
      const sessions = {
        changelog: await openPage(browser, changelogServer.url, width),
        city: await openPage(browser, cityServer.url, width),
      };
      const servers = { changelog: changelogServer, city: cityServer };
      for (const { site, name, path, results } of PAGES) {
        const { page } = sessions[site as keyof typeof sessions];
        await page.goto(servers[site as keyof typeof servers].url + path);
        if (results) await page.locator('#search-list li').first().waitFor();
        await expectNoAxeViolations(page, `${name} at ${width} px`);
        await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true });
        // Nothing wider than the window: the page never scrolls sideways.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} at ${widthName} width scrolls sideways`).toBeLessThanOrEqual(0);
      }
      for (const { context, problems } of Object.values(sessions)) {
        expectNoProblems(problems);
        await context.close();
      }
    });
  }
});
