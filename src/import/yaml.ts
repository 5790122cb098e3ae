// Writes an imported directory as a workspace YAML file: the schema line first, keys in the
// contract's order, short lists (channels, mode, level) on one line, long ones one entry a line.
import { Document, isSeq, visit } from 'yaml';
import type { DirectoryData } from '../model/types.js';

const FLOW_KEYS = new Set(['channels', 'mode', 'level']);

export function directoryYaml(data: DirectoryData, schemaPath: string, comment: string): string {
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === 'string' && FLOW_KEYS.has(key) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  // One comment line, whatever the comment holds (a file name may contain a line break).
  doc.commentBefore = ` ${comment.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')}`;
  return `# yaml-language-server: $schema=${schemaPath}\n` + doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
