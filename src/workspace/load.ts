// A workspace with its directory files read and parsed: what `build` and the other publishing
// commands work from. Files that do not pass syntax and schema checks are refused (run `lint`).
import { resolve } from 'node:path';
import type { DirectoryData } from '../model/types.js';
import { lintRun } from '../lint/run.js';
import { GkmlError } from '../util/errors.js';
import { CONFIG_FILE, settingsFor, type WorkspaceConfig, type WorkspaceSettings } from './config.js';
import { existsSync } from 'node:fs';
import { readSourceFile, type SourceFile } from './source.js';
import { displayPath } from './paths.js';
import { workspaceFiles } from './targets.js';
import { compareStrings } from '../lint/finding.js';

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

/**
 * Load a workspace for publishing: refuse when lint finds errors, so nothing broken is published.
 * `sources` holds every file the lint read (the child regions' too), for loading them without
 * reading and parsing them a second time.
 */
export async function loadValidWorkspace(dir: string, options: LoadOptions & { lang?: 'zh' | 'en' } = {}): Promise<{ workspace: Workspace; sources: ReadonlyMap<string, SourceFile> }> {
  const cwd = options.cwd ?? process.cwd();
  const run = await lintRun({ targets: [dir], cwd, lang: options.lang });
  const result = run.result;
  if (result.errorCount > 0) {
    const first = result.findings.find((f) => f.severity === 'error')!;
    throw new GkmlError(
      {
        zh: `目录有 ${result.errorCount} 个错误，未生成任何输出（先运行 gkml lint ${dir} 查看）。第一个：${first.message}`,
        en: `the directory has ${result.errorCount} errors; nothing was written (run gkml lint ${dir}). First: ${first.message}`,
      },
      { file: first.file, line: first.line, column: first.column },
      1,
    );
  }
  const sources = new Map(run.sources.map((f) => [f.path, f]));
  return { workspace: await loadWorkspace(dir, { cwd, sources }), sources };
}
