// Every output format, by report and name: lint results, coverage, diff, status, config and the rule catalogue. Formats are
// loaded when used (a stylish lint never loads the SARIF writer); the CLI offers exactly these
// names as each command's `--format` choices. The lint formats CI tools read give paths from one
// root (lint/rooted.ts).
import type { CoverageReport } from '../coverage/coverage.js';
import type { TreeDiff } from '../diff/versions.js';
import type { LintResult } from '../lint/run.js';
import type { StatusReport } from '../status/status.js';
import type { ConfigReport } from '../workspace/config-inheritance.js';
import type { Rule } from '../rules/rule.js';
import type { Formatter } from './formatter.js';
import { rooted } from './lint/rooted.js';
import { REPORT_SHAPE_VERSIONS, versionedJson } from './versioned-json.js';

export interface Reports {
  lint: LintResult;
  coverage: CoverageReport;
  diff: TreeDiff;
  status: StatusReport;
  config: ConfigReport;
  rules: readonly Rule[];
}

type Loaders<R> = Readonly<Record<string, () => Promise<Formatter<R>>>>;

/** In the order help lists them; the first is each command's default. */
export const FORMATTERS: { readonly [K in keyof Reports]: Loaders<Reports[K]> } = {
  lint: {
    stylish: async () => (await import('./lint/stylish.js')).stylish,
    json: async () => rooted((await import('./lint/json.js')).json),
    sarif: async () => rooted((await import('./lint/sarif.js')).sarif),
    github: async () => rooted((await import('./lint/github.js')).github),
    junit: async () => rooted((await import('./lint/junit.js')).junit),
    gitlab: async () => rooted((await import('./lint/gitlab.js')).gitlab),
  },
  coverage: {
    stylish: async () => (await import('./coverage/stylish.js')).stylish,
    json: async () => versionedJson<CoverageReport>(REPORT_SHAPE_VERSIONS.coverage),
    markdown: async () => (await import('./coverage/markdown.js')).markdown,
  },
  diff: {
    stylish: async () => (await import('./diff/stylish.js')).stylish,
    json: async () => versionedJson<TreeDiff>(REPORT_SHAPE_VERSIONS.diff),
    markdown: async () => (await import('./diff/markdown.js')).markdown,
  },
  status: {
    stylish: async () => (await import('./status/stylish.js')).stylish,
    json: async () => versionedJson<StatusReport>(REPORT_SHAPE_VERSIONS.status),
  },
  config: {
    stylish: async () => (await import('./config/stylish.js')).stylish,
    json: async () => versionedJson<ConfigReport>(REPORT_SHAPE_VERSIONS.config),
  },
  rules: {
    table: async () => (await import('./rules/table.js')).table,
    json: async () => (await import('./rules/json.js')).json,
  },
};

/**
 * The file extensions that name a lint format's kind of file: a report written to such a file must
 * be of a format that writes it (`-o gkml.sarif` holds SARIF). Other extensions (.txt, .log, none) take any format.
 */
const LINT_FILE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  json: ['.json'],
  sarif: ['.sarif', '.json'],
  gitlab: ['.json'],
  junit: ['.xml'],
};

/** The lint formats whose files have the extension `ext` (`.sarif` → sarif); empty when it names none. */
export function lintFormatsWriting(ext: string): string[] {
  return formatNames('lint').filter((f) => LINT_FILE_EXTENSIONS[f]?.includes(ext.toLowerCase()));
}

export function formatNames(report: keyof Reports): string[] {
  return Object.keys(FORMATTERS[report]);
}

export async function formatterFor<K extends keyof Reports>(report: K, name: string): Promise<Formatter<Reports[K]>> {
  const load = (FORMATTERS[report] as Loaders<Reports[K]>)[name];
  if (!load) throw new Error(`no ${report} format ${name}`);
  return load();
}

export type { FormatContext, Formatter } from './formatter.js';
