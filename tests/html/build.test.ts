// The html target inside `gkml build`: the same input gives the same bytes, and `--only html`
// writes a complete site folder with no downloads to link.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { WORKSPACES, buildSite, filesUnder, readDom } from './support/site.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-html-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('deterministic site', () => {
  it('two builds give identical bytes, whatever the build time', async () => {
    const first = await buildSite(WORKSPACES.demo, { out: join(scratch, 'one') });
    const second = await buildSite(WORKSPACES.demo, { out: join(scratch, 'two'), env: { SOURCE_DATE_EPOCH: '1000000000' } });
    const files = filesUnder(first.dir);
    expect(files).toEqual(filesUnder(second.dir));
    expect(files).toContain('search-index.js');
    for (const f of files) expect(readFileSync(join(second.dir, f)).equals(readFileSync(join(first.dir, f))), f).toBe(true);
  });
});

describe('gkml build --only html', () => {
  it('writes the site alone: pages, search, assets, and no downloads section', async () => {
    const out = join(scratch, 'only-html');
    const run = await runCli(['build', WORKSPACES.clean, '--only', 'html', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^已生成 .*only-html：1 个领域目录，\d+ 个事项，10 个文件\n$/);
    expect(filesUnder(join(out, 'site'))).toEqual([
      'assets/elder-mode.js',
      'assets/minisearch-LICENSE.txt',
      'assets/minisearch.js',
      'assets/search.js',
      'assets/site.css',
      'assets/tokenize.js',
      'index.html',
      'search-index.js',
      'search.html',
      'shehui-jiuzhu.html',
    ]);
    expect(existsSync(join(out, 'directory.json'))).toBe(false);
    expect(readDom(join(out, 'site'), 'index.html').querySelector('#downloads-heading')).toBeNull();
    const minisearch = readFileSync(join(out, 'site/assets/minisearch.js'), 'utf8');
    expect(minisearch).toMatch(/^\/\*! MiniSearch \d+\.\d+\.\d+ \| \(c\) Luca Ongaro \| MIT License/);
    expect(minisearch).not.toContain('sourceMappingURL');
  });
});
