// Minimal edits of a YAML file's structure, for a workbook merged back into a workspace: set one
// key of a map (its value replaced in place, a list entry by entry, or a new line after the map's
// last), remove one key of a block map, remove one entry of a block list, append entries. Comment lines and every untouched line
// stay as they are.
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { TextEdit } from '../core/positions.js';
import { flowPair, plainSafe, replaceScalar } from './edit.js';
import type { JsonPath } from './locate.js';
import type { SourceFile } from './source.js';
import { yamlLib } from './yaml-lib.js';

/** A value a directory item holds: text, null, a one-key map ({特定群体: …}, {其他: …}) or a list of these. */
export type PlainValue = string | null | Readonly<Record<string, string>> | readonly (string | Readonly<Record<string, string>>)[];

/** Keys whose lists are written on one line, as init and import write them. */
const FLOW_KEYS = new Set(['channels', 'mode', 'level']);

function scalarText(value: string | null): string {
  if (value === null) return 'null';
  return plainSafe(value) ? value : JSON.stringify(value);
}

/** A text plain or quoted; a map as a flow map on one line ({其他: 基层公共服务平台}). */
function entryText(value: string | Readonly<Record<string, string>>): string {
  if (typeof value === 'string') return scalarText(value);
  const pairs = Object.entries(value);
  if (pairs.length === 1) return flowPair(pairs[0]![0], pairs[0]![1]);
  return `{${pairs.map(([k, v]) => `${scalarText(k)}: ${scalarText(v)}`).join(', ')}}`;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i;
}

/** `key: value` as lines at `indent` spaces: lists of FLOW_KEYS and empty lists on one line, other lists as block entries. */
export function pairText(key: string, value: PlainValue, indent: number): string {
  const pad = ' '.repeat(indent);
  if (!Array.isArray(value))
    return `${pad}${key}: ${value !== null && typeof value === 'object' ? entryText(value as Record<string, string>) : scalarText(value as string | null)}`;
  const list = value as readonly (string | Readonly<Record<string, string>>)[];
  if (FLOW_KEYS.has(key) || list.length === 0) return `${pad}${key}: [${list.map(entryText).join(', ')}]`;
  return `${pad}${key}:\n${list.map((v) => `${pad}  - ${entryText(v)}`).join('\n')}`;
}

/** A map as block lines at `indent` spaces, its first line prefixed by `- ` (an entry of a list). */
export function entryLines(record: Readonly<Record<string, PlainValue>>, indent: number): string {
  const text = Object.entries(record)
    .map(([k, v]) => pairText(k, v, indent + 2))
    .join('\n');
  return `${' '.repeat(indent)}- ${text.slice(indent + 2)}`;
}

