// A directory file too large to hold as one positioned document — a submitted table of a hundred
// thousand rows becomes a YAML text of that many items, and yaml's Document of it would take
// gigabytes. Its data is known (the importer made it), and its text — the frame followed by each
// item's text — is written only when something reads it (a fix, --fix-dry-run); the positioned
// document is parsed item by item, when a fix needs a place in that item, with every range at its
// offset in the whole text. Everything that reads
// `doc` (locate, edits, list-form, suppressions) sees the same nodes and ranges as a whole parse.
import type { Document, LineCounter, Node } from 'yaml';
import type { SourceFile } from './source.js';
import { yamlLib } from './yaml-lib.js';

/** Items parsed and kept at once: findings come item by item, so a few suffice. */
const KEPT_ITEMS = 256;

export interface ItemwiseText {
  text: string;
  /** Offset of each item's text (`  - …`) in `text`; the frame (everything before the first) ends with `items:\n`. */
  itemStarts: number[];
}

function shiftRanges(node: unknown, by: number): void {
  const { visit, isNode } = yamlLib();
  const shift = (n: unknown) => {
    const range = isNode(n) ? (n as Node).range : undefined;
    if (range) (n as Node).range = [range[0] + by, range[1] + by, range[2] + by];
  };
  visit(node as Node, {
    Node(_, n) {
      shift(n);
    },
    Pair(_, pair) {
      shift(pair.key);
    },
  });
}

function lineCounterOf(text: string): LineCounter {
  const counter = new (yamlLib().LineCounter)();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

/** The positioned document: the frame parsed whole, the items' sequence filled in on demand. */
function itemwiseDoc({ text, itemStarts }: ItemwiseText): Document.Parsed {
  const { parseDocument, YAMLSeq, isMap, isScalar } = yamlLib();
  const frameEnd = itemStarts[0] ?? text.length;
  const doc = parseDocument(text.slice(0, frameEnd), { uniqueKeys: true, prettyErrors: false });
  const root = doc.contents;
  const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'items') : undefined;
  if (!pair) return doc;
  const kept = new Map<number, unknown>();
  const load = (i: number): unknown => {
    const cached = kept.get(i);
    if (cached) return cached;
    const start = itemStarts[i]!;
    const item = (
      parseDocument(text.slice(start, itemStarts[i + 1] ?? text.length), { prettyErrors: false }).contents as { items: unknown[] }
    ).items[0];
    shiftRanges(item, start);
    if (kept.size >= KEPT_ITEMS) kept.delete(kept.keys().next().value!);
    kept.set(i, item);
    return item;
  };
  const seq = new YAMLSeq(doc.schema);
  seq.range = [frameEnd, text.length, text.length];
  seq.items = new Proxy(new Array<unknown>(itemStarts.length), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) < itemStarts.length) return load(Number(key));
      return Reflect.get(target, key, receiver);
    },
  });
  pair.value = seq as unknown as typeof pair.value;
  return doc;
}

/** A file whose data is given, whose text `write` gives on first use, and whose positioned document is built item by item (see above). */
export function itemwiseSource(path: string, display: string, write: () => ItemwiseText, data: unknown): SourceFile {
  let content: ItemwiseText | undefined;
  let doc: Document.Parsed | undefined;
  let lineCounter: LineCounter | undefined;
  return {
    path,
    display,
    get text() {
      return (content ??= write()).text;
    },
    data,
    problems: [],
    fatal: false,
    placedByPointer: true,
    get doc() {
      return (doc ??= itemwiseDoc((content ??= write())));
    },
    get lineCounter() {
      return (lineCounter ??= lineCounterOf((content ??= write()).text));
    },
  };
}
