// What every build target (json, xlsx, docx, html …) receives and returns. A target sees only
// compendia, one workspace of the region tree at a time, and the summaries of the regions below
// it, so memory stays at one region's size however many regions there are.
import { GkmlError } from '../core/errors.js';
import type { RegionTree } from '../core/region-tree.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import type { Lang } from '../i18n/text.js';
import type { DiffReport } from '../diff/diff.js';
import type { Compendium, OutputFile } from '../model/compendium.js';

/** What a region slug may be: safe as a folder name on every system, never `..` or a path. */
export const REGION_SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Child regions have their files here, one folder each, in the build's output and in the site. */
export const REGIONS_DIR = 'regions';

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

/** A region's folder below the build's output: regions/<a>/ for a child, regions/<a>/regions/<b>/ below it ('' at the top). */
export function regionPath(parentFolder: string, slug: string): string {
  return parentFolder + regionFolder(slug);
}

/** A region of the build's tree as planned, before any is built. */
export interface PlannedRegion extends RegionRef {
  folder: string;
  level: string;
  /** What its level is called: 县级, 乡级 … */
  levelName: string;
  /** Whether it has directories of its own (or no regions): the site's search has an index of it. */
  ownIndex: boolean;
}

/** What the whole publication shares, whichever region a page or file belongs to: the top workspace's title and settings. */
export type Publication = Pick<Compendium, 'region' | 'level' | 'publisher' | 'version' | 'date' | 'draft' | 'site' | 'templates'>;

export function publicationOf(c: Compendium): Publication {
  const { region, level, publisher, version, date, draft, site, templates } = c;
  return { region, level, publisher, version, date, draft, site, ...(templates ? { templates } : {}) };
}

/**
 * What a parent's files need of a region once it is written and released: its counts, which
 * include every region below it, and the same of its own regions. Plain data, so a worker thread
 * can hand it back.
 */
export type RegionSummary = RegionTree<RegionCounts>;

/** A region's summary without its own regions. */
export interface RegionCounts extends RegionRef {
  /** Its folder below the build's output (regionPath). */
  folder: string;
  /** Its config's level (city, county, township …) and what that is called (市级, 县级, 乡级 …). */
  level: string;
  levelName: string;
  /** Domains with at least one item here or below. */
  domainCount: number;
  /** Its items and those of every region below it. */
  itemCount: number;
  /** All 26 domains in the national order, counted here and below. */
  overview: Compendium['overview'];
  /** Items and domains of its own directories (a county's 本级, beside its townships). */
  ownItemCount: number;
  ownDomainCount: number;
  /** The files its pages offer (relative to its folder). */
  downloads: OutputFile[];
  /** What changed in its own directories since the previous publication (`--previous`). */
  changes?: DiffReport;
}

/** A region's summary, from its compiled directories and its own regions' summaries. */
export function summarise(
  ref: RegionRef & { folder: string; levelName: string },
  c: Compendium,
  regions: readonly RegionSummary[],
): RegionSummary {
  const overview = c.overview.map((d, i) => ({ ...d, count: regions.reduce((n, r) => n + r.overview[i]!.count, d.count) }));
  return {
    slug: ref.slug,
    name: ref.name,
    folder: ref.folder,
    level: c.level,
    levelName: ref.levelName,
    domainCount: overview.filter((d) => d.count > 0).length,
    itemCount: overview.reduce((n, d) => n + d.count, 0),
    overview,
    ownItemCount: c.itemCount,
    ownDomainCount: c.domains.length,
    downloads: c.downloads,
    ...(c.changes ? { changes: c.changes } : {}),
    regions: [...regions],
  };
}

/**
 * What a target writes for one workspace of the tree: the top one, or a region at any depth. The
 * build hands each region to every target once all regions below it are written, so a target
 * sees one compendium at a time and only the summaries of the regions below.
 */
export interface TargetContext {
  /** This workspace's own directories (for a city or province often empty). */
  compendium: Compendium;
  /** The top workspace's title and settings, which every page and file of the build shares. */
  publication: Publication;
  /** The staging folder to write into (swapped into place when the whole build succeeds). */
  outDir: string;
  /** This target's output, relative to outDir and to each region's folder, as its declaration names it. */
  output: string;
  /** This workspace's folder below outDir: '' at the top, regions/<a>/regions/<b>/ below. */
  folder: string;
  /** The regions between the top and this one (neither included), outermost first, with their folders. */
  trail: readonly (RegionRef & { folder: string })[];
  /** The regions of the build as planned, below the top: what a page's search may be scoped to. */
  tree: readonly RegionTree<PlannedRegion>[];
  /** This workspace's child regions, already written, in order (empty for a county without townships). */
  regions: readonly RegionSummary[];
  lang: Lang;
  progress(message: string): void;
}

/** Writes one workspace's files for one target and returns their paths, relative to outDir. */
export type TargetWriter = (ctx: TargetContext) => Promise<string[]>;
