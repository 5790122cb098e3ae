// Coverage in the terminal: the table, then what differs in each domain; for a table, one line for
// the domains it does not hold; for a city or province, a row per region.
import type { CoverageReport } from '../../coverage/coverage.js';
import { textTable } from '../../util/table.js';
import type { Formatter } from '../formatter.js';
import { ALIGN, REGION_ALIGN, details, hasOwn, header, notSubmitted, regionHeader, regionRows, rows, yardstickNote } from './table.js';

export const stylish: Formatter<CoverageReport> = (report, { lang }) => {
  const parts: string[] = [];
  if (hasOwn(report)) {
    const absent = notSubmitted(report, lang);
    const note = yardstickNote(report, lang);
    parts.push(textTable(header(lang), rows(report, lang), ALIGN), ...(absent ? [`\n${absent}\n`] : []), ...(note ? [`\n${note}\n`] : []));
    for (const d of report.domains) {
      const lines = details(report, d, lang, '  ');
      if (lines.length) parts.push(`\n${d.name}\n${lines.join('\n')}\n`);
    }
  }
  if (report.regions.length) parts.push(`${parts.length ? '\n' : ''}${textTable(regionHeader(lang), regionRows(report), REGION_ALIGN)}`);
  return parts.join('');
};
