// The commander program, made from the command table in the user's language: help words from the
// catalogue (commander's own titles, choices and defaults included), options with their choices
// checked by gkml (so a wrong value gets gkml's own message), defaults applied by gkml.
import { Command, Option } from 'commander';
import { GkmlError } from '../core/errors.js';
import { CLI } from '../i18n/catalogue/cli.js';
import { HELP } from '../i18n/catalogue/cli-help.js';
import { msg, say } from '../i18n/messages.js';
import { closest } from '../util/distance.js';
import { displayWidth } from '../util/width.js';
import type { Lang } from '../i18n/text.js';
import { COMMANDS, type CommandSpec, type OptionSpec } from './command-table.js';
import type { CliContext } from './io.js';

/** The long name of an option (`--format` of `-f, --format <name>`). */
export const longName = (flags: string) => flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;

/** The flags object's key of an option: `--max-warnings` → maxWarnings. */
const flagKey = (flags: string) =>
  longName(flags)
    .slice(2)
    .replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function option(spec: OptionSpec, lang: Lang): Option {
  const choices = spec.choices;
  const help = [say(lang, spec.help, spec.helpParams)];
  if (choices) help.push(say(lang, HELP.choices, { choices: [...choices] }));
  if (spec.default !== undefined) help.push(say(lang, HELP.defaultValue, { value: spec.default }));
  const option = new Option(spec.flags, help.join(''));
  if (choices || spec.repeatable) {
    option.argParser((value: string, previous: unknown) => {
      if (choices && !choices.includes(value)) {
        throw new GkmlError(msg(spec.isFormat ? CLI.unknownFormat : CLI.invalidChoice, { option: longName(spec.flags), value, choices }));
      }
      return spec.repeatable ? [...((previous as string[] | undefined) ?? []), value] : value;
    });
  }
  return option;
}

/** The flags as the command's module expects them: gkml's defaults in place of those not given. */
function withDefaults(spec: CommandSpec, flags: Record<string, unknown>): Record<string, unknown> {
  const out = { ...flags };
  for (const o of spec.options) {
    const key = flagKey(o.flags);
    if (out[key] === undefined && o.default !== undefined) out[key] = o.default;
    else if (out[key] === undefined && o.repeatable) out[key] = [];
  }
  return out;
}

/** commander's help page in the user's words: titles, `[options]` in usage lines and command terms. */
function localiseHelp(command: Command, lang: Lang): void {
  const titles: Record<string, string> = {
    'Usage:': say(lang, HELP.usageTitle),
    'Arguments:': say(lang, HELP.argumentsTitle),
    'Options:': say(lang, HELP.optionsTitle),
    'Commands:': say(lang, HELP.commandsTitle),
    'Global Options:': say(lang, HELP.globalOptionsTitle),
  };
  const options = say(lang, HELP.optionsToken);
  command.configureHelp({
    styleTitle: (title) => titles[title] ?? title,
    // Columns line up by the width the terminal draws: a Chinese character takes two columns.
    displayWidth: (text) => displayWidth(text),
    // commander wraps at spaces, which Chinese text has few of: lines are left whole for the terminal to wrap.
    boxWrap: (text) => text,
    subcommandTerm: (sub) =>
      [
        sub.name(),
        ...(sub.options.length ? [options] : []),
        ...sub.registeredArguments.map((a) =>
          a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`,
        ),
      ].join(' '),
  });
}

export interface ProgramOptions {
  /** Check the command line only: the commands do not run (the CI recipes' test). */
  parseOnly?: boolean;
}

export function buildProgram(ctx: CliContext, setExit: (code: number) => void, options: ProgramOptions = {}): Command {
  const program = new Command('gkml')
    .description(say(ctx.lang, HELP.program))
    .usage(`${say(ctx.lang, HELP.optionsToken)} ${say(ctx.lang, HELP.commandToken)}`)
    .version(ctx.version, '-v, --version', say(ctx.lang, HELP.version))
    .helpOption('-h, --help', say(ctx.lang, HELP.help))
    .addHelpCommand(false)
    .option('--lang <lang>', say(ctx.lang, HELP.lang))
    .option('--debug', say(ctx.lang, HELP.debug))
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: () => {}, outputError: () => {} })
    .showSuggestionAfterError(false);
  localiseHelp(program, ctx.lang);
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(say(ctx.lang, spec.help));
    for (const arg of spec.args) command.argument(arg.name, say(ctx.lang, arg.help));
    for (const o of spec.options) command.addOption(option(o, ctx.lang));
    command.usage([...(spec.options.length ? [say(ctx.lang, HELP.optionsToken)] : []), ...spec.args.map((a) => a.name)].join(' '));
    command.helpOption('-h, --help', say(ctx.lang, HELP.help));
    localiseHelp(command, ctx.lang);
    command.action(async (...values: unknown[]) => {
      if (options.parseOnly) return;
      // commander passes the positional values, then the flags, then the command itself; they are
      // what the spec declares (commander parsed them from it), which is the one cast of the CLI.
      const args = values.slice(0, spec.args.length) as Parameters<CommandSpec['run']>[0];
      const flags = withDefaults(spec, values[spec.args.length] as Record<string, unknown>) as Parameters<CommandSpec['run']>[1];
      setExit(await spec.run(args, flags, ctx));
    });
  }
  return program;
}

/** The command or option nearest to one mistyped (lnit → lint), for 是否想输入 …？ */
export function suggestionFor(kind: 'command' | 'option', typed: string, commandName: string | undefined): string | undefined {
  if (kind === 'command')
    return closest(
      typed,
      COMMANDS.map((c) => c.name),
    );
  const spec = COMMANDS.find((c) => c.name === commandName);
  return closest(typed, [...(spec?.options ?? []).map((o) => longName(o.flags)), '--help', '--lang', '--debug']);
}
