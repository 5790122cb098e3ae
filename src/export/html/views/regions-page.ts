// The view of pages/regions: the root of a city's or province's site — the publication, a search
// over all regions, the regions with their counts, and the parent's own domains (市本级), if any.
import type { Compendium } from '../../../model/compendium.js';
import type { RegionSummary } from '../../target.js';
import { domainCards, type DomainCardView } from '../components/domain-card.js';
import type { DownloadView } from '../components/download-list.js';
import type { RegionDownloadsView } from '../components/region-downloads.js';
import { publicationFacts, type FactView } from '../components/facts.js';
import type { NoticeView } from '../components/notice.js';
import { searchForm, type ScopeOption, type SearchFormView } from '../components/search-form.js';
import { countText, pageInfo, type PageView, type SiteInfo } from '../pages.js';

export interface RegionIndexView extends PageView {
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
  place: { scopes: ScopeOption[]; downloads: DownloadView[]; regionDownloads: RegionDownloadsView; changeNotice: NoticeView | null },
): RegionIndexView {
  const items = regions.reduce((n, r) => n + r.region.itemCount, root.itemCount);
  return {
    site,
    page: pageInfo(site.title, { homeCurrent: true }),
    facts: publicationFacts(root, `${regions.length} 个地区，${items} 个事项`),
    changeNotice: place.changeNotice,
    searchForm: searchForm(site, '搜索各地区的公开事项', place.scopes),
    regions: regions.map((r) => ({ name: r.region.name, href: r.href, countText: `${r.region.domainCount} 个领域，${countText(r.region.itemCount)}` })),
    domains: domainCards(root, false),
    downloads: place.downloads,
    regionDownloads: place.regionDownloads.formats.length ? place.regionDownloads : null,
  };
}
