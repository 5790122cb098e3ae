// Generates the import fixtures (tests/fixtures/import/make-fixtures.ts) into a scratch folder and
// runs `gkml import` on them, reading back what was written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DirectoryData } from '../../src/model/types.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { makeFixtures } from '../fixtures/import/make-fixtures.js';

export async function fixtureDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gkml-import-'));
  await makeFixtures(dir);
  return dir;
}

export interface Imported extends CliRun {
  /** Written files by domain id. */
  files: Map<string, DirectoryData>;
  texts: Map<string, string>;
  out: string;
}

let runs = 0;

export async function importFile(dir: string, file: string, args: string[] = []): Promise<Imported> {
  const out = join(dir, `out-${++runs}`);
  mkdirSync(out);
  const run = await runCli(['import', file, '-o', out, ...args], { cwd: dir });
  const files = new Map<string, DirectoryData>();
  const texts = new Map<string, string>();
  if (existsSync(out)) {
    for (const name of readdirSync(out).sort()) {
      const text = readFileSync(join(out, name), 'utf8');
      texts.set(name.replace(/\.yaml$/, ''), text);
      files.set(name.replace(/\.yaml$/, ''), parse(text) as DirectoryData);
    }
  }
  return { ...run, files, texts, out };
}

/** The problem lines of a run: `<ref>: <severity>: <message>`. */
export function problemLines(run: CliRun): string[] {
  return run.stdout.split('\n').filter(Boolean);
}
