// A diff in the terminal.
import type { DiffReport } from '../../diff/diff.js';
import type { Formatter } from '../formatter.js';
import { diffText } from './text.js';

export const stylish: Formatter<DiffReport> = (report, { lang }) => diffText(report, lang, false);
