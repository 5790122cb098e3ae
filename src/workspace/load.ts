// A workspace with its directory files read and parsed: what `build` and the other publishing
// commands work from. Files that do not pass syntax and schema checks are refused (run `lint`).
import { resolve } from 'node:path';
import type { DirectoryData } from '../model/types.js';
import { lintRun } from '../lint/run.js';
import { GkmlError } from '../core/errors.js';
import { CONFIG_FILE, settingsFor, type WorkspaceConfig, type WorkspaceSettings } from './config.js';
import { existsSync } from 'node:fs';
import { readSourceFile, type SourceFile } from './source.js';
import { displayPath } from './paths.js';
import { workspaceFiles } from './targets.js';
import { compareStrings } from '../core/order.js';
import type { Finding } from '../lint/finding.js';

export interface LoadedDirectory {
  file: SourceFile;
  data: DirectoryData;
}

export interface Workspace {
  root: string;
  config: WorkspaceConfig;
  settings: WorkspaceSettings;
  /** Sorted by domain order of the national list, then file path. */
  directories: LoadedDirectory[];
}

export interface LoadOptions {
  cwd?: string;
  /** Files already read (by the lint that validated them), by absolute path: not read again. */
  sources?: ReadonlyMap<string, SourceFile>;
}

export async function loadWorkspace(dir: string, options: LoadOptions = {}): Promise<Workspace> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, dir);
  if (!existsSync(resolve(root, CONFIG_FILE))) {
    throw new GkmlError({ zh: `不是 gkml 工作区（没有 ${CONFIG_FILE}）：${dir}`, en: `not a gkml workspace (no ${CONFIG_FILE}): ${dir}` });
  }
  const settings = settingsFor(root, cwd);
  const files = await workspaceFiles(root, cwd);
  const directories = files
    .map((path) => {
      const file = options.sources?.get(path) ?? readSourceFile(path, displayPath(path, cwd));
      return { file, data: file.data as DirectoryData };
    })
    .sort((a, b) => compareStrings(a.file.display, b.file.display));
  return { root, config: settings.config!, settings, directories };
}

/** A workspace linted and loaded from the very files the lint read. */
export interface CheckedWorkspace {
  workspace: Workspace;
  errorCount: number;
  /** The first error in report order, when there is one. */
  firstError?: Finding;
}

/**
 * Lint a workspace for publishing and load it from the files the lint read (nothing is read or
 * parsed twice). `withRegions: false` leaves out its child regions, which a build checks one at a time.
 */
export async function checkWorkspace(dir: string, options: LoadOptions & { lang?: 'zh' | 'en'; withRegions?: boolean } = {}): Promise<CheckedWorkspace> {
  const cwd = options.cwd ?? process.cwd();
  const run = await lintRun({ targets: [dir], cwd, lang: options.lang, withRegions: options.withRegions });
  const { errorCount, findings } = run.result;
  const sources = new Map(run.sources.map((f) => [f.path, f]));
  const firstError = findings.find((f) => f.severity === 'error');
  return { workspace: await loadWorkspace(dir, { cwd, sources }), errorCount, ...(firstError ? { firstError } : {}) };
}

/** Why nothing is published: how many errors lint found under `dir`, and the first of them. */
export function publishRefusal(dir: string, errorCount: number, first: Finding): GkmlError {
  return new GkmlError(
    {
      zh: `目录有 ${errorCount} 个错误，未生成任何输出（先运行 gkml lint ${dir} 查看）。第一个：${first.message}`,
      en: `the directory has ${errorCount} errors; nothing was written (run gkml lint ${dir}). First: ${first.message}`,
    },
    { file: first.file, line: first.line, column: first.column },
    1,
  );
}

/** Load a workspace (and lint its regions) for publishing: refuse when lint finds errors, so nothing broken is published. */
export async function loadValidWorkspace(dir: string, options: LoadOptions & { lang?: 'zh' | 'en' } = {}): Promise<Workspace> {
  const checked = await checkWorkspace(dir, options);
  if (checked.firstError) throw publishRefusal(dir, checked.errorCount, checked.firstError);
  return checked.workspace;
}
