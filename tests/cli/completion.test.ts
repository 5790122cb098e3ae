// `gkml completion`: scripts made from the command table. The bash script is run in a real bash
// (the completion function asked as the shell asks it); zsh reuses it through bashcompinit; the
// fish script lists every command, option and choice.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/command-table.js';
import { runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-completion-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function script(shell: string): Promise<string> {
  const run = await runCli(['completion', shell]);
  expect(run.code).toBe(0);
  return run.stdout;
}

describe('gkml completion', () => {
  it('bash completes commands, options, formats, rule names and schema names', async () => {
    const path = join(scratch, 'gkml.bash');
    writeFileSync(path, await script('bash'));
    const complete = (...words: string[]) => {
      const quoted = words.map((w) => `'${w}'`).join(' ');
      const run = spawnSync(
        'bash',
        ['-c', `source ${path}; COMP_WORDS=(gkml ${quoted}); COMP_CWORD=${words.length}; _gkml; printf '%s\\n' "\${COMPREPLY[@]}"`],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      return run.stdout.trim().split('\n').filter(Boolean);
    };
    expect(complete('li')).toEqual(['lint']);
    expect(complete('lint', '-f', '')).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab']);
    expect(complete('lint', '--fi')).toEqual(['--fix', '--fix-dry-run']);
    expect(complete('rules', 'dit')).toEqual(['ditto']);
    expect(complete('schema', 'u')).toEqual(['units']);
    expect(complete('init', '--level', 't')).toEqual(['township']);
  });

  it('zsh loads the same completion through bashcompinit', async () => {
    const zsh = await script('zsh');
    expect(zsh).toContain('autoload -U +X bashcompinit && bashcompinit');
    expect(zsh).toContain('complete -o default -F _gkml gkml');
    const path = join(scratch, 'gkml.zsh.sh');
    writeFileSync(path, zsh.replace(/^autoload.*$/m, ''));
    expect(spawnSync('bash', ['-n', path]).status).toBe(0);
  });

  it('fish lists every command with its description, and every option', async () => {
    const fish = await script('fish');
    for (const c of COMMANDS) expect(fish).toContain(`-n '__fish_use_subcommand' -a ${c.name} -d '`);
    expect(fish).toContain(
      `complete -c gkml -n '__fish_seen_subcommand_from lint' -l format -s f -xa 'stylish json sarif github junit gitlab'`,
    );
    expect(fish).toContain(`-n '__fish_use_subcommand' -a lint -d '校验目录文件`);
  });

  it('refuses another shell', async () => {
    const run = await runCli(['completion', 'powershell']);
    expect(run.code).toBe(2);
  });
});
