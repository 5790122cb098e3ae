// One fingerprint per finding, the same across runs and when lines move: its file, rule, the
// place in the data (an item named by its id, not its index, so inserting an item above changes
// nothing) and its message. SARIF and GitLab Code Quality both key their alerts on it.
import { createHash } from 'node:crypto';
import { placeText, type Finding } from '../../lint/finding.js';

export function fingerprint(f: Finding): string {
  // What the importer says of a table is about a cell, not a value of the data.
  const place =
    f.location.kind === 'cell' && !f.pointer
      ? placeText(f)
      : f.itemId === undefined
        ? f.pointer
        : f.pointer.replace(/^\/items\/\d+/, `/items/${f.itemId}`);
  return createHash('sha256').update(`${f.file}\0${f.rule}\0${place}\0${f.message}`).digest('hex').slice(0, 32);
}
