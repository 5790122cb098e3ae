// Property-based tests (fast-check): random mutations of valid directory files never make lint
// throw, every finding lies inside its file, and the same input always gives the same output.
// CI runs a fixed, seeded number of cases; GKML_FUZZ_RUNS=5000 runs more on demand.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { fixture } from '../helpers/cli.js';

const RUNS = Number(process.env.GKML_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.GKML_FUZZ_SEED ?? 20261123);

const dir = mkdtempSync(join(tmpdir(), 'gkml-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'gkml.config.yaml'), readFileSync(fixture('clean/gkml.config.yaml')));

const seeds = [
  fixture('clean/directories/shehui-jiuzhu.yaml'),
  fixture('versions/v1/directories/jiuye.yaml'),
  fixture('defects/directories/schema-defects.yaml'),
].map((p) => readFileSync(p, 'utf8'));

/** Fragments that stress the parser and the rules: YAML syntax, CJK, ditto marks, brackets, nulls. */
const FRAGMENTS = [
  '\n',
  ' ',
  '  ',
  '\t',
  ':',
  '- ',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!!str ',
  '~',
  'null',
  '同上',
  'XX',
  '〔',
  '﹝',
  '《',
  '》',
  '\r\n',
  '\uFEFF',
  '𠮷',
  '政府服务中心',
  '及时公开',
  '---\n',
];

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: (typeof mutation extends fc.Arbitrary<infer T> ? T : never)[]): string {
  let t = text;
  for (const m of mutations) {
    const at = t.length === 0 ? 0 : m.at % t.length;
    if (m.kind === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else if (m.kind === 'delete') t = t.slice(0, at) + t.slice(at + m.length);
    else {
      const start = t.lastIndexOf('\n', at - 1) + 1;
      const end = t.indexOf('\n', at);
      const line = t.slice(start, end < 0 ? t.length : end + 1);
      t = t.slice(0, start) + line + t.slice(start);
    }
  }
  return t;
}

describe('lint properties', () => {
  it('never throws, keeps every finding inside the file, and is deterministic', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...seeds.keys()),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        async (seedIndex, mutations) => {
          const text = mutate(seeds[seedIndex]!, mutations);
          const name = `case-${n++}.yaml`;
          writeFileSync(join(dir, name), text);
          const first = await lint({ targets: [name], cwd: dir });
          const lines = text.split('\n');
          for (const f of first.findings) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.line).toBeLessThanOrEqual(Math.max(1, lines.length));
            expect(f.endLine).toBeGreaterThanOrEqual(f.line);
            expect(f.endLine).toBeLessThanOrEqual(Math.max(1, lines.length));
            expect(f.column).toBeGreaterThanOrEqual(1);
            expect(f.message.length).toBeGreaterThan(0);
          }
          const second = await lint({ targets: [name], cwd: dir });
          expect(second).toEqual(first);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
