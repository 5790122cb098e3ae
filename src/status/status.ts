// `gkml status`: how far the author has got, domain by domain, like `git status`. It reads any
// draft — lint errors, unfilled fields, even a file that does not parse — and says, per domain in
// the national order, how many items there are, how many of their fields are filled (by the items
// themselves, and by defaults), the errors and warnings, whether the domain is ready to publish, and
// what to do next: the rules with the most findings and where to start on each.
import { resolve } from 'node:path';
import { walkRegions } from '../core/region-tree.js';
import type { Lang } from '../i18n/text.js';
import type { Finding } from '../lint/finding.js';
import { lintRun, type LintRun } from '../lint/run.js';
import { lintTableRegion } from '../lint/table-region.js';
import { publishable } from '../model/cascade.js';
import { DOMAINS, domainById } from '../model/domains.js';
import { fieldsToFill, withDefaults } from '../model/item-values.js';
import type { DirectoryData, Item } from '../model/types.js';
import { loadWorkspace, type Workspace } from '../workspace/load.js';
import { regionFolders, type TableRegion } from '../workspace/region-folders.js';
import { displayPath } from '../util/paths.js';

export interface FieldCounts {
  /** Field slots: items × the fields every item must give (l2 only where the item has a 二级事项). */
  total: number;
  /** Given by the items themselves. */
  own: number;
  /** Given by a default of the file or the workspace. */
  defaulted: number;
  /** Still null or missing. */
  unfilled: number;
}

export interface DomainStatus {
  id: string;
  name: string;
  /** The file, as displayed. */
  file: string;
  /** False when the file cannot be read as a directory (its errors say why). */
  readable: boolean;
  items: number;
  fields: FieldCounts;
  errors: number;
  warnings: number;
  /** No error and nothing unfilled: the domain can be published. */
  ready: boolean;
}

export interface NextStep {
  rule: string;
  count: number;
  /** Fixable by `gkml lint --fix`. */
  fixable: boolean;
  /** The first finding of the rule, in report order: where to start. */
  first: Pick<Finding, 'file' | 'line' | 'column' | 'message' | 'itemId' | 'pointer'>;
}

export interface StatusTotals {
  domains: number;
  ready: number;
  items: number;
  fields: FieldCounts;
  errors: number;
  warnings: number;
}

/** A child region of a city or province (at any depth), summed up. */
export interface RegionStatus {
  region: string;
  /** Its folder, as a path to give `gkml status`. */
  workspace: string;
  /** 1 for a child, 2 for a grandchild … */
  depth: number;
  totals: StatusTotals;
  /** Every directory of its own is ready, and it has some (a region above others may have none). */
  ready: boolean;
  /** A submitted table (`workspace` is its file): `gkml lint` it. */
  table?: true;
}

export interface StatusReport {
  region: string;
  /** The workspace folder as given. */
  workspace: string;
  /** The workspace's own domains (a city's 市本级; often none for a city or province). */
  domains: DomainStatus[];
  /** Child regions and theirs, in the build's order; empty for a county. */
  regions: RegionStatus[];
  /** The workspace's own and, for a city or province, every region's. */
  totals: StatusTotals;
  /** The three rules with the most findings in the workspace's own files, most first. */
  next: NextStep[];
}

export interface StatusOptions {
  workspace?: string;
  cwd?: string;
  lang?: Lang;
}

/** A share in per cent with one decimal (100 of nothing). */
export const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);

function countFields(data: DirectoryData, workspaceDefaults: Readonly<Record<string, unknown>> | undefined): FieldCounts {
  const counts: FieldCounts = { total: 0, own: 0, defaulted: 0, unfilled: 0 };
  for (const item of data.items) {
    const resolved = withDefaults(item, data.defaults, workspaceDefaults);
    // An item with no 二级事项 has no l2 to fill.
    for (const field of fieldsToFill(item)) {
      counts.total++;
      const own = (item as unknown as Record<string, unknown>)[field];
      if (own !== undefined && own !== null) counts.own++;
      else if ((resolved as Item)[field] != null && own === undefined) counts.defaulted++;
      else counts.unfilled++;
    }
  }
  return counts;
}

