// Microsoft's SARIF validator (the @microsoft/sarif-multitool package's native binary) on a file:
// the results it rates as errors.
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './cli.js';

export function sarifValidationErrors(sarifPath: string, scratch: string): { status: number | null; output: string; errors: unknown[] } {
  const tool = join(REPO, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
  // npm ci may skip the package's chmod install script; the binary is ours to make executable.
  if ((statSync(tool).mode & 0o100) === 0) chmodSync(tool, 0o755);
  const out = join(scratch, `validation-${Date.now()}.sarif`);
  const run = spawnSync(tool, ['validate', sarifPath, '--output', out, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  if (run.status !== 0) return { status: run.status, output: run.stdout + run.stderr, errors: [] };
  const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results as { level: string }[];
  return { status: 0, output: '', errors: results.filter((r) => r.level === 'error') };
}
