// What every build target (json, xlsx, html) receives and returns.
import type { Lang } from '../i18n/text.js';
import type { DiffReport } from '../diff/diff.js';
import type { Compendium } from '../model/cascade.js';
import type { Workspace } from '../workspace/load.js';

/** What a region slug may be: safe as a folder name on every system, never `..` or a path. */
export const REGION_SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** One child region of a city or province build. */
export interface RegionBuild {
  /** Folder-safe name (REGION_SLUG): the child folder's name when it fits, else region-NNN. */
  slug: string;
  workspace: Workspace;
  compendium: Compendium;
  /** The region's own build date (SOURCE_DATE_EPOCH, else its config's date), so its files match a build of it alone. */
  timestamp: Date;
  /**
   * What changed in this region since the previous publication (`--previous`): its own folder in
   * the previous version, or, for a region that is new since then, nothing (every item added).
   */
  changes?: DiffReport;
}

export interface TargetContext {
  workspace: Workspace;
  compendium: Compendium;
  /** The staging folder to write into (swapped into place when the whole build succeeds). */
  outDir: string;
  /** File timestamps inside archives (xlsx zip entries, workbook properties). */
  timestamp: Date;
  lang: Lang;
  /** Child regions, in order, when the workspace is a city or province (empty for a county). */
  regions: readonly RegionBuild[];
  /** What changed since the previous publication (`gkml build --previous`), if given. */
  changes?: DiffReport;
  /** Files written by targets that ran before this one (relative to outDir). */
  written: readonly string[];
  progress(message: string): void;
}

/** Writes the target's files into ctx.outDir and returns their paths relative to it. */
export type TargetWriter = (ctx: TargetContext) => Promise<string[]>;
