// GitLab Code Quality: the JSON array a merge request's widget reads (`artifacts: reports:
// codequality:`): a description, the rule as check_name, a fingerprint stable across runs and line
// moves, severity as major (error) or minor (warning), and the file relative to the repository root
// (the registry gives this formatter the paths from the report root, lint/rooted.ts).
import { placeText } from '../../lint/finding.js';
import type { LintResult } from '../../lint/run.js';
import type { Formatter } from '../formatter.js';
import { fingerprint } from './fingerprint.js';

export const gitlab: Formatter<LintResult> = (result) => {
  const issues = result.findings.map((f) => ({
    description: f.location.kind === 'cell' ? `${placeText(f)} ${f.message}` : f.message,
    check_name: f.rule,
    fingerprint: fingerprint(f),
    severity: f.severity === 'error' ? 'major' : 'minor',
    // A workbook has no lines: its findings are placed at the file's start, the cell in the description.
    location: { path: f.file, lines: { begin: f.location.kind === 'cell' ? 1 : f.location.line } },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
};
