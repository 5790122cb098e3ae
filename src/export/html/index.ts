// The html target: a static, accessible, searchable site in <out>/site/ — index, one page per
// domain, an offline search page, and the changelog when the build has the previous version — made
// only from the compendium and the templates. Each workspace of the tree has its pages in its
// folder (regions/a/regions/b/ …), rendered as the build reaches it: a county's as a whole site's,
// one with regions as a region index with its own (本级) domains. The top workspace, written last,
// adds the search page over the whole tree and the assets.
import { join } from 'node:path';
import type { Compendium } from '../../model/compendium.js';
import { fullName, walkRegions } from '../../core/region-tree.js';
import { GkmlError } from '../../core/errors.js';
import { BUILD } from '../../i18n/catalogue/build.js';
import { msg } from '../../i18n/messages.js';
import type { Publication, RegionSummary, TargetContext, TargetWriter } from '../target-writer.js';
import { copyAssets } from './assets.js';
import { changeNotice, sectionChanges, withRegions } from './changelog.js';
import type { BreadcrumbsView } from './components/breadcrumbs.js';
import type { DownloadView } from './components/download-list.js';
import { regionDownloads } from './components/region-downloads.js';
import { searchScopes } from './components/search-form.js';
import { copyDownloads, offeredDownloads } from './downloads.js';
import {
  CHANGES_PAGE,
  INDEX_PAGE,
  REGION_SEARCH_SCRIPTS,
  SEARCH_PAGE,
  SEARCH_SCRIPTS,
  logoAsset,
  siteInfo,
  type SiteInfo,
} from './pages.js';
import { createRenderer, type Renderer } from './render.js';
import { SEARCH_INDEX_FILE, SEARCH_REGIONS_FILE, searchIndexScript, searchKey, searchRegionsScript } from './search-index.js';
import { SiteFolder, domainPageFile } from './site-folder.js';
import { loadTemplateSet, type TemplateSet } from './template-set.js';
import type { TemplateName, TemplateParams } from './templates.js';
import { changesView } from './views/changes-page.js';
import { regionIndexView } from './views/regions-page.js';
import { searchView } from './views/search-page.js';
import { sectionView } from './views/section.js';

/** Item ids are the anchors of the site: two items with one id would make one of them unreachable. */
function refuseDuplicateIds(c: Compendium): void {
  const seen = new Set<string>();
  for (const d of c.domains) {
    for (const item of d.items) {
      if (seen.has(item.id)) {
        throw new GkmlError(msg(BUILD.duplicateAnchor, { id: item.id }), { file: d.file });
      }
      seen.add(item.id);
    }
  }
}

/** The templates (the top workspace's own, or gkml's) are read and compiled once per build, not once per region. */
const renderers = new WeakMap<Publication, { templates: TemplateSet; renderer: Renderer }>();
function renderingOf(publication: Publication) {
  let r = renderers.get(publication);
  if (!r) {
    const templates = loadTemplateSet(publication.templates, process.cwd());
    renderers.set(publication, (r = { templates, renderer: createRenderer(templates) }));
  }
  return r;
}

/** Renders views into the site folder. */
class Pages {
  constructor(
    readonly site: SiteFolder,
    private readonly renderer: Renderer,
  ) {}

  page<T extends TemplateName>(file: string, template: T, view: TemplateParams[T]): void {
    this.site.write(file, this.renderer.render(template, view));
  }

  write(file: string, data: string): void {
    this.site.write(file, data);
  }
}

/** A workspace has a search index of its own unless it has regions and no domains of its own. */
const hasOwnIndex = (hasRegions: boolean, ownDomains: number) => !hasRegions || ownDomains > 0;

/** Every region below these, each named with the regions between (东州市安平县 below a province). */
function namedBelow(regions: readonly RegionSummary[]): { region: RegionSummary; name: string }[] {
  return walkRegions(regions).map((visit) => ({ region: visit.region, name: fullName(visit) }));
}

/** From a folder of the site up to one above it (regions/a/regions/b/ to regions/a/: ../../). */
function upTo(folder: string, above: string): string {
  return '../'.repeat(folder.slice(above.length).split('/').length - 1);
}

/** What every page of one workspace shares: the frame, its breadcrumbs and search scopes, its downloads and changes. */
interface Place {
  folder: string;
  site: SiteInfo;
  above: BreadcrumbsView['links'];
  scopes: ReturnType<typeof searchScopes>;
  downloads: DownloadView[];
}

