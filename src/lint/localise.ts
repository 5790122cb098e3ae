// A pending finding as it is reported: its place (line and column, or sheet and cell on a
// table), its message in the run's language, the item it is in, and its rule's code and page.
import { cellAddress } from '../import/grid.js';
import type { Lang } from '../i18n/text.js';
import { oneLine } from '../model/value-kinds.js';
import { ruleBySlug, ruleDocsUrl } from '../rules/index.js';
import { toPosition } from '../workspace/locate.js';
import type { Finding, FindingLocation, PendingFinding } from './finding.js';

function itemIdAt(data: unknown, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const item = (data as { items?: { id?: unknown }[] } | undefined)?.items?.[index];
  return typeof item?.id === 'string' ? item.id : undefined;
}

/** Where a finding is: lines and columns in a YAML file; sheet, cell, row and column on a table. */
function locationOf({ file, at }: PendingFinding): FindingLocation {
  if (at.kind === 'text') return { kind: 'text', ...toPosition(file, at.start, at.end) };
  const { sheet, row, col } = at.cell;
  return { kind: 'cell', sheet, cell: cellAddress(row, col), row, column: col };
}

/** The location spelled flat, as the library's Finding has always carried it: a cell's row and column as its line and column. */
function flat(location: FindingLocation) {
  if (location.kind === 'text')
    return { line: location.line, column: location.column, endLine: location.endLine, endColumn: location.endColumn };
  const { sheet, cell, row, column } = location;
  return { sheet, cell, line: row, column, endLine: row, endColumn: column };
}

export function localise(p: PendingFinding, lang: Lang): Finding {
  const itemId = itemIdAt(p.file.data, p.itemIndex);
  const location = locationOf(p);
  return {
    file: p.file.display,
    location,
    ...flat(location),
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
