// Every template a build renders, with the params it takes: renderers and the component tests are
// typed by this one table, so a view and its template cannot drift apart unnoticed.
import type { BreadcrumbsView } from './components/breadcrumbs.js';
import type { ChangeEntryView } from './components/change-entry.js';
import type { DomainCardView } from './components/domain-card.js';
import type { DownloadView } from './components/download-list.js';
import type { FactView } from './components/facts.js';
import type { ItemTableView } from './components/item-table.js';
import type { OfficialTableView } from './components/official-table.js';
import type { FragmentDownloadView, FragmentIndexView } from './components/fragment-index.js';
import type { NoticeView } from './components/notice.js';
import type { RegionDownloadsView } from './components/region-downloads.js';
import type { SearchFormView } from './components/search-form.js';
import type { ChangesView } from './views/changes-page.js';
import type { RegionIndexView } from './views/regions-page.js';
import type { SearchView } from './views/search-page.js';
import type { DomainView, IndexView } from './views/section.js';

export interface TemplateParams {
  'pages/index': IndexView;
  'pages/domain': DomainView;
  'pages/search': SearchView;
  'pages/regions': RegionIndexView;
  'pages/changes': ChangesView;
  'components/breadcrumbs': BreadcrumbsView;
  'components/draft-banner': Record<string, never>;
  'components/change-entry': ChangeEntryView;
  'components/domain-card': DomainCardView;
  'components/download-list': DownloadView[];
  'components/facts': FactView[];
  'components/item-table': ItemTableView;
  'components/notice': NoticeView;
  'components/region-downloads': RegionDownloadsView;
  'components/search-form': SearchFormView;
  'fragments/domain': { table: OfficialTableView; downloads: FragmentDownloadView[] };
  'fragments/index': FragmentIndexView;
  'fragments/table': OfficialTableView;
  'fragments/downloads': FragmentDownloadView[];
}

export type TemplateName = keyof TemplateParams;
