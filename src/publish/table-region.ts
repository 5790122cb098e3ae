// A submitted table built as a region of the tree: linted at its cells with the settings of the
// workspace that lists it (tableRegionSettings), loaded from the very directories the lint read,
// and compiled as a workspace of its own whose items keep the cell each was read from.
import { relative, sep } from 'node:path';
import type { Lang } from '../i18n/text.js';
import { cellAddress } from '../import/grid.js';
import type { CheckedWorkspace } from '../lint/checked-workspace.js';
import type { TableCell } from '../lint/finding.js';
import { lintRun } from '../lint/run.js';
import type { Compendium, ItemSource } from '../model/compendium.js';
import { compareStrings } from '../core/order.js';
import { levelLabels, type WorkspaceConfig } from '../workspace/config.js';
import { tableRegionTarget } from '../workspace/input-files.js';
import type { TableRegion } from '../workspace/region-folders.js';
import { tableRegionSettings } from '../workspace/table-regions.js';
import type { RegionPlan } from './regions.js';

/** A table region linted and loaded; `cellsOf` gives, by domain id, the cell a value of one of its directories was read from. */
export interface CheckedTable extends CheckedWorkspace {
  cellsOf: Map<string, (pointer: string) => TableCell>;
}

/** The config a table region is compiled with: its parent's settings under its own identity (no directories, regions or units of its own). */
function tableConfig(parent: WorkspaceConfig, plan: Pick<RegionPlan, 'name' | 'level'>): WorkspaceConfig {
  const { regions: _regions, units: _units, levels: _levels, ...settings } = parent;
  return { ...settings, region: plan.name, level: plan.level as WorkspaceConfig['level'], directories: [] };
}

export async function checkTableRegion(
  plan: Pick<RegionPlan, 'root' | 'name' | 'level'> & { table: TableRegion },
  cwd: string,
  lang: Lang,
): Promise<CheckedTable> {
  const run = await lintRun({ cwd, lang, threads: 0 }, [tableRegionTarget(plan.root, plan.table, cwd)]);
  const firstError = run.result.findings.find((f) => f.severity === 'error');
  const parent = tableRegionSettings(plan.table.parent, cwd);
  const config = tableConfig(parent.config!, plan);
  const directories = run.sources.filter((s) => s.path.startsWith(`${plan.root}#`)).sort((a, b) => compareStrings(a.path, b.path));
  const cellsOf = new Map(directories.map((d) => [(d.data as { domain: string }).domain, run.cellOf.get(d)!]));
  return {
    workspace: { root: plan.table.parent, config, settings: { ...parent, config, levelLabels: levelLabels(config) }, directories },
    errorCount: run.result.errorCount,
    ...(firstError ? { firstError } : {}),
    cellsOf,
  };
}

/** Each item of a table region's compendium with the cell it was read from (its row's first), the file relative to the top workspace. */
export function withProvenance(compendium: Compendium, cellsOf: CheckedTable['cellsOf'], topRoot: string, path: string): Compendium {
  const file = relative(topRoot, path).split(sep).join('/');
  const domains = compendium.domains.map((d) => {
    const cellAt = cellsOf.get(d.id);
    if (!cellAt) return d;
    const provenance = d.data.items.map((_, i): ItemSource => {
      const cell = cellAt(`/items/${i}`);
      return { file, sheet: cell.sheet, cell: cellAddress(cell.row, cell.col) };
    });
    return { ...d, provenance };
  });
  return { ...compendium, domains };
}
