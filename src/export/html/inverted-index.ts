// The search index in the serialized form MiniSearch.loadJS reads (serializationVersion 2), built
// directly with plain maps. MiniSearch's own add() keeps a radix tree up to date for every token,
// which the build never searches: at city scale that was four fifths of the site build. The site
// still searches with MiniSearch; tests/html/search-index.test.ts checks that this builder and
// MiniSearch's addAll + toJSON give the same index, term by term.
import type { AsPlainObject } from 'minisearch';
import type { Tokenize } from './tokenizer.js';

export interface InvertedIndexOptions {
  /** Searched fields, in MiniSearch's field order (their position is their field id). */
  fields: readonly string[];
  /** Fields returned with each result. */
  storeFields: readonly string[];
  tokenize: Tokenize;
}

/** Postings of one term: field id → short document id → how often the term occurs there. */
type Postings = Record<number, Record<number, number>>;

export function invertedIndex<D extends { id: string }>(docs: readonly D[], options: InvertedIndexOptions): AsPlainObject {
  const { fields, storeFields, tokenize } = options;
  const terms = new Map<string, Postings>();
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  const storedFields: Record<number, Record<string, unknown>> = {};
  const averageFieldLength: number[] = [];

  docs.forEach((document, shortId) => {
    const doc = document as unknown as Record<string, unknown>;
    documentIds[shortId] = document.id;
    const stored: Record<string, unknown> = {};
    for (const name of storeFields) if (doc[name] !== undefined) stored[name] = doc[name];
    storedFields[shortId] = stored;
    const lengths: number[] = [];
    fields.forEach((field, fieldId) => {
      // MiniSearch's defaults: the field's value as a string, each token lower-cased (processTerm).
      const tokens = tokenize(String(doc[field] ?? ''));
      const length = new Set(tokens).size;
      lengths[fieldId] = length;
      // The same running mean as MiniSearch (not sum / count), so the floats match bit for bit.
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * shortId + length) / (shortId + 1);
      for (const token of tokens) {
        const term = token.toLowerCase();
        if (!term) continue;
        let postings = terms.get(term);
        if (!postings) terms.set(term, (postings = {}));
        const inField = (postings[fieldId] ??= {});
        inField[shortId] = (inField[shortId] ?? 0) + 1;
      }
    });
    fieldLength[shortId] = lengths;
  });

  return {
    documentCount: docs.length,
    nextId: docs.length,
    documentIds,
    fieldIds: Object.fromEntries(fields.map((f, i) => [f, i])),
    fieldLength,
    averageFieldLength,
    storedFields,
    dirtCount: 0,
    // Terms in the order first met: documents come sorted by id, so the file is the same on every build.
    index: [...terms],
    serializationVersion: 2,
  };
}