/** Where a node's content ends: a block collection's (or block scalar's) range runs on to the start of the next line. */
function endOf(file: SourceFile, node: Node): number {
  let e = node.range![1];
  if (file.text[e - 1] === '\n') e--;
  if (file.text[e - 1] === '\r') e--;
  return e;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  const { isScalar } = yamlLib();
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** The column of a map's keys. */
function keyColumn(file: SourceFile, map: YAMLMap): number {
  const first = map.items[0]?.key as Node | undefined;
  const start = first?.range?.[0] ?? map.range?.[0] ?? 0;
  return start - lineStartOf(file.text, start);
}

/** A block list's entries replaced one by one: changed scalars in place, extra entries appended, surplus entries' lines removed. */
function editBlockList(
  file: SourceFile,
  path: JsonPath,
  seq: YAMLSeq,
  value: readonly (string | Readonly<Record<string, string>>)[],
): TextEdit[] | undefined {
  const { isScalar } = yamlLib();
  const entries = seq.items as Node[];
  if (!entries.every((e) => isScalar(e) && typeof e.value === 'string' && e.range) || !value.every((v) => typeof v === 'string'))
    return undefined;
  const strings = value as readonly string[];
  const edits: TextEdit[] = [];
  const shared = Math.min(entries.length, strings.length);
  for (let i = 0; i < shared; i++) {
    if ((entries[i] as { value: string }).value === strings[i]) continue;
    const edit = replaceScalar(file, [...path, i], strings[i]!);
    if (!edit) return undefined;
    edits.push(...edit);
  }
  const lastLine = lineEndOf(file.text, endOf(file, entries[entries.length - 1]!));
  if (strings.length > entries.length) {
    const dashAt = lineStartOf(file.text, entries[0]!.range![0]);
    const pad = /^( *)-/.exec(file.text.slice(dashAt))?.[1] ?? '';
    edits.push({
      start: lastLine,
      end: lastLine,
      text: strings
        .slice(entries.length)
        .map((v) => `\n${pad}- ${scalarText(v)}`)
        .join(''),
    });
  }
  if (entries.length > strings.length) {
    const from = lineEndOf(file.text, entries[strings.length - 1]!.range![1]);
    edits.push({ start: from, end: lastLine, text: '' });
  }
  return edits;
}

/**
 * Set `key` of the map at `mapPath` to `value`. An existing value is replaced where it stands (a
 * block list entry by entry); a missing key is added on a new line after the map's last line.
 */
export function setKey(file: SourceFile, mapPath: JsonPath, key: string, value: PlainValue): TextEdit[] | undefined {
  const { isMap, isScalar, isSeq } = yamlLib();
  const map = file.doc.getIn(mapPath, true);
  if (!isMap(map) || !map.range) return undefined;
  const indent = keyColumn(file, map);
  const pair = pairOf(map, key);
  if (!pair) {
    const last = map.items.at(-1);
    const lastNode = ((last?.value as Node | null) ?? (last?.key as Node | undefined)) as Node | undefined;
    const end = lineEndOf(file.text, lastNode?.range ? endOf(file, lastNode) : endOf(file, map));
    return [{ start: end, end, text: `\n${pairText(key, value, indent)}` }];
  }
  const node = pair.value as Node | null;
  const path = [...mapPath, key];
  if (isSeq(node) && !node.flow && Array.isArray(value) && value.length > 0 && node.items.length > 0) {
    const edits = editBlockList(file, path, node, value);
    if (edits) return edits;
  }
  // Otherwise the value is rewritten from just after `key:` to its end (a trailing comment stays).
  const keyNode = pair.key as Node;
  const valueEnd = node?.range ? endOf(file, node) : keyNode.range![1];
  const colon = file.text.indexOf(':', keyNode.range![1]);
  if (colon < 0 || colon > valueEnd) return undefined;
  const written = pairText(key, value, indent).slice(indent + key.length + 1);
  if (isScalar(node) && typeof value === 'string' && typeof node.value === 'string') {
    return replaceScalar(file, path, value);
  }
  return [{ start: colon + 1, end: valueEnd, text: written }];
}

/**
 * Remove `key` of the block map at `mapPath`: the lines of the pair (with the line break before
 * them), not the comment lines around it. Nothing to do when the map has no such key; undefined
 * (cannot edit) for a flow map, the map's only key, or a key that shares its line with a list's dash.
 */
export function removeKey(file: SourceFile, mapPath: JsonPath, key: string): TextEdit[] | undefined {
  const { isMap } = yamlLib();
  const map = file.doc.getIn(mapPath, true);
  if (!isMap(map) || map.flow) return undefined;
  const pair = pairOf(map, key);
  if (!pair) return [];
  const keyNode = pair.key as Node;
  const start = lineStartOf(file.text, keyNode.range![0]);
  if (map.items.length === 1 || file.text.slice(start, keyNode.range![0]).trim() !== '') return undefined;
  const value = pair.value as Node | null;
  const end = lineEndOf(file.text, value?.range ? endOf(file, value) : keyNode.range![1]);
  return [{ start: Math.max(0, start - 1), end, text: '' }];
}

/**
 * Remove entry `index` of the block list at `seqPath`: its lines (with the line break before them,
 * so an entry appended after it does not overlap), not the comment lines around it.
 */
export function removeEntry(file: SourceFile, seqPath: JsonPath, index: number): TextEdit[] | undefined {
  const { isSeq } = yamlLib();
  const seq = file.doc.getIn(seqPath, true);
  if (!isSeq(seq) || seq.flow) return undefined;
  const entry = seq.items[index] as Node | undefined;
  if (!entry?.range) return undefined;
  const start = Math.max(0, lineStartOf(file.text, entry.range[0]) - 1);
  return [{ start, end: lineEndOf(file.text, endOf(file, entry)), text: '' }];
}

/** Append maps as entries of the block list at `seqPath`, at its entries' indentation. */
export function appendEntries(
  file: SourceFile,
  seqPath: JsonPath,
  records: readonly Readonly<Record<string, PlainValue>>[],
): TextEdit[] | undefined {
  const { isSeq } = yamlLib();
  const seq = file.doc.getIn(seqPath, true);
  if (!isSeq(seq) || seq.flow || !records.length) return undefined;
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range) return undefined;
  const dashAt = lineStartOf(file.text, (seq.items[0] as Node).range![0]);
  const indent = (/^( *)-/.exec(file.text.slice(dashAt))?.[1] ?? '').length;
  const end = lineEndOf(file.text, endOf(file, last));
  return [{ start: end, end, text: records.map((r) => `\n${entryLines(r, indent)}`).join('') }];
}
