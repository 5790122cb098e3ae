// Machine-readable report, versioned and described by schemas/lint-report.schema.json.
import { toolVersion } from '../../core/version.js';
import type { LintResult } from '../../lint/run.js';
import type { Formatter } from '../formatter.js';

export const REPORT_VERSION = 1;

export const json: Formatter<LintResult> = (result, ctx) => {
  const report = {
    version: REPORT_VERSION,
    tool: { name: 'gkml', version: toolVersion() },
    lang: ctx.lang,
    summary: {
      files: result.files.length,
      errors: result.errorCount,
      warnings: result.warningCount,
      fixable: result.fixableCount,
    },
    files: result.files,
    findings: result.findings.map(({ location: at, ...f }) => ({
      file: f.file,
      // On a workbook or CSV file: the sheet, the cell, and its row and column; no text lines.
      ...(at.kind === 'cell'
        ? { sheet: at.sheet, cell: at.cell, row: at.row, column: at.column }
        : { line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn }),
      severity: f.severity,
      rule: f.rule,
      code: f.code,
      message: f.message,
      pointer: f.pointer,
      ...(f.itemId !== undefined ? { itemId: f.itemId } : {}),
      ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
      fixable: Boolean(f.fix),
      ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}),
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
};
