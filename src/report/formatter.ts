// One small interface for every output format (Spectral style): result in, text out.
import type { Lang } from '../i18n/text.js';
import type { LintResult } from '../lint/run.js';

export interface FormatContext {
  lang: Lang;
  /** Colours are for the terminal only (stylish); every other format ignores this. */
  color: boolean;
  toolVersion: string;
}

export type Formatter = (result: LintResult, ctx: FormatContext) => string;
