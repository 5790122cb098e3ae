// `gkml completion bash|zsh|fish`: a shell completion script made from the command table — the
// commands, each command's options, the values of options with choices (formats for -f …) and
// the rule names for `gkml rules`. zsh loads the bash script through bashcompinit.
import { say } from '../i18n/messages.js';
import type { Lang } from '../i18n/text.js';
import { RULES } from '../rules/index.js';
import type { CommandSpec } from './command-spec.js';

/** Every spelling of an option (`-f`, `--format`) and whether it takes a value. */
function flagsOf(spec: CommandSpec): { names: string[]; takesValue: boolean; choices?: readonly string[] }[] {
  return spec.options.map((o) => ({
    names: o.flags.split(/[ ,]+/).filter((f) => f.startsWith('-')),
    takesValue: /[<[]/.test(o.flags),
    ...(o.choices ? { choices: o.choices } : {}),
  }));
}

/** What a command's positional words complete to: rule names for `rules`, an argument's few words, else files. */
function positionalWords(spec: CommandSpec): string | undefined {
  if (spec.name === 'rules') return RULES.map((r) => r.meta.slug).join(' ');
  const values = spec.args.find((a) => a.values)?.values;
  return values?.join(' ');
}

function bash(commands: readonly CommandSpec[]): string {
  const valueCases = commands.flatMap((c) =>
    flagsOf(c)
      .filter((f) => f.choices)
      .map(
        (f) =>
          `    ${f.names.map((n) => `${c.name}:${n}`).join('|')}) COMPREPLY=($(compgen -W "${f.choices!.join(' ')}" -- "$cur")); return ;;`,
      ),
  );
  const optionCases = commands.map(
    (c) =>
      `    ${c.name}) opts="${[...flagsOf(c).flatMap((f) => f.names), '--help', '--lang'].join(' ')}"; words="${positionalWords(c) ?? ''}" ;;`,
  );
  return `# gkml completion for bash: add  source <(gkml completion bash)  to ~/.bashrc
_gkml() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="\${COMP_WORDS[1]}" opts="" words=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "${commands.map((c) => c.name).join(' ')} --help --version --lang" -- "$cur"))
    return
  fi
  case "$cmd:$prev" in
${valueCases.join('\n')}
    *:--lang) COMPREPLY=($(compgen -W "zh en" -- "$cur")); return ;;
  esac
  case "$cmd" in
${optionCases.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [ -n "$words" ]; then
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o default -F _gkml gkml
`;
}

function zsh(commands: readonly CommandSpec[]): string {
  return `# gkml completion for zsh: add  source <(gkml completion zsh)  to ~/.zshrc
autoload -U +X bashcompinit && bashcompinit
${bash(commands).split('\n').slice(1).join('\n')}`;
}

/** fish quotes with single quotes; a single quote inside is escaped. */
const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(commands: readonly CommandSpec[], lang: Lang): string {
  const lines = ['# gkml completion for fish: gkml completion fish > ~/.config/fish/completions/gkml.fish', 'complete -c gkml -f'];
  for (const c of commands) {
    lines.push(`complete -c gkml -n '__fish_use_subcommand' -a ${c.name} -d ${fishQuote(say(lang, c.help))}`);
    for (const o of c.options) {
      const long = o.flags.match(/--([a-z-]+)/)![1]!;
      const short = /(?:^|[ ,])-([a-zA-Z])\b/.exec(o.flags)?.[1];
      const value = /[<[]/.test(o.flags) ? (o.choices ? ` -xa ${fishQuote(o.choices.join(' '))}` : ' -r') : '';
      lines.push(
        `complete -c gkml -n '__fish_seen_subcommand_from ${c.name}' -l ${long}${short ? ` -s ${short}` : ''}${value} -d ${fishQuote(say(lang, o.help, o.helpParams))}`,
      );
    }
    const words = positionalWords(c);
    lines.push(
      words
        ? `complete -c gkml -n '__fish_seen_subcommand_from ${c.name}' -xa ${fishQuote(words)}`
        : `complete -c gkml -n '__fish_seen_subcommand_from ${c.name}' -F`,
    );
  }
  lines.push(`complete -c gkml -l lang -xa 'zh en'`);
  return lines.join('\n') + '\n';
}

/** The completion script of `commands` (the command table, handed in: it lists this command too). */
export function completionScript(shell: 'bash' | 'zsh' | 'fish', commands: readonly CommandSpec[], lang: Lang): string {
  return shell === 'bash' ? bash(commands) : shell === 'zsh' ? zsh(commands) : fish(commands, lang);
}
