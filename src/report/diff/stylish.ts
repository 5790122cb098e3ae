// A diff in the terminal.
import type { TreeDiff } from '../../diff/versions.js';
import type { Formatter } from '../formatter.js';
import { diffText } from './text.js';

export const stylish: Formatter<TreeDiff> = (report, { lang }) => diffText(report, lang, false);
