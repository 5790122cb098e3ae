// Inline expectations in fixture files (markdownlint style): a line ending in
// `# expect: <rule> <text>` must get exactly one finding of <rule> whose message contains <text>.
import { readFileSync } from 'node:fs';
import type { Finding } from '../../src/lint/finding.js';

export interface Expectation {
  line: number;
  rule: string;
  text: string;
}

export function readExpectations(path: string): Expectation[] {
  const out: Expectation[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const m of line.matchAll(/# expect: ([a-z-]+)(?: ([^#]*))?/g)) {
        out.push({ line: i + 1, rule: m[1]!, text: (m[2] ?? '').trim() });
      }
    });
  return out;
}

/** Lines marked `# ok`: nothing may be reported on them. */
export function readOkLines(path: string): number[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => (/# ok\b/.test(line) ? [i + 1] : []));
}

/** Returns a list of mismatches (empty when the findings match the expectations exactly). */
export function compareToExpectations(findings: readonly Finding[], expectations: readonly Expectation[]): string[] {
  const problems: string[] = [];
  const unmatched = [...findings];
  for (const e of expectations) {
    const i = unmatched.findIndex((f) => f.line === e.line && f.rule === e.rule && f.message.includes(e.text));
    if (i < 0) problems.push(`missing: line ${e.line} ${e.rule} "${e.text}"`);
    else unmatched.splice(i, 1);
  }
  for (const f of unmatched) problems.push(`unexpected: ${f.line}:${f.column} ${f.rule} ${f.message}`);
  return problems;
}
