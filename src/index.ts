// The library API: what the CLI does, as functions with options objects and structured results.
// The CLI (src/cli/) is a thin shell over these; each is usable on its own.
export { lint, DEFAULT_CACHE_LOCATION } from './lint/lint.js';
export type { LintOptions, LintResult, FixedFile } from './lint/run.js';
export { build, type BuildOptions, type BuildResult } from './publish/build.js';
export { parseSums, verifyFolder, type Verification } from './publish/checksums.js';
export { BUILD_TARGETS, type BuildTarget } from './export/target-table.js';
export { init, type InitOptions, type InitResult } from './init/init.js';
export {
  coverage,
  coverageOf,
  type CoverageOptions,
  type CoverageReport,
  type DomainCoverage,
  type RegionCoverage,
} from './coverage/coverage.js';
export { diff, type DiffOptions, type RegionDiff, type TreeDiff } from './diff/versions.js';
export { status, type StatusOptions, type StatusReport, type DomainStatus, type RegionStatus } from './status/status.js';
export { diffCompendia, type DiffReport } from './diff/diff.js';
export { importFile, type ImportOptions, type ImportResult } from './import/import.js';
export { loadWorkspace, type Workspace } from './workspace/load.js';
export { compile, type CompileOptions } from './model/cascade.js';
export type { Compendium, PublishedDomain, PublishedItem, PublishedChannel } from './model/compendium.js';
export type { Finding } from './lint/finding.js';
export type { Severity, SeveritySetting, Position, TextEdit } from './core/positions.js';
export type { WorkspaceConfig, Unit, WorkspaceSettings } from './workspace/config.js';
export type { DirectoryData, Item, Citation, Channel, Audience } from './model/types.js';
export { DOMAINS, domainById, type DomainInfo } from './model/domains.js';
export { RULES, ruleBySlug, ruleDocsUrl, type Rule, type RuleMeta } from './rules/index.js';
export { FORMATTERS, formatterFor, formatNames, type Formatter, type FormatContext } from './report/index.js';
export { GkmlError } from './core/errors.js';
export type { Lang, Text } from './i18n/text.js';
