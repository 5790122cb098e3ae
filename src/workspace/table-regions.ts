// Submitted tables as regions (issue 28): a `regions:` entry may name workbooks and CSV files as
// well as workspace folders. A table region has no config of its own: what it is (its level) comes
// from the workspace that lists it, and so do its settings (config-inheritance.ts tableRegionSettings).
import { isTableFile } from './table-files.js';
import type { WorkspaceLevel } from './config.js';

export { isTableFile as isTableRegion };

const BELOW: Record<WorkspaceLevel, WorkspaceLevel> = { province: 'city', city: 'county', county: 'township', township: 'township' };

/** The level of a region listed by a workspace of `level`: a city's tables are counties' (a township's stay townships'). */
export function levelBelow(level: WorkspaceLevel): WorkspaceLevel {
  return BELOW[level];
}
