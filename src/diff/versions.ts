// `diff()` of the library: two versions of a directory, each a workspace folder or a git revision
// of the workspace, read and compiled, then compared.
import { resolve } from 'node:path';
import { compile } from '../model/cascade.js';
import { findWorkspaceRoot } from '../workspace/config.js';
import { loadWorkspace } from '../workspace/load.js';
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

export async function diff(options: DiffOptions): Promise<DiffReport> {
  const cwd = options.cwd ?? process.cwd();
  const base = options.workspace ? resolve(cwd, options.workspace) : findWorkspaceRoot(cwd);
  const opened: VersionSource[] = [];
  const read = async (arg: string) => {
    const version = openVersion(arg, base, cwd);
    opened.push(version);
    return compile(await loadWorkspace(version.root, { cwd }));
  };
  try {
    return diffCompendia(await read(options.old), await read(options.new), [options.old, options.new]);
  } finally {
    for (const v of opened) v.dispose();
  }
}
