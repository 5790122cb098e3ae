// The key of a region's entry in the build cache (`gkml build --cache`): a hash of everything its
// files depend on. Computed for the whole tree before any region is built, leaves first, so that a
// region's key takes in its own regions' keys: a change anywhere below reaches every region above.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compareStrings } from '../core/order.js';
import { packagePath } from '../core/package.js';
import { walkRegions } from '../core/region-tree.js';
import { toolVersion } from '../core/version.js';
import { CONFIG_FILE, loadConfig } from '../workspace/config.js';
import type { BuildSetup } from './region-pipeline.js';
import type { RegionPlan } from './regions.js';

/** Folders a region's own files are never in: its child regions' are theirs, and these are nobody's input. */
const NOT_INPUT = new Set(['node_modules']);

/** One region's own input files: every file of its folder but those of a folder with a workspace config (a region of its own). */
function ownFiles(hash: Hash, root: string, skip: ReadonlySet<string>): void {
  const walk = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return void hash.update('absent\0');
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
      const full = join(dir, entry.name);
      if (entry.name.startsWith('.') || NOT_INPUT.has(entry.name) || skip.has(full)) continue;
      const stat = statSync(full, { throwIfNoEntry: false });
      if (stat?.isDirectory()) {
        if (!existsSync(join(full, CONFIG_FILE))) walk(full, `${prefix}${entry.name}/`);
      } else {
        const bytes = stat?.isFile() ? readFileSync(full) : Buffer.from('\0dangling');
        hash.update(`${prefix}${entry.name}\0${bytes.length}\0`).update(bytes);
      }
    }
  };
  // A region that is one file (a submitted table) is that file.
  if (statSync(root, { throwIfNoEntry: false })?.isFile()) hash.update(readFileSync(root));
  else walk(root, '');
}

const digest = (update: (hash: Hash) => void) => {
  const hash = createHash('sha256');
  update(hash);
  return hash.digest('hex');
};

/** gkml itself: its version and the shipped files a build reads or runs (code, templates, registries). */
export function installationFingerprint(version = toolVersion()): string {
  return digest((h) => {
    h.update(`gkml ${version}\0`);
    for (const folder of ['dist', 'templates', 'data', 'directories']) {
      h.update(`${folder}\0`);
      ownFiles(h, packagePath(folder), new Set());
    }
  });
}

/** What every region's key shares: gkml, the options that change output, the top's publication, the tree, the templates. */
function buildWide(setup: BuildSetup, installation: string): string {
  const { templates, ...publication } = setup.publication;
  return digest((h) => {
    h.update(installation);
    h.update(JSON.stringify({ lang: setup.lang, draft: setup.draft, targets: setup.targets, publication, tree: setup.tree }));
    h.update(`\0epoch ${setup.env?.SOURCE_DATE_EPOCH ?? process.env.SOURCE_DATE_EPOCH ?? ''}\0`);
    h.update(`previous ${setup.previous?.label ?? ''}\0`);
    h.update('templates\0');
    if (templates) ownFiles(h, templates, new Set());
  });
}

/** The bytes of a region's config file, and of any synonyms file it names: what a region below may inherit from it. */
function inheritable(h: Hash, root: string, cwd: string): void {
  const file = join(root, CONFIG_FILE);
  if (!existsSync(file)) return void h.update('no config\0');
  h.update(`config ${readFileSync(file).toString('base64')}\0`);
  const synonyms = loadConfig(file, cwd).search?.synonyms;
  const path = synonyms ? join(root, synonyms) : undefined;
  h.update(path && existsSync(path) && statSync(path).isFile() ? readFileSync(path) : '-');
}

/**
 * The key of every region of `plans` (by its folder in the output), or of `only` those (a shard's,
 * each with the regions below it: a shard reads no other region's files). `skip` are paths that
 * are no region's input (the output folder, the cache).
 */
export function regionKeys(
  setup: BuildSetup,
  plans: readonly RegionPlan[],
  skip: ReadonlySet<string>,
  installation = installationFingerprint(),
  only?: ReadonlySet<RegionPlan>,
): Map<string, string> {
  const wide = buildWide(setup, installation);
  const keys = new Map<string, string>();
  for (const { region, trail } of walkRegions(plans, 'post')) {
    if (only && !only.has(region)) continue;
    const { regions, root, ...own } = region;
    keys.set(
      region.folder,
      digest((h) => {
        h.update(wide);
        h.update(JSON.stringify({ own, trail: trail.map((t) => t.folder), at: relative(setup.topRoot, root), from: relative(setup.cwd, root) }));
        // Its effective config: its own as loaded, and every ancestor's file (a region inherits its parent's settings).
        const config = join(root, CONFIG_FILE);
        h.update(existsSync(config) ? JSON.stringify(loadConfig(config, setup.cwd)) : 'no config\0');
        for (const above of [setup.topRoot, ...trail.map((t) => t.root)]) inheritable(h, above, setup.cwd);
        h.update('own files\0');
        ownFiles(h, root, skip);
        if (setup.previous) {
          h.update('previous files\0');
          ownFiles(h, join(setup.previous.root, relative(setup.topRoot, root)), new Set());
        }
        for (const r of regions) h.update(`below ${keys.get(r.folder)}\0`);
      }),
    );
  }
  return keys;
}
