// A workspace with its directory files read: what the cascade (src/model/cascade.ts) compiles.
// Reading is not checking: publishing commands lint first (src/lint/checked-workspace.ts) and
// load from the very files the lint read.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import { GkmlError } from '../core/errors.js';
import { WORKSPACE } from '../i18n/catalogue/workspace.js';
import { msg } from '../i18n/messages.js';
import { CONFIG_FILE, type WorkspaceConfig, type WorkspaceSettings } from './config.js';
import { workspaceSettings } from './config-inheritance.js';
import { displayPath } from '../util/paths.js';
import { readSourceFile, type SourceFile } from './source.js';
import { workspaceFiles } from './input-files.js';

export interface Workspace {
  root: string;
  config: WorkspaceConfig;
  settings: WorkspaceSettings;
  /** The directory files, sorted by the path shown (code-point order); the cascade puts them in national order. */
  directories: SourceFile[];
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
    throw new GkmlError(msg(WORKSPACE.notAWorkspace, { config: CONFIG_FILE, dir }));
  }
  const settings = await workspaceSettings(root, cwd);
  const directories = (await workspaceFiles(root, cwd))
    .map((path) => options.sources?.get(path) ?? readSourceFile(path, displayPath(path, cwd)))
    .sort((a, b) => compareStrings(a.display, b.display));
  return { root, config: settings.config!, settings, directories };
}
