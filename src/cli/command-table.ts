// The commands of the CLI, declared as data: arguments, options (src/cli/command-options.ts), and the module
// that runs each (imported only when the command runs, so `gkml lint` never loads the exporters).
// The commander program, help and completions are made from this one table.
import { HELP } from '../i18n/catalogue/cli-help.js';
import { SCHEMA_NAMES } from '../schema/directory-schema.js';
import { OPTIONS } from './command-options.js';
import { command, type CommandSpec } from './command-spec.js';

export type { CommandSpec, OptionSpec } from './command-spec.js';

/** The shells `gkml completion` writes for. */
const SHELLS = ['bash', 'zsh', 'fish'] as const;

export const COMMANDS: readonly CommandSpec[] = [
  command({
    name: 'lint',
    help: HELP.lint,
    args: [{ name: '[paths...]', help: HELP.lintPaths }],
    options: OPTIONS.lint,
    run: async ([paths], flags, ctx) => (await import('./commands/lint.js')).runLint(paths, flags, ctx),
  }),
  command({
    name: 'init',
    help: HELP.init,
    args: [{ name: '[dir]', help: HELP.initDir }],
    options: OPTIONS.init,
    run: async ([dir], flags, ctx) => (await import('./commands/init.js')).runInit(dir, flags, ctx),
  }),
  command({
    name: 'status',
    help: HELP.status,
    args: [{ name: '[workspace]', help: HELP.workspace }],
    options: OPTIONS.status,
    run: async ([workspace], flags, ctx) => (await import('./commands/status.js')).runStatus(workspace, flags, ctx),
  }),
  command({
    name: 'config',
    help: HELP.config,
    args: [{ name: '[dir]', help: HELP.configDir }],
    options: OPTIONS.config,
    run: async ([dir], flags, ctx) => (await import('./commands/config.js')).runConfig(dir, flags, ctx),
  }),
  command({
    name: 'build',
    help: HELP.build,
    args: [{ name: '[workspace]', help: HELP.workspace }],
    options: OPTIONS.build,
    run: async ([workspace], flags, ctx) => (await import('./commands/build.js')).runBuild(workspace, flags, ctx),
  }),
  command({
    name: 'import',
    help: HELP.import,
    args: [{ name: '<file>', help: HELP.importFile }],
    options: OPTIONS.import,
    run: async ([file], flags, ctx) => (await import('./commands/import.js')).runImport(file, flags, ctx),
  }),
  command({
    name: 'coverage',
    help: HELP.coverage,
    args: [{ name: '[workspace]', help: HELP.coverageTarget }],
    options: OPTIONS.coverage,
    run: async ([workspace], flags, ctx) => (await import('./commands/coverage.js')).runCoverage(workspace, flags, ctx),
  }),
  command({
    name: 'diff',
    help: HELP.diff,
    args: [
      { name: '<old>', help: HELP.diffOld },
      { name: '<new>', help: HELP.diffNew },
    ],
    options: OPTIONS.diff,
    run: async ([oldArg, newArg], flags, ctx) => (await import('./commands/diff.js')).runDiff(oldArg, newArg, flags, ctx),
  }),
  command({
    name: 'rules',
    help: HELP.rules,
    args: [{ name: '[rule]', help: HELP.rulesRule }],
    options: OPTIONS.rules,
    run: async ([rule], flags, ctx) => (await import('./commands/rules.js')).runRules(rule, flags, ctx),
  }),
  command({
    name: 'schema',
    help: HELP.schema,
    args: [{ name: '[name]', help: HELP.schemaName, values: SCHEMA_NAMES }],
    options: OPTIONS.schema,
    run: async ([name], flags, ctx) => (await import('./commands/schema.js')).runSchema(name, flags, ctx),
  }),
  command({
    name: 'verify',
    help: HELP.verify,
    args: [{ name: '<folder>', help: HELP.verifyFolder }],
    options: OPTIONS.verify,
    run: async ([folder], flags, ctx) => (await import('./commands/verify.js')).runVerify(folder, flags, ctx),
  }),
  command({
    name: 'completion',
    help: HELP.completion,
    args: [{ name: '<shell>', help: HELP.completionShell, values: SHELLS }],
    options: OPTIONS.completion,
    run: async ([shell], _flags, ctx) => (await import('./commands/completion.js')).runCompletion(shell, SHELLS, COMMANDS, ctx),
  }),
];
