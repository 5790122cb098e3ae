// Golden CLI scenarios: the exact stdout, stderr and exit code of real commands on real fixtures.
// Refresh after an intended change with: GKML_UPDATE_GOLDEN=1 npx vitest run tests/cli/golden.test.ts
import { describe, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { expectGolden, renderRun } from '../helpers/golden.js';

interface Scenario {
  name: string;
  args: string[];
  cwd: string;
}

const defects = fixture('defects');
const clean = fixture('clean');
const mistakes = fixture('mistakes');

const scenarios: Scenario[] = [
  { name: 'lint-stylish', args: ['lint'], cwd: defects },
  { name: 'lint-stylish-en', args: ['lint', '--lang', 'en'], cwd: defects },
  { name: 'lint-json', args: ['lint', '-f', 'json'], cwd: defects },
  { name: 'lint-sarif', args: ['lint', '-f', 'sarif'], cwd: defects },
  { name: 'lint-github', args: ['lint', '-f', 'github'], cwd: defects },
  { name: 'lint-junit', args: ['lint', '-f', 'junit'], cwd: defects },
  { name: 'lint-gitlab', args: ['lint', '-f', 'gitlab'], cwd: defects },
  { name: 'lint-mistakes', args: ['lint'], cwd: mistakes },
  { name: 'lint-mistakes-en', args: ['lint', '--lang', 'en'], cwd: mistakes },
  { name: 'lint-quiet-one-file', args: ['lint', '-q', 'directories/duplicate-key.yaml'], cwd: defects },
  { name: 'lint-clean', args: ['lint'], cwd: clean },
  { name: 'lint-clean-junit', args: ['lint', '-f', 'junit'], cwd: clean },
  { name: 'usage-unknown-flag', args: ['lint', '--bogus'], cwd: clean },
  { name: 'usage-missing-path', args: ['lint', 'no/such/file.yaml'], cwd: clean },
  { name: 'usage-empty-glob', args: ['lint', 'nothing/*.yaml'], cwd: clean },
  { name: 'usage-unknown-format', args: ['lint', '-f', 'xml'], cwd: clean },
  { name: 'usage-unknown-command', args: ['publish'], cwd: clean },
];

describe('golden CLI scenarios', () => {
  it.each(scenarios)('$name', async ({ name, args, cwd }) => {
    expectGolden(name, renderRun(await runCli(args, { cwd })));
  });
});
