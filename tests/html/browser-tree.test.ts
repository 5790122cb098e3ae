// The province's site in a real browser (Debian's Chromium via playwright-core), served under a
// sub-path with a government site's CSP: from the province's index through a city and a county to
// a township's domain page and back up by the breadcrumbs (four levels); a search from the province
// index over the whole tree finding a township's item; a search scoped to one level loading only
// that level's indexes; and axe-core WCAG 2.1 A/AA on a nested region index.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/cli.js';
import { expectNoAxeViolations, expectNoProblems, launchChromium, openPage, WIDTHS } from './support/browser.js';
import { serveSite, type StaticServer } from './support/server.js';
import { buildSite, type BuiltSite } from './support/site.js';

let browser: Browser;
let province: BuiltSite;
let server: StaticServer;

beforeAll(async () => {
  [province, browser] = await Promise.all([buildSite(fixture('province')), launchChromium()]);
  server = await serveSite(province.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  province?.remove();
});

describe('the site of a province', () => {
  it('leads from the province through a city and a county to a township, and back up by the breadcrumbs', async () => {
    const { context, page, problems } = await openPage(browser, server.url, WIDTHS.desktop);
    await page.goto(server.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('样例省基层政务公开标准目录');
    await page
      .locator('#regions-heading + .domain-list')
      .getByRole('link', { name: /^东州市 / })
      .click();
    await page.waitForURL(/\/regions\/dongzhou\/index\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('东州市基层政务公开标准目录');
    await page
      .locator('#regions-heading + .domain-list')
      .getByRole('link', { name: /^安平县 / })
      .click();
    await page.waitForURL(/\/regions\/dongzhou\/regions\/anping\/index\.html$/);
    await expect(page.locator('#domains-heading').textContent()).resolves.toBe('安平县本级目录');
    await page
      .locator('#regions-heading + .domain-list')
      .getByRole('link', { name: /^石桥街道 / })
      .click();
    await page.waitForURL(/\/regions\/anping\/regions\/shiqiao\/index\.html$/);
    await page
      .locator('main')
      .getByRole('link', { name: /^社会救助/ })
      .first()
      .click();
    await page.waitForURL(/\/regions\/shiqiao\/shehui-jiuzhu\.html$/);

    const trail = page.getByRole('navigation', { name: '当前位置' });
    await expect(trail.getByRole('link').allTextContents()).resolves.toEqual(['首页', '东州市', '安平县', '石桥街道']);
    await trail.getByRole('link', { name: '安平县' }).click();
    await page.waitForURL(/\/regions\/dongzhou\/regions\/anping\/index\.html$/);
    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '首页' }).click();
    await page.waitForURL((url) => url.pathname === new URL(server.url).pathname || url.pathname.endsWith('/index.html'));
    await expect(page.locator('h1').textContent()).resolves.toBe('样例省基层政务公开标准目录');
    expectNoProblems(problems);
    await context.close();
  });

  it("searches the whole tree from the province index and finds a township's item", async () => {
    const { context, page, problems } = await openPage(browser, server.url, WIDTHS.phone);
    await page.goto(server.url);
    await page.getByLabel('搜索各地区的公开事项').fill('临时救助备用金');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/search\.html\?/);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('找到 1 个包含“临时救助备用金”的公开事项。');
    await expect(page.locator('#search-list .search-results__meta').textContent()).resolves.toBe(
      '东州市安平县石桥街道 · 社会救助 · 石桥街道人民政府',
    );
    await page.locator('#search-list a').click();
    await page.waitForURL(
      (url) =>
        url.pathname.endsWith('/regions/dongzhou/regions/anping/regions/shiqiao/shehui-jiuzhu.html') && url.hash === '#shehui-jiuzhu-x03',
    );
    await expect(page.locator('tr:target th').textContent()).resolves.toBe('街道临时救助备用金使用情况');
    expectNoProblems(problems);
    await context.close();
  });

  it('scopes a search to one level, loading only the indexes of that level', async () => {
    const { context, page, problems } = await openPage(browser, server.url, WIDTHS.desktop);
    const indexes: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/search-index.js')) indexes.push(new URL(r.url()).pathname.replace(/^.*?\/regions\//, 'regions/'));
    });
    await page.goto(`${server.url}search.html?region=level%3Atownship&q=${encodeURIComponent('最低生活保障')}`);
    await expect(page.getByLabel('搜索范围').inputValue()).resolves.toBe('level:township');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('在全部乡级地区找到 2 个包含“最低生活保障”的公开事项。');
    expect(indexes.sort()).toEqual([
      'regions/dongzhou/regions/anping/regions/qinghe/search-index.js',
      'regions/dongzhou/regions/anping/regions/shiqiao/search-index.js',
    ]);

    // A county's scope takes in its townships.
    await page.goto(`${server.url}search.html?region=dongzhou%2Fanping&q=${encodeURIComponent('最低生活保障')}`);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('在安平县找到 3 个包含“最低生活保障”的公开事项。');
    const where = await page
      .locator('#search-list .search-results__meta')
      .evaluateAll((ps) => ps.map((p) => p.textContent!.split(' · ')[0]));
    // Named with the regions above them: townships of one name in two counties stay apart.
    expect(where.sort()).toEqual(['东州市安平县', '东州市安平县清河镇', '东州市安平县石桥街道'].sort());
    expectNoProblems(problems);
    await context.close();
  });

  it('has no WCAG 2.1 A/AA violations on a county index with townships, at both widths', async () => {
    for (const width of [WIDTHS.desktop, WIDTHS.phone]) {
      const { context, page, problems } = await openPage(browser, server.url, width);
      await page.goto(`${server.url}regions/dongzhou/regions/anping/index.html`);
      await expectNoAxeViolations(page, `county index at ${width}px`);
      expectNoProblems(problems);
      await context.close();
    }
  });
});