export const siteWriter: TargetWriter = async (ctx) => {
  const c = ctx.compendium;
  refuseDuplicateIds(c);
  const pages = new Pages(new SiteFolder(join(ctx.outDir, ctx.output)), renderingOf(ctx.publication).renderer);
  const { folder } = ctx;
  const up = upTo(folder, '');
  const site = siteInfo(ctx.publication, up, c.changes !== undefined);
  const above = folder
    ? [{ text: '首页', href: site.home }, ...ctx.trail.map((t) => ({ text: t.name, href: upTo(folder, t.folder) + INDEX_PAGE }))]
    : [];
  // The downloads are the files the other targets wrote for this workspace, which they write first.
  const downloads = copyDownloads(c.downloads, ctx.outDir, pages.site, folder);
  // A region's index lists the regions above and below it in its scope select; the top's (and the search page), every region.
  const tree = walkRegions(ctx.tree);
  const related = tree.filter(({ region: r }) => folder.startsWith(r.folder) || r.folder.startsWith(folder));
  const place: Place = { folder, site, above, scopes: searchScopes(tree, searchKey(folder), related), downloads };
  const changes = c.changes ? sectionChanges(c.changes, c) : null;
  const hasRegions = ctx.regions.length > 0;
  const section = sectionView(site, c, { above, scopes: place.scopes, downloads, changes });
  if (!hasRegions) pages.page(folder + INDEX_PAGE, 'pages/index', section.index);
  for (const domain of section.domains) pages.page(folder + domainPageFile(domain.id), 'pages/domain', domain);
  // A county alone is the whole site and has the one index the search page loads; the others are loaded by key.
  if (hasOwnIndex(hasRegions, c.domains.length))
    pages.write(folder + SEARCH_INDEX_FILE, searchIndexScript(c, folder || hasRegions ? searchKey(folder) : undefined));
  if (hasRegions) writeRegionIndex(ctx, pages, place);
  else if (c.changes)
    pages.page(
      folder + CHANGES_PAGE,
      'pages/changes',
      changesView({ site, compendium: c, diff: c.changes, above, atRoot: !folder, regions: [] }),
    );
  if (!folder) writeTop(ctx, pages, place);
  return pages.site.files().map((f) => `${ctx.output}/${f}`);
};

/** The index of a workspace with regions: its regions with their counts and files, and its own domains (本级). */
function writeRegionIndex(ctx: TargetContext, pages: Pages, place: Place): void {
  const { folder, site, above } = place;
  const c = ctx.compendium;
  const relative = (f: string) => f.slice(folder.length);
  const entries = ctx.regions.map((r) => ({ region: r, href: relative(r.folder) + INDEX_PAGE }));
  const files = ctx.regions.map((r) => ({
    name: r.name,
    folder: relative(r.folder),
    files: offeredDownloads(r.downloads, pages.site, r.folder),
  }));
  // Every region below this one that changed, each with its own changes page; the notice sums them up.
  const regionDiffs = namedBelow(ctx.regions).flatMap(({ region: r, name }) =>
    r.changes ? [{ name, href: relative(r.folder) + CHANGES_PAGE, diff: r.changes }] : [],
  );
  const notice = c.changes
    ? changeNotice(
        withRegions(
          c.changes,
          regionDiffs.map((r) => r.diff),
        ),
      )
    : null;
  const view = regionIndexView(site, c, entries, {
    above,
    scopes: place.scopes,
    downloads: place.downloads,
    regionDownloads: regionDownloads(files),
    changeNotice: notice,
  });
  pages.page(folder + INDEX_PAGE, 'pages/regions', view);
  if (c.changes)
    pages.page(
      folder + CHANGES_PAGE,
      'pages/changes',
      changesView({ site, compendium: c, diff: c.changes, above, atRoot: !folder, regions: regionDiffs }),
    );
}

/** What only the top of the site has: the search page (over every region of the tree), the assets and the logo. */
function writeTop(ctx: TargetContext, pages: Pages, place: Place): void {
  const c = ctx.compendium;
  const { site } = place;
  if (ctx.regions.length) {
    const entries = ctx.regions.map((r) => ({ text: r.name, href: r.folder + INDEX_PAGE }));
    pages.page(SEARCH_PAGE, 'pages/search', searchView(site, REGION_SEARCH_SCRIPTS, place.scopes, entries));
    // Every workspace that has an index (hasOwnIndex), named with the regions above it, so that two
    // townships of one name in two counties can be told apart in the results.
    const indexed = namedBelow(ctx.regions).filter(({ region: r }) => hasOwnIndex(r.regions.length > 0, r.ownDomainCount));
    const parts = indexed.map(({ region: r, name }) => ({ key: searchKey(r.folder), name, level: r.level, base: r.folder }));
    const own = c.domains.length ? [{ key: '', name: c.region, level: c.level, base: '' }] : [];
    pages.write(SEARCH_REGIONS_FILE, searchRegionsScript([...own, ...parts]));
  } else {
    pages.page(
      SEARCH_PAGE,
      'pages/search',
      searchView(
        site,
        SEARCH_SCRIPTS,
        [],
        c.domains.map((d) => ({ text: d.name, href: domainPageFile(d.id) })),
      ),
    );
  }
  copyAssets(renderingOf(ctx.publication).templates, pages.site);
  if (ctx.publication.site.logo) pages.site.copy(logoAsset(ctx.publication.site.logo), ctx.publication.site.logo);
}
