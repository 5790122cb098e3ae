// A problem found while reading a file, before its data can be checked: bytes that are not text,
// an encoding other than UTF-8, YAML that does not parse. Offsets are into the decoded text.
import type { TextEdit } from '../core/positions.js';
import type { Text } from '../i18n/text.js';

export interface SyntaxProblem {
  /** yaml's error code (DUPLICATE_KEY, TAB_AS_INDENT …) or our own (ENCODING, EMPTY). */
  code: string;
  message: Text;
  start: number;
  end: number;
  severity: 'error' | 'warn';
  /** A safe fix, when the problem has one (a full-width colon after a key). */
  fix?: TextEdit[];
}
