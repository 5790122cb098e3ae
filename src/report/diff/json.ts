// A diff for machines: the report as it is, versioned.
import type { DiffReport } from '../../diff/diff.js';
import type { Formatter } from '../formatter.js';

export const json: Formatter<DiffReport> = (report) => JSON.stringify({ version: 1, ...report }, null, 2) + '\n';
