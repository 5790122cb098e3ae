// `gkml build`: compile a workspace into its publications (json, xlsx, html). The build writes
// into a staging folder beside the output and swaps it in only when every target succeeded, so a
// failed or interrupted build leaves the previous publication untouched.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Lang } from '../i18n/text.js';
import { compile } from '../model/cascade.js';
import { GkmlError } from '../util/errors.js';
import { isInside } from '../workspace/paths.js';
import { loadValidWorkspace } from '../workspace/load.js';
import { buildTimestamp } from './dates.js';
import type { TargetWriter } from './target.js';

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
  const ws = await loadValidWorkspace(options.workspace, { cwd, lang });
  const out = resolve(cwd, options.out ?? join(ws.root, 'dist'));
  refuseUnsafeOutput(out, ws.root);

  const targets = BUILD_TARGETS.filter((t) => !options.only || options.only.includes(t));
  const compendium = compile(ws);
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
      written.push(...(await writer({ workspace: ws, compendium, outDir: staging, timestamp, lang, written: [...written], progress })));
    }
    swapInto(staging, out);
    return { outDir: out, files: written.sort(), itemCount: compendium.itemCount, domainCount: compendium.domains.length };
  } catch (err) {
    cleanup();
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Replace `out` with `staging`; the old output is removed only after the new one is in place. */
function swapInto(staging: string, out: string): void {
  const old = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
}
