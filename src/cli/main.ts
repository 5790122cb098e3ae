// The gkml command line: runs one command of the program (src/cli/program.ts) in the user's
// language and turns every failure into one clear line and an exit code (0 ok, 1 findings, 2 usage
// or I/O), never a stack trace unless --debug.
import { CommanderError } from 'commander';
import { GkmlError } from '../core/errors.js';
import { isSystemError, unplacedFault } from '../core/system-faults.js';
import { toolVersion } from '../core/version.js';
import { CLI } from '../i18n/catalogue/cli.js';
import { say } from '../i18n/messages.js';
import { parseLang, type Lang } from '../i18n/text.js';
import { displayPath } from '../util/paths.js';
import { processIO, type CliContext, type CliIO } from './io.js';
import { buildProgram, suggestionFor } from './program.js';

function preScanLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return parseLang(argv[i + 1]) ?? 'zh';
    if (a.startsWith('--lang=')) return parseLang(a.slice(7)) ?? 'zh';
  }
  return parseLang(env.GKML_LANG) ?? 'zh';
}

function commanderMessage(err: CommanderError, lang: Lang, argv: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const detail = err.message.replace(/^error: /, '');
  switch (err.code) {
    case 'commander.unknownOption': {
      const command = argv.find((a) => !a.startsWith('-'));
      const suggestion = suggestionFor('option', quoted.replace(/=.*$/, ''), command);
      return suggestion
        ? say(lang, CLI.unknownOptionNear, { option: quoted, suggestion })
        : say(lang, CLI.unknownOption, { option: quoted });
    }
    case 'commander.unknownCommand': {
      const suggestion = suggestionFor('command', quoted, undefined);
      return suggestion
        ? say(lang, CLI.unknownCommandNear, { command: quoted, suggestion })
        : say(lang, CLI.unknownCommand, { command: quoted });
    }
    case 'commander.missingArgument':
      return say(lang, CLI.missingArgument, { argument: quoted });
    case 'commander.optionMissingArgument':
      return say(lang, CLI.optionMissingArgument, { option: quoted });
    case 'commander.excessArguments':
      return say(lang, CLI.excessArguments);
    default:
      return say(lang, CLI.invalidArgument, { detail });
  }
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const lang = preScanLang(argv, io.env);
  const debug = argv.includes('--debug');
  const ctx: CliContext = { ...io, lang, debug, version: toolVersion() };
  let exitCode = 0;
  try {
    const program = buildProgram(ctx, (code) => (exitCode = code));
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (caught) {
    let err = caught;
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      io.stderr(`gkml: ${commanderMessage(err, lang, argv)}\n`);
      return 2;
    }
    // The machine's refusal (a full disk, no permission) met where no command named the path it concerns.
    if (isSystemError(err)) err = unplacedFault(err, (path) => displayPath(path, io.cwd));
    if (err instanceof GkmlError) {
      io.stderr(`gkml: ${err.render(lang)}\n`);
      if (debug && err.stack) io.stderr(err.stack + '\n');
      return err.exitCode;
    }
    const e = err as Error;
    io.stderr(`gkml: ${say(lang, CLI.internalError, { detail: e?.message ?? String(err) })}\n`);
    if (debug && e?.stack) io.stderr(e.stack + '\n');
    return 2;
  }
}
