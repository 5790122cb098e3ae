// What a build does with the output it replaces: it removes only the files the targets it runs
// wrote last time, and carries every other file into its staging folder before the swap: the other
// targets' files (`--only xlsx` keeps the site, the Word document and the JSON; a full build keeps
// the fillable workbook) and any file gkml did not write. A file of a target it runs that was
// changed since gkml wrote it (a fillable workbook being filled in) stops the build: exit 2, the
// file named, nothing changed. A kept file is hard-linked, not copied: no time or space for a large site.
import { copyFileSync, linkSync, lstatSync, readlinkSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import { displayPath } from '../util/paths.js';
import { filesBelow, readManifest, sha256, UNKNOWN_HASH, type OutputManifest } from './output-manifest.js';
import { makeFolder } from '../util/make-folder.js';

/** A file as it was when the build checked it: changed since, it is not the file that was checked. */
interface Seen {
  size: number;
  mtimeMs: number;
}

/** The file at `path` as it is now; undefined when there is none (a broken symbolic link is one). */
const seenOf = (path: string): (Seen & { isFile: boolean }) | undefined => {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  return stat && { size: stat.size, mtimeMs: stat.mtimeMs, isFile: stat.isFile() };
};

/** What a build kept of the output it replaced. */
export interface KeptFiles {
  /** The kept files of targets the build did not run, by target, with their hashes as last recorded. */
  targets: OutputManifest['targets'];
  /** Files no gkml build wrote, kept where they were (relative to the output). */
  foreign: string[];
}

/** The same file at `to`: a hard link where the file system allows, else a copy; a symbolic link stays one, an empty folder one. */
function carry(from: string, to: string): void {
  if (to.endsWith('/')) return void makeFolder(to);
  makeFolder(dirname(to));
  if (lstatSync(from).isSymbolicLink()) return symlinkSync(readlinkSync(from), to);
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export class PreviousOutput {
  private constructor(
    private readonly out: string,
    private readonly cwd: string,
    /** The targets the build runs: their files are replaced. */
    private readonly running: ReadonlySet<string>,
    /** The last build's manifest; undefined when there was no output. */
    readonly manifest: OutputManifest | undefined,
    /** The running targets' files found as gkml wrote them, as they were then. */
    private readonly replaced: ReadonlyMap<string, Seen>,
  ) {}

  /** The output at `out` before a build of `targets`: refused when a file they would replace was changed since gkml wrote it. */
  static check(out: string, targets: readonly string[], cwd: string): PreviousOutput {
    const manifest = readManifest(out);
    const running = new Set(targets);
    const replaced = new Map<string, Seen>();
    const changed: string[] = [];
    for (const [target, files] of Object.entries(manifest?.targets ?? {})) {
      if (!running.has(target)) continue;
      for (const [file, hash] of Object.entries(files)) {
        const path = join(out, file);
        const seen = seenOf(path);
        if (!seen) continue;
        if (hash !== UNKNOWN_HASH && (!seen.isFile || sha256(path) !== hash)) changed.push(file);
        else replaced.set(file, seen);
      }
    }
    const previous = new PreviousOutput(out, cwd, running, manifest, replaced);
    previous.refuseChanged(changed);
    return previous;
  }

  private shown(files: readonly string[]): string[] {
    return files.map((f) => displayPath(join(this.out, f), this.cwd));
  }

  private refuseChanged(changed: readonly string[]): void {
    if (changed.length) throw new GkmlError(msg(BUILD.outputFileChanged, { count: changed.length, files: this.shown(changed) }));
  }

  /**
   * Carries into `staging` every file of the output the build does not replace. Refused, before
   * anything is carried, when a file it replaces changed during the build, or when a file gkml did
   * not write has the name of one the build wrote.
   */
  carryInto(staging: string): KeptFiles {
    if (!this.manifest) return { targets: {}, foreign: [] };
    const owner = new Map(
      Object.entries(this.manifest.targets).flatMap(([target, files]) => Object.keys(files).map((f) => [f, target] as const)),
    );
    const kept: [file: string, target: string | undefined][] = [];
    const changed: string[] = [];
    const clashes: string[] = [];
    for (const file of filesBelow(this.out)) {
      const target = owner.get(file);
      if (target && this.running.has(target)) {
        const before = this.replaced.get(file);
        const now = seenOf(join(this.out, file));
        if (!before || before.size !== now?.size || before.mtimeMs !== now.mtimeMs) changed.push(file);
      } else if (!file.endsWith('/') && seenOf(join(staging, file))) clashes.push(file);
      else kept.push([file, target]);
    }
    this.refuseChanged(changed);
    if (clashes.length) throw new GkmlError(msg(BUILD.outputFileClash, { count: clashes.length, files: this.shown(clashes) }));
    const result: KeptFiles = { targets: {}, foreign: [] };
    for (const [file, target] of kept) {
      carry(join(this.out, file), join(staging, file));
      if (target) (result.targets[target] ??= {})[file] = this.manifest.targets[target]![file]!;
      else result.foreign.push(file);
    }
    return result;
  }
}
