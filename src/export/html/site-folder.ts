// The path guard of the site: every file of the site is written through here, and nothing derived
// from data (domain ids, region slugs, asset names from a workspace folder) can land outside site/
// or overwrite a file the build already wrote.
import { copyFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { compareStrings } from '../../core/order.js';
import { GkmlError } from '../../core/errors.js';
import { BUILD } from '../../i18n/catalogue/build.js';
import { msg } from '../../i18n/messages.js';
import { isInside } from '../../util/paths.js';
import { makeFolder } from '../../util/make-folder.js';

/** Page names come from ids, which the schema restricts to this; checked again before any write. */
const SAFE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The file name of a domain's page. */
export function domainPageFile(domainId: string): string {
  if (!SAFE_NAME.test(domainId)) {
    throw new GkmlError(msg(BUILD.unsafeDomainId, { id: domainId }));
  }
  return `${domainId}.html`;
}

export class SiteFolder {
  private readonly written = new Set<string>();

  constructor(readonly root: string) {}

  /** The absolute path for a site-relative path, refusing anything outside the site folder. */
  private target(rel: string): string {
    const path = resolve(this.root, rel);
    if (path === this.root || !isInside(this.root, path) || rel.includes('\\') || rel.includes('\0')) {
      throw new GkmlError(msg(BUILD.sitePathOutside, { path: rel }));
    }
    const key = relative(this.root, path).split(sep).join('/');
    if (this.written.has(key)) {
      throw new GkmlError(msg(BUILD.siteFileTwice, { path: key }));
    }
    this.written.add(key);
    makeFolder(dirname(path));
    return path;
  }

  write(rel: string, data: string | Uint8Array): void {
    writeFileSync(this.target(rel), data);
  }

  copy(rel: string, from: string): void {
    copyFileSync(from, this.target(rel));
  }

  /** Site-relative paths of everything written, sorted. */
  files(): string[] {
    return [...this.written].sort(compareStrings);
  }
}
