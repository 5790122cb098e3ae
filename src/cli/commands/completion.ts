// `gkml completion <shell>`: print the completion script of the command table for bash, zsh or fish.
import { GkmlError } from '../../core/errors.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { msg } from '../../i18n/messages.js';
import type { CommandSpec } from '../command-spec.js';
import { completionScript } from '../completion.js';
import type { CliContext } from '../io.js';

export function runCompletion(shell: string, shells: readonly string[], commands: readonly CommandSpec[], ctx: CliContext): number {
  if (!shells.includes(shell)) throw new GkmlError(msg(CLI.invalidChoice, { option: 'shell', value: shell, choices: shells }));
  ctx.stdout(completionScript(shell as 'bash' | 'zsh' | 'fish', commands, ctx.lang));
  return 0;
}
