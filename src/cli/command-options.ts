// The options of each command of the CLI (src/cli/command-table.ts), declared once: commander's
// program, help and completion read them, and each command's handler takes the flags they declare
// (`CommandFlags<'lint'>`), so an option added here is a typed flag of its handler and a flag no
// option declares does not compile. Apart from the table so handlers can name their flags' type
// without an import cycle.
import { HELP } from '../i18n/catalogue/cli-help.js';
import { CACHE_STRATEGIES } from '../lint/cache-strategy.js';
import { formatNames } from '../report/index.js';
import { PROFILES } from '../schema/directory-schema.js';
import { msg } from '../i18n/messages.js';
import { TARGETS } from '../export/target-table.js';
import type { FlagsOf, OptionSpec } from './command-spec.js';

export const OPTIONS = {
  lint: [
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
  init: [
    { flags: '--region <name>', help: HELP.initRegion },
    { flags: '--level <level>', help: HELP.initLevel, choices: ['county', 'township'] },
    { flags: '--county <name>', help: HELP.initCounty },
    { flags: '--domains <ids...>', help: HELP.initDomains },
    { flags: '--date <YYYY-MM-DD>', help: HELP.initDate },
    { flags: '--xlsx', help: HELP.initXlsx },
    { flags: '--update-schemas', help: HELP.initUpdateSchemas },
    { flags: '--force', help: HELP.force },
  ],
  status: [{ flags: '-f, --format <name>', help: HELP.format, choices: formatNames('status'), isFormat: true, default: 'stylish' }],
  config: [{ flags: '-f, --format <name>', help: HELP.format, choices: formatNames('config'), isFormat: true, default: 'stylish' }],
  build: [
    { flags: '--out <dir>', help: HELP.buildOut },
    {
      flags: '--only <targets>',
      help: HELP.buildOnly,
      helpParams: { targets: TARGETS.map((t) => msg(HELP.onlyTarget, { name: t.name, what: msg(t.help) })) },
    },
    { flags: '--previous <dir|rev>', help: HELP.buildPrevious },
    { flags: '--draft', help: HELP.buildDraft },
    { flags: '--fillable', help: HELP.buildFillable },
    { flags: '-q, --quiet', help: HELP.buildQuiet },
    { flags: '--wait <seconds>', help: HELP.buildWait },
    { flags: '--jobs <n>', help: HELP.buildJobs },
    { flags: '--cache', help: HELP.buildCache },
    { flags: '--cache-dir <dir>', help: HELP.buildCacheDir },
    { flags: '--shard <i/n>', help: HELP.buildShard },
  ],
  import: [
    { flags: '--domain <id>', help: HELP.importDomain },
    { flags: '-o, --out <dir>', help: HELP.importOut },
    { flags: '--force', help: HELP.force },
    { flags: '--into <workspace>', help: HELP.importInto },
    { flags: '--prune', help: HELP.importPrune },
    { flags: '--dry-run', help: HELP.importDryRun },
  ],
  coverage: [
    { flags: '-f, --format <name>', help: HELP.format, choices: formatNames('coverage'), isFormat: true, default: 'stylish' },
    { flags: '--min-coverage <percent>', help: HELP.coverageMin },
    { flags: '--domain <id>', help: HELP.coverageDomain },
  ],
  diff: [
    { flags: '-f, --format <name>', help: HELP.format, choices: formatNames('diff'), isFormat: true, default: 'stylish' },
    { flags: '--workspace <dir>', help: HELP.diffWorkspace },
  ],
  rules: [
    { flags: '-f, --format <name>', help: HELP.format, choices: formatNames('rules'), isFormat: true, default: 'table' },
    { flags: '--write-docs <dir>', help: HELP.rulesWriteDocs },
  ],
  schema: [{ flags: '--write <dir>', help: HELP.schemaWrite }],
  verify: [{ flags: '--sums <file>', help: HELP.verifySums }],
  completion: [],
} as const satisfies Record<string, readonly OptionSpec[]>;

/** The flags a command's handler receives. */
export type CommandFlags<N extends keyof typeof OPTIONS> = FlagsOf<(typeof OPTIONS)[N]>;
