// Plain-text and Markdown tables whose columns line up with Chinese (double-width) text.
import { displayWidth } from './width.js';

export type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, align[i] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const sep = header.map((_, i) => ((align[i] ?? 'left') === 'right' ? '---:' : '---'));
  return [header, sep, ...rows].map((r, i) => `| ${(i === 1 ? r : r.map(mdCell)).join(' | ')} |`).join('\n') + '\n';
}
