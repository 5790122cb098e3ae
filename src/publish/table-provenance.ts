// Where each item of a submitted table region was read: directory.json keeps it as the item's
// `source` (file, sheet, cell), so a reviewer of the published directory can find the row.
import { relative, sep } from 'node:path';
import { cellAddress } from '../import/grid.js';
import type { LintedTable } from '../lint/table-region.js';
import type { Compendium, ItemSource } from '../model/compendium.js';

/** Each item of a table region's compendium with the cell it was read from (its row's first), the file relative to the top workspace. */
export function withProvenance(compendium: Compendium, cellsOf: LintedTable['cellsOf'], topRoot: string, path: string): Compendium {
  const file = relative(topRoot, path).split(sep).join('/');
  const domains = compendium.domains.map((d) => {
    const cellAt = cellsOf.get(d.id);
    if (!cellAt) return d;
    const provenance = d.data.items.map((_, i): ItemSource => {
      const cell = cellAt(`/items/${i}`);
      return { file, sheet: cell.sheet, cell: cellAddress(cell.row, cell.col) };
    });
    return { ...d, provenance };
  });
  return { ...compendium, domains };
}
