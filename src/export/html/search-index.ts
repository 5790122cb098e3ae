// The offline search index: every item as a MiniSearch document, tokenized by the shared CJK
// tokenizer (templates/assets/tokenize.js), serialized into search-index.js, which search.html
// loads as a plain script (no fetch, so it also works from file:// and under a strict CSP).
// A site with regions has one index per workspace of the tree (regions/<a>/regions/<b>/search-index.js)
// and a list of them (search-regions.js); the page adds the script of each one it searches when it
// searches, so a search within one region loads only the indexes of that region and those below it.
import type { Options } from 'minisearch';
import { compareStrings } from '../../core/order.js';
import { OTHER_CHANNEL } from '../../model/channels.js';
import type { Compendium, PublishedItem } from '../../model/compendium.js';
import { invertedIndexJson } from './inverted-index.js';
import { SynonymMatcher } from './synonym-match.js';
import { domainPageFile } from './site-folder.js';
import { tokenize } from './tokenizer.js';

export const SEARCH_INDEX_FILE = 'search-index.js';
export const SEARCH_REGIONS_FILE = 'search-regions.js';

export interface SearchDocument {
  id: string;
  /** The page holding the item; the result links to page#id. */
  page: string;
  /** What a result shows: the item's names. */
  title: string;
  /** The domain's name, shown with a result. */
  domainName: string;
  /** The domain's name and aliases (就业创业 finds 就业), searched. */
  domain: string;
  /** The words citizens use for the item's names and its domain (低保 for 最低生活保障), from the synonym groups. */
  alias: string;
  owner: string;
  name: string;
  content: string;
  basis: string;
  other: string;
}

/** The options the page loads the index with: everything but the tokenizer, which both sides share. */
export const SEARCH_OPTIONS = {
  fields: ['name', 'alias', 'domain', 'content', 'basis', 'owner', 'other'],
  storeFields: ['page', 'title', 'domainName', 'owner'],
  // A match in the item's names (or the words people use for them) counts most, then its domain;
  // a citation, which names many things in passing, least.
  searchOptions: { boost: { name: 4, domain: 2, alias: 1.5, basis: 0.5 } },
} satisfies Omit<Options<SearchDocument>, 'tokenize'>;

/** The text an item's synonyms come from: its names and its domain's name and aliases. */
function synonymSource(names: readonly string[], domain: string): string {
  return `${names.join(' ')} ${domain}`;
}

const itemNames = (item: PublishedItem): string[] => [item.l1, item.l2 ?? '', item.l3 ?? ''].filter(Boolean);

/** One document per item, sorted by id so the serialized index is the same on every build. */
export function searchDocuments(c: Compendium): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const synonyms = new SynonymMatcher(c.synonyms);
  for (const d of c.domains) {
    const page = domainPageFile(d.id);
    const domain = [d.name, ...d.aliases].join(' ');
    for (const item of d.items) {
      const names = itemNames(item);
      docs.push({
        id: item.id,
        page,
        title: names.join(' · '),
        domainName: d.name,
        domain,
        alias: synonyms.aliases(synonymSource(names, domain)).join(' '),
        owner: item.owner,
        name: names.join(' '),
        content: item.content.join(' '),
        basis: item.basis.join(' '),
        // The standard channels, time limits and levels are left out: nearly every item shares them,
        // so they would only make the index larger without telling items apart.
        other: [
          ...item.channels.filter((c) => c.name === OTHER_CHANNEL).map((c) => c.text ?? ''),
          item.audience.group ?? '',
          ...Object.values(item.notes),
        ].join(' '),
      });
    }
  }
  return docs.sort((a, b) => compareStrings(a.id, b.id));
}

/** The index as the JSON text of MiniSearch's serialized form, which the page loads with MiniSearch.loadJS. */
export function searchIndexJson(c: Compendium): string {
  return invertedIndexJson(searchDocuments(c), { fields: SEARCH_OPTIONS.fields, storeFields: SEARCH_OPTIONS.storeFields, tokenize });
}

/**
 * The synonym groups the index's items hold a term of, in their order: the page names the term an
 * item holds when it was found only through a synonym (五保 → 特困人员救助供养).
 */
export function indexedSynonyms(c: Compendium): string[][] {
  const synonyms = new SynonymMatcher(c.synonyms);
  const used = new Set<number>();
  for (const d of c.domains) {
    const domain = [d.name, ...d.aliases].join(' ');
    for (const item of d.items) for (const g of synonyms.groupsIn(synonymSource(itemNames(item), domain))) used.add(g);
  }
  return [...used].sort((a, b) => a - b).map((g) => [...c.synonyms[g]!]);
}

/** JSON text as a JavaScript literal. */
function scriptText(json: string): string {
  // Line and paragraph separators end a string literal in older JavaScript engines.
  return json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A value as a JavaScript literal. */
function scriptLiteral(value: unknown): string {
  return scriptText(JSON.stringify(value));
}

/**
 * The search-index.js file: one assignment the page script reads. A region's index (`key`: its
 * search key, a/b, or '' for the top's own directory) is stored under its key, as the page may load several.
 */
export function searchIndexScript(c: Compendium, key?: string): string {
  const synonyms = JSON.stringify(indexedSynonyms(c));
  const data = scriptText(`{"options":${JSON.stringify(SEARCH_OPTIONS)},"synonyms":${synonyms},"index":${searchIndexJson(c)}}`);
  const target =
    key === undefined ? 'self.gkmlSearchIndex' : `(self.gkmlSearchIndexes = self.gkmlSearchIndexes || {})[${scriptLiteral(key)}]`;
  return `/* gkml search index: generated by gkml build, do not edit. */\n${target} = ${data};\n`;
}

/** One searchable part of a city's or province's site: a region at any depth, or the top's own directory (key ''). */
export interface SearchRegion {
  /** The slugs from the top down (a/b): a search scoped to a region takes in the regions below it. */
  key: string;
  /** Shown with each result. */
  name: string;
  /** Its level (county, township …): a search may be scoped to every region of one level. */
  level: string;
  /** Its folder in the site (regions/a/regions/b/, or '' for the top's own pages); its index is base + search-index.js. */
  base: string;
}

/** A region's search key from its folder: regions/a/regions/b/ → a/b. */
export function searchKey(folder: string): string {
  return folder
    .split('/')
    .filter((_, i) => i % 2 === 1)
    .join('/');
}

/** The search-regions.js file: the parts of the site, in order, for the page to load. */
export function searchRegionsScript(regions: readonly SearchRegion[]): string {
  return `/* gkml search regions: generated by gkml build, do not edit. */\nself.gkmlSearchRegions = ${scriptLiteral(regions)};\n`;
}
