// Coverage in the terminal: the table, then what differs in each domain.
import type { CoverageReport } from '../../coverage/coverage.js';
import { textTable } from '../../util/table.js';
import type { Formatter } from '../formatter.js';
import { ALIGN, details, header, rows, yardstickNote } from './table.js';

export const stylish: Formatter<CoverageReport> = (report, { lang }) => {
  const note = yardstickNote(report, lang);
  const parts = [textTable(header(lang), rows(report, lang), ALIGN), ...(note ? [`\n${note}\n`] : [])];
  for (const d of report.domains) {
    const lines = details(d, lang, '  ');
    if (lines.length) parts.push(`\n${d.name}\n${lines.join('\n')}\n`);
  }
  return parts.join('');
};
