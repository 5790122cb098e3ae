// The shape of a command as the command table declares it: its arguments and options (with their
// help messages and choices) and the function that runs it.
import type { Message, Param } from '../i18n/messages.js';
import type { CliContext } from './io.js';

export interface OptionSpec {
  flags: string;
  help: Message;
  /** Values of the help text's placeholders. */
  helpParams?: Record<string, Param>;
  /** The values it takes (commander's choices); a value outside them is a usage error. */
  choices?: readonly string[];
  /** A choice of output format: the error says 未知的输出格式. */
  isFormat?: boolean;
  /** May be given several times; the values are collected in order. */
  repeatable?: boolean;
  default?: string;
}

export interface CommandSpec {
  name: string;
  help: Message;
  /** commander's argument syntax: `<file>`, `[paths...]`; `values`, when it takes one of a few words (for completion). */
  args: { name: string; help: Message; values?: readonly string[] }[];
  options: OptionSpec[];
  /** Runs the command with commander's positional values and flags (untyped from commander; each command's module types them). */
  run(args: any[], flags: any, ctx: CliContext): Promise<number>;
}
