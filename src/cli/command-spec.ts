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

/** The long name of an option without its dashes: `max-warnings` of `--max-warnings <n>`. */
type LongName<F extends string> = F extends `${string}--${infer Rest}` ? (Rest extends `${infer Name} ${string}` ? Name : Rest) : never;
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
/** The flags object's key of an option: `--max-warnings <n>` → maxWarnings. */
type FlagKey<O extends OptionSpec> = CamelCase<LongName<O['flags']>>;
/** What an option's value is: a list (`<ids...>` or repeatable), one of its choices, a text, or on/off. */
type FlagValue<O extends OptionSpec> = O extends { repeatable: true }
  ? string[]
  : O['flags'] extends `${string}...>`
    ? string[]
    : O['flags'] extends `${string}<${string}>`
      ? O['choices'] extends readonly (infer C extends string)[]
        ? C
        : string
      : boolean;
/** Options always present in the flags: those with a default, and repeatable ones (an empty list). */
type Given<O extends OptionSpec> = O extends { repeatable: true } | { default: string } ? O : never;

/**
 * The flags a command's handler receives, derived from the options it declares: an option added
 * to the table is a flag of the handler, and a flag no option declares does not compile.
 */
export type FlagsOf<Os extends readonly OptionSpec[]> = { [O in Given<Os[number]> as FlagKey<O>]: FlagValue<O> } & {
  [O in Exclude<Os[number], Given<Os[number]>> as FlagKey<O>]?: FlagValue<O>;
};

export interface ArgSpec {
  /** commander's argument syntax: `<file>`, `[dir]`, `[paths...]`. */
  name: string;
  help: Message;
  /** The words it takes, when it takes one of a few (for completion). */
  values?: readonly string[];
}

/** A positional value as commander gives it: a list (`[paths...]`), a text, or nothing when optional. */
type ArgValue<N extends string> = N extends `${string}...${string}` ? string[] : N extends `<${string}>` ? string : string | undefined;
export type ArgsOf<As extends readonly ArgSpec[]> = { [K in keyof As]: ArgValue<As[K]['name']> };

export interface CommandSpec<Os extends readonly OptionSpec[] = readonly OptionSpec[], As extends readonly ArgSpec[] = readonly ArgSpec[]> {
  name: string;
  help: Message;
  args: As;
  options: Os;
  /** Runs the command with the positional values and the flags its arguments and options declare. */
  run(args: ArgsOf<As>, flags: FlagsOf<Os>, ctx: CliContext): Promise<number>;
}

/** A command of the table, its handler's arguments and flags typed from its declarations. */
export function command<const Os extends readonly OptionSpec[], const As extends readonly ArgSpec[]>(
  spec: CommandSpec<Os, As>,
): CommandSpec {
  return spec as unknown as CommandSpec;
}
