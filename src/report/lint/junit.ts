// JUnit XML for CI dashboards: a test suite per file, a failing test case per finding, and one
// passing case for a clean file so it still shows up.
import { REPORT } from '../../i18n/catalogue/report.js';
import { say } from '../../i18n/messages.js';
import { filePlaceText, placeText, type Finding } from '../../lint/finding.js';
import type { LintResult } from '../../lint/run.js';
import type { Formatter } from '../formatter.js';

function xml(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 cannot carry at all.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

export const junit: Formatter<LintResult> = (result, ctx) => {
  const byFile = new Map<string, Finding[]>(result.files.map((f) => [f, []]));
  for (const f of result.findings) byFile.get(f.file)?.push(f);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = result.findings.filter((f) => f.severity === 'error').length;
  const tests = [...byFile.values()].reduce((n, v) => n + Math.max(v.length, 1), 0);
  out.push(`<testsuites name="gkml" tests="${tests}" failures="${failures}">`);
  for (const [file, findings] of byFile) {
    const fileFailures = findings.filter((f) => f.severity === 'error').length;
    out.push(`  <testsuite name="${xml(file)}" tests="${Math.max(findings.length, 1)}" failures="${fileFailures}" errors="0" skipped="0">`);
    if (findings.length === 0) {
      out.push(`    <testcase classname="${xml(file)}" name="gkml"/>`);
    }
    for (const f of findings) {
      const name = `${f.rule} ${placeText(f)}`;
      if (f.severity === 'error') {
        out.push(`    <testcase classname="${xml(file)}" name="${xml(name)}">`);
        out.push(
          `      <failure type="${xml(f.rule)}" message="${xml(f.message)}">${xml(`${filePlaceText(f)} ${f.message} (${f.rule})`)}</failure>`,
        );
        out.push('    </testcase>');
      } else {
        // Warnings do not fail the build: they are reported as output of a passing case.
        out.push(`    <testcase classname="${xml(file)}" name="${xml(name)}">`);
        out.push(`      <system-out>${xml(`${say(ctx.lang, REPORT.warning)} ${filePlaceText(f)} ${f.message} (${f.rule})`)}</system-out>`);
        out.push('    </testcase>');
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
