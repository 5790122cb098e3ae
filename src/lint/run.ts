// The lint pipeline: resolve files → read each (syntax) → schema → per-file rules → workspace
// rules → severities from config → inline suppressions → baseline file → sorted findings, a
// workspace at a time (a submitted table is read as a workspace of its own: submitted-tables.ts).
// A file that cannot be read is a finding of that file (refusals.ts); only a run that could read
// none stops.
// `lint()` (src/lint/lint.ts) is the one entry point over it, adding the cache and `--fix`.
import { dirname, resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import { isTableFile } from '../workspace/table-files.js';
import type { Lang } from '../i18n/text.js';
import type { DirectoryData } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { WorkspaceFile } from '../rules/rule.js';
import type { Profile } from '../schema/directory-schema.js';
import { CONFIG_FILE, settingsFor, type WorkspaceSettings } from '../workspace/config.js';
import { displayPath } from '../util/paths.js';
import { withTightHeap } from '../util/tight-heap.js';
import { parseSource, preparedSource, readSourceFile, type SourceFile } from '../workspace/source.js';
import { validateFile } from '../workspace/validate.js';
import { resolveTargets, workspaceFiles, type Target } from '../workspace/targets.js';
import { baselineStage, type BaselineStats } from './baseline.js';
import type { SeveritySetting } from '../core/positions.js';
import { compareFindings, type Finding, type PendingFinding, type TableCell } from './finding.js';
import { localise } from './localise.js';
import type { CacheStrategy } from './cache-strategy.js';
import { checkFile, findingAt, makeFinding, ruleView, severityFor, type FileFinding, type FileOutcome } from './check-file.js';
import { checkInWorkers, threadCount } from './workers.js';
import { applySuppressions } from './suppressions.js';
import { nothingRead, readOrRefuse, refusalOf, type Refusal } from './refusals.js';
import { lintTables } from './submitted-tables.js';
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
}

function sameFiles(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((p) => set.has(p));
}

