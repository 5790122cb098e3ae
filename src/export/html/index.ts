// The html target: a static, accessible, searchable site in <out>/site/ — index, one page per
// domain, an offline search page, and the changelog when the build has the previous version — made
// only from the compendium and the templates. A city or province gets each region's pages,
// rendered exactly as a county's, in regions/<slug>/ as the region comes, then a region index at
// the root.
import { join } from 'node:path';
import type { Compendium } from '../../model/compendium.js';
import { GkmlError } from '../../core/errors.js';
import { BUILD } from '../../i18n/catalogue/build.js';
import { msg } from '../../i18n/messages.js';
import { regionFolder, type RegionBuild, type RegionRef, type RegionSummary, type TargetContext, type TargetWriter } from '../target.js';
import { copyAssets } from './assets.js';
import { changeNotice, sectionChanges, withRegions } from './changelog.js';
import type { DownloadView } from './components/download-list.js';
import { regionDownloads, type RegionDownloadsView } from './components/region-downloads.js';
import { searchScopes } from './components/search-form.js';
import { copyDownloads } from './downloads.js';
import { CHANGES_PAGE, INDEX_PAGE, REGION_SEARCH_SCRIPTS, SEARCH_PAGE, SEARCH_SCRIPTS, logoAsset, siteInfo } from './pages.js';
import { createRenderer, type Renderer } from './render.js';
import { SEARCH_INDEX_FILE, SEARCH_REGIONS_FILE, searchIndexScript, searchRegionsScript } from './search-index.js';
import { SiteFolder, domainPageFile } from './site-folder.js';
import { loadTemplateSet } from './template-set.js';
import type { TemplateName, TemplateParams } from './templates.js';
import { changesView } from './views/changes-page.js';
import { regionIndexView } from './views/regions-page.js';
import { searchView } from './views/search-page.js';
import { sectionView, type SectionView } from './views/section.js';

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

/** Renders views into the site folder. */
class Pages {
  constructor(
    private readonly site: SiteFolder,
    private readonly renderer: Renderer,
  ) {}

  page<T extends TemplateName>(file: string, template: T, view: TemplateParams[T]): void {
    this.site.write(file, this.renderer.render(template, view));
  }

  write(file: string, data: string): void {
    this.site.write(file, data);
  }

  /** One compendium's domain pages (and its index, unless a region index takes its place) in `folder`. */
  section(folder: string, view: SectionView, withIndex: boolean): void {
    if (withIndex) this.page(folder + INDEX_PAGE, 'pages/index', view.index);
    for (const domain of view.domains) this.page(folder + domainPageFile(domain.id), 'pages/domain', domain);
  }
}

export async function siteWriter(ctx: TargetContext): Promise<TargetWriter> {
  const templates = loadTemplateSet(ctx.compendium.templates, process.cwd());
  const site = new SiteFolder(join(ctx.outDir, ctx.output));
  const pages = new Pages(site, createRenderer(templates));
  const named = ctx.regions.map((r) => ({ slug: r.slug, name: r.name, folder: regionFolder(r.slug) }));
  // Each region's downloads, as its own pages offer them, for the parent's table of them.
  const regionFiles: { name: string; folder: string; files: DownloadView[] }[] = [];
  return {
    async region(r: RegionBuild) {
      const folder = regionFolder(r.slug);
      const files = copyDownloads(r.compendium.downloads, ctx.outDir, site, folder);
      regionFiles.push({ name: r.name, folder, files });
      writeRegionSection(ctx, pages, named, r, files);
      return [];
    },
    async finish(regions: readonly RegionSummary[]) {
      // The downloads are the files the other targets wrote for the workspace itself, which they finish first.
      const downloads = copyDownloads(ctx.compendium.downloads, ctx.outDir, site);
      if (ctx.regions.length) writeRegionRoot(ctx, pages, named, regions, { downloads, regions: regionDownloads(regionFiles) });
      else writeCountySite(ctx, pages, downloads);
      copyAssets(templates, site);
      if (ctx.compendium.site.logo) site.copy(logoAsset(ctx.compendium.site.logo), ctx.compendium.site.logo);
      return site.files().map((f) => `${ctx.output}/${f}`);
    },
  };
}

