// The view of pages/regions: the index of a workspace with regions (the top of a city's or
// province's site, or a city or county inside it) — the publication, a search, the regions with
// their counts (each with the regions below it), and its own domains (本级), if any.
import type { Compendium } from '../../../model/compendium.js';
import type { BreadcrumbsView } from '../components/breadcrumbs.js';
import type { RegionSummary } from '../../target-writer.js';
import { domainCards, type DomainCardView } from '../components/domain-card.js';
import type { DownloadView } from '../components/download-list.js';
import type { RegionDownloadsView } from '../components/region-downloads.js';
import { publicationFacts, type FactView } from '../components/facts.js';
import type { NoticeView } from '../components/notice.js';
import { searchForm, type ScopeOption, type SearchFormView } from '../components/search-form.js';
import { countText, pageInfo, type PageView, type SiteInfo } from '../pages.js';
import { directoryTitle } from '../../../model/table-layout.js';

export interface RegionIndexView extends PageView {
  /** The h1: this workspace's title (示例市基层政务公开标准目录). */
  heading: string;
  region: string;
  /** Breadcrumbs for a region with regions of its own (a city in a province's site), else null. */
  breadcrumbs: BreadcrumbsView | null;
  facts: FactView[];
  changeNotice: NoticeView | null;
  searchForm: SearchFormView;
  regions: DomainCardView[];
  /** The parent's own domains, when it has a directory of its own (市本级), else empty. */
  domains: DomainCardView[];
  downloads: DownloadView[];
  /** Each region's own files, when the build wrote any. */
  regionDownloads: RegionDownloadsView | null;
}

export interface RegionEntry {
  region: Pick<RegionSummary, 'name' | 'domainCount' | 'itemCount'>;
  /** Its index page, relative to the site root. */
  href: string;
}

export function regionIndexView(
  site: SiteInfo,
  root: Compendium,
  regions: readonly RegionEntry[],
  place: {
    above: BreadcrumbsView['links'];
    scopes: ScopeOption[];
    downloads: DownloadView[];
    regionDownloads: RegionDownloadsView;
    changeNotice: NoticeView | null;
  },
): RegionIndexView {
  const items = regions.reduce((n, r) => n + r.region.itemCount, root.itemCount);
  const heading = directoryTitle(root.region);
  const atTop = place.above.length === 0;
  return {
    site,
    page: pageInfo(atTop ? heading : `${heading} - ${site.title}`, { homeCurrent: atTop }),
    heading,
    region: root.region,
    breadcrumbs: atTop ? null : { links: place.above, current: root.region },
    facts: publicationFacts(root, `${regions.length} 个地区，${items} 个事项`),
    changeNotice: place.changeNotice,
    searchForm: searchForm(site, '搜索各地区的公开事项', place.scopes),
    regions: regions.map((r) => ({
      name: r.region.name,
      href: r.href,
      countText: `${r.region.domainCount} 个领域，${countText(r.region.itemCount)}`,
    })),
    domains: domainCards(root, false),
    downloads: place.downloads,
    regionDownloads: place.regionDownloads.formats.length ? place.regionDownloads : null,
  };
}
