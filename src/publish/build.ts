// `gkml build`: compile a workspace into its publications (xlsx, docx, json, html …). The build
// writes into a staging folder beside the output and swaps it in only when every target succeeded,
// so a failed or cancelled build leaves the previous publication untouched. Before the swap it
// carries over every file of the old output it did not replace (carry-over.ts): the other targets'
// files, and any file gkml did not write.
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { descendants, mapRegions, postOrder } from '../core/region-tree.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import type { Lang, Text } from '../i18n/text.js';
import { openVersion } from '../diff/git-source.js';
import { unchangedRelease } from '../diff/release.js';
import { publicationOf } from '../export/target-writer.js';
import { DEFAULT_TARGETS, TARGETS, downloadsOf, type BuildTarget } from '../export/target-table.js';
import { checkWorkspace } from '../lint/checked-workspace.js';
import { compile } from '../model/cascade.js';
import type { Compendium } from '../model/compendium.js';
import { loadWorkspace } from '../workspace/load.js';
import { missingListedFiles } from '../workspace/input-files.js';
import { regionFolders } from '../workspace/region-folders.js';
import { displayPath, isInside } from '../util/paths.js';
import { PreviousOutput, type KeptFiles } from './carry-over.js';
import { LintGate } from './lint-gate.js';
import { sumsText } from './checksums.js';
import { OUTPUT_MARKER, SUMS_FILE, lostDomains, manifestText, sha256, type LostDomains, type WorkspaceDomains } from './output-manifest.js';
import { lockOutput, oldFolder, outputFault, removeLeftovers, stagingFolder } from './output-guard.js';
import { buildRegions, type RegionProgress } from './region-runner.js';
import { BuildCache } from './build-cache.js';
import { regionKeys } from './cache-key.js';
import { shardRegions, type Shard } from './shards.js';

export type { RegionProgress } from './region-runner.js';
export type { LostDomains } from './output-manifest.js';
import { addFiles, domainsOf, withChanges, writeTargets, type BuildSetup, type TargetFiles } from './region-pipeline.js';
import { planRegions, type RegionPlan } from './regions.js';
import { makeFolder } from '../util/make-folder.js';

export interface BuildOptions {
  workspace: string;
  out?: string;
  /** The previous publication: a workspace folder or a git revision of this one (changelog). */
  previous?: string;
  only?: readonly BuildTarget[];
  cwd?: string;
  lang?: Lang;
  env?: NodeJS.ProcessEnv;
  progress?: (message: string) => void;
  /** Each region of the tree as the build starts it, and again when it is written. */
  onRegion?: (event: RegionProgress) => void;
  /** Worker threads for the regions (default: the CPUs, at most the regions; 1 builds on this thread). */
  jobs?: number;
  /** Seconds to wait for another build writing the same output (default 0: refuse at once). */
  wait?: number;
  /** What the build tells the user besides progress: leftovers of an interrupted build it removed, a changelog whose version or date did not change. */
  notice?: (text: Text) => void;
  /** Where the build writes, once it knows (whoever runs it on a thread can then clean up after it). */
  onOutput?: (out: string) => void;
  /** Cancels the build: it stops at the next step, removes its staging folder and rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Publish a draft (征求意见稿) although lint finds errors: every output says so, unfilled values
   * show as 待填写, and a file that cannot be read as a directory is left out.
   */
  draft?: boolean;
  /** Keep each region's outputs in a cache and reuse those whose inputs did not change (in `cacheDir`, else `.gkml/cache` beside the top config). */
  cache?: boolean;
  /** The cache folder (implies `cache`). */
  cacheDir?: string;
  /** Build only the `index`-th (from 1) of `count` shares of the leaf-most regions into the cache, and no output (implies `cache`). */
  shard?: Shard;
}

/** What a cached build reused and built (regions); for a shard, which one. */
export interface CacheReport {
  dir: string;
  reused: number;
  rebuilt: number;
  shard?: Shard;
}

