// What every build target (json, xlsx, html) receives and returns. A target sees only compendia:
// the workspace's own, and for a city or province each region's, handed over one at a time while
// the region is loaded, so memory stays at one region's size however many regions there are.
import { GkmlError } from '../core/errors.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import type { Lang } from '../i18n/text.js';
import type { DiffReport } from '../diff/diff.js';
import type { Compendium } from '../model/compendium.js';

/** What a region slug may be: safe as a folder name on every system, never `..` or a path. */
export const REGION_SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Child regions have their files here, one folder each, in the build's output and in the site. */
export const REGIONS_DIR = 'regions';

/** Two child folders of one name (regions: [a/*, b/*]) must not overwrite each other's files. */
export function duplicateRegion(slug: string): GkmlError {
  return new GkmlError(msg(BUILD.duplicateRegion, { slug }));
}

/** The folder of a region's files, with a trailing slash: regions/<slug>/. A slug that could leave it is refused. */
export function regionFolder(slug: string): string {
  // Checked again here, as any path from data; search.js checks it once more before loading an index.
  if (!REGION_SLUG.test(slug)) {
    throw new GkmlError(msg(BUILD.unsafeRegionSlug, { slug }));
  }
  return `${REGIONS_DIR}/${slug}/`;
}

/** A child region as the parent's pages name it. */
export interface RegionRef {
  /** Folder-safe name (REGION_SLUG): the child folder's name when it fits, else region-NNN. */
  slug: string;
  /** The region's name (its config's `region`). */
  name: string;
}

/** One child region of a city or province, compiled, while the targets write it. */
export interface RegionBuild extends RegionRef {
  compendium: Compendium;
  /**
   * What changed in this region since the previous publication (`--previous`): its own folder in
   * the previous version, or, for a region that is new since then, nothing (every item added).
   */
  changes?: DiffReport;
}

/** What the parent's own pages and summary sheet need of a region once it is written and released. */
export interface RegionSummary extends RegionRef {
  domainCount: number;
  itemCount: number;
  /** All 26 domains with the region's item counts, in the national order. */
  overview: Compendium['overview'];
  changes?: DiffReport;
}

export function summarise(region: RegionBuild): RegionSummary {
  const { slug, name, compendium, changes } = region;
  return { slug, name, domainCount: compendium.domains.length, itemCount: compendium.itemCount, overview: compendium.overview, ...(changes ? { changes } : {}) };
}

export interface TargetContext {
  /** The workspace's own directories (a city's 市本级; often empty for a city or province). */
  compendium: Compendium;
  /** The staging folder to write into (swapped into place when the whole build succeeds). */
  outDir: string;
  /** This target's output, relative to outDir (a file, or the site's folder), as its declaration names it. */
  output: string;
  lang: Lang;
  /** Child regions, in order, when the workspace is a city or province (empty for a county). */
  regions: readonly RegionRef[];
  /** What changed since the previous publication (`gkml build --previous`), if given. */
  changes?: DiffReport;
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
