// A draft site (gkml build --draft on a fresh init) in Chromium: the 征求意见稿 banner on every page
// type, 待填写 in the table, and still no axe WCAG 2.1 A/AA violation at desktop and phone width.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectNoAxeViolations, expectNoProblems, launchChromium, openPage, WIDTHS } from './support/browser.js';
import { serveSite, type StaticServer } from './support/server.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-draft-site-'));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const ws = join(scratch, 'ws');
  expect((await runCli(['init', ws, '--region', '青山县', '--date', '2026-06-30'])).code).toBe(0);
  const built = await runCli(['build', ws, '--out', join(scratch, 'out'), '--only', 'html', '--draft']);
  expect(built.code, built.stderr).toBe(0);
  [browser, server] = await Promise.all([launchChromium(), serveSite(join(scratch, 'out/site'))]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a draft site', () => {
  for (const width of Object.values(WIDTHS)) {
    it(`shows 征求意见稿 on every page type and passes axe at ${width} px`, async () => {
      const { context, page, problems } = await openPage(browser, server.url, width);
      for (const path of ['index.html', 'jiuye.html', 'search.html']) {
        await page.goto(server.url + path);
        const banner = page.getByRole('note', { name: '征求意见稿' });
        expect(await banner.isVisible(), path).toBe(true);
        expect(await banner.textContent()).toContain('征求意见稿');
        await expectNoAxeViolations(page, `${path} at ${width} px`);
      }
      await page.goto(server.url + 'jiuye.html');
      expect(await page.locator('#jiuye-01-01 .item-table__owner').textContent()).toBe('待填写');
      expectNoProblems(problems);
      await context.close();
    });
  }
});
