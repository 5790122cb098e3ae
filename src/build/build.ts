// `gkml build`: compile a workspace into its publications (json, xlsx, html). The build writes
// into a staging folder beside the output and swaps it in only when every target succeeded, so a
// failed or interrupted build leaves the previous publication untouched.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/text.js';
import { compile } from '../model/cascade.js';
import { GkmlError } from '../core/errors.js';
import { isInside } from '../workspace/paths.js';
import { diffWorkspaces } from '../diff/diff.js';
import { checkoutWorkspace, isGitRevision } from '../diff/git-source.js';
import { compareFindings, type Finding } from '../lint/finding.js';
import { CONFIG_FILE, loadConfig } from '../workspace/config.js';
import { childWorkspaces } from '../workspace/targets.js';
import { checkWorkspace, loadWorkspace, publishRefusal, type CheckedWorkspace, type Workspace } from '../workspace/load.js';
import { buildTimestamp } from './dates.js';
import { REGION_SLUG, duplicateRegion, summarise, type RegionBuild, type RegionPlan, type RegionSummary, type TargetContext, type TargetFactory, type TargetWriter } from './target.js';

export const BUILD_TARGETS = ['json', 'xlsx', 'html'] as const;
export type BuildTarget = (typeof BUILD_TARGETS)[number];

/** Marks a folder as gkml's output, so a rebuild may replace it. */
export const OUTPUT_MARKER = '.gkml-output';

// Loaded on demand: a json-only build never loads exceljs or handlebars.
const FACTORIES: Record<BuildTarget, () => Promise<TargetFactory>> = {
  json: async () => (await import('../export/json.js')).jsonWriter,
  xlsx: async () => (await import('../export/xlsx/index.js')).xlsxWriter,
  html: async () => (await import('../export/html/index.js')).siteWriter,
};

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
}

export interface BuildResult {
  outDir: string;
  files: string[];
  itemCount: number;
  domainCount: number;
  regionCount: number;
}

