// The lint pipeline, in named stages: collect the files → check each (syntax, schema, per-file
// rules) → finish each workspace (its workspace rules, severities from config, inline
// suppressions) → the baseline file → the sorted report. A submitted table is checked as a
// workspace of its own (submitted-tables.ts).
// A file that cannot be read is a finding of that file (refusals.ts); only a run that could read
// none stops.
// `lint()` (src/lint/lint.ts) is the one entry point over it, adding the cache and `--fix`.
import { dirname, resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import { isTableFile } from '../workspace/table-files.js';
import type { Lang } from '../i18n/text.js';
import type { DirectoryData } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { Report, WorkspaceFile } from '../rules/rule.js';
import type { Profile } from '../schema/directory-schema.js';
import { CONFIG_FILE, type WorkspaceSettings } from '../workspace/config.js';
import { tableRegionSettings, workspaceSettings } from '../workspace/config-inheritance.js';
import { displayPath } from '../util/paths.js';
import { parseSource, preparedSource, readSourceFile, type SourceFile } from '../workspace/source.js';
import { validateFile } from '../workspace/validate.js';
import { resolveTargets, workspaceFiles, type Target } from '../workspace/input-files.js';
import { baselineStage, type BaselineStats } from './baseline.js';
import type { SeveritySetting } from '../core/positions.js';
import { compareFindings, textSpan, type Finding, type PendingFinding, type TableCell } from './finding.js';
import { localise } from './localise.js';
import type { CacheStrategy } from './cache-strategy.js';
import {
  checkFile,
  findingAt,
  makeFinding,
  ruleView,
  schemaProblem,
  severityFor,
  type CheckOptions,
  type FileFinding,
  type FileOutcome,
} from './check-file.js';
import { checkInWorkers, threadCount } from './workers.js';
import { applySuppressions } from './suppressions.js';
import { nothingRead, readOrRefuse, refusalOf, type Refusal } from './refusals.js';
import { lintTables, type TableStage } from './submitted-tables.js';
import { append } from '../util/arrays.js';

export interface LintOptions {
  /** Files, folders, workspaces or globs; default: the current folder. */
  targets?: readonly string[];
  cwd?: string;
  lang?: Lang;
  /** Force a schema profile for every file (default: each file's own `profile`). */
  profile?: Profile;
  /** Severity overrides on top of each workspace's config. */
  rules?: Record<string, SeveritySetting>;
  /** Texts to lint instead of the files on disk, by absolute path: how `--fix` checks its edits before writing. */
  texts?: ReadonlyMap<string, string>;
  /**
   * A baseline file (src/lint/baseline.ts): the findings it records are not reported. `true` reads
   * .gkml-baseline.json in `cwd` when it exists; a path must exist.
   */
  baseline?: string | true;
  /** Record every finding in the baseline file (`baseline`, or .gkml-baseline.json), then report as that file says. */
  writeBaseline?: boolean;
  /**
   * Apply every safe fix in place (`true`), or compute them and write nothing (`'dry-run'`); the
   * result lists the files changed (src/lint/fix.ts).
   */
  fix?: boolean | 'dry-run';
  /** Reuse the result of an identical earlier run (src/lint/cache.ts): the cache folder. */
  cache?: string;
  /** How the cache tells a changed file: its size and modification time (default), or its bytes. */
  cacheStrategy?: CacheStrategy;
  /** Worker threads for the per-file checks; default: one per core for large inputs (GKML_THREADS). */
  threads?: number;
  /** False: a workspace target is linted without its child regions (the build lints them one by one). */
  withRegions?: boolean;
  /** The gkml.config.yaml whose settings apply to submitted workbooks and CSV files (default: the workspace each lies in). */
  config?: string;
  /** The domain (id or name) of every submitted table, as `gkml import --domain` (default: told from each table). */
  domain?: string;
  /**
   * Keep every file read in the run's `sources` (default), for a caller that loads the workspace
   * from them; false keeps only the files with findings, so a province's lint holds one workspace
   * at a time.
   */
  keepSources?: boolean;
}

export interface LintResult {
  /** Files checked, as displayed. */
  files: string[];
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** When a baseline file was used: findings it hid, and recorded findings that no longer occur; `written` with `writeBaseline`. */
  baseline?: BaselineStats;
  /** With `fix`: the files fixed (or, in a dry run, that would be), with their text before and after. */
  fixed?: FixedFile[];
  /** With a dry run of `fix` on submitted tables: what each cell would become. */
  cellFixes?: CellFix[];
}

export interface CellFix {
  file: string;
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

export interface FixedFile {
  path: string;
  display: string;
  before: string;
  after: string;
}

/** A whole run, for the callers that need more than the report: the files read and the findings before the baseline. */
export interface LintRun {
  result: LintResult;
  sources: SourceFile[];
  /** The findings after inline suppressions, before the baseline file. */
  pending: PendingFinding[];
  /** The findings reported: after the baseline file too. */
  reported: PendingFinding[];
  /** The submitted tables and the directory files read from them (in memory: never fixed in place). */
  tableSources: ReadonlySet<SourceFile>;
  /** For a table's directory: the cell each value was read from. */
  cellOf: ReadonlyMap<SourceFile, (pointer: string) => TableCell>;
}

function sameFiles(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((p) => set.has(p));
}

type Checked = { file: SourceFile; outcome: FileOutcome }[];

/** One run as it moves from stage to stage: its options, and everything it has gathered so far. */
interface RunState {
  options: LintOptions;
  cwd: string;
  lang: Lang;
  keepSources: boolean;
  checkOptions: CheckOptions;
  /** Every finding after inline suppressions, before the baseline file. */
  pending: PendingFinding[];
  /** The files a report (or a caller loading the workspace) needs. */
  sources: SourceFile[];
  /** Every file checked, by path, for the baseline's count of what no longer occurs. */
  linted: string[];
  /** For a table's directory: the cell each value was read from. */
  cellOf: Map<SourceFile, (pointer: string) => TableCell>;
  tableSources: Set<SourceFile>;
  /** Why each file not read was not: when no file could be read, the run stops with these. */
  refusals: Refusal[];
  settingsOf(root: string | undefined): Promise<WorkspaceSettings>;
  read(path: string, display: string): SourceFile;
}

function startRun(options: LintOptions): RunState {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? 'zh';
  const settingsByRoot = new Map<string | undefined, Promise<WorkspaceSettings>>();
  return {
    options,
    cwd,
    lang,
    keepSources: options.keepSources ?? true,
    checkOptions: { profile: options.profile, rules: options.rules, lang },
    pending: [],
    sources: [],
    linted: [],
    cellOf: new Map(),
    tableSources: new Set(),
    refusals: [],
    settingsOf(root) {
      let s = settingsByRoot.get(root);
      if (!s) settingsByRoot.set(root, (s = workspaceSettings(root, cwd)));
      return s;
    },
    read(path, display) {
      const text = options.texts?.get(path);
      return text === undefined ? readSourceFile(path, display) : parseSource(path, display, text);
    },
  };
}

const isOn = (run: RunState, settings: WorkspaceSettings, slug: string) => severityFor(settings, slug, run.options.rules) !== 'off';

/** The per-file collector of a group: every problem shape arrives here as a finding of its file. */
function findingsCollector(checked: Checked, configFile: SourceFile | undefined) {
  const found = new Map<SourceFile, PendingFinding[]>(checked.map(({ file }) => [file, []]));
  if (configFile) found.set(configFile, []);
  const attach = (file: SourceFile, f: FileFinding | undefined) => {
    if (f) found.get(file)!.push({ ...f, file });
  };
  return { found, attach };
}

/** The workspace rules over the files that passed the schema, and the config's defaults checked as item values. */
async function workspaceRules(
  run: RunState,
  settings: WorkspaceSettings,
  checked: Checked,
  extra: GroupExtra,
  attach: ReturnType<typeof findingsCollector>['attach'],
) {
  const valid: WorkspaceFile[] = [];
  for (const { file, outcome } of checked) {
    for (const f of outcome.findings) attach(file, f);
    if (outcome.profile) valid.push({ file, data: ruleView(file.data as DirectoryData, outcome.brokenItems), profile: outcome.profile });
  }
  if (extra.configFile) {
    // The config's defaults, checked as item values once each (its loader leaves them to lint).
    for (const p of validateFile(extra.configFile, 'config')) {
      if (p.pointer.startsWith('/defaults/')) attach(extra.configFile, makeFinding(settings, run.options.rules, schemaProblem(p)));
    }
  }
  for (const rule of RULES.filter((r) => r.checkWorkspace && isOn(run, settings, r.meta.slug))) {
    const files = valid.filter((f) => !rule.meta.profiles || rule.meta.profiles.includes(f.profile));
    const report = (file: SourceFile, r: Report) => attach(file, findingAt(settings, run.options.rules, file, rule.meta.slug, r));
    await rule.checkWorkspace!({
      files,
      settings,
      configFile: extra.configFile,
      wholeWorkspace: extra.wholeWorkspace,
      lang: run.lang,
      report,
    });
  }
}

/** Each file's inline suppressions applied (and their own problems reported); then only what a report needs is kept. */
function keepAfterSuppressions(run: RunState, settings: WorkspaceSettings, found: Map<SourceFile, PendingFinding[]>): void {
  for (const [file, findings] of found) {
    const outcome = applySuppressions(file, findings, (slug) => isOn(run, settings, slug));
    const kept = [...outcome.kept];
    for (const problem of outcome.problems) {
      const p = makeFinding(settings, run.options.rules, { rule: 'suppression', at: textSpan(problem), message: problem.message });
      if (p) kept.push({ ...p, file });
    }
    // A finding in a table's directory points at the cell its value was read from.
    const cellAt = run.cellOf.get(file);
    if (cellAt) for (const p of kept) if (p.at.kind === 'text') p.at = { kind: 'cell', cell: cellAt(p.pointer) };
    append(run.pending, kept);
    if (!cellAt) run.linted.push(file.path);
    if (run.keepSources || kept.length > 0) run.sources.push(file);
  }
}

interface GroupExtra {
  configFile?: SourceFile;
  wholeWorkspace(): Promise<boolean>;
}

/** Stage 3: one workspace (or submitted table), its files checked, finished: workspace rules, then suppressions. */
async function finishGroup(run: RunState, settings: WorkspaceSettings, checked: Checked, extra: GroupExtra): Promise<void> {
  const { found, attach } = findingsCollector(checked, extra.configFile);
  await workspaceRules(run, settings, checked, extra, attach);
  keepAfterSuppressions(run, settings, found);
}

async function finishWorkspace(run: RunState, root: string | undefined, group: readonly Target[], checked: Checked): Promise<void> {
  const settings = await run.settingsOf(root);
  const anyWorkspaceRule = RULES.some((r) => r.checkWorkspace && isOn(run, settings, r.meta.slug));
  // The config file, read when its defaults or a workspace rule need places in it.
  const configPath = root && (anyWorkspaceRule || settings.defaults.length > 0) ? resolve(root, CONFIG_FILE) : undefined;
  const configFile = configPath ? run.read(configPath, displayPath(configPath, run.cwd)) : undefined;
  const wholeWorkspace = async () =>
    root !== undefined &&
    checked.every((c) => c.outcome.profile) &&
    sameFiles(
      await workspaceFiles(root, run.cwd),
      group.map((t) => t.path),
    );
  await finishGroup(run, settings, checked, { ...(configFile ? { configFile } : {}), wholeWorkspace });
  for (const { file } of checked) {
    const refusal = refusalOf(file);
    if (refusal) run.refusals.push(refusal);
  }
}

/** Stage 1: the files of the targets, YAML grouped by workspace so workspace rules see all of one at once. */
async function collectFiles(run: RunState, resolved: readonly Target[] | undefined) {
  const { options, cwd } = run;
  const targets =
    resolved ?? (await resolveTargets(options.targets?.length ? options.targets : ['.'], cwd, { withRegions: options.withRegions }));
  const byRoot = new Map<string | undefined, Target[]>();
  for (const t of targets) if (!isTableFile(t.path)) byRoot.set(t.root, [...(byRoot.get(t.root) ?? []), t]);
  return { targets, workspaces: [...byRoot], tables: targets.filter((t) => isTableFile(t.path)) };
}

/**
 * Stage 2: each workspace's files read and checked, then finished. Large inputs are read and
 * checked on worker threads, a workspace at a time; the rest of the pipeline runs here on what
 * they send back.
 */
async function checkWorkspaces(run: RunState, workspaces: [string | undefined, Target[]][]): Promise<void> {
  const yamlPaths = workspaces.flatMap(([, group]) => group.filter((t) => !t.refusal).map((t) => t.path));
  const threads = run.options.texts ? 0 : threadCount(yamlPaths, run.options.threads);
  if (threads > 0) {
    const tasks = workspaces.map(([, group]) => ({
      files: group.map((t) => ({ path: t.path, display: t.display, root: t.root, ...(t.refusal ? { refusal: t.refusal } : {}) })),
    }));
    await checkInWorkers(tasks, run.cwd, run.checkOptions, threads, (i, files) => {
      const checked = files.map((done) => ({
        file: preparedSource(done.path, done.display, done.text, done.data, done.problems, done.fatal),
        outcome: done as FileOutcome,
      }));
      return finishWorkspace(run, workspaces[i]![0], workspaces[i]![1], checked);
    });
    return;
  }
  for (const [root, group] of workspaces) {
    const settings = await run.settingsOf(root);
    const checked = group.map((t) => {
      const file = readOrRefuse(t, (path, display) => run.read(path, display));
      return { file, outcome: checkFile(file, settings, run.checkOptions) };
    });
    await finishWorkspace(run, root, group, checked);
  }
}

/** Stage 2 for tables: each submitted table checked as a workspace of its own, under --config, else the workspace it lies in, else the defaults. */
async function checkTables(run: RunState, tables: Target[]): Promise<void> {
  const { options, cwd } = run;
  const given = options.config ? resolve(cwd, options.config) : undefined;
  const stage: TableStage = {
    cwd,
    domain: options.domain,
    rules: options.rules,
    checkOptions: run.checkOptions,
    keepSources: run.keepSources,
    pending: run.pending,
    sources: run.sources,
    linted: run.linted,
    cellOf: run.cellOf,
    tableSources: run.tableSources,
    finishGroup: (settings, checked, extra) => finishGroup(run, settings, checked, extra),
    settingsOf: (t) =>
      given ? workspaceSettings(dirname(given), cwd, given) : t.regionOf ? tableRegionSettings(t.regionOf, cwd) : run.settingsOf(t.root),
  };
  run.refusals.push(...(await lintTables(tables, stage)));
}

/** Stages 4 and 5: the baseline file, then the report, sorted; the config file listed when a finding is in it. */
function report(run: RunState, targets: readonly Target[]): LintRun {
  const { reported, stats: baselineStats } = baselineStage(run.options, run.cwd, run.pending, run.linted);
  const findings = reported.map((p) => localise(p, run.lang)).sort(compareFindings);
  const files = targets.map((t) => t.display);
  const listed = new Set(files);
  for (const f of findings) {
    if (!listed.has(f.file)) {
      listed.add(f.file);
      files.push(f.file);
    }
  }
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  const result: LintResult = {
    files,
    findings,
    errorCount: count('error'),
    warningCount: count('warn'),
    fixableCount: findings.filter((f) => f.fix).length,
    ...(baselineStats ? { baseline: baselineStats } : {}),
  };
  return { result, sources: run.sources, pending: run.pending, reported, tableSources: run.tableSources, cellOf: run.cellOf };
}

/** `resolved`: the files of `options.targets`, when the caller has already resolved them (the cache). */
export async function lintRun(options: LintOptions = {}, resolved?: readonly Target[]): Promise<LintRun> {
  const run = startRun(options);
  const { targets, workspaces, tables } = await collectFiles(run, resolved);
  await checkWorkspaces(run, workspaces);
  await checkTables(run, tables);
  // A run that could read no file at all has checked nothing: it stops (exit 2), saying why for each.
  if (targets.length > 0 && run.refusals.length === targets.length)
    throw nothingRead(run.refusals.sort((a, b) => compareStrings(a.display, b.display)));
  return report(run, targets);
}
