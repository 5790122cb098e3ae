// Run the gkml CLI: in-process (fast, for most tests) or as a real child process (exit codes,
// start-up, stack-trace checks). Both capture stdout and stderr separately.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/gkml.js', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; stderrIsTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: { ...options.env },
    cwd: options.cwd ?? REPO,
  });
  return { code, stdout, stderr };
}

/** Runs the compiled bin (run `npm run build` first; `npm test` does). */
export function spawnCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string; bin?: string; timeout?: number } = {},
): CliRun {
  const r = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { PATH: process.env.PATH, ...options.env },
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 1 << 28,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
