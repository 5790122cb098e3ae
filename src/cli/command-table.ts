// The commands of the CLI, declared as data: arguments, options with their choices, and the module
// that runs each (imported only when the command runs, so `gkml lint` never loads the exporters).
// The commander program, help and completions are made from this one table.
import { HELP } from '../i18n/catalogue/cli-help.js';
import { CACHE_STRATEGIES } from '../lint/cache-strategy.js';
import { formatNames } from '../report/index.js';
import { PROFILES, SCHEMA_NAMES } from '../schema/directory-schema.js';
import { msg } from '../i18n/messages.js';
import { TARGETS } from '../export/targets.js';
import type { CommandSpec } from './command-spec.js';

export type { CommandSpec, OptionSpec } from './command-spec.js';

/** The shells `gkml completion` writes for. */
const SHELLS = ['bash', 'zsh', 'fish'] as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'lint',
    help: HELP.lint,
    args: [{ name: '[paths...]', help: HELP.lintPaths }],
    options: [
      { flags: '-f, --format <name>', help: HELP.lintFormat, choices: formatNames('lint'), isFormat: true, repeatable: true },
      { flags: '-o, --output <spec>', help: HELP.lintOutput, repeatable: true },
      { flags: '--max-warnings <n>', help: HELP.lintMaxWarnings },
      { flags: '-q, --quiet', help: HELP.lintQuiet },
      { flags: '--profile <profile>', help: HELP.lintProfile, choices: PROFILES },
      { flags: '--fix', help: HELP.lintFix },
      { flags: '--fix-dry-run', help: HELP.lintFixDryRun },
      { flags: '--baseline <file>', help: HELP.lintBaseline },
      { flags: '--cache', help: HELP.lintCache },
      { flags: '--cache-location <dir>', help: HELP.lintCacheLocation },
      { flags: '--cache-strategy <strategy>', help: HELP.lintCacheStrategy, choices: CACHE_STRATEGIES },
      { flags: '--write-baseline', help: HELP.lintWriteBaseline },
      { flags: '--config <file>', help: HELP.lintConfig },
      { flags: '--domain <id>', help: HELP.lintDomain },
      { flags: '--jobs <n>', help: HELP.lintJobs },
    ],
    run: async ([paths], flags, ctx) => (await import('./commands/lint.js')).runLint(paths, flags, ctx),
  },
  {
    name: 'init',
    help: HELP.init,
    args: [{ name: '[dir]', help: HELP.initDir }],
    options: [
      { flags: '--region <name>', help: HELP.initRegion },
      { flags: '--level <level>', help: HELP.initLevel, choices: ['county', 'township'] },
      { flags: '--county <name>', help: HELP.initCounty },
      { flags: '--domains <ids...>', help: HELP.initDomains },
      { flags: '--date <YYYY-MM-DD>', help: HELP.initDate },
      { flags: '--xlsx', help: HELP.initXlsx },
      { flags: '--update-schemas', help: HELP.initUpdateSchemas },
      { flags: '--force', help: HELP.force },
    ],
    run: async ([dir], flags, ctx) => (await import('./commands/init.js')).runInit(dir, flags, ctx),
  },
  {
    name: 'status',
    help: HELP.status,
    args: [{ name: '[workspace]', help: HELP.workspace }],
    options: [{ flags: '-f, --format <name>', help: HELP.format, choices: formatNames('status'), isFormat: true, default: 'stylish' }],
    run: async ([workspace], flags, ctx) => (await import('./commands/status.js')).runStatus(workspace, flags, ctx),
  },
  {
    name: 'build',
    help: HELP.build,
    args: [{ name: '[workspace]', help: HELP.workspace }],
    options: [
      { flags: '--out <dir>', help: HELP.buildOut },
      { flags: '--only <targets>', help: HELP.buildOnly, helpParams: { targets: TARGETS.map((t) => msg(HELP.onlyTarget, { name: t.name, what: msg(t.help) })) } },
      { flags: '--previous <dir|rev>', help: HELP.buildPrevious },
      { flags: '--draft', help: HELP.buildDraft },
      { flags: '--fillable', help: HELP.buildFillable },
      { flags: '-q, --quiet', help: HELP.buildQuiet },
      { flags: '--wait <seconds>', help: HELP.buildWait },
      { flags: '--jobs <n>', help: HELP.buildJobs },
    ],
    run: async ([workspace], flags, ctx) => (await import('./commands/build.js')).runBuild(workspace, flags, ctx),
  },
  {
    name: 'import',
    help: HELP.import,
    args: [{ name: '<file>', help: HELP.importFile }],
    options: [
      { flags: '--domain <id>', help: HELP.importDomain },
      { flags: '-o, --out <dir>', help: HELP.importOut },
      { flags: '--force', help: HELP.force },
      { flags: '--into <workspace>', help: HELP.importInto },
      { flags: '--prune', help: HELP.importPrune },
      { flags: '--dry-run', help: HELP.importDryRun },
    ],
    run: async ([file], flags, ctx) => (await import('./commands/import.js')).runImport(file, flags, ctx),
  },
  {
    name: 'coverage',
    help: HELP.coverage,
    args: [{ name: '[workspace]', help: HELP.coverageTarget }],
    options: [
      { flags: '-f, --format <name>', help: HELP.format, choices: formatNames('coverage'), isFormat: true, default: 'stylish' },
      { flags: '--min-coverage <percent>', help: HELP.coverageMin },
      { flags: '--domain <id>', help: HELP.coverageDomain },
    ],
    run: async ([workspace], flags, ctx) => (await import('./commands/coverage.js')).runCoverage(workspace, flags, ctx),
  },
  {
    name: 'diff',
    help: HELP.diff,
    args: [
      { name: '<old>', help: HELP.diffOld },
      { name: '<new>', help: HELP.diffNew },
    ],
    options: [
      { flags: '-f, --format <name>', help: HELP.format, choices: formatNames('diff'), isFormat: true, default: 'stylish' },
      { flags: '--workspace <dir>', help: HELP.diffWorkspace },
    ],
    run: async ([oldArg, newArg], flags, ctx) => (await import('./commands/diff.js')).runDiff(oldArg, newArg, flags, ctx),
  },
  {
    name: 'rules',
    help: HELP.rules,
    args: [{ name: '[rule]', help: HELP.rulesRule }],
    options: [
      { flags: '-f, --format <name>', help: HELP.format, choices: ['table', 'json'], isFormat: true, default: 'table' },
      { flags: '--write-docs <dir>', help: HELP.rulesWriteDocs },
    ],
    run: async ([rule], flags, ctx) => (await import('./commands/rules.js')).runRules(rule, flags, ctx),
  },
  {
    name: 'schema',
    help: HELP.schema,
    args: [{ name: '[name]', help: HELP.schemaName, values: SCHEMA_NAMES }],
    options: [{ flags: '--write <dir>', help: HELP.schemaWrite }],
    run: async ([name], flags, ctx) => (await import('./commands/schema.js')).runSchema(name, flags, ctx),
  },
  {
    name: 'completion',
    help: HELP.completion,
    args: [{ name: '<shell>', help: HELP.completionShell, values: SHELLS }],
    options: [],
    run: async ([shell], _flags, ctx) => (await import('./commands/completion.js')).runCompletion(shell, SHELLS, COMMANDS, ctx),
  },
];
