// What a build wrote into its output folder, kept in the folder's marker file (.gkml-output) as
// JSON: each target's files with the SHA-256 of the bytes gkml wrote, and each workspace's domains.
// A later build reads it to replace only the files of the targets it runs, to keep every other file
// (another target's, or one gkml never wrote), to notice a file changed since gkml wrote it, and to
// say which domains the last build had that this one has not. No times in it: two builds of the
// same workspace write the same marker.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../core/order.js';
import { REGIONS_DIR } from '../export/target-writer.js';
import { TARGETS } from '../export/target-table.js';
import { FILLABLE_MARK } from '../model/table-layout.js';

/** Marks a folder as gkml's output, so a rebuild may replace what it wrote there; holds the manifest. */
export const OUTPUT_MARKER = '.gkml-output';

/** The SHA-256 of every published file (src/publish/checksums.ts), written anew by every build. */
export const SUMS_FILE = 'SHA256SUMS';

/** A hash of a file an older gkml wrote, before the marker held a manifest: unknown, taken as unchanged. */
export const UNKNOWN_HASH = '';

/** The domains of one workspace of the build: its region's name, and its own domains by id. */
export interface WorkspaceDomains {
  region: string;
  domains: Record<string, string>;
}

export interface OutputManifest {
  /** Each target's files (relative to the output, with /), each with the SHA-256 of what gkml wrote. */
  targets: Record<string, Record<string, string>>;
  /** By the workspace's folder in the output ('' for the top). */
  workspaces: Record<string, WorkspaceDomains>;
}

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Every file below `dir` but the marker and SHA256SUMS, which every build writes anew (a symbolic link counts as a file), and every empty folder
 * (with a trailing /: gkml writes none, so one is someone's), relative with /, sorted.
 */
export function filesBelow(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort(compareStrings)) {
    if (!prefix && (name === OUTPUT_MARKER || name === SUMS_FILE)) continue;
    const path = join(dir, name);
    if (!lstatSync(path).isDirectory()) found.push(prefix + name);
    else if (readdirSync(path).length) found.push(...filesBelow(path, `${prefix}${name}/`));
    else found.push(`${prefix}${name}/`);
  }
  return found;
}

/**
 * The target that wrote `file` by its place alone (how an older gkml's output is read): its region
 * folders (regions/<slug>/…) set aside, a target's output or the site's folder, or a fillable workbook.
 */
export function targetByPath(file: string): string | undefined {
  const own = file.replace(new RegExp(`^(?:${REGIONS_DIR}/[^/]+/)+`), '');
  if (own.endsWith(`${FILLABLE_MARK}.xlsx`) && !own.includes('/')) return 'fillable';
  const first = own.split('/')[0]!;
  return TARGETS.find((t) => t.output === first && (t.name === 'html' ? own.includes('/') : !own.includes('/')))?.name;
}

/** An older gkml's output (an empty marker): each file's target read from its place, its hash unknown. */
function byPath(out: string): OutputManifest {
  const targets: OutputManifest['targets'] = {};
  for (const file of filesBelow(out)) {
    const target = targetByPath(file);
    if (target) (targets[target] ??= {})[file] = UNKNOWN_HASH;
  }
  return { targets, workspaces: {} };
}

/** The manifest of the output at `out`; undefined when there is no output there yet. */
export function readManifest(out: string): OutputManifest | undefined {
  const marker = join(out, OUTPUT_MARKER);
  if (!existsSync(marker)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(marker, 'utf8')) as Partial<OutputManifest>;
    if (typeof manifest.targets === 'object' && manifest.targets && typeof manifest.workspaces === 'object' && manifest.workspaces) {
      return manifest as OutputManifest;
    }
  } catch {
    // An empty marker (an older gkml), or one damaged by hand: read as an older gkml's output.
  }
  return byPath(out);
}

/** The marker's text: keys sorted, so the same build writes the same bytes. */
export function manifestText(manifest: OutputManifest): string {
  const sorted = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
  const targets = Object.fromEntries(
    Object.entries(sorted(manifest.targets)).map(([t, files]) => [t, sorted(files as Record<string, string>)]),
  );
  return `${JSON.stringify({ targets, workspaces: sorted(manifest.workspaces) }, null, 1)}\n`;
}

/** Domains a workspace had in the last build into the output and has not now. */
export interface LostDomains {
  region: string;
  domains: { id: string; name: string }[];
}

/** For each workspace of this build that the last one built too, the domains it had then and has not now. */
export function lostDomains(before: OutputManifest | undefined, now: Record<string, WorkspaceDomains>): LostDomains[] {
  return Object.entries(now)
    .sort(([a], [b]) => compareStrings(a, b))
    .flatMap(([folder, { region, domains }]) => {
      const then = before?.workspaces[folder]?.domains ?? {};
      const gone = Object.entries(then).filter(([id]) => !(id in domains));
      return gone.length ? [{ region, domains: gone.map(([id, name]) => ({ id, name })) }] : [];
    });
}
