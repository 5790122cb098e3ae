// The fast path must read exactly what the careful path reads, or decline.
import { readFileSync } from 'node:fs';
import { globbySync } from 'globby';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/workspace/fast-parse.js';
import { REPO } from '../helpers/cli.js';

const files = globbySync(['data/*.yaml', 'directories/*.yaml', 'examples/**/*.yaml', 'tests/fixtures/**/*.yaml'], {
  cwd: REPO,
  absolute: true,
}).sort();

describe('fast parse', () => {
  it('reads every committed YAML file as yaml does, or declines', () => {
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = fastParse(text);
      if (!fast) continue;
      taken++;
      expect(fast.data, file).toEqual(parse(text));
    }
    expect(taken).toBeGreaterThan(20);
  });

  it.each([
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['an alias', 'a: &x [1]\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a tab indent', 'a:\n\t- 1\n'],
    ['an empty file', '\n'],
  ])('declines %s', (_name, text) => {
    expect(fastParse(text)).toBeUndefined();
  });

  it('reads dates, versions and nulls as the YAML 1.2 core schema does', () => {
    const text = 'date: 2026-06-30\nversion: 2026.1\nowner: ~\nflag: yes\nn: 012\n';
    expect(fastParse(text)?.data).toEqual(parse(text));
    expect(fastParse(text)?.data).toEqual({ date: '2026-06-30', version: 2026.1, owner: null, flag: 'yes', n: 12 });
  });
});
