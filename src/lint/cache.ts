// `gkml lint --cache` (like ESLint's): results keyed by content hashes, so re-linting an unchanged
// workspace reads and hashes its files but parses none of them.
//  - run level: when every file, every workspace config and every option is unchanged, the whole
//    result is returned as it was;
//  - file level: an unchanged file's own findings and data are reused, and only the workspace-wide
//    rules run again over them.
// Entries carry gkml's version, so upgrading gkml starts afresh. The cache is a performance aid
// only: a missing, stale or corrupt cache file is ignored, never an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Finding } from './finding.js';

export const DEFAULT_CACHE_LOCATION = '.gkml-cache';
const FORMAT = 1;

export interface CachedFile {
  /** Findings of the file's own checks (syntax, schema, per-file rules), before severities. */
  findings: Finding[];
  /** The file's data when it passed the schema, for the workspace-wide rules. */
  data?: unknown;
}

interface Store {
  format: number;
  salt: string;
  files: Record<string, CachedFile>;
  runs: Record<string, unknown>;
}

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('hex');
}

export class LintCache {
  private store: Store;
  private readonly path: string;
  private readonly usedFiles = new Set<string>();

  private constructor(location: string, private readonly salt: string) {
    this.path = join(location, 'lint.v8');
    this.store = { format: FORMAT, salt, files: {}, runs: {} };
    try {
      const loaded = deserialize(readFileSync(this.path)) as Store;
      if (loaded.format === FORMAT && loaded.salt === salt) this.store = loaded;
    } catch {
      // No cache yet, or one from another version: start empty.
    }
  }

  /** `salt` identifies everything outside the files that changes results (gkml version…). */
  static open(location: string, salt: string): LintCache {
    return new LintCache(location, salt);
  }

  getRun<T>(key: string): T | undefined {
    return this.store.runs[key] as T | undefined;
  }

  setRun(key: string, result: unknown): void {
    // Only the latest run result is worth keeping.
    this.store.runs = { [key]: result };
  }

  getFile(key: string): CachedFile | undefined {
    const entry = this.store.files[key];
    if (entry) this.usedFiles.add(key);
    return entry;
  }

  setFile(key: string, entry: CachedFile): void {
    this.store.files[key] = entry;
    this.usedFiles.add(key);
  }

  /** Writes the cache, keeping only the entries this run used (files that no longer exist drop out). */
  save(): void {
    const files: Record<string, CachedFile> = {};
    for (const key of this.usedFiles) if (this.store.files[key]) files[key] = this.store.files[key]!;
    const data = serialize({ ...this.store, salt: this.salt, files });
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const tmp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      renameSync(tmp, this.path);
    } catch {
      // A cache that cannot be written only costs speed next time.
    }
  }
}
