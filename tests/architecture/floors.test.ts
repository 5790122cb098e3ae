// The house as drawn in docs/ARCHITECTURE.md: floors that run one way, no import cycles (type-only and
// dynamic imports included), exporters that read only the compendium and never each other, and
// functions that fit a screen (at most 80 lines, measured with the TypeScript parser).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, importedPackages, longFunctions } from './imports.js';
import { REPO } from '../helpers/cli.js';

/** From the ground up; a folder of src/ (or a file at its top) may import its own floor and those below. */
const FLOORS: readonly (readonly string[])[] = [
  ['core', 'i18n', 'util'],
  ['schema'],
  ['workspace'],
  ['model', 'guideline'],
  ['rules'],
  ['lint', 'import', 'init', 'coverage', 'diff', 'export', 'report', 'publish', 'status'],
  ['cli', 'index.ts'],
];

const room = (file: string) => file.split('/')[0]!;
const floorOf = (file: string) => FLOORS.findIndex((f) => f.includes(room(file)));
const graph = importGraph();

describe('the import graph of src/', () => {
  it('puts every file on a floor', () => {
    expect([...graph.keys()].filter((f) => floorOf(f) < 0)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('runs one way: no file imports from a floor above its own', () => {
    const up = [...graph].flatMap(([file, targets]) => targets.filter((t) => floorOf(t) > floorOf(file)).map((t) => `${file} → ${t}`));
    expect(up).toEqual([]);
  });

  it('keeps the workspace reader free of lint, rules, export, publish, the model and the CLI', () => {
    const banned = ['lint', 'rules', 'export', 'publish', 'cli', 'model'];
    const found = [...graph].flatMap(([file, targets]) =>
      room(file) === 'workspace' ? targets.filter((t) => banned.includes(room(t))).map((t) => `${file} → ${t}`) : [],
    );
    expect(found).toEqual([]);
  });

  it('gives exporters only the compendium: nothing from workspace/, and no exporter imports another', () => {
    const exporterOf = (file: string) => (file.startsWith('export/') ? file.split('/')[1]!.replace(/\.ts$/, '') : undefined);
    const shared = new Set(['target-writer', 'target-table']);
    const found = [...graph].flatMap(([file, targets]) => {
      const own = exporterOf(file);
      if (!own || shared.has(own)) return [];
      return targets
        .filter(
          (t) => room(t) === 'workspace' || (exporterOf(t) !== undefined && exporterOf(t) !== own && exporterOf(t) !== 'target-writer'),
        )
        .map((t) => `${file} → ${t}`);
    });
    expect(found).toEqual([]);
  });

  it('has no function over 80 lines', () => {
    expect(longFunctions(80)).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('measures a function by its lines, nested ones on their own', () => {
    expect(longFunctions(10_000)).toEqual([]);
    expect(longFunctions(1).length).toBeGreaterThan(100);
  });

  it('finds a cycle through a type-only or dynamic import', () => {
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']],
          ['d.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('imports every runtime dependency package.json names (no dead dependency)', () => {
    const { dependencies } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const used = importedPackages();
    expect(Object.keys(dependencies).filter((d) => !used.has(d))).toEqual([]);
  });
});
