// The synonym registry and its matcher: gkml's groups (at least 60 pairs, each term in one group),
// the expansion of an item's names, and a workspace's file checked (shape, inside the workspace).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SynonymMatcher } from '../../src/export/html/synonym-match.js';
import { synonymGroups } from '../../src/model/search-synonyms.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-synonyms-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the synonym registry', () => {
  it('holds at least 60 pairs, each term in one group only, the asked-for ones among them', () => {
    const groups = synonymGroups(scratch);
    expect(groups.reduce((n, g) => n + g.length - 1, 0)).toBeGreaterThanOrEqual(60);
    const terms = groups.flat();
    expect(new Set(terms).size).toBe(terms.length);
    const together = (a: string, b: string) => groups.some((g) => g.includes(a) && g.includes(b));
    for (const [a, b] of [
      ['低保', '最低生活保障'],
      ['五保', '特困人员救助供养'],
      ['医保', '医疗保险'],
      ['社保', '社会保险'],
      ['户口', '户籍'],
      ['失业金', '失业保险金'],
      ['残疾证', '残疾人证'],
    ]) {
      expect(together(a, b), `${a} ↔ ${b}`).toBe(true);
    }
  });

  it('a workspace file adds groups; a malformed or outside file is refused', () => {
    writeFileSync(join(scratch, 'good.yaml'), 'groups:\n  - terms: [广告牌, 户外广告]\n');
    expect(synonymGroups(scratch, { synonyms: 'good.yaml' }).at(-1)).toEqual(['广告牌', '户外广告']);
    writeFileSync(join(scratch, 'bad.yaml'), 'groups:\n  - terms: [独一个]\n');
    expect(() => synonymGroups(scratch, { synonyms: 'bad.yaml' })).toThrow(/at least two terms/);
    expect(() => synonymGroups(scratch, { synonyms: '../outside.yaml' })).toThrow(/must be inside the workspace/);
    expect(() => synonymGroups(scratch, { synonyms: 'missing.yaml' })).toThrow(/not found/);
  });

  it("builtin: false leaves gkml's groups out: only the workspace's own, or none", () => {
    expect(synonymGroups(scratch, { synonyms: 'good.yaml', builtin: false })).toEqual([['广告牌', '户外广告']]);
    expect(synonymGroups(scratch, { builtin: false })).toEqual([]);
  });
});

describe('SynonymMatcher', () => {
  const matcher = new SynonymMatcher([
    ['低保', '低保户', '最低生活保障'],
    ['社保', '社会保险'],
    ['户口', '户籍'],
  ]);

  it('gives the other terms of every group a text touches, in group order', () => {
    expect(matcher.aliases('最低生活保障 办事指南 社会救助')).toEqual(['低保', '低保户']);
    expect(matcher.aliases('户籍管理 社会保险登记')).toEqual(['社保', '户口']);
    expect(matcher.aliases('义务教育')).toEqual([]);
  });
});