/** `resolved`: the files of `options.targets`, when the caller has already resolved them (the cache). */
export async function lintRun(options: LintOptions = {}, resolved?: readonly Target[]): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? 'zh';
  const keepSources = options.keepSources ?? true;
  const targets = resolved ?? (await resolveTargets(options.targets?.length ? options.targets : ['.'], cwd, { withRegions: options.withRegions }));

  const settingsByRoot = new Map<string | undefined, WorkspaceSettings>();
  const settingsOf = (root: string | undefined) => {
    let s = settingsByRoot.get(root);
    if (!s) {
      s = settingsFor(root, cwd);
      settingsByRoot.set(root, s);
    }
    return s;
  };
  const severityOf = (settings: WorkspaceSettings, slug: string) => severityFor(settings, slug, options.rules);
  const pending: PendingFinding[] = [];
  const sources: SourceFile[] = [];
  /** Every file checked, by path, for the baseline's count of what no longer occurs. */
  const linted: string[] = [];
  const cellOf = new Map<SourceFile, (pointer: string) => TableCell>();
  const tableSources = new Set<SourceFile>();
  /** Why each file not read was not: when no file could be read, the run stops with these. */
  const refusals: Refusal[] = [];

  const read = (path: string, display: string): SourceFile => {
    const text = options.texts?.get(path);
    return text === undefined ? readSourceFile(path, display) : parseSource(path, display, text);
  };

  /**
   * One workspace (or submitted table), its files checked: its workspace rules, then the inline
   * suppressions of each file (the config file included: it can carry gkml-disable-file); then
   * only what a report needs is kept.
   */
  const finishGroup = async (settings: WorkspaceSettings, checked: { file: SourceFile; outcome: FileOutcome }[], extra: { configFile?: SourceFile; wholeWorkspace(): Promise<boolean> }) => {
    const found = new Map<SourceFile, PendingFinding[]>(checked.map(({ file }) => [file, []]));
    if (extra.configFile) found.set(extra.configFile, []);
    const attach = (file: SourceFile, f: FileFinding | undefined) => {
      if (f) found.get(file)!.push({ ...f, file });
    };
    const valid: WorkspaceFile[] = [];
    for (const { file, outcome } of checked) {
      for (const f of outcome.findings) attach(file, f);
      if (outcome.profile) valid.push({ file, data: ruleView(file.data as DirectoryData, outcome.brokenItems), profile: outcome.profile });
    }
    if (extra.configFile) {
      // The config's defaults, checked as item values once each (its loader leaves them to lint).
      for (const p of validateFile(extra.configFile, 'config')) {
        if (p.pointer.startsWith('/defaults/')) attach(extra.configFile, makeFinding(settings, options.rules, 'schema', p.start, p.end, p.message, { pointer: p.pointer, suggestion: p.suggestion }));
      }
    }
    for (const rule of RULES.filter((r) => r.checkWorkspace && severityOf(settings, r.meta.slug) !== 'off')) {
      const files = valid.filter((f) => !rule.meta.profiles || rule.meta.profiles.includes(f.profile));
      await rule.checkWorkspace!({ files, settings, configFile: extra.configFile, wholeWorkspace: extra.wholeWorkspace, lang, report: (file, r) => attach(file, findingAt(settings, options.rules, file, rule.meta.slug, r)) });
    }
    for (const [file, findings] of found) {
      const outcome = applySuppressions(file, findings, (slug) => severityOf(settings, slug) !== 'off');
      const kept = [...outcome.kept];
      for (const problem of outcome.problems) {
        const p = makeFinding(settings, options.rules, 'suppression', problem.start, problem.end, problem.message);
        if (p) kept.push({ ...p, file });
      }
      // A finding in a table's directory points at the cell its value was read from.
      const cellAt = cellOf.get(file);
      if (cellAt) for (const p of kept) p.cell ??= cellAt(p.pointer);
      append(pending, kept);
      if (!cellAt) linted.push(file.path);
      if (keepSources || kept.length > 0) sources.push(file);
    }
  };

  const checkOptions = { profile: options.profile, rules: options.rules, lang };
  const tables = targets.filter((t) => isTableFile(t.path));
  // Group files by workspace so workspace-wide rules see all of a workspace's files at once.
  const byRoot = new Map<string | undefined, Target[]>();
  for (const t of targets) if (!isTableFile(t.path)) byRoot.set(t.root, [...(byRoot.get(t.root) ?? []), t]);
  const groups = [...byRoot];

  const finishWorkspace = async (root: string | undefined, group: readonly Target[], checked: { file: SourceFile; outcome: FileOutcome }[]) => {
    const settings = settingsOf(root);
    const workspaceRules = RULES.some((r) => r.checkWorkspace && severityOf(settings, r.meta.slug) !== 'off');
    // The config file, read when its defaults or a workspace rule need places in it.
    const configPath = root && (workspaceRules || settings.defaults.length > 0) ? resolve(root, CONFIG_FILE) : undefined;
    const configFile = configPath ? read(configPath, displayPath(configPath, cwd)) : undefined;
    const wholeWorkspace = async () =>
      root !== undefined &&
      checked.every((c) => c.outcome.profile) &&
      sameFiles(
        await workspaceFiles(root, cwd),
        group.map((t) => t.path),
      );
    await finishGroup(settings, checked, { ...(configFile ? { configFile } : {}), wholeWorkspace });
    for (const { file } of checked) {
      const refusal = refusalOf(file);
      if (refusal) refusals.push(refusal);
    }
  };

  // Large inputs are read and checked on worker threads, a workspace at a time; the rest of the
  // pipeline (workspace rules, suppressions, baseline) runs here on what they send back.
  const yamlPaths = groups.flatMap(([, group]) => group.filter((t) => !t.refusal).map((t) => t.path));
  const threads = options.texts ? 0 : threadCount(yamlPaths, options.threads);
  if (threads > 0) {
    const tasks = groups.map(([, group]) => ({ files: group.map((t) => ({ path: t.path, display: t.display, root: t.root, ...(t.refusal ? { refusal: t.refusal } : {}) })) }));
    await withTightHeap(() =>
      checkInWorkers(tasks, cwd, checkOptions, threads, (i, files) => {
        const checked = files.map((done) => ({ file: preparedSource(done.path, done.display, done.text, done.data, done.problems, done.fatal), outcome: done as FileOutcome }));
        return finishWorkspace(groups[i]![0], groups[i]![1], checked);
      }),
    );
  } else {
    for (const [root, group] of groups) {
      const settings = settingsOf(root);
      await finishWorkspace(
        root,
        group,
        group.map((t) => {
          const file = readOrRefuse(t, read);
          return { file, outcome: checkFile(file, settings, checkOptions) };
        }),
      );
    }
  }

  // Each submitted table is checked as a workspace of its own, under the config given with
  // --config, else the workspace it lies in, else the defaults.
  const given = options.config ? resolve(cwd, options.config) : undefined;
  const stage = { cwd, domain: options.domain, rules: options.rules, checkOptions, keepSources, pending, sources, linted, cellOf, tableSources, finishGroup };
  refusals.push(...(await lintTables(tables, { ...stage, settingsOf: (t) => (given ? settingsFor(dirname(given), cwd, given) : settingsOf(t.root)) })));
  // A run that could read no file at all has checked nothing: it stops (exit 2), saying why for each.
  if (targets.length > 0 && refusals.length === targets.length) throw nothingRead(refusals.sort((a, b) => compareStrings(a.display, b.display)));

  const { reported, stats: baselineStats } = baselineStage(options, cwd, pending, linted);
  const findings = reported.map((p) => localise(p, lang)).sort(compareFindings);
  const files = targets.map((t) => t.display);
  // A finding about the workspace itself (domain-coverage) is in gkml.config.yaml: list that file too.
  const listed = new Set(files);
  for (const f of findings) {
    if (!listed.has(f.file)) {
      listed.add(f.file);
      files.push(f.file);
    }
  }
  return {
    result: {
      files,
      findings,
      errorCount: findings.filter((f) => f.severity === 'error').length,
      warningCount: findings.filter((f) => f.severity === 'warn').length,
      fixableCount: findings.filter((f) => f.fix).length,
      ...(baselineStats ? { baseline: baselineStats } : {}),
    },
    sources,
    pending,
    reported,
    tableSources,
  };
}
