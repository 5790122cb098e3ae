// The site's static files: the template assets (stylesheet, search script, tokenizer; a workspace
// may override or add files) and MiniSearch's browser build with its licence. Nothing is fetched
// from elsewhere at run time: the site has no external resources.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SiteFolder } from './site-folder.js';
import type { TemplateSet } from './template-set.js';

export const ASSETS_DIR = 'assets';

function miniSearchFiles(): { script: string; license: string; version: string } {
  const require = createRequire(import.meta.url);
  // The package exports no package.json; its root is two levels above the CommonJS entry.
  const root = join(dirname(require.resolve('minisearch')), '..', '..');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    script: readFileSync(join(root, 'dist', 'umd', 'index.js'), 'utf8'),
    license: readFileSync(join(root, 'LICENSE.txt'), 'utf8'),
    version: pkg.version,
  };
}

export function copyAssets(set: TemplateSet, site: SiteFolder): void {
  for (const [rel, from] of set.assets) site.copy(`${ASSETS_DIR}/${rel}`, from);
  const mini = miniSearchFiles();
  // Without its source map comment: the map is not shipped, and browsers would request it.
  const script = mini.script.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  site.write(
    `${ASSETS_DIR}/minisearch.js`,
    `/*! MiniSearch ${mini.version} | (c) Luca Ongaro | MIT License, see minisearch-LICENSE.txt */\n${script}`,
  );
  site.write(`${ASSETS_DIR}/minisearch-LICENSE.txt`, mini.license);
}
