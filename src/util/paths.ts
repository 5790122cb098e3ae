// How paths are shown: relative to the working folder, with forward slashes on every platform.
import { isAbsolute, relative, sep } from 'node:path';

export function displayPath(path: string, cwd: string): string {
  const rel = isAbsolute(path) ? relative(cwd, path) : path;
  const shown = rel === '' ? '.' : rel;
  return sep === '/' ? shown : shown.split(sep).join('/');
}

/** True when `child` is `parent` or inside it (both absolute). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
