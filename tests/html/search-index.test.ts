// The search: one CJK tokenizer (templates/assets/tokenize.js) for the index and the query, and an
// index in which a Chinese query finds exactly the items that contain it. The browser side of the
// same check is in browser.test.ts.
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  SEARCH_OPTIONS,
  indexedSynonyms,
  searchIndexJson,
  searchDocuments,
  searchIndexScript,
  type SearchDocument,
} from '../../src/export/html/search-index.js';
import { BUILTIN_TEMPLATES, tokenize } from '../../src/export/html/tokenizer.js';
import { compile } from '../../src/model/cascade.js';
import type { Compendium } from '../../src/model/compendium.js';
import { loadWorkspace } from '../../src/workspace/load.js';
import { REPO } from '../helpers/cli.js';
import { WORKSPACES } from './support/site.js';

describe('the tokenizer', () => {
  it('splits Chinese into characters and overlapping pairs', () => {
    expect(tokenize('最低生活保障')).toEqual(['最', '最低', '低', '低生', '生', '生活', '活', '活保', '保', '保障', '障']);
    expect(tokenize('低保')).toEqual(['低', '低保', '保']);
    expect(tokenize('户')).toEqual(['户']);
  });

  it('keeps runs of Latin letters and of digits as words, after NFKC and lower case; punctuation separates', () => {
    expect(tokenize('ABC２０２１年')).toEqual(['abc', '2021', '年']);
    expect(tokenize('GB/T37668-2019')).toEqual(['gb', 't', '37668', '2019']);
    expect(tokenize('国务院令第711号')).toEqual(['国', '国务', '务', '务院', '院', '院令', '令', '令第', '第', '711', '号']);
    expect(tokenize('《条例》(民发〔2021〕57号)、São Paulo')).toEqual([
      '条',
      '条例',
      '例',
      '民',
      '民发',
      '发',
      '2021',
      '57',
      '号',
      'são',
      'paulo',
    ]);
    expect(tokenize(' ，。、《》 ')).toEqual([]);
    expect(tokenize('𠀀𠀁')).toEqual(['𠀀', '𠀀𠀁', '𠀁']); // CJK Extension B, outside the BMP
  });

  it('is the browser file itself, evaluated', () => {
    const sandbox: { gkmlTokenize?: (t: string) => string[] } = {};
    runInNewContext(readFileSync(join(BUILTIN_TEMPLATES, 'assets/tokenize.js'), 'utf8'), sandbox);
    expect([...sandbox.gkmlTokenize!('新生儿落户 ABC')]).toEqual(tokenize('新生儿落户 ABC'));
  });
});

/** All searchable text of a document, as the index sees it. */
const searchable = (d: SearchDocument) => SEARCH_OPTIONS.fields.map((f) => d[f as keyof SearchDocument]).join('\n');

function engineFor(c: Compendium): MiniSearch<SearchDocument> {
  const data = JSON.parse(searchIndexJson(c));
  return MiniSearch.loadJS<SearchDocument>(data, { ...SEARCH_OPTIONS, tokenize });
}

