// Where gkml's own shipped files are (schemas/, data/, directories/, templates/, dist/generated/):
// every module that reads one takes its path from here, whatever folder the module sits in.
import { fileURLToPath } from 'node:url';

/** The package root, with a trailing slash (two folders above this module, in src/ and in dist/ alike). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the package, e.g. packagePath('data/') or packagePath('package.json'). */
export function packagePath(relative: string): string {
  return PACKAGE_ROOT + relative;
}
