// The site in a real browser (Debian's Chromium via playwright-core), served under a sub-path with
// the CSP a government site sends: a citizen's path from the index to an item found by a Chinese
// search, axe-core WCAG 2.1 A/AA on every page type at desktop and phone width, pages without
// JavaScript, the XSS corpus never executing, and screenshots in tests/.tmp/screenshots/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenize } from '../../src/export/html/tokenizer.js';
import { expectNoAxeViolations, expectNoProblems, launchChromium, openPage, WIDTHS } from './support/browser.js';
import { serveSite, type StaticServer } from './support/server.js';
import { WORKSPACES, buildSite, type BuiltSite } from './support/site.js';

const SCREENSHOTS = fileURLToPath(new URL('../.tmp/screenshots/', import.meta.url));

let browser: Browser;
let demo: BuiltSite;
let xss: BuiltSite;
let demoServer: StaticServer;
let xssServer: StaticServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [demo, xss, browser] = await Promise.all([buildSite(WORKSPACES.demo), buildSite(WORKSPACES.xss), launchChromium()]);
  demoServer = await serveSite(demo.dir);
  // No CSP for the XSS site: escaping alone must keep the payloads inert, not the browser's policy.
  xssServer = await serveSite(xss.dir, { csp: false });
});

afterAll(async () => {
  await browser?.close();
  await demoServer?.close();
  await xssServer?.close();
  demo?.remove();
  xss?.remove();
});

