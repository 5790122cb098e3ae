// Coverage as a pull-request comment: the table, and each domain's differences folded away.
import type { CoverageReport } from '../../coverage/coverage.js';
import { REPORT } from '../../i18n/catalogue/report.js';
import { say } from '../../i18n/messages.js';
import { markdownTable } from '../../util/table.js';
import type { Formatter } from '../formatter.js';
import { ALIGN, REGION_ALIGN, details, hasOwn, header, notSubmitted, regionHeader, regionRows, rows, yardstickNote } from './table.js';

export const markdown: Formatter<CoverageReport> = (report, { lang }) => {
  const parts = [`## ${say(lang, REPORT.coverageTitle, { region: report.region })}\n`];
  if (hasOwn(report)) {
    const absent = notSubmitted(report, lang);
    const note = yardstickNote(report, lang);
    parts.push(
      markdownTable(header(lang), rows(report, lang), ALIGN),
      ...(absent ? [`\n${absent}\n`] : []),
      ...(note ? [`\n${note}\n`] : []),
    );
    for (const d of report.domains) {
      const lines = details(report, d, lang, '- ');
      if (lines.length) parts.push(`\n<details><summary>${d.name}</summary>\n\n${lines.join('\n')}\n\n</details>\n`);
    }
  }
  if (report.regions.length) parts.push(`\n${markdownTable(regionHeader(lang), regionRows(report, '\u3000'), REGION_ALIGN)}`);
  return parts.join('');
};
