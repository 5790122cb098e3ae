// The checks that need only one file: its syntax problems, the schema, and the per-file rules.
// Shared by the lint pipeline's main thread and its worker threads (src/lint/workers.ts).
import type { Lang, Text } from '../i18n/text.js';
import type { DirectoryData } from '../model/types.js';
import { RULES, ruleBySlug } from '../rules/index.js';
import type { Report } from '../rules/rule.js';
import type { Profile } from '../schema/directory-schema.js';
import { profileOf, validateFile } from '../workspace/validate.js';
import type { WorkspaceSettings } from '../workspace/config.js';
import { locate, pathToPointer } from '../workspace/locate.js';
import type { SourceFile } from '../workspace/source.js';
import type { Severity, SeveritySetting, TextEdit } from '../core/positions.js';
import type { PendingFinding } from './finding.js';

/** A finding of one file, before it is tied to the file object (so it can cross threads). */
export type FileFinding = Omit<PendingFinding, 'file'>;

export interface FileOutcome {
  findings: FileFinding[];
  /** Set when the file passed the schema: the profile it was checked under. */
  profile?: Profile;
}

export interface CheckOptions {
  profile?: Profile;
  rules?: Record<string, SeveritySetting>;
  lang: Lang;
}

export function severityFor(settings: WorkspaceSettings, slug: string, overrides?: Record<string, SeveritySetting>): SeveritySetting {
  return overrides?.[slug] ?? settings.rules[slug] ?? ruleBySlug(slug)?.meta.severity ?? 'error';
}

/** A finding at the severity configured for its rule; undefined when the rule is off. */
export function makeFinding(
  settings: WorkspaceSettings,
  overrides: Record<string, SeveritySetting> | undefined,
  rule: string,
  start: number,
  end: number,
  message: Text,
  extra: { pointer?: string; itemIndex?: number; suggestion?: string; fix?: TextEdit[]; severity?: Severity } = {},
): FileFinding | undefined {
  const configured = severityFor(settings, rule, overrides);
  if (configured === 'off') return undefined;
  return { rule, start, end, message, severity: extra.severity ?? configured, pointer: extra.pointer ?? '', itemIndex: extra.itemIndex, suggestion: extra.suggestion, fix: extra.fix };
}

/** Turns a rule's report (a path into the data) into a finding at a place in the text. */
export function findingAt(settings: WorkspaceSettings, overrides: Record<string, SeveritySetting> | undefined, file: SourceFile, slug: string, report: Report): FileFinding | undefined {
  const place = locate(file, report.path, report.key);
  const pointer = pathToPointer(report.key === undefined ? report.path : [...report.path, report.key]);
  const itemIndex = report.path[0] === 'items' && typeof report.path[1] === 'number' ? report.path[1] : undefined;
  return makeFinding(settings, overrides, slug, place.start, place.end, report.message, { pointer, itemIndex, suggestion: report.suggestion, fix: report.fix?.length ? report.fix : undefined });
}

export function checkFile(file: SourceFile, settings: WorkspaceSettings, options: CheckOptions): FileOutcome {
  const findings: FileFinding[] = [];
  const push = (f: FileFinding | undefined) => {
    if (f) findings.push(f);
  };
  for (const p of file.problems) {
    push(makeFinding(settings, options.rules, p.code === 'ENCODING' ? 'encoding' : 'yaml-syntax', p.start, p.end, p.message, { severity: p.severity }));
  }
  if (file.fatal) return { findings };
  const profile = profileOf(file.data, options.profile);
  const problems = validateFile(file, profile);
  for (const p of problems) {
    push(makeFinding(settings, options.rules, 'schema', p.start, p.end, p.message, { pointer: p.pointer, itemIndex: p.itemIndex, suggestion: p.suggestion }));
  }
  if (problems.length > 0) return { findings };
  const data = file.data as DirectoryData;
  for (const rule of RULES) {
    if (!rule.checkFile || severityFor(settings, rule.meta.slug, options.rules) === 'off') continue;
    if (rule.meta.profiles && !rule.meta.profiles.includes(profile)) continue;
    rule.checkFile({ file, data, profile, settings, lang: options.lang, report: (r) => push(findingAt(settings, options.rules, file, rule.meta.slug, r)) });
  }
  return { findings, profile };
}
