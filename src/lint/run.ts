// The lint pipeline: resolve files → read each (syntax) → schema → per-file rules → workspace
// rules → severities from config → sorted findings. The CLI is a thin shell over `lint()`.
import type { Lang, Text } from '../i18n/text.js';
import type { DirectoryData } from '../model/types.js';
import { RULES, ruleBySlug } from '../rules/index.js';
import type { Report, WorkspaceFile } from '../rules/rule.js';
import type { Profile } from '../schema/directory-schema.js';
import { profileOf, validateSchema } from '../schema/validate.js';
import { settingsFor, type WorkspaceSettings } from '../workspace/config.js';
import { locate, pathToPointer, toPosition } from '../workspace/locate.js';
import { readSourceFile, type SourceFile } from '../workspace/source.js';
import { resolveTargets, type Target } from '../workspace/targets.js';
import { compareFindings, type Finding, type Severity, type SeveritySetting, type TextEdit } from './finding.js';

export interface LintOptions {
  /** Files, folders, workspaces or globs; default: the current folder. */
  targets?: readonly string[];
  cwd?: string;
  lang?: Lang;
  /** Force a schema profile for every file (default: each file's own `profile`). */
  profile?: Profile;
  /** Severity overrides on top of each workspace's config. */
  rules?: Record<string, SeveritySetting>;
}

export interface LintResult {
  /** Files checked, as displayed. */
  files: string[];
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
}

interface Collector {
  add(file: SourceFile, rule: string, start: number, end: number, message: Text, extra?: { pointer?: string; itemIndex?: number; suggestion?: string; fix?: TextEdit[]; severity?: Severity }): void;
}

function itemIdAt(data: unknown, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const item = (data as { items?: { id?: unknown }[] } | undefined)?.items?.[index];
  return typeof item?.id === 'string' ? item.id : undefined;
}

export async function lint(options: LintOptions = {}): Promise<LintResult> {
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

  const findings: Finding[] = [];
  const severityFor = (settings: WorkspaceSettings, slug: string): SeveritySetting =>
    options.rules?.[slug] ?? settings.rules[slug] ?? ruleBySlug(slug)?.meta.severity ?? 'error';

  const collectorFor = (settings: WorkspaceSettings): Collector => ({
    add(file, slug, start, end, message, extra = {}) {
      const severity = extra.severity && severityFor(settings, slug) !== 'off' ? extra.severity : severityFor(settings, slug);
      if (severity === 'off') return;
      const rule = ruleBySlug(slug);
      findings.push({
        file: file.display,
        ...toPosition(file, start, end),
        rule: slug,
        code: rule?.meta.code ?? '',
        severity,
        message: message[lang],
        pointer: extra.pointer ?? '',
        ...(extra.itemIndex !== undefined && itemIdAt(file.data, extra.itemIndex) ? { itemId: itemIdAt(file.data, extra.itemIndex) } : {}),
        ...(extra.suggestion !== undefined ? { suggestion: extra.suggestion } : {}),
        ...(extra.fix ? { fix: extra.fix } : {}),
      });
    },
  });

  const reportAt = (collector: Collector, file: SourceFile, slug: string, report: Report) => {
    const place = locate(file, report.path, report.key);
    const pointer = pathToPointer(report.key === undefined ? report.path : [...report.path, report.key]);
    const itemIndex = report.path[0] === 'items' && typeof report.path[1] === 'number' ? report.path[1] : undefined;
    collector.add(file, slug, place.start, place.end, report.message, { pointer, itemIndex, suggestion: report.suggestion, fix: report.fix });
  };

  // Group files by workspace so workspace-wide rules see all of a workspace's files at once.
  const groups = new Map<string | undefined, Target[]>();
  for (const t of targets) groups.set(t.root, [...(groups.get(t.root) ?? []), t]);

  for (const [root, group] of groups) {
    const settings = settingsOf(root);
    const collector = collectorFor(settings);
    const valid: WorkspaceFile[] = [];
    for (const target of group) {
      const file = readSourceFile(target.path, target.display);
      for (const p of file.problems) {
        collector.add(file, p.code === 'ENCODING' ? 'encoding' : 'yaml-syntax', p.start, p.end, p.message, { severity: p.severity });
      }
      if (file.fatal) continue;
      const profile = profileOf(file.data, options.profile);
      const problems = validateSchema(file, profile);
      for (const p of problems) {
        collector.add(file, 'schema', p.start, p.end, p.message, { pointer: p.pointer, itemIndex: p.itemIndex, suggestion: p.suggestion });
      }
      if (problems.length > 0) continue;
      const data = file.data as DirectoryData;
      valid.push({ file, data });
      for (const rule of RULES) {
        if (!rule.checkFile || severityFor(settings, rule.meta.slug) === 'off') continue;
        rule.checkFile({ file, data, settings, lang, report: (r) => reportAt(collector, file, rule.meta.slug, r) });
      }
    }
    for (const rule of RULES) {
      if (!rule.checkWorkspace || severityFor(settings, rule.meta.slug) === 'off') continue;
      rule.checkWorkspace({ files: valid, settings, lang, report: (file, r) => reportAt(collector, file, rule.meta.slug, r) });
    }
  }

  findings.sort(compareFindings);
  return {
    files: targets.map((t) => t.display),
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warn').length,
    fixableCount: findings.filter((f) => f.fix).length,
  };
}
