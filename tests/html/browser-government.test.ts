// The site as a government page, in Chromium: the registration details of `site:` in every footer
// (host, contact, identifier, ICP and public security numbers, linked to their records), the logo
// and header colour, still no axe violation at desktop and phone width; printed pages on the named
// paper (A4 landscape for a domain, portrait for the index; A3 when asked); a logo outside the
// workspace or not an image refused with exit 2.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { expectNoAxeViolations, expectNoProblems, launchChromium, openPage, WIDTHS } from './support/browser.js';
import { serveSite, type StaticServer } from './support/server.js';
import { WORKSPACES, buildSite, pagesOf, readDom, type BuiltSite } from './support/site.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-gov-'));
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const SITE = `site:
  identifier: "5101230001"
  icp: 蜀ICP备05001234号-1
  security: 川公网安备 51012302000123号
  host: 示例县人民政府办公室
  contact: 0838-1234567
  logo: images/emblem.png
  banner: red
`;

/** A copy of the demo county with `site:` settings appended to its config. */
function workspace(name: string, site: string): string {
  const ws = join(scratch, name);
  cpSync(WORKSPACES.demo, ws, { recursive: true, filter: (src) => !src.includes('/dist') });
  cpSync(join(ws, 'gkml.config.yaml'), join(ws, 'gkml.config.yaml.orig'));
  writeFileSync(join(ws, 'gkml.config.yaml'), readFileSync(join(ws, 'gkml.config.yaml'), 'utf8') + site);
  return ws;
}

let browser: Browser;
let gov: BuiltSite;
let a3: BuiltSite;
let server: StaticServer;
let a3Server: StaticServer;

beforeAll(async () => {
  const ws = workspace('gov', SITE);
  mkdirSync(join(ws, 'images'));
  writeFileSync(join(ws, 'images/emblem.png'), PNG);
  [gov, a3, browser] = await Promise.all([buildSite(ws), buildSite(workspace('a3', 'site:\n  paper: A3\n')), launchChromium()]);
  server = await serveSite(gov.dir);
  a3Server = await serveSite(a3.dir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await a3Server?.close();
  gov?.remove();
  a3?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

describe('a government page', () => {
  it('shows the registration details in every footer, in order, ICP and public security linked to their records', () => {
    const pages = pagesOf(gov.dir);
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const items = [...readDom(gov.dir, page).querySelectorAll('.site-footer__registration li')];
      expect(
        items.map((li) => li.textContent),
        page,
      ).toEqual([
        '主办单位：示例县人民政府办公室',
        '联系方式：0838-1234567',
        '网站标识码：5101230001',
        'ICP备案号：蜀ICP备05001234号-1',
        '公安机关备案号：川公网安备 51012302000123号',
      ]);
      expect(items[3]!.querySelector('a')!.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
      expect(items[4]!.querySelector('a')!.getAttribute('href')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=51012302000123');
    }
    const index = readDom(gov.dir, 'index.html');
    expect(index.querySelector('.site-header')!.classList.contains('site-header--red')).toBe(true);
    expect(index.querySelector('.site-header__logo')!.getAttribute('src')).toBe('assets/logo.png');
    expect(readFileSync(join(gov.dir, 'assets/logo.png'))).toEqual(PNG);
    // Without site: the footer is as before.
    expect(readDom(a3.dir, 'index.html').querySelector('.site-footer__registration')).toBeNull();
  });

  for (const [name, width] of Object.entries(WIDTHS)) {
    it(`has no axe violation with every site field, at ${name} width`, async () => {
      const { context, page, problems } = await openPage(browser, server.url, width);
      for (const path of ['', 'shehui-jiuzhu.html', `search.html?q=${encodeURIComponent('低保')}`]) {
        await page.goto(server.url + path);
        await expectNoAxeViolations(page, `${path || 'index'} at ${width}`);
      }
      expectNoProblems(problems);
      await context.close();
    });
  }

  it('marks read √ on screen, with 是 only for screen readers', async () => {
    const { context, page } = await openPage(browser, server.url, WIDTHS.desktop);
    await page.goto(`${server.url}shehui-jiuzhu.html`);
    const mark = page.locator('td.mark--yes').first();
    await expect(mark.textContent()).resolves.toBe('√是');
    // 是 is there for screen readers but takes no room on screen; √ is what the eye reads.
    const word = (await mark.locator('.visually-hidden').boundingBox())!;
    expect(word.width * word.height).toBeLessThanOrEqual(1);
    const glyph = (await mark.locator('[aria-hidden="true"]').boundingBox())!;
    expect(glyph.width).toBeGreaterThan(5);
    await context.close();
  });
});

/** The size in points of the first page of a PDF, from its MediaBox. */
function pageSize(pdf: Buffer): [number, number] {
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!;
  return [Math.round(Number(box[1])), Math.round(Number(box[2]))];
}

async function printed(page: Page, url: string): Promise<[number, number]> {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  return pageSize(await page.pdf({ preferCSSPageSize: true }));
}

describe('print', () => {
  it('prints a domain on A4 landscape and the index on A4 portrait; A3 when the config asks', async () => {
    const { context, page } = await openPage(browser, server.url, WIDTHS.desktop);
    expect(await printed(page, `${server.url}shehui-jiuzhu.html`)).toEqual([842, 595]);
    expect(await printed(page, server.url)).toEqual([595, 842]);
    await context.close();
    const wide = await openPage(browser, a3Server.url, WIDTHS.desktop);
    expect(await printed(wide.page, `${a3Server.url}shehui-jiuzhu.html`)).toEqual([1191, 842]);
    expect(await printed(wide.page, a3Server.url)).toEqual([842, 1191]);
    await wide.context.close();
  });
});

describe('a logo that cannot be published', () => {
  it.each([
    ['outside the workspace', '../outside.png', /网站标志图片必须在工作区之内/],
    ['not an image', 'gkml.config.yaml.orig', /网站标志不是可用的图片/],
  ])('%s is refused with exit 2', async (_, logo, message) => {
    writeFileSync(join(scratch, 'outside.png'), PNG);
    const ws = workspace(`bad-${logo.length}`, `site:\n  logo: ${logo}\n`);
    const run = await runCli(['build', ws, '--only', 'html', '--out', join(scratch, `out-${logo.length}`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
