// One workspace of a build's tree, from its files to its outputs: lint it, compile it, diff it
// against the previous publication, hand it to every target, and keep only its summary. The same
// steps run on the main thread and in a worker thread (`--jobs`); everything they take and return
// is plain data, so a worker can be handed a region and hand its summary back.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RegionTree } from '../core/region-tree.js';
import type { Lang } from '../i18n/text.js';
import { diffCompendia } from '../diff/diff.js';
import {
  summarise,
  type PlannedRegion,
  type Publication,
  type RegionSummary,
  type TargetContext,
  type TargetWriter,
} from '../export/target-writer.js';
import { TARGETS, downloadsOf, type BuildTarget } from '../export/target-table.js';
import { checkWorkspace, checkedOf } from '../lint/checked-workspace.js';
import { compile } from '../model/cascade.js';
import type { Compendium } from '../model/compendium.js';
import { CONFIG_FILE, type WorkspaceLevel } from '../workspace/config.js';
import { loadWorkspace } from '../workspace/load.js';
import type { LintTally } from './lint-gate.js';
import type { RegionPlan } from './regions.js';
import { lintTableRegion } from '../lint/table-region.js';
import { withProvenance } from './table-provenance.js';

/** What every region of one build shares. */
export interface BuildSetup {
  cwd: string;
  lang: Lang;
  env?: NodeJS.ProcessEnv;
  draft: boolean;
  targets: readonly BuildTarget[];
  publication: Publication;
  /** The staging folder. */
  outDir: string;
  /** The top workspace's folder: a region's place in the previous version is its place below it. */
  topRoot: string;
  tree: readonly RegionTree<PlannedRegion>[];
  /** The previous publication (`--previous`): its folder, its label, and its top's header with no domains. */
  previous?: { root: string; label: string; empty: Compendium };
}

/** One region to build, once its own regions are written; `write: false` only lints it (an error has stopped the build). */
export interface RegionJob {
  plan: Omit<RegionPlan, 'regions'>;
  /** The regions between the top and this one (neither included), outermost first. */
  trail: TargetContext['trail'];
  regions: RegionSummary[];
  write: boolean;
}

/** The files a build wrote, by target (relative to the output). */
export type TargetFiles = Partial<Record<BuildTarget, string[]>>;

/** Adds the files of `more` to `files`, target by target. */
export function addFiles(files: TargetFiles, more: TargetFiles): TargetFiles {
  for (const [target, list] of Object.entries(more) as [BuildTarget, string[]][]) (files[target] ??= []).push(...list);
  return files;
}

/** A workspace's own domains, by id: what a later build names when one of them is gone. */
export const domainsOf = (compendium: Compendium) => Object.fromEntries(compendium.domains.map((d) => [d.id, d.name]));

export interface RegionOutcome {
  lint: LintTally;
  /** Absent when the region was only linted. */
  summary?: RegionSummary;
  /** Its own domains, by id; absent when the region was only linted. */
  domains?: Record<string, string>;
  written: TargetFiles;
}

/** The targets' writers, loaded once per thread. */
const writers = new Map<BuildTarget, Promise<TargetWriter>>();
function writerOf(name: BuildTarget): Promise<TargetWriter> {
  let w = writers.get(name);
  if (!w) writers.set(name, (w = TARGETS.find((t) => t.name === name)!.load()));
  return w;
}

/** Every target's files for one workspace, in the targets' order (the site last: it offers the others' files). */
export async function writeTargets(
  setup: BuildSetup,
  place: Omit<TargetContext, 'outDir' | 'output' | 'lang' | 'publication' | 'tree'>,
  signal?: AbortSignal,
  announce: (target: BuildTarget) => void = () => {},
): Promise<TargetFiles> {
  const written: TargetFiles = {};
  for (const target of TARGETS) {
    if (!setup.targets.includes(target.name)) continue;
    const write = await writerOf(target.name);
    announce(target.name);
    (written[target.name] ??= []).push(
      ...(await write({
        ...place,
        outDir: setup.outDir,
        output: target.output,
        lang: setup.lang,
        publication: setup.publication,
        tree: setup.tree,
      })),
    );
    signal?.throwIfAborted();
  }
  return written;
}

export async function buildRegion(setup: BuildSetup, job: RegionJob, signal?: AbortSignal): Promise<RegionOutcome> {
  const { plan } = job;
  const table = plan.table;
  // One workspace is one piece of lint work: no threads of its own (the build's threads are the regions').
  const linted = table
    ? await lintTableRegion(plan.root, table, {
        cwd: setup.cwd,
        lang: setup.lang,
        identity: { name: plan.name, level: plan.level as WorkspaceLevel },
      })
    : undefined;
  const checked = linted
    ? checkedOf(linted.run, linted.workspace)
    : await checkWorkspace(plan.root, { cwd: setup.cwd, lang: setup.lang, withRegions: false, threads: 0 });
  const lint = { errorCount: checked.errorCount, ...(checked.firstError ? { firstError: checked.firstError } : {}) };
  if (!job.write || (!setup.draft && checked.errorCount > 0)) return { lint, written: {} };
  const downloads = downloadsOf(setup.targets, { summary: job.regions.length > 0, region: true });
  const compiled = compile(checked.workspace, { env: setup.env, downloads, draft: setup.draft });
  const compendium = linted ? withProvenance(compiled, linted.cellsOf, setup.topRoot, plan.root) : compiled;
  const compared = await comparedWithPrevious(setup, plan, compendium);
  const written = await writeTargets(
    setup,
    { compendium: compared, folder: plan.folder, trail: job.trail, regions: job.regions, progress: () => {} },
    signal,
  );
  return { lint, summary: summarise(plan, compared, job.regions), domains: domainsOf(compendium), written };
}

/** The compendium with its changes since `old` (what every target reads for its 更新记录): the one place a build sets them. */
export function withChanges(compendium: Compendium, old: Compendium, label: string): Compendium {
  return { ...compendium, changes: diffCompendia(old, compendium, [label, compendium.version]) };
}

/** A region with what changed since the previous publication: against its folder (or table) there, or for a region new since then, nothing (every item added). */
async function comparedWithPrevious(setup: BuildSetup, plan: RegionJob['plan'], compendium: Compendium): Promise<Compendium> {
  const previous = setup.previous;
  if (!previous) return compendium;
  const then = (path: string) => join(previous.root, relative(setup.topRoot, path));
  const before = then(plan.root);
  const table = plan.table && { ...plan.table, parent: then(plan.table.parent) };
  const identity = { name: plan.name, level: plan.level as WorkspaceLevel };
  const workspace = table
    ? existsSync(before) && existsSync(join(table.parent, CONFIG_FILE))
      ? (await lintTableRegion(before, table, { cwd: setup.cwd, identity })).workspace
      : undefined
    : existsSync(join(before, CONFIG_FILE))
      ? await loadWorkspace(before, { cwd: setup.cwd })
      : undefined;
  return withChanges(compendium, workspace ? compile(workspace, { env: setup.env }) : previous.empty, previous.label);
}
