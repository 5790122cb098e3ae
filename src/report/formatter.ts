// One small interface for every output format (Spectral style): result in, text out.
import type { Lang } from '../i18n/text.js';
import type { LintResult } from '../lint/run.js';
import type { Style } from './style.js';

export interface FormatContext {
  lang: Lang;
  /** Terminal styling, used by stylish only (PLAIN unless colour is on). */
  style: Style;
  toolVersion: string;
}

export type Formatter = (result: LintResult, ctx: FormatContext) => string;
