// Submitted tables as regions (issue 28): a `regions:` entry may name workbooks and CSV files as
// well as workspace folders. A table region has no config of its own: what it is (its level) and
// how it is checked (its settings) come from the workspace that lists it.
import { isTableFile } from './table-files.js';
import { settingsFor, type WorkspaceLevel, type WorkspaceSettings } from './config.js';

export { isTableFile as isTableRegion };

/**
 * The settings a submitted table region gets from its parent: the parent workspace's own. The one
 * place where a table region's settings are made, so inherited settings reach it too.
 */
export function tableRegionSettings(parent: string, cwd: string): WorkspaceSettings {
  return settingsFor(parent, cwd);
}

const BELOW: Record<WorkspaceLevel, WorkspaceLevel> = { province: 'city', city: 'county', county: 'township', township: 'township' };

/** The level of a region listed by a workspace of `level`: a city's tables are counties' (a township's stay townships'). */
export function levelBelow(level: WorkspaceLevel): WorkspaceLevel {
  return BELOW[level];
}