function refuseUnsafeOutput(out: string, root: string): void {
  if (isInside(out, root)) {
    throw new GkmlError({ zh: `输出文件夹不能是工作区本身或其上级：${out}`, en: `the output folder cannot be the workspace or above it: ${out}` });
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) {
      throw new GkmlError({ zh: `输出路径已存在且不是文件夹：${out}`, en: `the output path exists and is not a folder: ${out}` });
    }
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
      throw new GkmlError({
        zh: `输出文件夹不是空的，也不是 gkml 生成的，为避免丢失数据不会覆盖：${out}`,
        en: `the output folder is not empty and was not made by gkml; it is not replaced, to avoid losing data: ${out}`,
      });
    }
  }
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? 'zh';
  const progress = options.progress ?? (() => {});
  const gate = new LintGate(options.workspace);
  // The workspace's own files first; its regions are linted one by one as the build reaches them.
  const parent = await checkWorkspace(options.workspace, { cwd, lang, withRegions: false });
  gate.add(parent);
  const ws = parent.workspace;
  const out = resolve(cwd, options.out ?? join(ws.root, 'dist'));
  refuseUnsafeOutput(out, ws.root);

  const targets = BUILD_TARGETS.filter((t) => !options.only || options.only.includes(t));
  const compendium = compile(ws);
  const plans = await planRegions(ws.root, cwd);
  const staging = join(dirname(out), `.${basename(out)}.building-${process.pid}`);
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  const previous = options.previous ? previousVersion(options.previous, ws.root, cwd) : undefined;
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const old = previous && { ...previous, workspace: await loadWorkspace(previous.root, { cwd }) };
    const changes = old ? diffWorkspaces(old.workspace, ws, [old.label, ws.config.version]) : undefined;
    cleanup();
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, OUTPUT_MARKER), '');
    const written: string[] = [];
    const ctx: TargetContext = { workspace: ws, compendium, regions: plans, ...(changes ? { changes } : {}), outDir: staging, timestamp: buildTimestamp(ws.config, options.env), lang, written, progress };
    const writers: TargetWriter[] = [];
    for (const target of targets) writers.push(await (await FACTORIES[target]())(ctx));

    // One region at a time: lint it, load it, hand it to every target, keep only its summary.
    const summaries: RegionSummary[] = [];
    for (const plan of plans) {
      const checked = await checkWorkspace(plan.root, { cwd, lang });
      gate.add(checked);
      // After an error nothing more is written, but every region is still linted, to count all the errors.
      if (gate.failed) continue;
      progress(plan.name);
      const region = await regionBuild(plan, checked.workspace, ws.root, old, options.env, cwd);
      for (const writer of writers) written.push(...((await writer.region?.(region)) ?? []));
      summaries.push(summarise(region));
    }
    gate.check();
    for (const [i, target] of targets.entries()) {
      progress(target);
      written.push(...(await writers[i]!.finish(summaries)));
    }
    swapInto(staging, out);
    return {
      outDir: out,
      files: written.sort(),
      itemCount: summaries.reduce((n, r) => n + r.itemCount, compendium.itemCount),
      domainCount: summaries.reduce((n, r) => n + r.domainCount, compendium.domains.length),
      regionCount: plans.length,
    };
  } catch (err) {
    cleanup();
    throw err;
  } finally {
    previous?.dispose();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Collects lint errors across the workspaces of a build; the first error is the first in report order. */
class LintGate {
  private errors = 0;
  private first: Finding | undefined;

  constructor(private readonly dir: string) {}

  add(checked: CheckedWorkspace): void {
    this.errors += checked.errorCount;
    const f = checked.firstError;
    if (f && (!this.first || compareFindings(f, this.first) < 0)) this.first = f;
  }

  get failed(): boolean {
    return this.errors > 0;
  }

  check(): void {
    if (this.first) throw publishRefusal(this.dir, this.errors, this.first);
  }
}

/** The child regions of a city or province, with their slugs and names, before any is loaded. */
async function planRegions(root: string, cwd: string): Promise<RegionPlan[]> {
  const plans: RegionPlan[] = [];
  for (const [i, dir] of (await childWorkspaces(root, cwd)).entries()) {
    const name = basename(dir);
    const slug = REGION_SLUG.test(name) ? name : `region-${String(i + 1).padStart(3, '0')}`;
    if (plans.some((p) => p.slug === slug)) throw duplicateRegion(slug);
    plans.push({ slug, name: loadConfig(join(dir, CONFIG_FILE), cwd).region, root: dir });
  }
  return plans;
}

/** A region ready for the targets: compiled, and diffed against its folder in the previous version. */
async function regionBuild(
  plan: RegionPlan,
  workspace: Workspace,
  parentRoot: string,
  previous: { root: string; label: string; workspace: Workspace } | undefined,
  env: NodeJS.ProcessEnv | undefined,
  cwd: string,
): Promise<RegionBuild> {
  const region: RegionBuild = { ...plan, workspace, compendium: compile(workspace), timestamp: buildTimestamp(workspace.config, env) };
  if (!previous) return region;
  // A region new since the previous publication is diffed against nothing there: all its items are added.
  const before = join(previous.root, relative(parentRoot, plan.root));
  const oldRegion = existsSync(join(before, CONFIG_FILE)) ? await loadWorkspace(before, { cwd }) : { ...previous.workspace, directories: [] };
  return { ...region, changes: diffWorkspaces(oldRegion, workspace, [previous.label, workspace.config.version]) };
}

/** The previous publication: a workspace folder, or a git revision of this workspace copied out to a temporary folder. */
function previousVersion(previous: string, root: string, cwd: string): { root: string; label: string; dispose(): void } {
  const path = resolve(cwd, previous);
  if (existsSync(path) && statSync(path).isDirectory()) return { root: path, label: previous, dispose: () => {} };
  if (!isGitRevision(previous, root)) {
    throw new GkmlError({ zh: `--previous 既不是工作区文件夹，也不是 git 版本：${previous}`, en: `--previous is neither a workspace folder nor a git revision: ${previous}` });
  }
  const copy = checkoutWorkspace(previous, root);
  return { root: copy.root, label: previous, dispose: () => rmSync(copy.temp, { recursive: true, force: true }) };
}

/** Replace `out` with `staging`; the old output is removed only after the new one is in place. */
function swapInto(staging: string, out: string): void {
  const old = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}
