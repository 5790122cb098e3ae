// The lint pipeline: resolve files → read each (syntax) → schema → per-file rules → workspace
// rules → severities from config → inline suppressions → baseline file → sorted findings.
// The CLI is a thin shell over `lint()`; `--fix` and `--write-baseline` use `lintRun()`.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lang, Text } from '../i18n/text.js';
import type { DirectoryData } from '../model/types.js';
import { RULES, ruleBySlug, ruleDocsUrl } from '../rules/index.js';
import type { Report, WorkspaceFile } from '../rules/rule.js';
import type { Profile } from '../schema/directory-schema.js';
import { profileOf, validateSchema } from '../schema/validate.js';
import { CONFIG_FILE, settingsFor, type WorkspaceSettings } from '../workspace/config.js';
import { locate, pathToPointer, toPosition } from '../workspace/locate.js';
import { displayPath } from '../workspace/paths.js';
import { parseSource, readSourceFile, type SourceFile } from '../workspace/source.js';
import { resolveTargets, workspaceFiles, type Target } from '../workspace/targets.js';
import { applyBaseline, DEFAULT_BASELINE, readBaseline, readBaselineIfPresent } from './baseline.js';
import { compareFindings, type Finding, type PendingFinding, type Severity, type SeveritySetting, type TextEdit } from './finding.js';
import { cacheKey, readCached, writeCached } from './cache.js';
import { applySuppressions } from './suppressions.js';

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
  /** Reuse the result of an identical earlier run (src/lint/cache.ts): the cache folder. */
  cache?: string;
}

export interface LintResult {
  /** Files checked, as displayed. */
  files: string[];
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** When a baseline file was used: findings it hid, and recorded findings that no longer occur. */
  baseline?: { path: string; suppressed: number; obsolete: number };
}

/** A whole run, for the callers that need more than the report: the files read and the findings before the baseline. */
export interface LintRun {
  result: LintResult;
  sources: SourceFile[];
  /** The findings after inline suppressions, before the baseline file. */
  pending: PendingFinding[];
}

function itemIdAt(data: unknown, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const item = (data as { items?: { id?: unknown }[] } | undefined)?.items?.[index];
  return typeof item?.id === 'string' ? item.id : undefined;
}

function localise(p: PendingFinding, lang: Lang): Finding {
  const itemId = itemIdAt(p.file.data, p.itemIndex);
  return {
    file: p.file.display,
    ...toPosition(p.file, p.start, p.end),
    rule: p.rule,
    code: ruleBySlug(p.rule)?.meta.code ?? '',
    severity: p.severity,
    message: p.message[lang],
    pointer: p.pointer,
    ...(itemId ? { itemId } : {}),
    ...(p.suggestion !== undefined ? { suggestion: p.suggestion } : {}),
    ...(p.fix ? { fix: p.fix } : {}),
    docsUrl: ruleDocsUrl(p.rule),
  };
}

function sameFiles(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((p) => set.has(p));
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
  if (!options.cache || options.texts) return (await lintRun(options)).result;
  const cwd = options.cwd ?? process.cwd();
  const location = resolve(cwd, options.cache);
  const targets = await resolveTargets(options.targets?.length ? options.targets : ['.'], cwd);
  const baseline = options.baseline === true ? resolve(cwd, DEFAULT_BASELINE) : options.baseline ? resolve(cwd, options.baseline) : undefined;
  const key = cacheKey(targets, {
    cwd,
    lang: options.lang ?? 'zh',
    profile: options.profile,
    rules: options.rules,
    baseline: baseline && existsSync(baseline) ? readFileSync(baseline, 'utf8') : null,
  });
  const cached = readCached<LintResult>(location, key);
  if (cached) return cached;
  const result = (await lintRun(options)).result;
  writeCached(location, key, result);
  return result;
}

