// Problems that stop a command (bad usage, unreadable input, broken config): exit code 2,
// one clear localised line, never a stack trace unless --debug.
import type { Lang, Text } from '../i18n/text.js';

export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** On a submitted table: the sheet and cell (社会救助!F7), said in place of line and column. */
  cell?: string;
}

export class GkmlError extends Error {
  constructor(
    readonly text: Text,
    readonly location?: Location,
    readonly exitCode = 2,
  ) {
    super(text.en);
    this.name = 'GkmlError';
  }

  render(lang: Lang): string {
    const at = this.location;
    const place = at?.cell ? `:${at.cell}` : at?.line ? `:${at.line}:${at.column ?? 1}` : '';
    const where = at ? `${at.file}${place}: ` : '';
    return where + this.text[lang];
  }
}
