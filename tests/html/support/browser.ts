// Debian's Chromium driven by playwright-core (never a downloaded browser), with a record of
// everything that would mean a broken or unsafe page: console errors (CSP violations included),
// uncaught errors, failed or non-local requests, and dialogs (alert() from injected script).
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export interface PageProblems {
  console: string[];
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Collects problems for the page's lifetime; requests outside `origin` are blocked and recorded. */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { console: [], errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(e.message));
  page.on('dialog', (d) => {
    problems.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.requests.push(`${r.status()} ${r.url()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    problems.requests.push(`external ${url}`);
    return route.abort();
  });
  return problems;
}

export const WIDTHS = { desktop: 1280, phone: 375 } as const;
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A new page at `width` px on `url`'s origin, with its problems recorded. */
export async function openPage(
  browser: Browser,
  url: string,
  width: number,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const problems = await watchPage(page, new URL(url).origin);
  return { context, page, problems };
}

export function expectNoProblems(problems: PageProblems): void {
  expect(problems.console, 'console errors (CSP violations included)').toEqual([]);
  expect(problems.errors, 'uncaught errors').toEqual([]);
  expect(problems.requests, 'failed or external requests').toEqual([]);
  expect(problems.dialogs, 'dialogs').toEqual([]);
}

/**
 * No WCAG 2.1 A/AA violation; with `enhancedContrast`, also none of AAA's 7:1 text contrast
 * (axe's color-contrast-enhanced, off by default), which the 长者模式 promises.
 */
export async function expectNoAxeViolations(page: Page, what: string, options: { enhancedContrast?: boolean } = {}): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(options.enhancedContrast ? [...WCAG_TAGS, 'wcag2aaa'] : WCAG_TAGS);
  if (options.enhancedContrast) builder.options({ rules: { 'color-contrast-enhanced': { enabled: true } } });
  const result = await builder.analyze();
  if (options.enhancedContrast)
    expect(
      result.passes.map((r) => r.id),
      `${what}: 7:1 contrast checked`,
    ).toContain('color-contrast-enhanced');
  const summary = result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary, what).toEqual([]);
}