export interface BuildResult {
  outDir: string;
  /** The files this build wrote. */
  files: string[];
  /** How many files of the last build's other targets it kept (`--only`, or a fillable workbook beside a full build). */
  keptCount: number;
  /** Files in the output that no gkml build wrote, kept where they are (as displayed). */
  foreign: string[];
  /** Domains a workspace had in the last build into this output and has not now. */
  lostDomains: LostDomains[];
  /** Directory files a workspace's config names one by one that are not there (as displayed). */
  missingFiles: string[];
  itemCount: number;
  domainCount: number;
  regionCount: number;
  /** The lint errors a draft was published with (0 for a final build, which refuses them). */
  errorCount: number;
  /** Present when the build used a cache. */
  cache?: CacheReport;
}

function refuseUnsafeOutput(out: string, root: string): void {
  if (isInside(out, root)) {
    throw new GkmlError(msg(BUILD.outputIsWorkspace, { out }));
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) {
      throw new GkmlError(msg(BUILD.outputNotFolder, { out }));
    }
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
      throw new GkmlError(msg(BUILD.outputNotOurs, { out }));
    }
  }
}

/** The previous publication, compiled, with where its files are (a temporary checkout for a git revision). */
interface Previous {
  root: string;
  label: string;
  compendium: Compendium;
  dispose(): void;
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  let out: string | undefined;
  try {
    return await buildSteps(options, (resolved) => {
      out = resolved;
      options.onOutput?.(resolved);
    });
  } catch (err) {
    throw (out && outputFault(err, out, options.cwd ?? process.cwd())) || err;
  }
}

async function buildSteps(options: BuildOptions, onOutput: (out: string) => void): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? 'zh';
  const progress = options.progress ?? (() => {});
  const signal = options.signal;
  const gate = new LintGate(options.workspace, options.draft);
  if (options.out !== undefined) makeOutputParent(resolve(cwd, options.out), onOutput);
  // The workspace's own files first; its regions are linted one by one as the build reaches them.
  const parent = await checkWorkspace(options.workspace, { cwd, lang, withRegions: false });
  gate.add(parent);
  const ws = parent.workspace;
  const out = resolve(cwd, options.out ?? join(ws.root, 'dist'));
  onOutput(out);
  refuseUnsafeOutput(out, ws.root);

  const names = TARGETS.filter((t) => (options.only ?? DEFAULT_TARGETS).includes(t.name)).map((t) => t.name);
  // A target that needs a program gkml does not bring asks for it before any region is built.
  if (names.includes('pdf')) (await import('../export/docx/pdf.js')).requireSoffice();
  const plans = await planRegions((await regionFolders(ws.root, cwd)).regions, cwd);
  const missingFiles = await missingDirectoryFiles([ws.root, ...postOrder(plans).flatMap((p) => (p.table ? [] : [p.root]))], cwd);
  const draft = options.draft ?? false;
  const compendium = compile(ws, { env: options.env, downloads: downloadsOf(names, { summary: plans.length > 0 }), draft });
  const base: SetupBase = { cwd, lang, env: options.env, draft, names, compendium, root: ws.root, plans };
  if (options.shard) return buildShard(options, options.shard, base, gate, out);
  makeFolder(dirname(out));
  const release = await lockOutput(out, options.wait ?? 0, signal);
  const staging = stagingFolder(out);
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  let previous: Previous | undefined;
  try {
    removeLeftovers(out, options.notice ?? (() => {}));
    // What this build would replace, checked before it starts: a file changed since gkml wrote it stops it here.
    const lastOutput = PreviousOutput.check(out, names, cwd);
    signal?.throwIfAborted();
    previous = options.previous ? await previousVersion(options.previous, ws.root, cwd, options.env) : undefined;
    const unchanged = previous && unchangedRelease(previous.compendium, compendium, previous.label);
    if (unchanged) options.notice?.(unchanged);
    cleanup();
    makeFolder(staging);
    const setup = setupOf({ cwd, lang, env: options.env, draft, names, compendium, root: ws.root, plans }, staging, previous);
    const cache = await cacheOf(options, setup, plans, out);
    // Each region once the regions below it are written: lint it, load it, hand it to every target, keep only its summary.
    const regions = await buildRegions(setup, plans, {
      jobs: options.jobs,
      gate,
      signal,
      onRegion: options.onRegion,
      ...(cache ? { cache } : {}),
    });
    gate.check();
    const published = previous ? withChanges(compendium, previous.compendium, previous.label) : compendium;
    const top = { compendium: published, folder: '', trail: [], regions: regions.summaries, progress };
    const written = addFiles(regions.written, await writeTargets(setup, top, signal, progress));
    const workspaces = { '': { region: compendium.region, domains: domainsOf(compendium) }, ...regions.workspaces };
    const kept = publish(staging, out, lastOutput, written, workspaces);
    cache?.prune();
    const below = descendants(regions.summaries);
    return {
      outDir: out,
      files: Object.values(written).flat().sort(),
      keptCount: Object.values(kept.targets).reduce((n, files) => n + Object.keys(files).length, 0),
      foreign: kept.foreign.map((f) => displayPath(join(out, f), cwd)),
      lostDomains: lostDomains(lastOutput.manifest, workspaces),
      missingFiles,
      itemCount: below.reduce((n, r) => n + r.ownItemCount, compendium.itemCount),
      domainCount: below.reduce((n, r) => n + r.ownDomainCount, compendium.domains.length),
      regionCount: descendants(setup.tree).length,
      errorCount: gate.count,
      ...(cache ? { cache: { dir: cache.dir, reused: cache.reused, rebuilt: cache.rebuilt } } : {}),
    };
  } catch (err) {
    removeAfterFailure(cleanup);
    throw err;
  } finally {
    // The lock first: a failing clean-up must not keep the output locked.
    release();
    previous?.dispose();
  }
}

