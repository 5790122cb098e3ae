// One small interface for every output format (Spectral style): a report in, text out. Lint
// results, coverage and diff reports each have their formats behind it (src/report/index.ts).
import type { Lang } from '../i18n/text.js';
import type { Style } from './style.js';

export interface FormatContext {
  lang: Lang;
  /** Terminal styling, used by stylish only (PLAIN when absent or colour is off). */
  style?: Style;
  /** The working folder the report's paths are relative to (default: the process's). */
  cwd?: string;
  /** The repository the working folder is in, for formats that give paths from its root (GitLab). */
  repositoryRoot?: string;
}

export type Formatter<R> = (report: R, ctx: FormatContext) => string;
