// The view of pages/search: the offline search page.
import type { BreadcrumbsView } from '../components/breadcrumbs.js';
import { searchForm, type ScopeOption, type SearchFormView } from '../components/search-form.js';
import { pageInfo, type PageView, type SiteInfo } from '../pages.js';

/** A page to browse instead, offered when a search finds nothing: a domain of a county, a region of a city. */
export interface BrowseLink {
  text: string;
  href: string;
}

export interface SearchView extends PageView {
  breadcrumbs: BreadcrumbsView;
  searchForm: SearchFormView;
  browse: BrowseLink[];
}

export function searchView(site: SiteInfo, scripts: string[], scopes: ScopeOption[], browse: BrowseLink[]): SearchView {
  return {
    browse,
    site,
    page: pageInfo(`搜索 - ${site.title}`, { scripts, searchCurrent: true }),
    breadcrumbs: { links: [{ text: '首页', href: site.home }], current: '搜索' },
    // The page's h1 already says 搜索公开事项.
    searchForm: searchForm(site, '关键词', scopes),
  };
}
