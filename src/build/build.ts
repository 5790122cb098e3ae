// `gkml build`: compile a workspace into its publications (xlsx, json, html). The build writes
// into a staging folder beside the output and swaps it in only when every target succeeded, so a
// failed or cancelled build leaves the previous publication untouched.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import type { Lang, Text } from '../i18n/text.js';
import { diffCompendia, type DiffReport } from '../diff/diff.js';
import { openVersion } from '../diff/git-source.js';
import { summarise, type RegionBuild, type RegionSummary, type TargetContext, type TargetWriter } from '../export/target.js';
import { DEFAULT_TARGETS, TARGETS, downloadsOf, type BuildTarget } from '../export/targets.js';
import { checkWorkspace } from '../lint/checked-workspace.js';
import { compile } from '../model/cascade.js';
import type { Compendium } from '../model/compendium.js';
import { CONFIG_FILE } from '../workspace/config.js';
import { loadWorkspace } from '../workspace/load.js';
import { isInside } from '../util/paths.js';
import { LintGate } from './lint-gate.js';
import { lockOutput, oldFolder, removeLeftovers, stagingFolder } from './output-guard.js';
import { planRegions, type RegionPlan } from './regions.js';

/** Marks a folder as gkml's output, so a rebuild may replace it. */
export const OUTPUT_MARKER = '.gkml-output';

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
  /** Each child region of a city or province as the build starts it, and again when it is written. */
  onRegion?: (event: RegionProgress) => void;
  /** Seconds to wait for another build writing the same output (default 0: refuse at once). */
  wait?: number;
  /** What the build tells the user besides progress: leftovers of an interrupted build it removed. */
  notice?: (text: Text) => void;
  /** Cancels the build: it stops at the next step, removes its staging folder and rejects with the signal's reason. */
  signal?: AbortSignal;
  /**
   * Publish a draft (征求意见稿) although lint finds errors: every output says so, unfilled values
   * show as 待填写, and a file that cannot be read as a directory is left out.
   */
  draft?: boolean;
}

/** Where a city's or province's build is: region `index` of `total` (from 1); `itemCount` once it is written. */
export interface RegionProgress {
  index: number;
  total: number;
  name: string;
  itemCount?: number;
}

export interface BuildResult {
  outDir: string;
  files: string[];
  itemCount: number;
  domainCount: number;
  regionCount: number;
  /** The lint errors a draft was published with (0 for a final build, which refuses them). */
  errorCount: number;
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
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? 'zh';
  const progress = options.progress ?? (() => {});
  const signal = options.signal;
  const gate = new LintGate(options.workspace, options.draft);
  // The workspace's own files first; its regions are linted one by one as the build reaches them.
  const parent = await checkWorkspace(options.workspace, { cwd, lang, withRegions: false });
  gate.add(parent);
  const ws = parent.workspace;
  const out = resolve(cwd, options.out ?? join(ws.root, 'dist'));
  refuseUnsafeOutput(out, ws.root);

  const targets = TARGETS.filter((t) => (options.only ?? DEFAULT_TARGETS).includes(t.name));
  const plans = await planRegions(ws.root, cwd);
  const names = targets.map((t) => t.name);
  const compendium = compile(ws, { env: options.env, downloads: downloadsOf(names, plans.length > 0 ? 'summary' : 'county'), draft: options.draft });
  mkdirSync(dirname(out), { recursive: true });
  const release = await lockOutput(out, options.wait ?? 0, signal);
  const staging = stagingFolder(out);
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  let previous: Previous | undefined;
  try {
    removeLeftovers(out, options.notice ?? (() => {}));
    signal?.throwIfAborted();
    previous = options.previous ? await previousVersion(options.previous, ws.root, cwd, options.env) : undefined;
    const changes = previous ? diffCompendia(previous.compendium, compendium, [previous.label, compendium.version]) : undefined;
    cleanup();
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, OUTPUT_MARKER), '');
    const written: string[] = [];
    const base = { compendium, regions: plans.map(({ slug, name }) => ({ slug, name })), ...(changes ? { changes } : {}), outDir: staging, lang, progress };
    const writers: TargetWriter[] = [];
    for (const target of targets) writers.push(await (await target.load())({ ...base, output: target.output } satisfies TargetContext));

    // One region at a time: lint it, load it, hand it to every target, keep only its summary.
    const summaries: RegionSummary[] = [];
    for (const [i, plan] of plans.entries()) {
      signal?.throwIfAborted();
      const step = { index: i + 1, total: plans.length, name: plan.name };
      options.onRegion?.(step);
      const checked = await checkWorkspace(plan.root, { cwd, lang });
      gate.add(checked);
      // After an error nothing more is written, but every region is still linted, to count all the errors.
      if (gate.failed) continue;
      // A region's files lie in its own folder under the names a county's have.
      const regionCompendium = compile(checked.workspace, { env: options.env, downloads: downloadsOf(names, 'region'), draft: options.draft });
      const region = await regionBuild(plan, regionCompendium, ws.root, previous, cwd, options.env);
      for (const writer of writers) {
        written.push(...((await writer.region?.(region)) ?? []));
        signal?.throwIfAborted();
      }
      summaries.push(summarise(region));
      options.onRegion?.({ ...step, itemCount: region.compendium.itemCount });
    }
    gate.check();
    for (const [i, target] of targets.entries()) {
      progress(target.name);
      written.push(...(await writers[i]!.finish(summaries)));
      signal?.throwIfAborted();
    }
    swapInto(staging, out);
    return {
      outDir: out,
      files: written.sort(),
      itemCount: summaries.reduce((n, r) => n + r.itemCount, compendium.itemCount),
      domainCount: summaries.reduce((n, r) => n + r.domainCount, compendium.domains.length),
      regionCount: plans.length,
      errorCount: gate.count,
    };
  } catch (err) {
    cleanup();
    throw err;
  } finally {
    // The lock first: a failing clean-up must not keep the output locked.
    release();
    previous?.dispose();
  }
}

/** A region ready for the targets: compiled, and diffed against its folder in the previous version. */
async function regionBuild(plan: RegionPlan, compendium: Compendium, parentRoot: string, previous: Previous | undefined, cwd: string, env: NodeJS.ProcessEnv | undefined): Promise<RegionBuild> {
  const region: RegionBuild = { slug: plan.slug, name: plan.name, compendium };
  if (!previous) return region;
  // A region new since the previous publication is diffed against nothing there: all its items are added.
  const before = join(previous.root, relative(parentRoot, plan.root));
  const old = existsSync(join(before, CONFIG_FILE)) ? compile(await loadWorkspace(before, { cwd }), { env }) : { ...previous.compendium, domains: [] };
  const changes: DiffReport = diffCompendia(old, compendium, [previous.label, compendium.version]);
  return { ...region, changes };
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

/** Replace `out` with `staging`; the old output is removed only after the new one is in place. */
function swapInto(staging: string, out: string): void {
  const old = oldFolder(out);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}
