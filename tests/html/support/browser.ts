// Debian's Chromium driven by playwright-core (never a downloaded browser), with a record of
// everything that would mean a broken or unsafe page: console errors (CSP violations included),
// uncaught errors, failed or non-local requests, and dialogs (alert() from injected script).
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
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
