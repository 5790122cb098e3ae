// A diff as a pull-request comment, data escaped so it never turns into markup.
import type { DiffReport } from '../../diff/diff.js';
import type { Formatter } from '../formatter.js';
import { diffText } from './text.js';

export const markdown: Formatter<DiffReport> = (report, { lang }) => diffText(report, lang, true);
