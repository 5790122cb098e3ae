// What every build target (json, xlsx, html) receives and returns. A city or province is built one
// region at a time: each target is handed a region while it is loaded, writes that region's files,
// and keeps only a summary of it, so memory stays at one region's size however many regions there are.
import type { Lang } from '../i18n/text.js';
import { GkmlError } from '../core/errors.js';
import type { DiffReport } from '../diff/diff.js';
import type { Compendium } from '../model/cascade.js';
import type { Workspace } from '../workspace/load.js';

/** What a region slug may be: safe as a folder name on every system, never `..` or a path. */
export const REGION_SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Two child folders of one name (regions: [a/*, b/*]) must not overwrite each other's files. */
export function duplicateRegion(slug: string): GkmlError {
  return new GkmlError({ zh: `两个地区的文件夹同名：${slug}`, en: `two regions have the same folder name: ${slug}` });
}

/** A child region as known before it is loaded: enough for links and lists that name every region. */
export interface RegionPlan {
  /** Folder-safe name (REGION_SLUG): the child folder's name when it fits, else region-NNN. */
  slug: string;
  /** The region's name (its config's `region`). */
  name: string;
  root: string;
}

/** One child region of a city or province, loaded while the targets write it. */
export interface RegionBuild extends RegionPlan {
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

/** What the parent's own pages and summary sheet need of a region once it is written and released. */
export interface RegionSummary extends RegionPlan {
  domainCount: number;
  itemCount: number;
  /** All 26 domains with the region's item counts, in the national order. */
  overview: Compendium['overview'];
  changes?: DiffReport;
}

export function summarise(region: RegionBuild): RegionSummary {
  const { slug, name, root, compendium, changes } = region;
  return { slug, name, root, domainCount: compendium.domains.length, itemCount: compendium.itemCount, overview: compendium.overview, ...(changes ? { changes } : {}) };
}

export interface TargetContext {
  workspace: Workspace;
  /** The workspace's own directories (a city's 市本级; often empty for a city or province). */
  compendium: Compendium;
  /** The staging folder to write into (swapped into place when the whole build succeeds). */
  outDir: string;
  /** File timestamps inside archives (xlsx zip entries, workbook properties). */
  timestamp: Date;
  lang: Lang;
  /** Child regions, in order, when the workspace is a city or province (empty for a county). */
  regions: readonly RegionPlan[];
  /** What changed since the previous publication (`gkml build --previous`), if given. */
  changes?: DiffReport;
  /** Files written so far by every target (relative to outDir), growing as the build goes. */
  written: readonly string[];
  progress(message: string): void;
}

/** One target's writer for one build; each method returns the paths it wrote, relative to outDir. */
export interface TargetWriter {
  /** Each child region in turn, in order (cities and provinces only). */
  region?(region: RegionBuild): Promise<string[]>;
  /** After every region: the workspace's own files (a county's whole output). */
  finish(regions: readonly RegionSummary[]): Promise<string[]>;
}

/** Starts a target's writer for a build. */
export type TargetFactory = (ctx: TargetContext) => Promise<TargetWriter>;