describe('a citizen finds an item', () => {
  it('index → domain page, then a Chinese search → the item anchor', async () => {
    const { context, page, problems } = await openPage(browser, demoServer.url, WIDTHS.desktop);
    await page.goto(demoServer.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('示例县基层政务公开标准目录');

    await page.getByRole('link', { name: /^社会救助 \d+ 个事项$/ }).click();
    await page.waitForURL(/\/shehui-jiuzhu\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('社会救助');
    await expect(page.locator('table caption').textContent()).resolves.toBe('示例县社会救助领域基层政务公开标准目录');

    // The page splits queries with the very tokenizer the build indexed with.
    const sample = '新生儿落户 GB/T37668 最低生活保障';
    await page.getByRole('link', { name: '首页' }).first().click();
    await page.getByLabel('搜索公开事项').fill('低保');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/search\.html\?q=/);
    const tokens = await page.evaluate((t) => (window as unknown as { gkmlTokenize: (s: string) => string[] }).gkmlTokenize(t), sample);
    expect(tokens).toEqual(tokenize(sample));
    const status = page.locator('#search-status');
    // Some items contain 低保, the others only their official name, 最低生活保障: the status counts both.
    await expect(status.textContent()).resolves.toMatch(
      /^找到 \d+ 个公开事项：\d+ 个包含“低保”，\d+ 个与“低保”相关（同义词：最低生活保障）。$/,
    );
    const result = page.locator('#search-list a[href^="shehui-jiuzhu.html#"]').first();
    const href = (await result.getAttribute('href'))!;
    await result.click();
    await page.waitForURL((url) => url.hash === `#${href.split('#')[1]}`);
    const target = page.locator('tr:target');
    await expect(target.count()).resolves.toBe(1);
    await expect(target.getAttribute('id')).resolves.toBe(href.split('#')[1]);
    await expect(target.textContent()).resolves.toContain('低保');
    expect(await target.isVisible()).toBe(true);
    // The anchor scrolled the row into view, just below the top of the window.
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(100);

    expectNoProblems(problems);
    await context.close();
  });

  it('户口 finds the household registration items; a query that matches nothing says so', async () => {
    const { context, page, problems } = await openPage(browser, demoServer.url, WIDTHS.phone);
    await page.goto(`${demoServer.url}search.html?q=${encodeURIComponent('户口')}`);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(
      /^找到 \d+ 个公开事项：\d+ 个包含“户口”，\d+ 个与“户口”相关（同义词：户籍）。$/,
    );
    const hrefs = await page.locator('#search-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.some((h) => h?.startsWith('huji-guanli.html#'))).toBe(true);
    await expect(page.getByLabel('关键词').inputValue()).resolves.toBe('户口');

    await page.goto(`${demoServer.url}search.html?q=${encodeURIComponent('zzzzqqq')}`);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^没有找到与“zzzzqqq”有关的公开事项/);
    await expect(page.locator('#search-list li').count()).resolves.toBe(0);
    expectNoProblems(problems);
    await context.close();
  });
});

const PAGE_TYPES = [
  { name: 'index', path: '' },
  { name: 'domain', path: 'shehui-jiuzhu.html' },
  { name: 'search', path: `search.html?q=${encodeURIComponent('低保')}` },
];

describe('accessibility and layout', () => {
  for (const [widthName, width] of Object.entries(WIDTHS)) {
    it(`axe WCAG 2.1 A/AA: no violations on every page type at ${width} px; screenshots`, async () => {
      const { context, page, problems } = await openPage(browser, demoServer.url, width);
      for (const { name, path } of PAGE_TYPES) {
        await page.goto(demoServer.url + path);
        if (name === 'search') await page.locator('#search-list li').first().waitFor();
        await expectNoAxeViolations(page, `${name} at ${width} px`);
        await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: name !== 'domain' });
        if (name === 'domain') {
          // An item reached by its link: the row (a card on phones) is scrolled to and highlighted.
          const id = await page.locator('tbody tr').nth(4).getAttribute('id');
          await page.goto(`${demoServer.url}${path}#${id}`);
          await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}-item.png` });
        }
        // Nothing wider than the window: the page never scrolls sideways (the desktop table scrolls in its own region).
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} at ${widthName} width scrolls sideways`).toBeLessThanOrEqual(0);
      }
      expectNoProblems(problems);
      await context.close();
    });
  }

  it('at phone width the table rows are labelled cards; on a desktop they are table rows', async () => {
    for (const [width, display] of [
      [WIDTHS.phone, 'block'],
      [WIDTHS.desktop, 'table-row'],
    ] as const) {
      const { context, page } = await openPage(browser, demoServer.url, width);
      await page.goto(`${demoServer.url}shehui-jiuzhu.html`);
      const row = page.locator('tbody tr').first();
      await expect(row.evaluate((tr) => getComputedStyle(tr).display)).resolves.toBe(display);
      const label = await row
        .locator('td[data-label]')
        .nth(1)
        .evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label === 'none' || label === 'normal', `label shown at ${width}`).toBe(display === 'table-row');
      await context.close();
    }
  });

  it('the skip link is the first stop of the keyboard and moves focus to the main content; focus is visible', async () => {
    const { context, page } = await openPage(browser, demoServer.url, WIDTHS.desktop);
    await page.goto(`${demoServer.url}shehui-jiuzhu.html`);
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused.textContent()).resolves.toBe('跳到主要内容');
    const skip = await focused.boundingBox();
    expect(skip!.width).toBeGreaterThan(20);
    const style = await focused.evaluate((a) => ({
      background: getComputedStyle(a).backgroundColor,
      shadow: getComputedStyle(a).boxShadow,
    }));
    expect(style.background).toBe('rgb(255, 221, 0)');
    expect(style.shadow).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await context.close();
  });

  it('print: navigation hidden, the table header repeated on every printed page', async () => {
    const { context, page } = await openPage(browser, demoServer.url, WIDTHS.desktop);
    await page.goto(`${demoServer.url}shehui-jiuzhu.html`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.skip-link', '.site-nav', '.breadcrumbs', '.outline']) {
      await expect(page.locator(hidden).isVisible(), hidden).resolves.toBe(false);
    }
    await expect(page.locator('thead').evaluate((t) => getComputedStyle(t).display)).resolves.toBe('table-header-group');
    await expect(
      page
        .locator('tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).breakInside),
    ).resolves.toBe('avoid');
    await page.screenshot({ path: `${SCREENSHOTS}domain-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('works without JavaScript except search, which says so', async () => {
    const { context, page, problems } = await openPage(browser, demoServer.url, WIDTHS.phone, { javaScriptEnabled: false });
    await page.goto(demoServer.url);
    await page.getByRole('link', { name: /^就业 \d+ 个事项$/ }).click();
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await page.goto(`${demoServer.url}search.html?q=${encodeURIComponent('低保')}`);
    await expect(page.locator('.notice').textContent()).resolves.toContain('搜索需要浏览器启用 JavaScript');
    expectNoProblems(problems);
    await context.close();
  });
});

describe('the folder opened from disk', () => {
  it('searches from file:// too: the index is a script, not a fetch', async () => {
    const context = await browser.newContext({ viewport: { width: WIDTHS.phone, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${demo.dir}/search.html?q=${encodeURIComponent('户口')}`);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(
      /^找到 \d+ 个公开事项：\d+ 个包含“户口”，\d+ 个与“户口”相关（同义词：户籍）。$/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the XSS corpus stays text in the browser', () => {
  it('no dialog, no script run, payloads shown as written, on every page and in search results', async () => {
    const { context, page, problems } = await openPage(browser, xssServer.url, WIDTHS.desktop);
    for (const path of [
      '',
      'shehui-jiuzhu.html',
      `search.html?q=${encodeURIComponent('低保')}`,
      `search.html?q=${encodeURIComponent('<script>alert(1)</script>')}`,
    ]) {
      await page.goto(xssServer.url + path);
      await page.waitForLoadState('load');
      expect(
        await page.evaluate(
          () => document.querySelectorAll('script:not([src]), img, svg, iframe, style, [onerror], [onload], [onmouseover]').length,
        ),
        path,
      ).toBe(0);
    }
    await page.goto(`${xssServer.url}shehui-jiuzhu.html`);
    await expect(page.locator('h1').textContent()).resolves.toBe('社会救助<script>alert("name")</script>');
    await page.goto(`${xssServer.url}search.html?q=${encodeURIComponent('低保')}`);
    await expect(page.locator('#search-list a').first().textContent()).resolves.toContain('低保<script>alert("l1")</script>');
    expectNoProblems(problems);
    await context.close();
  });
});
