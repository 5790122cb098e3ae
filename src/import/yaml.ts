// Writes an imported directory as a workspace YAML file: the schema line first, keys in the
// contract's order, short lists (channels, mode, level) on one line, long ones one entry a line.
import { Document, isSeq, visit } from 'yaml';
import type { DirectoryData } from '../model/types.js';
import type { ItemwiseText } from '../workspace/itemwise-source.js';

const FLOW_KEYS = new Set(['channels', 'mode', 'level']);

function documentText(value: unknown, comment?: string): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === 'string' && FLOW_KEYS.has(key) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  // One comment line, whatever the comment holds (a file name may contain a line break).
  if (comment !== undefined) doc.commentBefore = ` ${comment.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')}`;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function directoryYaml(data: DirectoryData, schemaPath: string, comment: string): string {
  return `# yaml-language-server: $schema=${schemaPath}\n` + documentText(data, comment);
}

/**
 * The same text as directoryYaml, written an item at a time (never one Document of every item),
 * with where each item starts: for a directory read from a table of any size.
 */
export function directoryYamlItemwise(data: DirectoryData, schemaPath: string, comment: string): ItemwiseText {
  const { items, ...frame } = data;
  const parts = [`# yaml-language-server: $schema=${schemaPath}\n`, documentText(frame, comment), 'items:\n'];
  const itemStarts: number[] = [];
  let at = parts[0]!.length + parts[1]!.length + parts[2]!.length;
  for (const item of items) {
    const text = documentText({ items: [item] }).slice('items:\n'.length);
    itemStarts.push(at);
    parts.push(text);
    at += text.length;
  }
  return { text: parts.join(''), itemStarts };
}
