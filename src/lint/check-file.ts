// The checks that need only one file: its syntax problems, the schema, and the per-file rules.
// Shared by the lint pipeline's main thread and its worker threads (src/lint/workers.ts).
import type { Lang } from '../i18n/text.js';
import type { DirectoryData } from '../model/types.js';
import { RULES, ruleBySlug } from '../rules/index.js';
import { fileAccess } from '../rules/file-access.js';
import { listForm, listFormReports } from '../rules/list-form.js';
import { mendedLists } from '../model/typed-lists.js';
import type { Report } from '../rules/rule.js';
import type { Profile } from '../schema/directory-schema.js';
import { profileOf, validateFile, type SchemaProblem } from '../workspace/validate.js';
import type { SyntaxProblem } from '../workspace/syntax-problem.js';
import type { WorkspaceSettings } from '../workspace/config.js';
import { locate, pathToPointer } from '../workspace/locate.js';
import type { SourceFile } from '../workspace/source.js';
import type { SeveritySetting } from '../core/positions.js';
import { textSpan, type PendingFinding, type Problem } from './finding.js';
import { UNREAD } from './refusals.js';

/** A finding of one file, before it is tied to the file object (so it can cross threads). */
export type FileFinding = Omit<PendingFinding, 'file'>;

export interface FileOutcome {
  findings: FileFinding[];
  /** Set when the rules could check the file: the profile it was checked under. */
  profile?: Profile;
  /** Items the schema found broken, by index: the rules check the others. */
  brokenItems?: number[];
}

/**
 * The file's data as the rules see it: lists typed as text read as meant (list-form reports them),
 * and the items the schema found broken as holes (forEach passes over them), so the others keep
 * their indexes and are checked all the same.
 */
export function ruleView(raw: DirectoryData, broken: readonly number[] | undefined): DirectoryData {
  const data = mendedLists(raw) as DirectoryData;
  if (!broken?.length) return data;
  const skip = new Set(broken);
  const items: DirectoryData['items'] = new Array(data.items.length);
  data.items.forEach((item, i) => {
    if (!skip.has(i)) items[i] = item;
  });
  return { ...data, items };
}

/** The item fields a default gives to the file's items: its own `defaults`, then the config's. */
function defaultedFields(data: unknown, settings: WorkspaceSettings): Set<string> {
  const own = (data as { defaults?: unknown } | undefined)?.defaults;
  return new Set([...settings.defaults, ...(own && typeof own === 'object' ? Object.keys(own) : [])]);
}

export interface CheckOptions {
  profile?: Profile;
  rules?: Record<string, SeveritySetting>;
  lang: Lang;
}

export function severityFor(settings: WorkspaceSettings, slug: string, overrides?: Record<string, SeveritySetting>): SeveritySetting {
  return overrides?.[slug] ?? settings.rules[slug] ?? ruleBySlug(slug)?.meta.severity ?? 'error';
}

/** The one way a problem of any shape becomes a finding: at the severity configured for its rule; undefined when the rule is off. */
export function makeFinding(
  settings: WorkspaceSettings,
  overrides: Record<string, SeveritySetting> | undefined,
  problem: Problem,
): FileFinding | undefined {
  const configured = severityFor(settings, problem.rule, overrides);
  if (configured === 'off') return undefined;
  const { rule, at, message, pointer, itemIndex, suggestion, fix, severity } = problem;
  return { rule, at, message, severity: severity ?? configured, pointer: pointer ?? '', itemIndex, suggestion, fix };
}

/** A problem the schema found, as a finding's problem. */
export function schemaProblem(p: SchemaProblem): Problem {
  return { rule: 'schema', at: textSpan(p), message: p.message, pointer: p.pointer, itemIndex: p.itemIndex, suggestion: p.suggestion };
}

/** A problem met in reading a file (bytes, encoding, YAML syntax), as a finding's problem. */
function syntaxProblem(p: SyntaxProblem): Problem {
  return { rule: ruleOfProblem(p.code), at: textSpan(p), message: p.message, severity: p.severity, fix: p.fix };
}

/** Turns a rule's report (a path into the data) into a finding at a place in the text. */
export function findingAt(
  settings: WorkspaceSettings,
  overrides: Record<string, SeveritySetting> | undefined,
  file: SourceFile,
  slug: string,
  report: Report,
): FileFinding | undefined {
  const place = locate(file, report.path, report.key);
  const pointer = pathToPointer(report.key === undefined ? report.path : [...report.path, report.key]);
  const itemIndex = report.path[0] === 'items' && typeof report.path[1] === 'number' ? report.path[1] : undefined;
  return makeFinding(settings, overrides, {
    rule: slug,
    at: textSpan(place),
    message: report.message,
    pointer,
    itemIndex,
    suggestion: report.suggestion,
    fix: report.fix?.length ? report.fix : undefined,
  });
}

/** The rule a problem met in reading a file is reported under. */
function ruleOfProblem(code: string): string {
  return code === 'ENCODING' ? 'encoding' : code === UNREAD ? fileAccess.meta.slug : 'yaml-syntax';
}

export function checkFile(file: SourceFile, settings: WorkspaceSettings, options: CheckOptions): FileOutcome {
  const findings: FileFinding[] = [];
  const push = (f: FileFinding | undefined) => {
    if (f) findings.push(f);
  };
  for (const p of file.problems) push(makeFinding(settings, options.rules, syntaxProblem(p)));
  if (file.fatal) return { findings };
  const profile = profileOf(file.data, options.profile);
  // A field an item leaves out is not missing when a default gives it.
  const defaulted = defaultedFields(file.data, settings);
  for (const r of listFormReports(file, file.data)) push(findingAt(settings, options.rules, file, listForm.meta.slug, r));
  const problems = validateFile(file, profile, mendedLists(file.data)).filter(
    (p) => !(p.missing && p.itemIndex !== undefined && defaulted.has(p.missing)),
  );
  for (const p of problems) push(makeFinding(settings, options.rules, schemaProblem(p)));
  // A problem in the file's frame (not in an item or its defaults) leaves nothing reliable to check.
  if (problems.some((p) => p.itemIndex === undefined && !p.pointer.startsWith('/defaults'))) return { findings };
  const brokenItems = [...new Set(problems.flatMap((p) => (p.itemIndex === undefined ? [] : [p.itemIndex])))];
  const data = ruleView(file.data as DirectoryData, brokenItems);
  for (const rule of RULES) {
    if (!rule.checkFile || severityFor(settings, rule.meta.slug, options.rules) === 'off') continue;
    if (rule.meta.profiles && !rule.meta.profiles.includes(profile)) continue;
    rule.checkFile({
      file,
      data,
      profile,
      settings,
      lang: options.lang,
      report: (r) => push(findingAt(settings, options.rules, file, rule.meta.slug, r)),
    });
  }
  return { findings, profile, ...(brokenItems.length ? { brokenItems } : {}) };
}
