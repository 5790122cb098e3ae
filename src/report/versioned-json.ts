// The JSON of a report for scripts: the report as it is, with the version of its shape first.
// Coverage, diff and status share it; lint has its own (src/report/lint/json.ts).
import type { Formatter } from './formatter.js';

export const REPORT_SHAPE_VERSION = 1;

export function versionedJson<R extends object>(): Formatter<R> {
  return (report) => JSON.stringify({ version: REPORT_SHAPE_VERSION, ...report }, null, 2) + '\n';
}
