// 长者模式 (适老化, 工业和信息化部《互联网网站适老化通用设计规范》) in Chromium on the demo county's
// site, served with a government site's CSP and opened from disk: the header's button switches large
// text (nothing under 18 px), wider lines and 7:1 contrast on and off, is remembered across pages and
// reloads, is applied before the body is drawn, survives refused storage, and keeps axe at zero in both
// modes at both widths (7:1 checked by axe's color-contrast-enhanced in the large mode).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoProblems, launchChromium, openPage, WIDTHS } from './support/browser.js';
import { serveSite, type StaticServer } from './support/server.js';
import { WORKSPACES, buildSite, type BuiltSite } from './support/site.js';

let browser: Browser;
let demo: BuiltSite;
let server: StaticServer;

beforeAll(async () => {
  [demo, browser] = await Promise.all([buildSite(WORKSPACES.demo), launchChromium()]);
  server = await serveSite(demo.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  demo?.remove();
});

const PAGES = ['index.html', 'shehui-jiuzhu.html', `search.html?q=${encodeURIComponent('低保')}`];

/** What the reader sees of the mode: the button's state, the body's size and line height, the smallest text on the page (px). */
async function mode(page: Page): Promise<{ pressed: string | null; body: number; lineRatio: number; smallest: number }> {
  const pressed = await page.locator('#elder-toggle').getAttribute('aria-pressed');
  const sizes = await page.evaluate(() => {
    const px = (el: Element, prop: 'fontSize' | 'lineHeight') => parseFloat(getComputedStyle(el)[prop]);
    const texts = [...document.body.querySelectorAll('*')].filter(
      (el) => (el as HTMLElement).offsetParent !== null && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''),
    );
    return {
      body: px(document.body, 'fontSize'),
      lineRatio: px(document.body, 'lineHeight') / px(document.body, 'fontSize'),
      smallest: Math.min(...texts.map((el) => px(el, 'fontSize'))),
    };
  });
  return { pressed, ...sizes };
}

/** Records the class of <html> at the moment <body> is created: the mode the first paint can show. */
async function watchFirstPaint(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { classAtBody: string }).classAtBody = document.documentElement.className;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

const classAtBody = (page: Page) => page.evaluate(() => (window as unknown as { classAtBody?: string }).classAtBody ?? '');

describe('the 长者模式 button', () => {
  it('switches large text on, is remembered on reload and on other pages, and switches it off', async () => {
    const { context, page, problems } = await openPage(browser, server.url, WIDTHS.desktop);
    await watchFirstPaint(context);
    await page.goto(`${server.url}shehui-jiuzhu.html`);
    const button = page.getByRole('button', { name: '长者模式' });
    await expect(button.isVisible()).resolves.toBe(true);
    const normal = await mode(page);
    expect(normal.pressed).toBe('false');

    await button.click();
    const large = await mode(page);
    expect(large.pressed).toBe('true');
    expect(large.body).toBeGreaterThanOrEqual(18);
    expect(large.body).toBeGreaterThan(normal.body);
    expect(large.smallest, 'no text under 18 px, table cells included').toBeGreaterThanOrEqual(18);
    expect(large.lineRatio).toBeGreaterThan(normal.lineRatio);

    await page.reload();
    await expect(mode(page)).resolves.toEqual(large);
    await expect(classAtBody(page), 'set before the body is drawn: no flash of small text').resolves.toContain('elder-mode');
    await page.getByRole('link', { name: '首页' }).first().click();
    await page.waitForURL(/\/index\.html$|\/ml\/$/);
    await expect(mode(page).then((m) => [m.pressed, m.body])).resolves.toEqual(['true', large.body]);

    await page.getByRole('button', { name: '长者模式' }).click();
    await expect(mode(page).then((m) => [m.pressed, m.body])).resolves.toEqual(['false', normal.body]);
    await page.reload();
    await expect(mode(page).then((m) => [m.pressed, m.body])).resolves.toEqual(['false', normal.body]);
    await expect(classAtBody(page)).resolves.not.toContain('elder-mode');
    // A switch of the screen: the printed page leaves it out.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#elder-toggle').isVisible()).resolves.toBe(false);
    expectNoProblems(problems);
    await context.close();
  });

  it.each([
    [WIDTHS.desktop, false],
    [WIDTHS.desktop, true],
    [WIDTHS.phone, false],
    [WIDTHS.phone, true],
  ])('keeps axe at zero at %i px, large mode %s (then with 7:1 contrast), on every page type', async (width, large) => {
    const { context, page, problems } = await openPage(browser, server.url, width);
    for (const path of PAGES) {
      await page.goto(server.url + path);
      if (path.startsWith('search')) await page.locator('#search-status').filter({ hasText: /./ }).waitFor();
      if ((await page.locator('#elder-toggle').getAttribute('aria-pressed')) !== String(large)) await page.locator('#elder-toggle').click();
      const seen = await mode(page);
      expect(seen.pressed, path).toBe(String(large));
      if (large) expect(seen.smallest, `${path} at ${width} px`).toBeGreaterThanOrEqual(18);
      await expectNoAxeViolations(page, `${path}, ${large ? '长者模式' : 'normal'}, ${width} px`, { enhancedContrast: large });
    }
    expectNoProblems(problems);
    await context.close();
  });

  it('works from file:// and is remembered there', async () => {
    const context = await browser.newContext({ viewport: { width: WIDTHS.phone, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${demo.dir}/index.html`);
    await page.getByRole('button', { name: '长者模式' }).click();
    await page.goto(`file://${demo.dir}/shehui-jiuzhu.html`);
    const seen = await mode(page);
    expect([seen.pressed, seen.smallest >= 18]).toEqual(['true', true]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still switches when storage is refused (private windows, some file:// settings), for the page only', async () => {
    const { context, page, problems } = await openPage(browser, server.url, WIDTHS.desktop);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('storage refused', 'SecurityError');
        },
      });
    });
    await page.goto(server.url);
    await page.getByRole('button', { name: '长者模式' }).click();
    await expect(mode(page).then((m) => [m.pressed, m.body >= 18])).resolves.toEqual(['true', true]);
    await page.reload();
    await expect(mode(page).then((m) => m.pressed)).resolves.toBe('false');
    expectNoProblems(problems);
    await context.close();
  });
});
