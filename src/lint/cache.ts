// `gkml lint --cache` (like ESLint's): a lint result keyed by a hash of everything it depends on —
// every file linted (by default its size and modification time, as ESLint's `metadata` strategy;
// its bytes with `--cache-strategy content`), each workspace's config, its parents' and units registry, gkml's
// own data and version, and the options. Re-linting an unchanged workspace parses none of its
// files, and by default does not even read them. Any change re-lints everything: workspace-wide
// rules (duplicate ids, coverage) make a file's findings depend on its neighbours, so partial
// reuse would risk stale results.
// The cache is a performance aid only: a missing, stale or corrupt cache file is ignored.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import jsYaml from 'js-yaml';
import { PACKAGE_ROOT } from '../core/package.js';
import { CONFIG_FILE } from '../workspace/config.js';
import type { Target } from '../workspace/input-files.js';
import type { CacheStrategy } from './cache-strategy.js';
import { makeFolder } from '../util/make-folder.js';
import { compareStrings } from '../core/order.js';

const CACHE_FILE = 'lint.v9';

/** gkml's own inputs to every lint: its version, rule registries and the national guidelines. */
function toolFingerprint(hash: ReturnType<typeof createHash>): void {
  hash.update(readFileSync(join(PACKAGE_ROOT, 'package.json')));
  for (const dir of ['data', 'directories']) hashFolder(hash, join(PACKAGE_ROOT, dir), dir);
}

/** Every file below a folder, by its path relative to the package, in a fixed order (data/ has sub-folders). */
function hashFolder(hash: ReturnType<typeof createHash>, abs: string, shown: string): void {
  for (const entry of readdirSync(abs, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
    const path = join(abs, entry.name);
    if (entry.isDirectory()) hashFolder(hash, path, `${shown}/${entry.name}`);
    else hash.update(`${shown}/${entry.name}`).update(readFileSync(path));
  }
}

/**
 * Every gkml.config.yaml above the workspace, its parents' among them: a parent's settings come
 * down to it (config-inheritance.ts). Any ancestor's is hashed, found without globbing; one that
 * is not a parent only costs a needless re-lint when it changes.
 */
function ancestorsFingerprint(hash: ReturnType<typeof createHash>, root: string): void {
  for (let up = dirname(root); ; up = dirname(up)) {
    const path = join(up, CONFIG_FILE);
    if (existsSync(path)) hash.update(path).update('\0').update(readFileSync(path));
    if (dirname(up) === up) return;
  }
}

/** The workspace's settings files: its config, its parents', and, when it names one, its units registry. */
function workspaceFingerprint(hash: ReturnType<typeof createHash>, root: string): void {
  const configPath = join(root, CONFIG_FILE);
  if (!existsSync(configPath)) return;
  ancestorsFingerprint(hash, root);
  const config = readFileSync(configPath);
  hash.update(config);
  try {
    const units = (jsYaml.load(config.toString('utf8')) as { units?: unknown })?.units;
    if (typeof units === 'string' && existsSync(resolve(root, units))) hash.update(readFileSync(resolve(root, units)));
  } catch {
    // A broken config is reported by the lint itself; its bytes are already in the key.
  }
}

/**
 * metadata: a file is unchanged while its size, modification time (nanoseconds) and inode are;
 * any write, checkout or copy changes them. content: its bytes are hashed, for file systems or
 * tools that keep times (a restore from an archive, a CI cache of the workspace itself).
 */

function fileFingerprint(target: Target, strategy: CacheStrategy): Buffer | string {
  // A refused link is never opened, not even to hash it: its refusal is what the result depends on.
  if (target.refusal) return `refused:${target.refusal.en}`;
  try {
    if (strategy === 'content') return readFileSync(target.path);
    const s = statSync(target.path, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ino}`;
  } catch (err) {
    return `unreadable:${(err as NodeJS.ErrnoException).code ?? ''}`;
  }
}

export function cacheKey(targets: readonly Target[], strategy: CacheStrategy, options: unknown): string {
  const hash = createHash('sha256');
  toolFingerprint(hash);
  hash.update(JSON.stringify({ strategy, options }));
  const roots = new Set<string>();
  for (const t of targets) {
    hash.update(t.path).update('\0').update(fileFingerprint(t, strategy)).update('\0');
    if (t.root) roots.add(t.root);
  }
  for (const root of [...roots].sort()) workspaceFingerprint(hash, root);
  return hash.digest('hex');
}

interface Store {
  key: string;
  result: unknown;
}

export function readCached<T>(location: string, key: string): T | undefined {
  try {
    const store = deserialize(readFileSync(join(location, CACHE_FILE))) as Store;
    return store.key === key ? (store.result as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeCached(location: string, key: string, result: unknown): void {
  const path = join(location, CACHE_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    makeFolder(dirname(path));
    writeFileSync(tmp, serialize({ key, result } satisfies Store));
    renameSync(tmp, path);
  } catch {
    // A cache that cannot be written only costs speed next time; a half-written draft is not kept (a full disk).
    rmSync(tmp, { force: true });
  }
}
