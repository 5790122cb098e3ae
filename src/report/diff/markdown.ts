// A diff as a pull-request comment, data escaped so it never turns into markup.
import type { TreeDiff } from '../../diff/versions.js';
import type { Formatter } from '../formatter.js';
import { diffText } from './text.js';

export const markdown: Formatter<TreeDiff> = (report, { lang }) => diffText(report, lang, true);
