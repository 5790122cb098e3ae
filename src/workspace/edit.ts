// Minimal edits of a YAML file's text, as lint's fixes and a merged workbook make them: an edit
// touches only the characters of one scalar (in its own quoting style) or one node, so comments
// and the formatting of every other line survive. A node that cannot be edited that way (block or
// multi-line scalars, escapes) gets no edit rather than a risky one.
import { yamlLib } from './yaml-lib.js';
import type { TextEdit } from '../core/positions.js';
import type { JsonPath } from './locate.js';
import type { SourceFile } from './source.js';

/** True when `value` reads back as the same string written plain, in block and in flow context. */
export function plainSafe(value: string): boolean {
  if (value === '' || /^\s|\s$|[\n\r\t]/.test(value)) return false;
  try {
    const { parse } = yamlLib();
    const block = parse(`- ${value}`) as unknown[];
    const flow = parse(`[${value}]`) as unknown[];
    return block.length === 1 && block[0] === value && flow.length === 1 && flow[0] === value;
  } catch {
    return false;
  }
}

function scalarAt(file: SourceFile, path: JsonPath) {
  const node = file.doc.getIn(path, true);
  if (!yamlLib().isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  const source = file.text.slice(start, end);
  // One line only: the edit must not reflow a folded or multi-line scalar.
  if (/[\n\r]/.test(source)) return undefined;
  return { node, value: node.value, start, end, source };
}

/**
 * Replace characters `from`..`to` of the string value at `path` with `text`. The edit touches only
 * those characters when the scalar's source maps one to one onto its value (plain, or quoted
 * without escapes); otherwise the whole scalar is rewritten double-quoted on its line.
 */
export function editScalar(file: SourceFile, path: JsonPath, from: number, to: number, text: string): TextEdit[] | undefined {
  const s = scalarAt(file, path);
  if (!s) return undefined;
  const next = s.value.slice(0, from) + text + s.value.slice(to);
  const whole: TextEdit[] = [{ start: s.start, end: s.end, text: JSON.stringify(next) }];
  switch (s.node.type) {
    case 'PLAIN':
      if (s.source !== s.value || !plainSafe(next)) return whole;
      return [{ start: s.start + from, end: s.start + to, text }];
    case 'QUOTE_SINGLE':
      if (s.source !== `'${s.value}'` || s.value.includes("'")) return whole;
      return [{ start: s.start + 1 + from, end: s.start + 1 + to, text: text.replace(/'/g, "''") }];
    case 'QUOTE_DOUBLE':
      if (s.source !== `"${s.value}"` || /["\\]/.test(s.value)) return whole;
      return [{ start: s.start + 1 + from, end: s.start + 1 + to, text: JSON.stringify(text).slice(1, -1) }];
    default:
      return undefined;
  }
}

/** Replace the string value at `path` with `value`, editing only the characters that differ. */
export function replaceScalar(file: SourceFile, path: JsonPath, value: string): TextEdit[] | undefined {
  const s = scalarAt(file, path);
  if (!s) return undefined;
  const old = s.value;
  let head = 0;
  while (head < old.length && head < value.length && old[head] === value[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < value.length - head && old[old.length - 1 - tail] === value[value.length - 1 - tail]) tail++;
  // Never cut a character outside the Basic Multilingual Plane in half.
  if (head > 0 && /[\uD800-\uDBFF]/.test(old[head - 1]!)) head--;
  if (tail > 0 && /[\uDC00-\uDFFF]/.test(old[old.length - tail]!)) tail--;
  return editScalar(file, path, head, old.length - tail, value.slice(head, value.length - tail));
}

/** Replace the one-line scalar at `path` with other YAML (e.g. a flow map `{其他: 办税服务厅}`). */
export function replaceWithYaml(file: SourceFile, path: JsonPath, yaml: string): TextEdit[] | undefined {
  const s = scalarAt(file, path);
  return s ? [{ start: s.start, end: s.end, text: yaml }] : undefined;
}

/** A flow map of one key, its value written plain when that is safe: `{其他: 办税服务厅}`. */
export function flowPair(key: string, value: string): string {
  return `{${key}: ${plainSafe(value) ? value : JSON.stringify(value)}}`;
}

/** A flow list, each value written plain when that is safe: `[县级, 乡级]`. */
export function flowList(values: readonly string[]): string {
  return `[${values.map((v) => (plainSafe(v) ? v : JSON.stringify(v))).join(', ')}]`;
}

/** Replace the one-line node (a scalar or a flow collection) at `path` with other YAML. */
export function replaceNodeWithYaml(file: SourceFile, path: JsonPath, yaml: string): TextEdit[] | undefined {
  const node = file.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (!node?.range) return undefined;
  const [start, end] = node.range;
  if (/[\n\r]/.test(file.text.slice(start, end))) return undefined;
  return [{ start, end, text: yaml }];
}

/**
 * Replace the entry at `path` of a block list with several entries, each on its own `- ` line at
 * the entry's indentation; undefined when the entry is not a one-line scalar after a dash.
 */
export function splitBlockEntry(file: SourceFile, path: JsonPath, values: readonly string[]): TextEdit[] | undefined {
  const s = scalarAt(file, path);
  if (!s) return undefined;
  const lineStart = file.text.lastIndexOf('\n', s.start - 1) + 1;
  const dash = /^( *)- +$/.exec(file.text.slice(lineStart, s.start));
  if (!dash) return undefined;
  const entry = (v: string) => (plainSafe(v) ? v : JSON.stringify(v));
  return [{ start: s.start, end: s.end, text: values.map(entry).join(`\n${dash[1]}- `) }];
}
