// The official table in a real browser (Debian's Chromium via playwright-core): on the site, a run of
// one 一级事项 merged into one cell over its rows on a desktop, each phone card still naming its
// 一级事项, a run kept whole in print; a fragment for a site platform pasted into a bare page at
// 1280 px rendered as the table (its geometry measured, a screenshot kept in tests/.tmp/screenshots/),
// with axe-core at zero.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectNoProblems, launchChromium, openPage, WIDTHS } from './support/browser.js';
import { serveSite, type StaticServer } from './support/server.js';
import { WORKSPACES, buildSite, type BuiltSite } from './support/site.js';

const SCREENSHOTS = fileURLToPath(new URL('../.tmp/screenshots/', import.meta.url));
const DOMAIN = 'shehui-jiuzhu';

let browser: Browser;
let demo: BuiltSite;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [demo, browser] = await Promise.all([buildSite(WORKSPACES.demo, { only: ['json', 'html', 'fragments'] }), launchChromium()]);
  // The fragment as a webmaster pastes it: into the body of a page that brings nothing of its own.
  const fragment = readFileSync(join(demo.out, 'fragments', `${DOMAIN}.html`), 'utf8');
  const bare = `<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>文章</title></head>\n<body><main>\n${fragment}</main></body>\n</html>\n`;
  writeFileSync(join(demo.out, 'bare.html'), bare);
  // Served from the output folder: the site under site/, the bare page beside it. No CSP: an article's styles are its own.
  server = await serveSite(demo.out, { csp: false });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  demo?.remove();
});

/** Boxes of the run headers (th[scope=rowgroup]) and of the rows each covers. */
function runBoxes(page: Page) {
  return page.locator('tbody:has(th[scope=rowgroup])').evaluateAll((groups) =>
    groups.map((g) => {
      const head = g.querySelector('th[scope=rowgroup]')!.getBoundingClientRect();
      const rows = [...g.querySelectorAll('tr')].map((r) => r.getBoundingClientRect());
      return { head: { top: head.top, height: head.height }, top: rows[0]!.top, height: rows.reduce((n, r) => n + r.height, 0) };
    }),
  );
}

describe('the site’s table', () => {
  it('on a desktop shows a run’s 一级事项 once, one cell as tall as its rows', async () => {
    const { context, page, problems } = await openPage(browser, `${server.url}site/`, WIDTHS.desktop);
    await page.goto(`${server.url}site/${DOMAIN}.html`);
    const runs = await runBoxes(page);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) {
      expect(Math.abs(run.head.top - run.top)).toBeLessThan(1);
      expect(Math.abs(run.head.height - run.height)).toBeLessThan(2);
    }
    await expect(page.locator('.item-table__name--repeated').first().isVisible()).resolves.toBe(false);
    expectNoProblems(problems);
    await context.close();
  });

  it('on a phone names the 一级事项 on every card of a run', async () => {
    const { context, page } = await openPage(browser, `${server.url}site/`, WIDTHS.phone);
    await page.goto(`${server.url}site/${DOMAIN}.html`);
    // Each card: its own 一级事项 cell (the run's header on the first, the repeated cell on the others), shown inside the card under its label.
    const cards = await page.locator('tbody:has(th[scope=rowgroup])').evaluateAll((groups) =>
      groups.flatMap((g) => {
        const l1 = g.querySelector('th[scope=rowgroup]')!.textContent;
        return [...g.querySelectorAll('tr')].map((tr) => {
          const cell = tr.querySelector('[data-label="一级事项"]')!;
          const [box, card] = [cell.getBoundingClientRect(), tr.getBoundingClientRect()];
          return {
            same: cell.textContent === l1,
            label: getComputedStyle(cell, '::before').content,
            inside: box.height > 0 && box.top >= card.top && box.bottom <= card.bottom,
          };
        });
      }),
    );
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(card).toEqual({ same: true, label: '"一级事项"', inside: true });
    await context.close();
  });

  it('in print keeps a run whole where it fits a page', async () => {
    const { context, page } = await openPage(browser, `${server.url}site/`, WIDTHS.desktop);
    await page.goto(`${server.url}site/${DOMAIN}.html`);
    await page.emulateMedia({ media: 'print' });
    await expect(
      page
        .locator('tbody')
        .first()
        .evaluate((g) => getComputedStyle(g).breakInside),
    ).resolves.toBe('avoid');
    await expect(page.locator('.item-table__name--repeated').first().isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe('a fragment pasted into a bare page', () => {
  it('renders as the official table at 1280 px, within the window, with axe at zero', async () => {
    const { context, page, problems } = await openPage(browser, server.url, WIDTHS.desktop);
    await page.goto(`${server.url}bare.html`);
    await page.screenshot({ path: `${SCREENSHOTS}fragment-${WIDTHS.desktop}.png`, fullPage: true });
    const table = (await page.locator('table').boundingBox())!;
    expect(table.x).toBeGreaterThanOrEqual(0);
    expect(table.x + table.width).toBeLessThanOrEqual(WIDTHS.desktop);
    expect(table.height).toBeGreaterThan(500);
    // Header cells: each row's cells left to right, none empty; the second row under the first.
    const head = await page
      .locator('thead tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => ({ ...c.getBoundingClientRect().toJSON(), text: c.textContent }))));
    expect(head).toHaveLength(2);
    for (const row of head) {
      row.forEach((cell, i) => {
        expect(cell.width, cell.text!).toBeGreaterThan(10);
        expect(cell.height, cell.text!).toBeGreaterThan(10);
        if (i) expect(cell.x, cell.text!).toBeGreaterThan(row[i - 1]!.x);
      });
    }
    expect(head[1]![0]!.y).toBeGreaterThan(head[0]![0]!.y);
    expect(head[1]!.map((c) => c.text).slice(0, 2)).toEqual(['一级事项', '二级事项']);
    // The merged 一级事项: one cell as tall as its run's rows; the marks drawn as √.
    const runs = await runBoxes(page);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(Math.abs(run.head.height - run.height)).toBeLessThan(2);
    await expect(page.locator('tbody td', { hasText: '√' }).count()).resolves.toBeGreaterThan(0);
    // Styled by its own attributes: borders drawn with no stylesheet on the page.
    await expect(
      page
        .locator('tbody td')
        .first()
        .evaluate((td) => getComputedStyle(td).borderTopStyle),
    ).resolves.toBe('solid');
    await expectNoAxeViolations(page, 'fragment in a bare page at 1280 px');
    expectNoProblems(problems);
    await context.close();
  });
});
