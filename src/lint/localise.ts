// A pending finding as it is reported: its place (line and column, or sheet and cell on a
// table), its message in the run's language, the item it is in, and its rule's code and page.
import { cellAddress } from '../import/grid.js';
import type { Lang } from '../i18n/text.js';
import { oneLine } from '../model/value-kinds.js';
import { ruleBySlug, ruleDocsUrl } from '../rules/index.js';
import { toPosition } from '../workspace/locate.js';
import type { Finding, PendingFinding } from './finding.js';

function itemIdAt(data: unknown, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const item = (data as { items?: { id?: unknown }[] } | undefined)?.items?.[index];
  return typeof item?.id === 'string' ? item.id : undefined;
}

/** Where a finding is: line and column in a YAML file; sheet, cell, row and column on a table. */
function placeOf(p: PendingFinding) {
  if (!p.cell) return toPosition(p.file, p.start, p.end);
  const { sheet, row, col } = p.cell;
  return { sheet, cell: cellAddress(row, col), line: row, column: col, endLine: row, endColumn: col };
}

export function localise(p: PendingFinding, lang: Lang): Finding {
  const itemId = itemIdAt(p.file.data, p.itemIndex);
  return {
    file: p.file.display,
    ...placeOf(p),
    rule: p.rule,
    code: ruleBySlug(p.rule)?.meta.code ?? '',
    severity: p.severity,
    // A value quoted with its line breaks would break every line-based report: they show as ⏎.
    message: oneLine(p.message[lang]),
    pointer: p.pointer,
    ...(itemId ? { itemId } : {}),
    ...(p.suggestion !== undefined ? { suggestion: p.suggestion } : {}),
    ...(p.fix ? { fix: p.fix } : {}),
    ...docsOf(p.rule),
  };
}

/** The rule's page, when it is published at an absolute address. */
function docsOf(rule: string): { docsUrl?: string } {
  const docsUrl = ruleDocsUrl(rule);
  return docsUrl ? { docsUrl } : {};
}
