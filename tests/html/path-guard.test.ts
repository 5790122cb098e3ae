// No path derived from data can write outside the site folder or over another site file, and
// links in data are kept only for http(s) URLs.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteWriter } from '../../src/export/html/index.js';
import { SiteFolder, domainPageFile } from '../../src/export/html/site-folder.js';
import { regionFolder } from '../../src/export/target-writer.js';
import { downloadsOf } from '../../src/export/target-table.js';
import { runTarget, type TestContext, type TestRegion } from '../helpers/run-target.js';
import { compile, linkableUrl } from '../../src/model/cascade.js';
import { GkmlError } from '../../src/core/errors.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO, fixture } from '../helpers/cli.js';
import { filesUnder } from './support/site.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-guard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('SiteFolder', () => {
  it('writes inside its root only, each path once', () => {
    const root = join(scratch, 'guard', 'site');
    const site = new SiteFolder(root);
    site.write('index.html', 'a');
    site.write('assets/x.css', 'b');
    for (const bad of [
      '../escape.html',
      '../../escape.html',
      'assets/../../escape.html',
      '/tmp/escape.html',
      '',
      '.',
      'a\\..\\..\\x',
      'x\0.html',
    ]) {
      expect(() => site.write(bad, 'x'), JSON.stringify(bad)).toThrow(GkmlError);
    }
    expect(() => site.write('index.html', 'again')).toThrow(/two site files have the same name: index\.html/);
    expect(() => site.write('assets/../index.html', 'again')).toThrow(/same name/);
    expect(site.files()).toEqual(['assets/x.css', 'index.html']);
    expect(readdirSync(join(scratch, 'guard'))).toEqual(['site']);
  });

  it('names region folders only from safe slugs', () => {
    expect(regionFolder('beiling')).toBe('regions/beiling/');
    expect(regionFolder('region-005')).toBe('regions/region-005/');
    for (const bad of ['../evil', '../../evil', 'a/b', 'A', '-a', 'a.b', '.', '..', '', '临江县', 'a b', 'a\\b']) {
      expect(() => regionFolder(bad), bad).toThrow(GkmlError);
    }
  });

  it('names domain pages only from safe ids', () => {
    expect(domainPageFile('shehui-jiuzhu')).toBe('shehui-jiuzhu.html');
    for (const bad of ['../shehui', 'a/b', 'Shehui', 'a..b', '-a', 'a-', '', '社会救助', 'a b']) {
      expect(() => domainPageFile(bad), bad).toThrow(GkmlError);
    }
  });
});

type SiteContext = TestContext & { regions: TestRegion[] };

async function context(mutate: (ctx: SiteContext) => void): Promise<SiteContext> {
  const workspace = await loadWorkspace(fixture('clean'), { cwd: REPO });
  const outDir = mkdtempSync(join(scratch, 'out-'));
  const ctx: SiteContext = { compendium: compile(workspace), regions: [], outDir, output: 'site', lang: 'en', progress: () => {} };
  mutate(ctx);
  return ctx;
}

const writeSite = (ctx: SiteContext) => runTarget(siteWriter, ctx, ctx.regions);

describe('writeSite', () => {
  it('refuses a domain id that would leave the folder, writing nothing outside it', async () => {
    const ctx = await context((c) => {
      c.compendium.domains[0]!.id = '../../evil';
    });
    await expect(writeSite(ctx)).rejects.toThrow(/the domain id cannot name a page file: \.\.\/\.\.\/evil/);
    expect(existsSync(join(ctx.outDir, '..', 'evil.html'))).toBe(false);
    expect(existsSync(join(ctx.outDir, '..', '..', 'evil.html'))).toBe(false);
  });

  it('refuses two items with one id (their anchors would clash) and two files of one domain', async () => {
    const twoIds = await context((c) => {
      const items = c.compendium.domains[0]!.items;
      items[1]!.id = items[0]!.id;
    });
    await expect(writeSite(twoIds)).rejects.toThrow(/duplicate item id/);
    const twoFiles = await context((c) => {
      const d = c.compendium.domains[0]!;
      c.compendium.domains.push({ ...d, file: 'other.yaml', items: d.items.map((i) => ({ ...i, id: `${i.id}-b` })) });
    });
    await expect(writeSite(twoFiles)).rejects.toThrow(/two site files have the same name: shehui-jiuzhu\.html/);
  });

  it('refuses a region slug that would leave the folder', async () => {
    const region = async (slug: string) => {
      return { slug, compendium: compile(await loadWorkspace(fixture('clean'), { cwd: REPO })) };
    };
    const escape = await context(() => {});
    escape.regions = [await region('beiling'), await region('../../evil')];
    await expect(writeSite(escape)).rejects.toThrow(/the region slug cannot name a folder: \.\.\/\.\.\/evil/);
    expect(filesUnder(escape.outDir).filter((f) => !f.startsWith('site/'))).toEqual([]);
    expect(existsSync(join(escape.outDir, '..', 'evil'))).toBe(false);
  });

  it('copies and links the downloads the compendium names, and nothing else', async () => {
    const ctx = await context((c) => {
      c.compendium.downloads = downloadsOf(['xlsx', 'json', 'html']);
    });
    writeFileSync(join(ctx.outDir, 'directory.json'), '{}\n');
    writeFileSync(join(ctx.outDir, 'directory.xlsx'), Buffer.alloc(3000));
    writeFileSync(join(ctx.outDir, 'notes.txt'), 'not a download\n');
    const files = await writeSite(ctx);
    expect(files.filter((f) => f.startsWith('site/downloads/'))).toEqual([
      'site/downloads/directory.json',
      'site/downloads/directory.xlsx',
    ]);
    expect(filesUnder(join(ctx.outDir, 'site')).filter((f) => !files.includes(`site/${f}`))).toEqual([]);
  });
});

describe('links in data', () => {
  it('are kept only for http(s) URLs', () => {
    expect(linkableUrl('https://www.gov.cn/zhengce/')).toBe('https://www.gov.cn/zhengce/');
    expect(linkableUrl('HTTP://example.gov.cn')).toBe('http://example.gov.cn/');
    expect(linkableUrl('https://x.gov.cn/?q="><script>')).toBe('https://x.gov.cn/?q=%22%3E%3Cscript%3E');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example',
      '/root',
      'page.html',
      'https://',
      'http://[bad',
    ]) {
      expect(linkableUrl(bad), bad).toBeUndefined();
    }
  });
});