/** A county (or any workspace without regions): the whole site is its directory. */
function writeCountySite(ctx: TargetContext, pages: Pages, downloads: DownloadView[]): void {
  const c = ctx.compendium;
  refuseDuplicateIds(c);
  const site = siteInfo(c, '', ctx.changes !== undefined);
  const changes = ctx.changes ? sectionChanges(ctx.changes, c) : null;
  pages.section('', sectionView(site, c, { above: [], scopes: [], downloads, changes }), true);
  pages.page(SEARCH_PAGE, 'pages/search', searchView(site, SEARCH_SCRIPTS, [], c.domains.map((d) => ({ text: d.name, href: domainPageFile(d.id) }))));
  pages.write(SEARCH_INDEX_FILE, searchIndexScript(c));
  if (ctx.changes) pages.page(CHANGES_PAGE, 'pages/changes', changesView({ site, compendium: c, diff: ctx.changes, above: [], atRoot: true, regions: [] }));
}

type NamedRegion = RegionRef & { folder: string };

/** A region of a city or province: its pages, rendered exactly as a county's, and its search index, in its folder. */
function writeRegionSection(ctx: TargetContext, pages: Pages, named: readonly NamedRegion[], r: RegionBuild, downloads: DownloadView[]): void {
  const folder = regionFolder(r.slug);
  const c = r.compendium;
  refuseDuplicateIds(c);
  const site = siteInfo(ctx.compendium, '../'.repeat(folder.split('/').length - 1), ctx.changes !== undefined);
  const above = [{ text: '首页', href: site.home }];
  const changes = r.changes ? sectionChanges(r.changes, c) : null;
  pages.section(folder, sectionView(site, c, { above, scopes: searchScopes(named, r.slug), downloads, changes }), true);
  pages.write(folder + SEARCH_INDEX_FILE, searchIndexScript(c, r.slug));
  if (r.changes) pages.page(folder + CHANGES_PAGE, 'pages/changes', changesView({ site, compendium: c, diff: r.changes, above, atRoot: false, regions: [] }));
}

/**
 * The root of a city or province, after its regions: the region index, one search over all
 * regions (an index per region, loaded when searched), and the city's own directory (市本级), if
 * it has one.
 */
function writeRegionRoot(
  ctx: TargetContext,
  pages: Pages,
  named: readonly NamedRegion[],
  regions: readonly RegionSummary[],
  files: { downloads: DownloadView[]; regions: RegionDownloadsView },
): void {
  const root = ctx.compendium;
  const scopes = searchScopes(named, '');
  refuseDuplicateIds(root);
  const site = siteInfo(root, '', ctx.changes !== undefined);
  const own = root.domains.length > 0;
  const place = { above: [], scopes, downloads: files.downloads, changes: ctx.changes ? sectionChanges(ctx.changes, root) : null };
  pages.section('', sectionView(site, root, place), false);
  if (own) pages.write(SEARCH_INDEX_FILE, searchIndexScript(root, ''));
  const entries = regions.map((r) => ({ region: r, href: regionFolder(r.slug) + INDEX_PAGE }));
  const regionDiffs = regions.flatMap((r) => (r.changes ? [{ name: r.name, href: regionFolder(r.slug) + CHANGES_PAGE, diff: r.changes }] : []));
  // The index sums up the changes of every region, not only the city's own directory.
  const notice = ctx.changes ? changeNotice(withRegions(ctx.changes, regionDiffs.map((r) => r.diff))) : null;
  pages.page(INDEX_PAGE, 'pages/regions', regionIndexView(site, root, entries, { ...place, regionDownloads: files.regions, changeNotice: notice }));
  pages.page(SEARCH_PAGE, 'pages/search', searchView(site, REGION_SEARCH_SCRIPTS, scopes, entries.map((e) => ({ text: e.region.name, href: e.href }))));
  pages.write(
    SEARCH_REGIONS_FILE,
    searchRegionsScript([...(own ? [{ key: '', name: root.region, base: '' }] : []), ...named.map((r) => ({ key: r.slug, name: r.name, base: r.folder }))]),
  );
  if (ctx.changes) pages.page(CHANGES_PAGE, 'pages/changes', changesView({ site, compendium: root, diff: ctx.changes, above: [], atRoot: true, regions: regionDiffs }));
}
