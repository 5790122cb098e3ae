// The commander program, made from the command table in the user's language: help words from the
// catalogue, options with their choices checked by gkml (so a wrong value gets gkml's own message).
import { Command, Option } from 'commander';
import { GkmlError } from '../core/errors.js';
import { CLI } from '../i18n/catalogue/cli.js';
import { HELP } from '../i18n/catalogue/cli-help.js';
import { msg, say } from '../i18n/messages.js';
import { COMMANDS, type OptionSpec } from './command-table.js';
import type { CliContext } from './io.js';

/** The long name of an option (`--format` of `-f, --format <name>`). */
export const longName = (flags: string) => flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;

function option(spec: OptionSpec, ctx: CliContext): Option {
  const option = new Option(spec.flags, say(ctx.lang, spec.help, spec.helpParams));
  const choices = spec.choices;
  if (choices) option.argChoices = [...choices];
  if (choices || spec.repeatable) {
    option.argParser((value: string, previous: unknown) => {
      if (choices && !choices.includes(value)) {
        throw new GkmlError(msg(spec.isFormat ? CLI.unknownFormat : CLI.invalidChoice, { option: longName(spec.flags), value, choices }));
      }
      return spec.repeatable ? [...((previous as string[] | undefined) ?? []), value] : value;
    });
  }
  if (spec.default !== undefined) option.default(spec.default);
  else if (spec.repeatable) option.default([]);
  return option;
}

export function buildProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const program = new Command('gkml')
    .description(say(ctx.lang, HELP.program))
    .version(ctx.version, '-v, --version', say(ctx.lang, HELP.version))
    .helpOption('-h, --help', say(ctx.lang, HELP.help))
    .addHelpCommand(false)
    .option('--lang <lang>', say(ctx.lang, HELP.lang))
    .option('--debug', say(ctx.lang, HELP.debug))
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: () => {}, outputError: () => {} })
    .showSuggestionAfterError(false);
  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(say(ctx.lang, spec.help));
    for (const arg of spec.args) command.argument(arg.name, say(ctx.lang, arg.help));
    for (const o of spec.options) command.addOption(option(o, ctx));
    command.action(async (...values: unknown[]) => {
      // commander passes the positional values, then the flags, then the command itself.
      const args = values.slice(0, spec.args.length);
      const flags = values[spec.args.length] as Record<string, unknown>;
      setExit(await spec.run(args, flags, ctx));
    });
  }
  return program;
}
