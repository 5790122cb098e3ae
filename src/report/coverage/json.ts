// Coverage for machines: the report as it is, versioned.
import type { CoverageReport } from '../../coverage/coverage.js';
import type { Formatter } from '../formatter.js';

export const json: Formatter<CoverageReport> = (report) => JSON.stringify({ version: 1, ...report }, null, 2) + '\n';
