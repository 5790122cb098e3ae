// The library example of the README runs as written (from the repository root, against the built
// package): lint, build, coverage, init, diff and importFile without the CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

function readmeExample(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Library'));
  return /```js\n([\s\S]*?)```/.exec(section)![1]!;
}

it('the README library example runs and prints what it says', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-readme-'));
  try {
    const script = join(dir, 'example.mjs');
    writeFileSync(script, readmeExample().replace("from 'gkml'", `from '${pathToFileURL(join(REPO, 'dist/index.js')).href}'`));
    const run = spawnSync(process.execPath, [script], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('lint 0 0');
    expect(lines[1]).toMatch(/^build 392 \[ 'directory\.json', 'directory\.xlsx' \]$/);
    expect(lines[2]).toBe('coverage 100');
    expect(lines[3]).toMatch(/^diff [1-9]\d* [1-9]\d*$/);
    expect(lines[4]).toMatch(/^import 392 26$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
