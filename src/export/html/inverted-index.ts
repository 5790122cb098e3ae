// The search index as the JSON text of MiniSearch's serialized form (serializationVersion 2, what
// MiniSearch.loadJS reads), built directly. MiniSearch's own add() keeps a radix tree up to date
// for every token, which the build never searches: at city scale that was half of the site build. Here each term's postings are flat number lists (documents arrive in order, so a repeat
// of a term in the same document only bumps the last count) written straight out as JSON. The
// site still searches with MiniSearch; tests/html/search-index.test.ts checks that this text and
// MiniSearch's addAll + toJSON describe the same index, term by term.
import type { Tokenize } from './tokenizer.js';

export interface InvertedIndexOptions {
  /** Searched fields, in MiniSearch's field order (their position is their field id). */
  fields: readonly string[];
  /** Fields returned with each result. */
  storeFields: readonly string[];
  tokenize: Tokenize;
}

/** Per field id: [document, count, document, count, …], documents ascending. */
type Postings = number[][];

export function invertedIndexJson<D extends { id: string }>(docs: readonly D[], options: InvertedIndexOptions): string {
  const { fields, storeFields, tokenize } = options;
  const terms = new Map<string, Postings>();
  const documentIds: string[] = [];
  const fieldLength: string[] = [];
  const storedFields: string[] = [];
  const averageFieldLength: number[] = [];

  docs.forEach((document, shortId) => {
    const doc = document as unknown as Record<string, unknown>;
    const key = `"${shortId}":`;
    documentIds.push(key + JSON.stringify(document.id));
    const stored: Record<string, unknown> = {};
    for (const name of storeFields) if (doc[name] !== undefined) stored[name] = doc[name];
    storedFields.push(key + JSON.stringify(stored));
    const lengths: number[] = [];
    fields.forEach((field, fieldId) => {
      // MiniSearch's defaults: a missing field is skipped, a value is read as a string and each
      // token lower-cased (processTerm).
      if (doc[field] == null) return;
      const tokens = tokenize(String(doc[field]));
      const length = new Set(tokens).size;
      lengths[fieldId] = length;
      // The same running mean as MiniSearch (not sum / count), so the floats match bit for bit.
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * shortId + length) / (shortId + 1);
      for (const token of tokens) {
        const term = token.toLowerCase();
        if (!term) continue;
        let postings = terms.get(term);
        if (!postings) terms.set(term, (postings = []));
        const list = (postings[fieldId] ??= []);
        if (list[list.length - 2] === shortId) list[list.length - 1]!++;
        else list.push(shortId, 1);
      }
    });
    fieldLength.push(key + JSON.stringify(lengths));
  });

  // Terms in the order first met: documents come sorted by id, so the text is the same on every build.
  const index: string[] = [];
  for (const [term, postings] of terms) {
    const byField: string[] = [];
    postings.forEach((list, fieldId) => {
      const pairs: string[] = [];
      for (let i = 0; i < list.length; i += 2) pairs.push(`"${list[i]}":${list[i + 1]}`);
      byField.push(`"${fieldId}":{${pairs.join(',')}}`);
    });
    index.push(`[${JSON.stringify(term)},{${byField.join(',')}}]`);
  }

  const fieldIds = Object.fromEntries(fields.map((f, i) => [f, i]));
  return (
    `{"documentCount":${docs.length},"nextId":${docs.length},"documentIds":{${documentIds.join(',')}},` +
    `"fieldIds":${JSON.stringify(fieldIds)},"fieldLength":{${fieldLength.join(',')}},` +
    `"averageFieldLength":${JSON.stringify(averageFieldLength)},"storedFields":{${storedFields.join(',')}},` +
    `"dirtCount":0,"index":[${index.join(',')}],"serializationVersion":2}`
  );
}