/** What a build's setup is made of, known before it writes anything. */
interface SetupBase {
  cwd: string;
  lang: Lang;
  env: NodeJS.ProcessEnv | undefined;
  draft: boolean;
  names: BuildTarget[];
  compendium: Compendium;
  root: string;
  plans: RegionPlan[];
}

function setupOf(base: SetupBase, outDir: string, previous: Previous | undefined): BuildSetup {
  const { cwd, lang, env, draft, names, compendium, root, plans } = base;
  return {
    cwd,
    lang,
    ...(env ? { env } : {}),
    draft,
    targets: names,
    publication: publicationOf(compendium),
    outDir,
    topRoot: root,
    // What the exporters see of the plan: no workspace folder.
    tree: mapRegions(plans, ({ slug, name, level, levelName, folder, ownIndex }) => ({ slug, name, level, levelName, folder, ownIndex })),
    ...(previous ? { previous: { root: previous.root, label: previous.label, empty: { ...previous.compendium, domains: [] } } } : {}),
  };
}

/**
 * `--shard i/n`: the shard's regions built into the cache and nothing else. They are written in a
 * temporary folder, removed after; the output is left as it is (the build that assembles writes it).
 */
async function buildShard(options: BuildOptions, shard: Shard, base: SetupBase, gate: LintGate, out: string): Promise<BuildResult> {
  const staging = mkdtempSync(join(tmpdir(), 'gkml-shard-'));
  let previous: Previous | undefined;
  try {
    previous = options.previous ? await previousVersion(options.previous, base.root, base.cwd, options.env) : undefined;
    const setup = setupOf(base, staging, previous);
    const only = shardRegions(base.plans, shard);
    const cache = (await cacheOf(options, setup, base.plans, out, new Set(only)))!;
    const { signal, onRegion } = options;
    await buildRegions(setup, base.plans, {
      jobs: options.jobs,
      gate,
      only,
      cache,
      ...(signal ? { signal } : {}),
      ...(onRegion ? { onRegion } : {}),
    });
    gate.check();
    const report = { dir: cache.dir, reused: cache.reused, rebuilt: cache.rebuilt, shard };
    const none = { files: [], keptCount: 0, foreign: [], lostDomains: [], missingFiles: [], itemCount: 0, domainCount: 0 };
    return { outDir: out, ...none, regionCount: only.length, errorCount: gate.count, cache: report };
  } finally {
    previous?.dispose();
    rmSync(staging, { recursive: true, force: true });
  }
}

