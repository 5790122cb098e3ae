// Problems that stop a command (bad usage, unreadable input, broken config): exit code 2,
// one clear localised line, never a stack trace unless --debug.
import type { Lang, Text } from '../i18n/text.js';

export interface Location {
  file: string;
  line?: number;
  column?: number;
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
    const where = this.location
      ? `${this.location.file}${this.location.line ? `:${this.location.line}:${this.location.column ?? 1}` : ''}: `
      : '';
    return where + this.text[lang];
  }
}
