// SHA256SUMS: the SHA-256 of every published file of an output folder, in the format `sha256sum -c`
// reads (hash, two spaces, path relative to the folder, paths in a fixed order), written by every
// build, so a deployed copy can be checked for tampering (政府网站防篡改) with `gkml verify` or
// with sha256sum itself. The marker (.gkml-output) is gkml's own, not published, and not listed.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../core/order.js';
import { GkmlError } from '../core/errors.js';
import { msg } from '../i18n/messages.js';
import { VERIFY } from '../i18n/catalogue/verify.js';

import { OUTPUT_MARKER, SUMS_FILE, sha256 } from './output-manifest.js';

/** A symbolic link to a file is published as that file; one to a folder, or dangling, is not followed. */
function linksToFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Every file below `dir`, relative with /, sorted; the marker and SHA256SUMS at the top left out. */
export function publishedFiles(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort(compareStrings)) {
    if (!prefix && (name === OUTPUT_MARKER || name === SUMS_FILE)) continue;
    const path = join(dir, name);
    const entry = lstatSync(path);
    if (entry.isDirectory()) found.push(...publishedFiles(path, `${prefix}${name}/`));
    else if (entry.isFile() || (entry.isSymbolicLink() && linksToFile(path))) found.push(prefix + name);
  }
  return found;
}

/** A path as sha256sum writes it: a line with a backslash or newline in its name starts with \ and escapes them. */
function sumsLine(hash: string, file: string): string {
  const escaped = file.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  return `${escaped === file ? '' : '\\'}${hash}  ${escaped}\n`;
}

/** The SHA256SUMS text of the folder `dir` as it is now. */
export function sumsText(dir: string): string {
  return publishedFiles(dir)
    .map((f) => sumsLine(sha256(join(dir, f)), f))
    .join('');
}

/** The file → hash entries of a SHA256SUMS text; a line that is not one stops with its line number. */
export function parseSums(text: string, file: string): Map<string, string> {
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^(\\?)([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    const path = m && (m[1] ? m[3]!.replace(/\\(\\|n)/g, (_, c: string) => (c === 'n' ? '\n' : '\\')) : m[3]!);
    if (!m || !path || path.startsWith('/') || path.split('/').includes('..'))
      throw new GkmlError(msg(VERIFY.badLine), { file, line: i + 1, column: 1 });
    sums.set(path.replace(/^\.\//, ''), m[2]!.toLowerCase());
  });
  return sums;
}

export interface Verification {
  changed: string[];
  missing: string[];
  extra: string[];
  /** Files listed in the sums and found unchanged. */
  matching: number;
}

/** Compares the folder `dir` with `sums`; `skip` names a file inside it not to count as extra (the sums file itself). */
export function verifyFolder(dir: string, sums: ReadonlyMap<string, string>, skip?: string): Verification {
  const result: Verification = { changed: [], missing: [], extra: [], matching: 0 };
  for (const [file, hash] of [...sums].sort(([a], [b]) => compareStrings(a, b))) {
    const path = join(dir, file);
    if (!linksToFile(path)) result.missing.push(file);
    else if (sha256(path) !== hash) result.changed.push(file);
    else result.matching++;
  }
  result.extra = publishedFiles(dir).filter((f) => !sums.has(f) && f !== skip);
  return result;
}
