// `gkml build`: compile a workspace into its publications (json, xlsx, html). The build writes
// into a staging folder beside the output and swaps it in only when every target succeeded, so a
// failed or interrupted build leaves the previous publication untouched.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/text.js';
import { compile } from '../model/cascade.js';
import { GkmlError } from '../util/errors.js';
import { isInside } from '../workspace/paths.js';
import { diffWorkspaces, type DiffReport } from '../diff/diff.js';
import { checkoutWorkspace, isGitRevision } from '../diff/git-source.js';
import { CONFIG_FILE } from '../workspace/config.js';
import { childWorkspaces } from '../workspace/targets.js';
import { loadValidWorkspace, loadWorkspace, type Workspace } from '../workspace/load.js';
import type { SourceFile } from '../workspace/source.js';
import { buildTimestamp } from './dates.js';
import { REGION_SLUG, type RegionBuild, type TargetWriter } from './target.js';

export const BUILD_TARGETS = ['json', 'xlsx', 'html'] as const;
export type BuildTarget = (typeof BUILD_TARGETS)[number];

/** Marks a folder as gkml's output, so a rebuild may replace it. */
export const OUTPUT_MARKER = '.gkml-output';

// Loaded on demand: a json-only build never loads exceljs or handlebars.
const WRITERS: Record<BuildTarget, () => Promise<TargetWriter>> = {
  json: async () => (await import('../export/json.js')).writeJson,
  xlsx: async () => (await import('../export/xlsx/index.js')).writeXlsx,
  html: async () => (await import('../export/html/index.js')).writeSite,
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
  const { workspace: ws, sources } = await loadValidWorkspace(options.workspace, { cwd, lang });
  const out = resolve(cwd, options.out ?? join(ws.root, 'dist'));
  refuseUnsafeOutput(out, ws.root);

  const targets = BUILD_TARGETS.filter((t) => !options.only || options.only.includes(t));
  const compendium = compile(ws);
  const loaded = await loadRegions(ws, cwd, options.env, sources);
  const since = options.previous ? await changesSince(options.previous, ws, loaded, cwd) : undefined;
  const regions = since?.regions ?? loaded;
  const changes = since?.changes;
  const staging = join(dirname(out), `.${basename(out)}.building-${process.pid}`);
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    cleanup();
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, OUTPUT_MARKER), '');
    const written: string[] = [];
    const timestamp = buildTimestamp(ws.config, options.env);
    for (const target of targets) {
      progress(target);
      const writer = await WRITERS[target]();
      written.push(...(await writer({ workspace: ws, compendium, regions, ...(changes ? { changes } : {}), outDir: staging, timestamp, lang, written: [...written], progress })));
    }
    swapInto(staging, out);
    const all = [compendium, ...regions.map((r) => r.compendium)];
    return {
      outDir: out,
      files: written.sort(),
      itemCount: all.reduce((n, c) => n + c.itemCount, 0),
      domainCount: all.reduce((n, c) => n + c.domains.length, 0),
      regionCount: regions.length,
    };
  } catch (err) {
    cleanup();
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** The child regions of a city or province, loaded (already linted with the parent) and compiled. */
async function loadRegions(ws: Workspace, cwd: string, env: NodeJS.ProcessEnv | undefined, sources: ReadonlyMap<string, SourceFile>): Promise<RegionBuild[]> {
  const children = await childWorkspaces(ws.root, cwd);
  const regions: RegionBuild[] = [];
  for (const [i, root] of children.entries()) {
    const workspace = await loadWorkspace(root, { cwd, sources });
    const name = basename(root);
    regions.push({ slug: REGION_SLUG.test(name) ? name : `region-${String(i + 1).padStart(3, '0')}`, workspace, compendium: compile(workspace), timestamp: buildTimestamp(workspace.config, env) });
  }
  return regions;
}

/**
 * The diff from the previous publication (a folder, or a git revision of this workspace) to this
 * one; for a city or province also each region's, from the same folder of the previous version.
 */
async function changesSince(previous: string, ws: Workspace, regions: RegionBuild[], cwd: string): Promise<{ changes: DiffReport; regions: RegionBuild[] }> {
  const path = resolve(cwd, previous);
  if (existsSync(path) && statSync(path).isDirectory()) {
    return diffTree(await loadWorkspace(path, { cwd }), previous, ws, regions, cwd);
  }
  if (!isGitRevision(previous, ws.root)) {
    throw new GkmlError({ zh: `--previous 既不是工作区文件夹，也不是 git 版本：${previous}`, en: `--previous is neither a workspace folder nor a git revision: ${previous}` });
  }
  const copy = checkoutWorkspace(previous, ws.root);
  try {
    return await diffTree(await loadWorkspace(copy.root, { cwd }), previous, ws, regions, cwd);
  } finally {
    rmSync(copy.temp, { recursive: true, force: true });
  }
}

/** A region new since the previous publication is diffed against nothing there: all its items are added. */
async function diffTree(old: Workspace, label: string, ws: Workspace, regions: RegionBuild[], cwd: string): Promise<{ changes: DiffReport; regions: RegionBuild[] }> {
  const withChanges: RegionBuild[] = [];
  for (const region of regions) {
    const before = join(old.root, relative(ws.root, region.workspace.root));
    const oldRegion = existsSync(join(before, CONFIG_FILE)) ? await loadWorkspace(before, { cwd }) : { ...old, directories: [] };
    withChanges.push({ ...region, changes: diffWorkspaces(oldRegion, region.workspace, [label, region.workspace.config.version]) });
  }
  return { changes: diffWorkspaces(old, ws, [label, ws.config.version]), regions: withChanges };
}

/** Replace `out` with `staging`; the old output is removed only after the new one is in place. */
function swapInto(staging: string, out: string): void {
  const old = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}
