// One region's entry in the build cache: the files it wrote and its outcome (lint tally, summary,
// domains), in one file named by its key. Written whole or not at all (temp + rename), checked
// whole on reading (a hash over the rest): a damaged, foreign or truncated entry is no entry, and
// the region is built again. Entries of different keys never share a name, so shards' caches merge
// by copying their folders together.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { toolVersion } from '../core/version.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { makeFolder } from '../util/make-folder.js';
import { isInside } from '../util/paths.js';
import { markUsed } from './cache-prune.js';
import type { RegionOutcome } from './region-pipeline.js';

const MAGIC = 'gkml-cache-entry 1\n';
const HASH_LENGTH = 64;

interface EntryHeader {
  version: string;
  key: string;
  outcome: RegionOutcome;
  /** The files of `outcome.written`, relative to the output, with their sizes in the order their bytes follow. */
  files: { path: string; size: number }[];
}

/** Where the entry of `key` is: two levels of folders, so that no folder holds tens of thousands of files. */
export function entryPath(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.entry`);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Stores a region's outcome with its files, read from the output folder `outDir` it wrote them to. */
export function storeEntry(cacheDir: string, key: string, outcome: RegionOutcome, outDir: string): void {
  const paths = Object.values(outcome.written).flat();
  const contents = paths.map((path) => readFileSync(join(outDir, path)));
  const header: EntryHeader = {
    version: toolVersion(),
    key,
    outcome,
    files: paths.map((path, i) => ({ path, size: contents[i]!.length })),
  };
  const body = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...contents]);
  writeFileAtomic(entryPath(cacheDir, key), Buffer.concat([Buffer.from(`${MAGIC}${sha256(body)}\n`), body]));
}

/** The entry of `key`, checked whole; undefined when there is none or it cannot be trusted. */
function readEntry(cacheDir: string, key: string): { header: EntryHeader; contents: Buffer[] } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(entryPath(cacheDir, key));
  } catch {
    return undefined;
  }
  const start = MAGIC.length + HASH_LENGTH + 1;
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC || bytes.length < start) return undefined;
  const body = bytes.subarray(start);
  if (bytes.subarray(MAGIC.length, start - 1).toString() !== sha256(body)) return undefined;
  const newline = body.indexOf(10);
  let header: EntryHeader;
  try {
    header = JSON.parse(body.subarray(0, newline).toString()) as EntryHeader;
  } catch {
    return undefined;
  }
  if (header.key !== key || header.version !== toolVersion()) return undefined;
  const contents: Buffer[] = [];
  let at = newline + 1;
  for (const { size } of header.files) {
    contents.push(body.subarray(at, at + size));
    at += size;
  }
  return at === body.length ? { header, contents } : undefined;
}

/** Writes the files of `key`'s entry into `outDir` and returns its outcome; undefined (nothing written) when there is no trustworthy entry. */
export function restoreEntry(cacheDir: string, key: string, outDir: string): RegionOutcome | undefined {
  const entry = readEntry(cacheDir, key);
  if (!entry) return undefined;
  const targets = entry.header.files.map(({ path }) => resolve(outDir, path));
  // A path from the cache is data: none may leave the output folder.
  if (!targets.every((t) => isInside(outDir, t) && t !== resolve(outDir))) return undefined;
  targets.forEach((target, i) => {
    makeFolder(dirname(target));
    writeFileSync(target, entry.contents[i]!);
  });
  markUsed(entryPath(cacheDir, key));
  return entry.header.outcome;
}
