// gkml's own package.json (read once): its version, and its homepage, under which the rule pages
// are published when one is set.
import { readFileSync } from 'node:fs';
import { packagePath } from './package.js';

interface PackageJson {
  version: string;
  homepage?: string;
}

let manifest: PackageJson | undefined;

function packageJson(): PackageJson {
  manifest ??= JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as PackageJson;
  return manifest;
}

export function toolVersion(): string {
  return packageJson().version;
}

/**
 * The absolute address of a file of the repository as published under the homepage (a GitHub
 * homepage gets its blob path), or undefined when package.json names no http(s) homepage.
 */
export function publishedUrl(file: string, homepage: string | undefined = packageJson().homepage): string | undefined {
  const home = homepage?.replace(/#.*$/, '');
  if (!home || !/^https?:\/\//.test(home)) return undefined;
  const base = home.endsWith('/') ? home : `${home}/`;
  return new URL(/^https:\/\/github\.com\/[^/]+\/[^/]+\/$/.test(base) ? `blob/HEAD/${file}` : file, base).href;
}
