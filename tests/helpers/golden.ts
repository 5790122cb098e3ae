// Golden files: compare text with tests/golden/<name>.txt. Refresh after an intended change with
// GKML_UPDATE_GOLDEN=1 (then review the diff); a missing golden file fails the test.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CliRun } from './cli.js';

export function expectGolden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`../golden/${name}.txt`, import.meta.url));
  if (process.env.GKML_UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

export function renderRun(run: CliRun): string {
  return `exit: ${run.code}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}
