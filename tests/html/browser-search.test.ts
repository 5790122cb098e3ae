// The search as citizens use it, in Chromium on the demo county's site: the words people type
// (低保, 五保, 社保, 户口) find the items the directory names officially, ranked first; a question
// (低保怎么申请) finds what it asks about; nothing found offers the domains; a workspace's own
// synonym file extends gkml's; and every result says why it was found (包含, or 与…相关 naming the synonym).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoProblems, launchChromium, openPage, WIDTHS } from './support/browser.js';
import { serveSite, type StaticServer } from './support/server.js';
import { WORKSPACES, buildSite, type BuiltSite } from './support/site.js';

let browser: Browser;
let demo: BuiltSite;
let own: BuiltSite;
let hostile: BuiltSite;
let demoServer: StaticServer;
let ownServer: StaticServer;
let hostileServer: StaticServer;
const scratch = mkdtempSync(join(tmpdir(), 'gkml-search-'));

beforeAll(async () => {
  // The demo county with a synonym file of its own: 广告牌 for the items about 户外广告.
  const ws = join(scratch, 'own');
  cpSync(WORKSPACES.demo, ws, { recursive: true, filter: (src) => !src.includes('/dist') });
  writeFileSync(join(ws, 'synonyms.yaml'), 'groups:\n  - terms: [广告牌, 户外广告]\n');
  writeFileSync(join(ws, 'gkml.config.yaml'), readFileSync(join(ws, 'gkml.config.yaml'), 'utf8') + 'search:\n  synonyms: synonyms.yaml\n');
  // The XSS corpus with a synonym of its own for an item name full of markup: the name a result
  // was found through is shown as text.
  const xss = join(scratch, 'xss');
  cpSync(WORKSPACES.xss, xss, { recursive: true, filter: (src) => !src.includes('/dist') });
  writeFileSync(join(xss, 'synonyms.yaml'), `groups:\n  - terms: ['低保<script>alert("l1")</script>', 救命钱]\n`);
  writeFileSync(
    join(xss, 'gkml.config.yaml'),
    readFileSync(join(xss, 'gkml.config.yaml'), 'utf8') + 'search:\n  synonyms: synonyms.yaml\n',
  );
  [demo, own, hostile, browser] = await Promise.all([buildSite(WORKSPACES.demo), buildSite(ws), buildSite(xss), launchChromium()]);
  demoServer = await serveSite(demo.dir);
  ownServer = await serveSite(own.dir);
  hostileServer = await serveSite(hostile.dir, { csp: false });
});

