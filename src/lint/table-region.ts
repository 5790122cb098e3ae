// A submitted table as a region of the tree (issue 28): what it is called and at what level, and
// the table linted at its cells with the settings of the workspace that lists it
// (tableRegionSettings), then loaded from the very directories the lint read, as a workspace of
// its own, for the build, status, coverage and diff alike.
import { basename, extname, join } from 'node:path';
import { compareStrings } from '../core/order.js';
import type { Lang } from '../i18n/text.js';
import { firstTableTitle, regionOfTitle } from '../import/read-tables.js';
import { CONFIG_FILE, levelLabels, loadConfig, type WorkspaceConfig, type WorkspaceLevel } from '../workspace/config.js';
import { tableRegionTarget } from '../workspace/input-files.js';
import type { Workspace } from '../workspace/load.js';
import type { TableRegion } from '../workspace/region-folders.js';
import { tableRegionSettings } from '../workspace/config-inheritance.js';
import { levelBelow } from '../workspace/table-regions.js';
import type { TableCell } from './finding.js';
import { lintRun, type LintRun } from './run.js';

/** A table region's name and level. */
export interface TableIdentity {
  name: string;
  level: WorkspaceLevel;
}

/** Its title's place (某县), else its file's name; a level below the workspace that lists it. */
export async function tableRegionIdentity(path: string, table: TableRegion, cwd: string): Promise<TableIdentity> {
  const title = table.refusal ? undefined : await firstTableTitle(path, cwd);
  const name = (title && regionOfTitle(title)) || basename(path, extname(path));
  return { name, level: levelBelow(loadConfig(join(table.parent, CONFIG_FILE), cwd).level) };
}

/** A table region linted and loaded; `cellsOf` gives, by domain id, the cell a value of one of its directories was read from. */
export interface LintedTable {
  run: LintRun;
  workspace: Workspace;
  cellsOf: Map<string, (pointer: string) => TableCell>;
}

/** The config a table region is compiled with: its parent's settings under its own identity (no directories, regions, units or levels of its own). */
function tableConfig(parent: WorkspaceConfig, identity: TableIdentity): WorkspaceConfig {
  const { regions: _regions, units: _units, levels: _levels, ...settings } = parent;
  return { ...settings, region: identity.name, level: identity.level, directories: [] };
}

/** `identity`: the table's, when the caller knows it already (the build's plan). */
export async function lintTableRegion(
  path: string,
  table: TableRegion,
  options: { cwd: string; lang?: Lang; identity?: TableIdentity },
): Promise<LintedTable> {
  const { cwd } = options;
  const run = await lintRun({ cwd, lang: options.lang, threads: 0 }, [tableRegionTarget(path, table, cwd)]);
  const parent = await tableRegionSettings(table.parent, cwd);
  const config = tableConfig(parent.config!, options.identity ?? (await tableRegionIdentity(path, table, cwd)));
  const directories = run.sources.filter((s) => s.path.startsWith(`${path}#`)).sort((a, b) => compareStrings(a.path, b.path));
  const cellsOf = new Map(directories.map((d) => [(d.data as { domain: string }).domain, run.cellOf.get(d)!]));
  const settings = { ...parent, config, levelLabels: levelLabels(config) };
  return { run, workspace: { root: table.parent, config, settings, directories }, cellsOf };
}
