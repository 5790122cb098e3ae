// Where a finding sits, how bad it is, and how a fix changes the text: the vocabulary every floor
// above speaks (lint, rules, the workspace's locator, formatters).

export type Severity = 'error' | 'warn';
export type SeveritySetting = Severity | 'off';

/** 1-based lines and columns, end inclusive of the last character's column + 1. */
export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A text replacement in a file, applied by `--fix`. Offsets are into the file's text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** `text` with `edits` applied; the edits must not overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