const add = (a: FieldCounts, b: FieldCounts): FieldCounts => ({
  total: a.total + b.total,
  own: a.own + b.own,
  defaulted: a.defaulted + b.defaulted,
  unfilled: a.unfilled + b.unfilled,
});
const NONE: FieldCounts = { total: 0, own: 0, defaulted: 0, unfilled: 0 };

function nextSteps(findings: readonly Finding[]): NextStep[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule.entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
    .slice(0, 3)
    .map(([rule, list]) => {
      const { file, line, column, message, itemId, pointer } = list[0]!;
      return {
        rule,
        count: list.length,
        fixable: list.some((f) => f.fix),
        first: { file, line, column, message, pointer, ...(itemId ? { itemId } : {}) },
      };
    });
}

const sumTotals = (a: StatusTotals, b: StatusTotals): StatusTotals => ({
  domains: a.domains + b.domains,
  ready: a.ready + b.ready,
  items: a.items + b.items,
  fields: add(a.fields, b.fields),
  errors: a.errors + b.errors,
  warnings: a.warnings + b.warnings,
});

/**
 * The workspace's own progress, then (a city or province) each region's below it, to any depth,
 * one at a time, so a province's memory stays at one county's.
 */
export async function status(options: StatusOptions = {}): Promise<StatusReport> {
  const cwd = options.cwd ?? process.cwd();
  const dir = options.workspace ?? '.';
  const own = await workspaceStatus(dir, cwd, options.lang);
  const regions: RegionStatus[] = [];
  for (const { region: folder, depth } of walkRegions((await regionFolders(resolve(cwd, dir), cwd)).regions)) {
    const { region, totals } = folder.table
      ? await tableStatus(folder.dir, folder.table, cwd, options.lang)
      : await workspaceStatus(folder.dir, cwd, options.lang);
    // A region with regions of its own may have no directories itself; any other needs some.
    const parent = folder.regions.length > 0;
    regions.push({
      region,
      workspace: displayPath(folder.dir, cwd),
      depth,
      totals,
      ready: totals.ready === totals.domains && (parent || totals.domains > 0),
      ...(folder.table ? { table: true as const } : {}),
    });
  }
  return { ...own, regions, totals: regions.reduce((t, r) => sumTotals(t, r.totals), own.totals) };
}

async function workspaceStatus(dir: string, cwd: string, lang: Lang | undefined): Promise<Omit<StatusReport, 'regions'>> {
  const run = await lintRun({ targets: [dir], cwd, lang, withRegions: false });
  const ws = await loadWorkspace(dir, { cwd, sources: new Map(run.sources.map((f) => [f.path, f])) });
  return statusOf(run, ws, dir);
}

/** A submitted table region's progress, its domains those of its sheets (a finding counts for each domain of its file). */
async function tableStatus(path: string, table: TableRegion, cwd: string, lang: Lang | undefined): Promise<Omit<StatusReport, 'regions'>> {
  const { run, workspace } = await lintTableRegion(path, table, { cwd, ...(lang ? { lang } : {}) });
  return statusOf(run, workspace, path);
}

function statusOf(run: LintRun, ws: Workspace, dir: string): Omit<StatusReport, 'regions'> {
  const findings = run.result.findings;
  const order = new Map(DOMAINS.map((d, i) => [d.id, i]));
  const domains = ws.directories
    .map((file): DomainStatus => {
      const data = publishable(file.data) ? file.data : undefined;
      const own = findings.filter((f) => f.file === file.display);
      const errors = own.filter((f) => f.severity === 'error').length;
      const fields = data ? countFields(data, ws.config.defaults) : NONE;
      const id = data?.domain ?? file.display;
      return {
        id,
        name: (data && typeof data.name === 'string' ? data.name : undefined) ?? domainById(id)?.name ?? file.display,
        file: file.display,
        readable: data !== undefined,
        items: data?.items.length ?? 0,
        fields,
        errors,
        warnings: own.length - errors,
        ready: data !== undefined && errors === 0 && fields.unfilled === 0,
      };
    })
    .sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99) || (a.file < b.file ? -1 : 1));
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    region: ws.config.region,
    workspace: dir,
    domains,
    totals: {
      domains: domains.length,
      ready: domains.filter((d) => d.ready).length,
      items: domains.reduce((n, d) => n + d.items, 0),
      fields: domains.reduce((n, d) => add(n, d.fields), NONE),
      errors,
      warnings: findings.length - errors,
    },
    next: nextSteps(findings),
  };
}
