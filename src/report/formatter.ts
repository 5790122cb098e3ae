// One small interface for every output format (Spectral style): a report in, text out. Lint
// results, coverage and diff reports each have their formats behind it (src/report/index.ts).
import type { Lang } from '../i18n/text.js';
import type { Style } from './style.js';

export interface FormatContext {
  lang: Lang;
  /** Terminal styling, used by stylish only (PLAIN when absent or colour is off). */
  style?: Style;
  /** The working folder the findings' paths are relative to (default: the process's). */
  cwd?: string;
  /** The folder CI formats give paths from (lint/rooted.ts): the repository root, else the working folder. */
  root?: string;
}

export type Formatter<R> = (report: R, ctx: FormatContext) => string;
