// `diff()` of the library: two versions of a directory, each a workspace folder or a git revision
// of the workspace, read and compiled, then compared; a city's or province's regions (at any
// depth) each compared with the same folder in the other version.
import { relative, resolve, sep } from 'node:path';
import { walkRegions } from '../core/region-tree.js';
import { compile } from '../model/cascade.js';
import { findWorkspaceRoot } from '../workspace/config.js';
import { loadWorkspace, type Workspace } from '../workspace/load.js';
import { regionFolders, type RegionFolder } from '../workspace/region-folders.js';
import { lintTableRegion } from '../lint/table-region.js';
import { diffCompendia, type DiffReport } from './diff.js';
import { openVersion, type VersionSource } from './git-source.js';

export interface DiffOptions {
  /** The old and the new version: workspace folders, or git revisions (HEAD~1, a tag) of `workspace`. */
  old: string;
  new: string;
  /** The workspace whose history git revisions are read from (default: the one the working folder is in). */
  workspace?: string;
  cwd?: string;
}

/** A region of a city or province (at any depth) compared in the two versions. */
export interface RegionDiff {
  region: string;
  /** Its folder relative to the workspace, with forward slashes: the same in both versions. */
  path: string;
  /** 1 for a child, 2 for a grandchild … */
  depth: number;
  diff: DiffReport;
}

/** The workspace's own directories compared, and each region's below it. */
export interface TreeDiff extends DiffReport {
  regions: RegionDiff[];
}

/** A region's workspace: its folder's, or a submitted table read as one. */
async function regionWorkspace(region: RegionFolder, cwd: string): Promise<Workspace> {
  return region.table ? (await lintTableRegion(region.dir, region.table, { cwd })).workspace : loadWorkspace(region.dir, { cwd });
}

export async function diff(options: DiffOptions): Promise<TreeDiff> {
  const cwd = options.cwd ?? process.cwd();
  const base = options.workspace ? resolve(cwd, options.workspace) : findWorkspaceRoot(cwd);
  const opened: VersionSource[] = [];
  const open = (arg: string) => {
    const version = openVersion(arg, base, cwd);
    opened.push(version);
    return version.root;
  };
  const labels: [string, string] = [options.old, options.new];
  try {
    const [oldRoot, newRoot] = [open(options.old), open(options.new)];
    const [oldC, newC] = [compile(await loadWorkspace(oldRoot, { cwd })), compile(await loadWorkspace(newRoot, { cwd }))];
    const report = diffCompendia(oldC, newC, labels);
    // Regions by their folder: those of the new version in order, then those only the old one had.
    const tree = async (root: string) =>
      new Map(
        walkRegions((await regionFolders(root, cwd)).regions).map((v) => [relative(root, v.region.dir).split(sep).join('/'), v] as const),
      );
    const [before, after] = [await tree(oldRoot), await tree(newRoot)];
    const regions: RegionDiff[] = [];
    for (const path of [...after.keys(), ...[...before.keys()].filter((p) => !after.has(p))]) {
      // A region on one side only is compared with nothing: all its items added, or all removed.
      const o = before.get(path);
      const n = after.get(path);
      const oc = o ? compile(await regionWorkspace(o.region, cwd)) : undefined;
      const nc = n ? compile(await regionWorkspace(n.region, cwd)) : undefined;
      const diffed = diffCompendia(oc ?? { ...nc!, domains: [] }, nc ?? { ...oc!, domains: [] }, labels);
      regions.push({ region: (nc ?? oc)!.region, path, depth: (n ?? o)!.depth, diff: diffed });
    }
    return { ...report, regions };
  } finally {
    for (const v of opened) v.dispose();
  }
}