export async function lintRun(options: LintOptions = {}): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? 'zh';
  const targets = await resolveTargets(options.targets?.length ? options.targets : ['.'], cwd);

  const settingsByRoot = new Map<string | undefined, WorkspaceSettings>();
  const settingsOf = (root: string | undefined) => {
    let s = settingsByRoot.get(root);
    if (!s) {
      s = settingsFor(root, cwd);
      settingsByRoot.set(root, s);
    }
    return s;
  };
  const severityFor = (settings: WorkspaceSettings, slug: string): SeveritySetting =>
    options.rules?.[slug] ?? settings.rules[slug] ?? ruleBySlug(slug)?.meta.severity ?? 'error';

  const pending: PendingFinding[] = [];
  const sources: SourceFile[] = [];
  const settingsOfFile = new Map<SourceFile, WorkspaceSettings>();

  /** A finding at the severity configured for its rule; undefined when the rule is off. */
  const make = (settings: WorkspaceSettings, file: SourceFile, rule: string, start: number, end: number, message: Text, extra: { pointer?: string; itemIndex?: number; suggestion?: string; fix?: TextEdit[]; severity?: Severity } = {}): PendingFinding | undefined => {
    const configured = severityFor(settings, rule);
    if (configured === 'off') return undefined;
    return { file, rule, start, end, message, severity: extra.severity ?? configured, pointer: extra.pointer ?? '', itemIndex: extra.itemIndex, suggestion: extra.suggestion, fix: extra.fix };
  };
  const add = (...args: Parameters<typeof make>) => {
    const p = make(...args);
    if (p) pending.push(p);
  };

  const reportAt = (settings: WorkspaceSettings, file: SourceFile, slug: string, report: Report) => {
    const place = locate(file, report.path, report.key);
    const pointer = pathToPointer(report.key === undefined ? report.path : [...report.path, report.key]);
    const itemIndex = report.path[0] === 'items' && typeof report.path[1] === 'number' ? report.path[1] : undefined;
    add(settings, file, slug, place.start, place.end, report.message, { pointer, itemIndex, suggestion: report.suggestion, fix: report.fix?.length ? report.fix : undefined });
  };

  const read = (path: string, display: string): SourceFile => {
    const text = options.texts?.get(path);
    return text === undefined ? readSourceFile(path, display) : parseSource(path, display, text);
  };

  // Group files by workspace so workspace-wide rules see all of a workspace's files at once.
  const groups = new Map<string | undefined, Target[]>();
  for (const t of targets) groups.set(t.root, [...(groups.get(t.root) ?? []), t]);

  for (const [root, group] of groups) {
    const settings = settingsOf(root);
    const valid: WorkspaceFile[] = [];
    for (const target of group) {
      const file = read(target.path, target.display);
      sources.push(file);
      settingsOfFile.set(file, settings);
      for (const p of file.problems) {
        add(settings, file, p.code === 'ENCODING' ? 'encoding' : 'yaml-syntax', p.start, p.end, p.message, { severity: p.severity });
      }
      if (file.fatal) continue;
      const profile = profileOf(file.data, options.profile);
      const problems = validateSchema(file, profile);
      for (const p of problems) {
        add(settings, file, 'schema', p.start, p.end, p.message, { pointer: p.pointer, itemIndex: p.itemIndex, suggestion: p.suggestion });
      }
      if (problems.length > 0) continue;
      const data = file.data as DirectoryData;
      valid.push({ file, data, profile });
      for (const rule of RULES) {
        if (!rule.checkFile || severityFor(settings, rule.meta.slug) === 'off') continue;
        if (rule.meta.profiles && !rule.meta.profiles.includes(profile)) continue;
        rule.checkFile({ file, data, profile, settings, lang, report: (r) => reportAt(settings, file, rule.meta.slug, r) });
      }
    }
    const workspaceRules = RULES.filter((r) => r.checkWorkspace && severityFor(settings, r.meta.slug) !== 'off');
    if (workspaceRules.length === 0) continue;
    let configFile: SourceFile | undefined;
    if (root) {
      const path = resolve(root, CONFIG_FILE);
      configFile = read(path, displayPath(path, cwd));
      settingsOfFile.set(configFile, settings);
    }
    const wholeWorkspace = async () =>
      root !== undefined &&
      valid.length === group.length &&
      sameFiles(
        await workspaceFiles(root, cwd),
        group.map((t) => t.path),
      );
    for (const rule of workspaceRules) {
      const files = valid.filter((f) => !rule.meta.profiles || rule.meta.profiles.includes(f.profile));
      await rule.checkWorkspace!({ files, settings, configFile, wholeWorkspace, lang, report: (file, r) => reportAt(settings, file, rule.meta.slug, r) });
    }
  }

  // Inline suppressions, file by file (the config file included: it can carry gkml-disable-file).
  const byFile = new Map<SourceFile, PendingFinding[]>();
  for (const file of settingsOfFile.keys()) byFile.set(file, []);
  for (const p of pending) byFile.get(p.file)!.push(p);
  const kept: PendingFinding[] = [];
  for (const [file, findings] of byFile) {
    const settings = settingsOfFile.get(file)!;
    const outcome = applySuppressions(file, findings, (slug) => severityFor(settings, slug) !== 'off');
    kept.push(...outcome.kept);
    for (const problem of outcome.problems) {
      const p = make(settings, file, 'suppression', problem.start, problem.end, problem.message);
      if (p) kept.push(p);
    }
  }

  let reported = kept;
  let baselineStats: LintResult['baseline'];
  const baselinePath = options.baseline === true ? resolve(cwd, DEFAULT_BASELINE) : options.baseline ? resolve(cwd, options.baseline) : undefined;
  const baseline = baselinePath && (options.baseline === true ? readBaselineIfPresent(baselinePath, cwd) : readBaseline(baselinePath, cwd));
  if (baseline) {
    const outcome = applyBaseline(baseline, kept, sources.map((s) => s.path));
    reported = outcome.kept;
    baselineStats = { path: displayPath(baseline.path, cwd), suppressed: outcome.suppressed, obsolete: outcome.obsolete };
  }

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
    pending: kept,
  };
}
