// How paths are shown: relative to the working folder when inside it, else as the absolute path
// (never climbing out with ../..), with forward slashes on every platform.
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

export function displayPath(path: string, cwd: string): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  const outside = isAbsolute(path) && (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
  const shown = outside ? path : rel === '' ? '.' : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** True when `child` is `parent` or inside it (both absolute). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The git repository `dir` is in (the nearest folder up holding .git), if any. */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/** What is at `path`, following links; undefined when nothing is (or it cannot be reached). */
export function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
