// The views of pages/index and pages/domain: the home page and domain pages of one compendium (a
// county's whole site, or one region of a city's).
import type { Compendium, PublishedDomain, PublishedItem } from '../../../model/compendium.js';
import { directoryTitle, tableTitle } from '../../../model/table-layout.js';
import type { SectionChanges } from '../changelog.js';
import type { BreadcrumbsView } from '../components/breadcrumbs.js';
import { domainCards, type DomainCardView } from '../components/domain-card.js';
import type { DownloadView } from '../components/download-list.js';
import { publicationFacts, type FactView } from '../components/facts.js';
import { itemTable, type ItemTableView } from '../components/item-table.js';
import type { NoticeView } from '../components/notice.js';
import { searchForm, type ScopeOption, type SearchFormView } from '../components/search-form.js';
import { INDEX_PAGE, countText, pageInfo, type PageView, type SiteInfo } from '../pages.js';

export interface IndexView extends PageView {
  /** The h1: the directory's title, e.g. 示例县基层政务公开标准目录. */
  heading: string;
  region: string;
  /** Breadcrumbs for a region's index inside a city's site, else null (the index is the top). */
  breadcrumbs: BreadcrumbsView | null;
  facts: FactView[];
  changeNotice: NoticeView | null;
  searchForm: SearchFormView;
  domains: DomainCardView[];
  downloads: DownloadView[];
}

export interface DomainView extends PageView {
  id: string;
  breadcrumbs: BreadcrumbsView;
  name: string;
  summary: string;
  guideline: string | null;
  note: string | null;
  changeNotice: NoticeView | null;
  outline: { text: string; href: string; countText: string }[];
  table: ItemTableView;
  sources: { text: string; href: string | null; note: string | null }[];
}

/** Where one compendium's pages sit in the site. */
export interface SectionPlace {
  /** Links above the section's index in the breadcrumbs: none at the site root, 首页 for a region. */
  above: BreadcrumbsView['links'];
  scopes: ScopeOption[];
  downloads: DownloadView[];
  changes: SectionChanges | null;
}

export interface SectionView {
  index: IndexView;
  domains: DomainView[];
}

/** The 一级事项 of a domain with their item counts, linking to each one's first row. */
function outline(items: readonly PublishedItem[]): DomainView['outline'] {
  const groups: DomainView['outline'] = [];
  let last: string | undefined;
  let count = 0;
  for (const item of items) {
    if (item.l1 !== last) {
      if (groups.length) groups[groups.length - 1]!.countText = countText(count);
      groups.push({ text: item.l1, href: `#${item.id}`, countText: '' });
      last = item.l1;
      count = 0;
    }
    count++;
  }
  if (groups.length) groups[groups.length - 1]!.countText = countText(count);
  // A list of one entry would only repeat the table's first row.
  return groups.length > 1 ? groups : [];
}

/** The index and domain pages of one compendium. */
export function sectionView(site: SiteInfo, c: Compendium, place: SectionPlace): SectionView {
  const heading = directoryTitle(c.region);
  const atRoot = place.above.length === 0;
  const indexLink = { text: atRoot ? '首页' : c.region, href: INDEX_PAGE };
  const marks = place.changes?.marks;

  const domainView = (d: PublishedDomain): DomainView => ({
    site,
    page: pageInfo(`${d.name} - ${heading}`, { print: 'wide' }),
    id: d.id,
    breadcrumbs: { links: [...place.above, indexLink], current: d.name },
    name: d.name,
    summary: `本领域共 ${d.items.length} 个公开事项`,
    guideline: d.guideline ?? null,
    note: d.note ?? null,
    changeNotice: place.changes?.domainNotice(d.id) ?? null,
    outline: outline(d.items),
    table: itemTable(tableTitle(c.region, d.name, c.draft), d.items, d.columns, marks),
    sources: d.sources.map((s) => ({ text: s.title ?? s.url, href: s.href ?? null, note: s.note ?? null })),
  });

  return {
    index: {
      site,
      page: pageInfo(atRoot ? heading : `${heading} - ${site.title}`, { homeCurrent: atRoot }),
      heading,
      region: c.region,
      breadcrumbs: atRoot ? null : { links: place.above, current: c.region },
      facts: publicationFacts(c, `${c.domains.length} 个领域，${c.itemCount} 个事项`),
      changeNotice: place.changes?.indexNotice ?? null,
      searchForm: searchForm(site, '搜索公开事项', place.scopes),
      domains: domainCards(c, true),
      downloads: place.downloads,
    },
    domains: c.domains.map(domainView),
  };
}
