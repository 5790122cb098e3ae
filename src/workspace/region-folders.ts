// The region tree as the workspace folders hold it: each workspace's `regions:` globs name the
// folders of its child workspaces (`regions: [counties/*]`), to any depth, and the workbooks and
// CSV files submitted as regions (`regions: [submitted/*.xlsx]`, table-regions.ts). Found here
// once, for lint, status, coverage, diff and the build's plan alike.
import { join, resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import type { RegionTree } from '../core/region-tree.js';
import type { Text } from '../i18n/text.js';
import { CONFIG_FILE, loadConfig } from './config.js';
import { linkBoundary, linkGuard } from './links.js';
import { isTableRegion } from './table-regions.js';
import { isInside, statOrUndefined } from '../util/paths.js';

/** A submitted table as a region: the workspace that lists it, and why it is not read (a link out of bounds). */
export interface TableRegion {
  parent: string;
  refusal?: Text;
}

/** A region of the tree: its workspace folder, or for a submitted table its file (both absolute). */
export type RegionFolder = RegionTree<{ dir: string; table?: TableRegion }>;

type Child = Omit<RegionFolder, 'regions'>;

/**
 * The child regions of a workspace (`regions: [counties/*]`, at any level), sorted: each a folder
 * with its own gkml.config.yaml, or a table file. Nothing outside the parent is ever followed;
 * a table reached through a link that leaves its boundary is kept, refused, as lint keeps one.
 */
async function childRegions(root: string, cwd: string): Promise<Child[]> {
  const config = loadConfig(join(root, CONFIG_FILE), cwd);
  if (!config.regions?.length) return [];
  // globby is loaded only when a workspace has regions: linting a county never pays for it.
  const { globbySync } = await import('globby');
  // One walk for folders and tables alike: a link is never followed, so a linked folder is no workspace here.
  const entries = globbySync(config.regions, { cwd: root, absolute: true, onlyFiles: false, objectMode: true, followSymbolicLinks: false });
  const dirs = entries
    .filter((e) => e.dirent.isDirectory())
    .map((e) => resolve(e.path))
    .filter((d) => isInside(root, d) && d !== root && statOrUndefined(join(d, CONFIG_FILE))?.isFile());
  const guard = linkGuard(linkBoundary(root, root), cwd);
  const tables = entries
    .map((e) => ({ path: resolve(e.path), link: e.dirent.isSymbolicLink() }))
    .filter(({ path, link }) => isTableRegion(path) && isInside(root, path) && !(link && statOrUndefined(path)?.isDirectory()))
    .filter(({ path, link }) => link || statOrUndefined(path)?.isFile())
    .map(({ path, link }): Child => {
      const refusal = guard(path, link);
      return { dir: path, table: { parent: root, ...(refusal ? { refusal } : {}) } };
    });
  return [...dirs.map((dir): Child => ({ dir })), ...tables].sort((a, b) => compareStrings(a.dir, b.dir));
}

/** The child workspace folders of a workspace (its submitted tables left out): what a parent names, for inheritance. */
export async function childWorkspaces(root: string, cwd: string): Promise<string[]> {
  return (await childRegions(root, cwd)).filter((c) => !c.table).map((c) => c.dir);
}

/** The workspace at `root` with its regions, theirs below them, each level in sorted order. */
export async function regionFolders(root: string, cwd: string): Promise<RegionFolder> {
  const regions: RegionFolder[] = [];
  for (const child of await childRegions(root, cwd)) {
    regions.push(child.table ? { ...child, regions: [] } : await regionFolders(child.dir, cwd));
  }
  return { dir: root, regions };
}