afterAll(async () => {
  await browser?.close();
  await demoServer?.close();
  await ownServer?.close();
  await hostileServer?.close();
  demo?.remove();
  own?.remove();
  hostile?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** The result titles and links of a query, in the order shown. */
async function search(page: Page, server: StaticServer, query: string): Promise<{ title: string; href: string }[]> {
  await page.goto(`${server.url}search.html?q=${encodeURIComponent(query)}`);
  await page.locator('#search-status').filter({ hasText: /./ }).waitFor();
  return page
    .locator('#search-list a')
    .evaluateAll((as) => as.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
}

describe('search with the words citizens use', () => {
  it('低保 finds every 最低生活保障 item, ranked above any other; so does 低保怎么申请', async () => {
    const { context, page, problems } = await openPage(browser, demoServer.url, WIDTHS.desktop);
    for (const query of ['低保', '低保怎么申请']) {
      const results = await search(page, demoServer, query);
      const official = results.filter((r) => r.title.startsWith('最低生活保障'));
      expect(official.length, query).toBeGreaterThanOrEqual(4);
      expect(
        results.slice(0, official.length).every((r) => r.title.startsWith('最低生活保障')),
        query,
      ).toBe(true);
      expect(official.some((r) => r.title === '最低生活保障 · 办事指南')).toBe(true);
    }
    expectNoProblems(problems);
    await context.close();
  });

  it.each([
    ['五保', 'shehui-jiuzhu.html#', '特困人员救助供养'],
    ['社保', 'shehui-baoxian.html#', '社会保险'],
    ['户口', 'huji-guanli.html#', ''],
  ])('%s finds its domain’s items first', async (query, page_, title) => {
    const { context, page, problems } = await openPage(browser, demoServer.url, WIDTHS.phone);
    const results = await search(page, demoServer, query);
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.href.startsWith(page_)).toBe(true);
    expect(results[0]!.title).toContain(title);
    expectNoProblems(problems);
    await context.close();
  });

  it('nothing found offers the domains to browse, and the page stays accessible', async () => {
    const { context, page, problems } = await openPage(browser, demoServer.url, WIDTHS.desktop);
    await search(page, demoServer, 'zzzzqqq');
    await expect(page.locator('#search-browse').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-browse a').count()).resolves.toBe(26);
    await expect(page.locator('#search-browse a', { hasText: '社会救助' }).getAttribute('href')).resolves.toBe('shehui-jiuzhu.html');
    await expectNoAxeViolations(page, 'search without results');
    await search(page, demoServer, '低保');
    await expect(page.locator('#search-browse').isVisible()).resolves.toBe(false);
    expectNoProblems(problems);
    await context.close();
  });

  it('a workspace synonym file adds its groups: 广告牌 finds the 户外广告 items', async () => {
    const { context, page, problems } = await openPage(browser, ownServer.url, WIDTHS.desktop);
    const results = await search(page, ownServer, '广告牌');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.title).toContain('户外广告');
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(/^找到/);
    expectNoProblems(problems);
    await context.close();
    // Without the file, the word is unknown to the demo's own site.
    const plain = await openPage(browser, demoServer.url, WIDTHS.desktop);
    await search(plain.page, demoServer, '广告牌');
    await expect(plain.page.locator('#search-status').textContent()).resolves.not.toMatch(/^找到/);
    await plain.context.close();
  });
});

/** The status and, per result shown, its title and why it was found. */
async function explained(
  page: Page,
  server: StaticServer,
  query: string,
): Promise<{ status: string; results: { title: string; why: string }[] }> {
  await search(page, server, query);
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const results = await page.locator('#search-list li').evaluateAll((lis) =>
    lis.map((li) => ({
      title: li.querySelector('.search-results__link')?.textContent ?? '',
      why: li.querySelector('.search-results__why')?.textContent ?? '',
    })),
  );
  return { status, results };
}

describe('each result says why it was found', () => {
  it('五保, which no item contains, finds 特困人员救助供养 and says it is related through that name', async () => {
    for (const width of [WIDTHS.desktop, WIDTHS.phone]) {
      const { context, page, problems } = await openPage(browser, demoServer.url, width);
      const { status, results } = await explained(page, demoServer, '五保');
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        expect(r.title).toContain('特困人员救助供养');
        expect(r.title).not.toContain('五保');
        expect(r.why).toBe('与“五保”相关：特困人员救助供养');
      }
      expect(status).toBe(`找到 ${results.length} 个与“五保”相关的公开事项（同义词：特困人员救助供养），它们不直接包含“五保”。`);
      await expectNoAxeViolations(page, `search found through a synonym at ${width} px`);
      expectNoProblems(problems);
      await context.close();
    }
  });

  it('a word the items contain (学校) says 包含, on the status and on every result', async () => {
    const { context, page, problems } = await openPage(browser, demoServer.url, WIDTHS.desktop);
    const { status, results } = await explained(page, demoServer, '学校');
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.why)).toEqual(results.map(() => '包含“学校”'));
    expect(status).toBe(`找到 ${results.length} 个包含“学校”的公开事项。`);
    await expectNoAxeViolations(page, 'search of a contained word');
    expectNoProblems(problems);
    await context.close();
  });

  it('低保 finds both kinds and counts each: those containing it, and those with only 最低生活保障', async () => {
    const { context, page, problems } = await openPage(browser, demoServer.url, WIDTHS.phone);
    const { status, results } = await explained(page, demoServer, '低保怎么申请');
    const containing = results.filter((r) => r.why === '包含“低保”').length;
    const related = results.filter((r) => r.why === '与“低保”相关：最低生活保障').length;
    expect([containing > 0, related > 0, containing + related]).toEqual([true, true, results.length]);
    expect(status).toBe(
      `找到 ${results.length} 个公开事项：${containing} 个包含“低保”，${related} 个与“低保”相关（同义词：最低生活保障）。`,
    );
    await expectNoAxeViolations(page, 'search with both kinds of results');
    expectNoProblems(problems);
    await context.close();
  });

  it('names a synonym full of markup as text: no element, no script run', async () => {
    const { context, page, problems } = await openPage(browser, hostileServer.url, WIDTHS.desktop);
    const { status, results } = await explained(page, hostileServer, '救命钱');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.why).toBe('与“救命钱”相关：低保<script>alert("l1")</script>');
    expect(status).toContain('（同义词：低保<script>alert("l1")</script>）');
    await expect(page.locator('#search-results script, #search-results img').count()).resolves.toBe(0);
    expectNoProblems(problems);
    await context.close();
  });
});
