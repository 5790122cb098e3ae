// The region tree as the workspace folders hold it: each workspace's `regions:` globs name the
// folders of its child workspaces (`regions: [counties/*]`), to any depth. Found here once, for
// lint, status, coverage, diff and the build's plan alike.
import { join, resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import type { RegionTree } from '../core/region-tree.js';
import { CONFIG_FILE, loadConfig } from './config.js';
import { isInside, statOrUndefined } from '../util/paths.js';

/** A workspace of the tree: its folder (absolute). */
export type RegionFolder = RegionTree<{ dir: string }>;

/**
 * The child workspaces of a workspace (`regions: [counties/*]`, at any level), sorted, each a folder
 * with its own gkml.config.yaml. Folders outside the parent are never followed.
 */
export async function childWorkspaces(root: string, cwd: string): Promise<string[]> {
  const config = loadConfig(join(root, CONFIG_FILE), cwd);
  if (!config.regions?.length) return [];
  // globby is loaded only when a workspace has regions: linting a county never pays for it.
  const { globbySync } = await import('globby');
  const dirs = globbySync(config.regions, { cwd: root, absolute: true, onlyDirectories: true, followSymbolicLinks: false });
  return dirs
    .map((d) => resolve(d))
    .filter((d) => isInside(root, d) && d !== root && statOrUndefined(join(d, CONFIG_FILE))?.isFile())
    .sort(compareStrings);
}

/** The workspace at `root` with its regions, theirs below them, each level in sorted order. */
export async function regionFolders(root: string, cwd: string): Promise<RegionFolder> {
  const regions: RegionFolder[] = [];
  for (const child of await childWorkspaces(root, cwd)) regions.push(await regionFolders(child, cwd));
  return { dir: root, regions };
}
