// Maps a JSON path in a file's data back to the place in its YAML text, as Spectral does:
// walk the document to the deepest existing node; point at a key when the problem is the key.
import type { Node, Pair } from 'yaml';
import type { Position } from '../core/positions.js';
import type { SourceFile } from './source.js';
import { yamlLib } from './yaml-lib.js';

// yaml's node guards, from the package loaded on first use (only files with findings get here).
const isMap = (n: unknown) => yamlLib().isMap(n);
const isSeq = (n: unknown) => yamlLib().isSeq(n);
const isScalar = (n: unknown) => yamlLib().isScalar(n);
const isNode = (n: unknown) => yamlLib().isNode(n);

export type JsonPath = ReadonlyArray<string | number>;

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((seg) => (/^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : seg));
}

export function pathToPointer(path: JsonPath): string {
  return path.map((seg) => '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function childPair(node: unknown, key: string | number): Pair | undefined {
  if (isMap(node)) {
    return node.items.find((pair) => (isScalar(pair.key) ? String(pair.key.value) === String(key) : pair.key === key));
  }
  return undefined;
}

function child(node: unknown, key: string | number): unknown {
  if (isMap(node)) return childPair(node, key)?.value;
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  return undefined;
}

export interface Located {
  /** Offsets into the text. */
  start: number;
  end: number;
  /** True when the whole path was found (false: we point at the nearest ancestor). */
  exact: boolean;
}

/**
 * Where `path` is in the file. With `key`, point at that key of the map at `path`
 * (used for unknown properties); otherwise at the value. Collections are reported
 * by their first line so a finding does not span a whole list.
 */
export function locate(file: SourceFile, path: JsonPath, key?: string): Located {
  if (file.placedByPointer) return { start: 0, end: 0, exact: false };
  let node: unknown = file.doc.contents;
  let lastGood: unknown = node;
  let exact = true;
  for (const seg of path) {
    const next = child(node, seg);
    if (!isNode(next)) {
      // A key with an empty value (`owner:`) has a Pair but no node: point at the key.
      const pair = childPair(node, seg);
      if (pair && isNode(pair.key)) return rangeOf(file, pair.key as Node, true);
      exact = false;
      break;
    }
    node = next;
    lastGood = next;
  }
  if (key !== undefined && exact) {
    const pair = childPair(lastGood, key);
    if (pair && isNode(pair.key)) return rangeOf(file, pair.key as Node, true);
  }
  if (!isNode(lastGood)) return { start: 0, end: 0, exact: false };
  return rangeOf(file, lastGood as Node, exact);
}

function rangeOf(file: SourceFile, node: Node, exact: boolean): Located {
  const range = node.range ?? [0, 0, 0];
  let [start, end] = range;
  if (isMap(node) || isSeq(node)) {
    const firstLineEnd = file.text.indexOf('\n', start);
    if (firstLineEnd >= 0 && firstLineEnd < end) end = firstLineEnd;
  }
  // Trim trailing line breaks and spaces so the range ends on the last visible character.
  while (end > start && /\s/.test(file.text[end - 1] ?? '')) end--;
  return { start, end, exact };
}

export function toPosition(file: SourceFile, start: number, end: number): Position {
  const a = file.lineCounter.linePos(start);
  const b = file.lineCounter.linePos(Math.max(end, start));
  // An empty file has no lines: report at 1:1.
  return { line: Math.max(1, a.line), column: Math.max(1, a.col), endLine: Math.max(1, b.line), endColumn: Math.max(1, b.col) };
}
