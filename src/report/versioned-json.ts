// The JSON of a report for scripts: the report as it is, with the version of its shape first.
// Coverage, diff, status and config share it; lint has its own (src/report/lint/json.ts). A report's
// version goes up when a field of it is renamed or removed.
import type { Formatter } from './formatter.js';

/** Coverage 2: baselineId, baselineCount and totals.baseline became guideline… (the lint baseline file keeps the word). */
export const REPORT_SHAPE_VERSIONS = { coverage: 2, diff: 1, status: 1, config: 1 } as const;

export function versionedJson<R extends object>(version: number): Formatter<R> {
  return (report) => JSON.stringify({ version, ...report }, null, 2) + '\n';
}