describe('the index of the example county', async () => {
  const compendium = compile(await loadWorkspace(WORKSPACES.demo, { cwd: REPO }));
  const docs = searchDocuments(compendium);
  const engine = engineFor(compendium);
  const find = (q: string) =>
    engine
      .search(q, { combineWith: 'AND' })
      .map((r) => r.id)
      .sort();
  const containing = (q: string) =>
    docs
      .filter((d) => searchable(d).toLowerCase().includes(q.toLowerCase()))
      .map((d) => d.id)
      .sort();

  it.each(['低保', '户口', '救助', '公示', '学校'])('finds exactly the items that contain %s', (q) => {
    expect(containing(q).length).toBeGreaterThan(0);
    expect(find(q)).toEqual(containing(q));
  });

  it('ranks a match in the item name above one in its content', () => {
    const top = engine.search('户口', { combineWith: 'AND' })[0]!;
    expect(docs.find((d) => d.id === top.id)!.name).toContain('户口');
  });

  it('finds a domain by its alias', () => {
    const found = new Set(find('就业创业'));
    const jiuye = compendium.domains.find((d) => d.id === 'jiuye')!.items.map((i) => i.id);
    expect(jiuye.filter((id) => !found.has(id))).toEqual([]);
  });

  it('ships the synonym groups its items hold a term of, in order, for the page to name the term a result was found through', () => {
    const groups = indexedSynonyms(compendium);
    expect(groups).toContainEqual(compendium.synonyms.find((g) => g.includes('五保')));
    const names = docs.map((d) => `${d.name} ${d.domain}`);
    const held = (g: readonly string[]) => names.some((n) => g.some((term) => n.includes(term)));
    expect(groups).toEqual(compendium.synonyms.filter(held).map((g) => [...g]));
    expect(groups.length).toBeLessThan(compendium.synonyms.length);
    const data = /= (\{.*\});\n$/s.exec(searchIndexScript(compendium))![1]!;
    expect((JSON.parse(data) as { synonyms: string[][] }).synonyms).toEqual(groups);
  });

  it('has one document per item, sorted by id; the same index on every build', async () => {
    expect(docs.map((d) => d.id)).toEqual(compendium.domains.flatMap((d) => d.items.map((i) => i.id)).sort());
    const again = compile(await loadWorkspace(WORKSPACES.demo, { cwd: REPO }));
    expect(searchIndexScript(again)).toBe(searchIndexScript(compendium));
  });
});

describe('the index text', () => {
  // The XSS fixture puts quotes, angle brackets, U+2028 and the like into every stored field.
  it.each(['demo', 'xss', 'clean'] as const)(
    'is the index MiniSearch itself builds from the same documents (%s), term by term',
    async (name) => {
      const compendium = compile(await loadWorkspace(WORKSPACES[name], { cwd: REPO }));
      const reference = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, tokenize });
      reference.addAll(searchDocuments(compendium));
      const expected = JSON.parse(JSON.stringify(reference));
      const ours = JSON.parse(searchIndexJson(compendium));
      // MiniSearch lists terms in its radix tree's order, ours in the order first met: compare as maps.
      expect(ours.index.length).toBe(expected.index.length);
      expect(new Map(ours.index)).toEqual(new Map(expected.index));
      expect({ ...ours, index: [] }).toEqual({ ...expected, index: [] });
    },
  );
});

describe('any two neighbouring characters of an item find it', () => {
  it('holds for generated Chinese text', () => {
    const han = fc.constantFrom(...'低保户口新生儿落户社会救助最低生活保障申请条件材料公开');
    const text = fc.array(han, { minLength: 2, maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (texts, pick, at) => {
        const items = texts.map((t, i) => ({
          id: `x-${String(i).padStart(2, '0')}`,
          seq: i + 1,
          l1: t,
          l2: '',
          content: [],
          basis: [],
          timeframe: '',
          owner: '',
          channels: [],
          audience: { society: true, specific: false },
          mode: { active: true, onRequest: false },
          level: [],
          notes: {},
          data: { id: `x-${i}`, l1: t },
        }));
        const c = {
          region: 'r',
          level: 'county',
          publisher: 'p',
          version: '1',
          date: '2026-01-01',
          levelLabels: [],
          synonyms: [],
          overview: [],
          itemCount: items.length,
          domains: [{ id: 'jiuye', name: '就业', aliases: [], ministry: '', file: 'f', sources: [], items }],
        } as unknown as Compendium;
        const text = texts[pick % texts.length]!;
        const start = at % (text.length - 1);
        const query = text.slice(start, start + 2);
        const found = engineFor(c)
          .search(query, { combineWith: 'AND' })
          .map((r) => r.id);
        const expected = items.filter((i) => i.l1.includes(query)).map((i) => i.id);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});