/** The build's cache, its keys computed now (a shard's regions' only), when the build has one (`--cache`, `--cache-dir`, `--shard`). */
async function cacheOf(
  options: BuildOptions,
  setup: BuildSetup,
  plans: readonly RegionPlan[],
  out: string,
  only?: ReadonlySet<RegionPlan>,
): Promise<BuildCache | undefined> {
  if (!options.cache && options.cacheDir === undefined && !options.shard) return undefined;
  const dir = cacheFolder(options, setup.topRoot);
  return new BuildCache(dir, await regionKeys(setup, plans, new Set([out, dir]), undefined, only), setup.outDir);
}

/** `--cache-dir`, else `.gkml/cache` beside the top config. */
function cacheFolder(options: BuildOptions, topRoot: string): string {
  return options.cacheDir !== undefined ? resolve(options.cwd ?? process.cwd(), options.cacheDir) : join(topRoot, '.gkml', 'cache');
}

/**
 * An output folder whose parent cannot be made fails at once, before the workspace is linted
 * (the parent is made here, as the build would make it anyway).
 */
function makeOutputParent(out: string, onOutput: (out: string) => void): void {
  onOutput(out);
  makeFolder(dirname(out));
}

/** On the way out after a failure: a staging folder that cannot be removed must not hide why the build failed. */
function removeAfterFailure(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // Removed by the next build (removeLeftovers), as the leftover of a process that is gone.
  }
}

/** The previous publication: a workspace folder, or a git revision of this workspace copied out to a temporary folder. */
async function previousVersion(previous: string, root: string, cwd: string, env: NodeJS.ProcessEnv | undefined): Promise<Previous> {
  const where = openVersion(previous, root, cwd);
  try {
    return { ...where, label: previous, compendium: compile(await loadWorkspace(where.root, { cwd }), { env }) };
  } catch (err) {
    where.dispose();
    throw err;
  }
}

/** The directory files the configs of `roots` name one by one that are not there, as displayed. */
async function missingDirectoryFiles(roots: readonly string[], cwd: string): Promise<string[]> {
  const missing = await Promise.all(
    roots.map(async (root) => (await missingListedFiles(root, cwd)).map((f) => displayPath(resolve(root, f), cwd))),
  );
  return missing.flat();
}

/**
 * Carries into `staging` what the build keeps of the last output, records in its marker what is
 * whose, and swaps it in: the last step, so a build refused here leaves the output as it was.
 */
function publish(
  staging: string,
  out: string,
  lastOutput: PreviousOutput,
  written: TargetFiles,
  workspaces: Record<string, WorkspaceDomains>,
): KeptFiles {
  const targets = Object.fromEntries(
    Object.entries(written).map(([target, files]) => [target, Object.fromEntries(files.map((f) => [f, sha256(join(staging, f))]))]),
  );
  const kept = lastOutput.carryInto(staging);
  writeFileSync(join(staging, OUTPUT_MARKER), manifestText({ targets: { ...kept.targets, ...targets }, workspaces }));
  // Every published file, kept ones too, so a deployed copy can be checked whole (gkml verify).
  writeFileSync(join(staging, SUMS_FILE), sumsText(staging));
  swapInto(staging, out);
  return kept;
}

/** Replace `out` with `staging`; the old output is removed only after the new one is in place. */
function swapInto(staging: string, out: string): void {
  const old = oldFolder(out);
  rmSync(old, { recursive: true, force: true });
  const hadOutput = existsSync(out);
  if (hadOutput) renameSync(out, old);
  try {
    renameSync(staging, out);
  } catch (err) {
    // The new output could not take its place (a file in it open elsewhere): the old one goes back.
    if (hadOutput) renameSync(old, out);
    throw err;
  }
  try {
    rmSync(old, { recursive: true, force: true });
  } catch {
    // The new output is in place; the next build removes what is left of the old one (removeLeftovers).
  }
}
