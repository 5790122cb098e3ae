// The author's progress for scripts: the report as it is, versioned.
import type { StatusReport } from '../../status/status.js';
import type { Formatter } from '../formatter.js';

export const json: Formatter<StatusReport> = (report) => JSON.stringify({ version: 1, ...report }, null, 2) + '\n';
