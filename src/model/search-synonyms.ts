// The synonym groups of the site search: gkml's registry (data/search-synonyms.yaml: 低保 ↔
// 最低生活保障, 社保 ↔ 社会保险 …), then the groups of the workspace's own file (`search: {synonyms:
// file}` in gkml.config.yaml), read once per build into the compendium for the search index.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { packagePath } from '../core/package.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import { isInside } from '../util/paths.js';
import { yamlLib } from '../workspace/yaml-lib.js';

export type SynonymGroup = readonly string[];

const REGISTRY = packagePath('data/search-synonyms.yaml');

/** The groups of a synonyms file: `groups: [{terms: [低保, 最低生活保障]}, …]`; anything else is refused with the file named. */
function readGroups(path: string, shown: string): SynonymGroup[] {
  let data: unknown;
  try {
    data = yamlLib().parse(readFileSync(path, 'utf8'));
  } catch {
    throw new GkmlError(msg(BUILD.badSynonyms), { file: shown });
  }
  const groups = (data as { groups?: unknown } | null)?.groups;
  const valid =
    Array.isArray(groups) &&
    groups.every(
      (g) =>
        Array.isArray((g as { terms?: unknown })?.terms) &&
        (g as { terms: unknown[] }).terms.length >= 2 &&
        (g as { terms: unknown[] }).terms.every((t) => typeof t === 'string' && t.trim() !== ''),
    );
  if (!valid) throw new GkmlError(msg(BUILD.badSynonyms), { file: shown });
  return (groups as { terms: string[] }[]).map((g) => g.terms.map((t) => t.trim()));
}

let registry: SynonymGroup[] | undefined;

/**
 * gkml's groups (unless `builtin` is false), and the workspace's after them (`file` relative to the
 * workspace `root`, and inside it).
 */
export function synonymGroups(root: string, search: { synonyms?: string; builtin?: boolean } = {}): SynonymGroup[] {
  const { synonyms: file, builtin = true } = search;
  registry ??= readGroups(REGISTRY, 'data/search-synonyms.yaml');
  const own = builtin ? registry : [];
  if (file === undefined) return own;
  const path = resolve(root, file);
  if (!isInside(root, path)) throw new GkmlError(msg(BUILD.synonymsOutside, { file }));
  if (!existsSync(path)) throw new GkmlError(msg(BUILD.synonymsMissing, { file }));
  return [...own, ...readGroups(path, file)];
}
