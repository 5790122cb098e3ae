// A diff for machines: the report as it is, versioned.
import type { TreeDiff } from '../../diff/versions.js';
import type { Formatter } from '../formatter.js';

export const json: Formatter<TreeDiff> = (report) => JSON.stringify({ version: 1, ...report }, null, 2) + '\n';
