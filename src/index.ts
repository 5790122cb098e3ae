// The library API: everything the CLI does is available here with structured results.
export { lint } from './lint/lint.js';
export type { LintOptions, LintResult } from './lint/run.js';
export { lintAndFix, type FixOutcome, type FixedFile } from './lint/fix.js';
export type { Finding } from './lint/finding.js';
export type { Severity, SeveritySetting, Position, TextEdit } from './core/positions.js';
export { loadWorkspace, type Workspace, type LoadedDirectory } from './workspace/load.js';
export type { WorkspaceConfig, Unit, WorkspaceSettings } from './workspace/config.js';
export type { DirectoryData, Item, Citation, Channel, Audience } from './model/types.js';
export { DOMAINS, domainById, type DomainInfo } from './model/domains.js';
export { RULES, ruleBySlug, ruleDocsUrl, type Rule, type RuleMeta } from './rules/index.js';
export { FORMATTERS, type Formatter, type FormatContext } from './report/index.js';
export { GkmlError } from './core/errors.js';
export type { Lang, Text } from './i18n/text.js';
