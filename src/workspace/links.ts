// Where a symbolic link may lead. A submission can carry a link to any file of the machine that
// checks it (in CI, the runner's): a link is read as its target only when that target stays
// inside the file's boundary — the git repository it is in, else its workspace, else the folder
// it was found in. Otherwise the file is refused before its target is opened, and the refusal
// names the link, never the target or its content.
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { Text } from '../i18n/text.js';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import { displayPath, isInside, repositoryRoot } from '../util/paths.js';

/** The folder the links of a file may not leave: its repository, else its workspace, else `folder`. */
export function linkBoundary(workspace: string | undefined, folder: string): string {
  return repositoryRoot(workspace ?? folder) ?? workspace ?? folder;
}

function realPathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The outermost link on the way from `boundary` down to `path` that leads out of it, or nowhere. */
function culprit(path: string, boundary: string, realBoundary: string): string {
  let at = boundary;
  for (const part of relative(boundary, path).split(sep)) {
    at = join(at, part);
    if (!isLink(at)) continue;
    const real = realPathOrUndefined(at);
    if (real === undefined || !isInside(realBoundary, real)) return at;
  }
  return path;
}

/** Says why a file found inside the boundary is not read, or undefined when it may be. */
export type LinkGuard = (path: string, link: boolean) => Text | undefined;

/**
 * The guard of the files found inside `boundary`: a file is refused when it is reached through a
 * link that leaves the boundary, or through one that leads nowhere. `link` says the file itself
 * is a link; a folder's real path is looked up once for all the files in it.
 */
export function linkGuard(boundary: string, cwd: string): LinkGuard {
  const realBoundary = realPathOrUndefined(boundary) ?? boundary;
  const realFolders = new Map<string, string | undefined>();
  const realPath = (path: string, link: boolean) => {
    if (link) return realPathOrUndefined(path);
    const dir = dirname(path);
    if (!realFolders.has(dir)) realFolders.set(dir, realPathOrUndefined(dir));
    const folder = realFolders.get(dir);
    return folder === undefined ? undefined : join(folder, basename(path));
  };
  return (path, link) => {
    const real = realPath(path, link);
    if (real !== undefined && isInside(realBoundary, real)) return undefined;
    const file = displayPath(culprit(path, boundary, realBoundary), cwd);
    return msg(real === undefined ? WORKSPACE.symlinkDangling : WORKSPACE.symlinkOutside, { file });
  };
}
