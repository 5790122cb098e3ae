// Which template files a build uses: the built-in templates/ folder, with a workspace's own folder
// (`templates` in gkml.config.yaml) overriding files of the same relative name and adding new ones.
// Templates are .hbs files (pages/, partials/, components/, layout.hbs); assets/ is copied as is.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareStrings } from '../../core/order.js';
import { GkmlError } from '../../core/errors.js';
import { BUILD } from '../../i18n/catalogue/build.js';
import { msg } from '../../i18n/messages.js';
import { displayPath } from '../../util/paths.js';
import { BUILTIN_TEMPLATES, TOKENIZER_ASSET } from './tokenizer.js';

export interface TemplateSource {
  /** Template name: its path without .hbs, e.g. `components/item-table`. */
  name: string;
  source: string;
  /** Where it came from, as displayed in messages. */
  file: string;
}

export interface TemplateSet {
  templates: Map<string, TemplateSource>;
  /** Asset path under assets/ (e.g. `site.css`) → absolute file to copy. */
  assets: Map<string, string>;
}

/** Relative paths of the files under `dir`, sorted, with forward slashes. */
function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix + entry.name;
    const full = join(dir, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory())) out.push(...walk(full, `${rel}/`));
    else out.push(rel);
  }
  return out;
}

function addFolder(set: TemplateSet, dir: string, cwd: string, isOverride: boolean): void {
  for (const rel of walk(dir)) {
    const full = join(dir, rel);
    if (rel.startsWith('assets/')) {
      if (isOverride && rel === TOKENIZER_ASSET) {
        throw new GkmlError(msg(BUILD.tokenizerOverride), { file: displayPath(full, cwd) });
      }
      set.assets.set(rel.slice('assets/'.length), full);
    } else if (rel.endsWith('.hbs')) {
      const file = displayPath(full, cwd);
      const source = readFileSync(full, 'utf8');
      const name = rel.slice(0, -'.hbs'.length);
      set.templates.set(name, { name, source, file });
    }
  }
}

/** The built-in templates, overridden by `overrideDir` (absolute) when given. */
export function loadTemplateSet(overrideDir: string | undefined, cwd: string): TemplateSet {
  const set: TemplateSet = { templates: new Map(), assets: new Map() };
  addFolder(set, BUILTIN_TEMPLATES, cwd, false);
  if (overrideDir) {
    if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) {
      throw new GkmlError(msg(BUILD.templatesNotFound, { dir: displayPath(overrideDir, cwd) }));
    }
    addFolder(set, resolve(overrideDir), cwd, true);
  }
  return set;
}
