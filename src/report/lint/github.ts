// GitHub Actions workflow commands: one annotation per finding, errors first (GitHub shows only
// about ten of each kind per step), then a plain summary line.
import { REPORT } from '../../i18n/catalogue/report.js';
import { say } from '../../i18n/messages.js';
import { placeText } from '../../lint/finding.js';
import type { LintResult } from '../../lint/run.js';
import type { Formatter } from '../formatter.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter<LintResult> = (result, ctx) => {
  const ordered = [...result.findings.filter((f) => f.severity === 'error'), ...result.findings.filter((f) => f.severity !== 'error')];
  const lines = ordered.map((f) => {
    // A workbook has no lines to annotate: the annotation is on the file, the cell in its text.
    const at = f.location;
    const place = at.kind === 'cell' ? [] : [`line=${at.line}`, `col=${at.column}`, `endLine=${at.endLine}`, `endColumn=${at.endColumn}`];
    const props = [`file=${escapeProperty(f.file)}`, ...place, `title=${escapeProperty(`gkml ${f.rule}`)}`].join(',');
    const text = at.kind === 'cell' ? `${placeText(f)} ${f.message}` : f.message;
    return `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(text)}`;
  });
  lines.push(say(ctx.lang, REPORT.githubSummary, { errors: result.errorCount, warnings: result.warningCount, files: result.files.length }));
  return lines.join('\n') + '\n';
};
