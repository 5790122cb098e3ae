// The view models the templates render: the compendium turned into display-ready values, one
// object per page, with every key present (templates run in strict mode) and no HTML anywhere —
// templates escape every value they print. One function renders one compendium (a county, or one
// region of a city) into its folder of the site; the region index and search span them all.
import type { Compendium, PublishedDomain, PublishedItem } from '../../model/cascade.js';
import type { RegionSummary } from '../../build/target.js';
import { OTHER_CHANNEL } from '../../model/channels.js';
import { HEADER, MARK, tableTitle } from '../../model/table-layout.js';
import type { SectionChanges } from './changelog.js';
import { SEARCH_INDEX_FILE, SEARCH_REGIONS_FILE } from './search-index.js';
import { domainPageFile } from './site-folder.js';

export const INDEX_PAGE = 'index.html';
export const SEARCH_PAGE = 'search.html';
/** The changelog (更新记录), written only when the build is given the previous publication. */
export const CHANGES_PAGE = 'changes.html';
export const STYLESHEET = 'assets/site.css';
/** In load order: the search engine, the shared tokenizer, the index, the page script. */
export const SEARCH_SCRIPTS = ['assets/minisearch.js', 'assets/tokenize.js', SEARCH_INDEX_FILE, 'assets/search.js'];
/** A city or province: the list of regions instead of one index; the page loads their indexes as needed. */
export const REGION_SEARCH_SCRIPTS = ['assets/minisearch.js', 'assets/tokenize.js', SEARCH_REGIONS_FILE, 'assets/search.js'];

export interface Download {
  href: string;
  label: string;
  format: string;
  size: string;
}

export interface SiteInfo {
  title: string;
  region: string;
  publisher: string;
  version: string;
  date: string;
  dateText: string;
  home: string;
  search: string;
  stylesheet: string;
  /** The changelog page, or null when the build was not given the previous publication. */
  changes: string | null;
}

export interface PageView {
  site: SiteInfo;
  page: { title: string; scripts: string[]; homeCurrent: boolean; searchCurrent: boolean; changesCurrent: boolean };
}

/** A search scope: all regions (value '') or one region (its slug). */
export interface ScopeOption {
  value: string;
  text: string;
  selected: boolean;
}

/** Params of components/search-form. */
export interface SearchFormView {
  action: string;
  inputId: string;
  hintId: string;
  label: string;
  hint: string;
  /** id of the scope select, and its options (empty: a single county has no scope to choose). */
  scopeId: string;
  scopes: ScopeOption[];
}

/** Params of components/domain-card. */
export interface DomainCardView {
  name: string;
  /** The domain's page, or null when the workspace has no file for it. */
  href: string | null;
  countText: string;
}

/** Params of components/breadcrumbs. */
export interface BreadcrumbsView {
  links: { text: string; href: string }[];
  current: string;
}

export interface MarkView {
  /** Group and column, e.g. 公开对象：全社会 (shown as the label of the value on phones). */
  label: string;
  yes: boolean;
  /** The official mark (√), printed next to the word 是 so the meaning never rests on the glyph. */
  glyph: string;
  detail: string | null;
}

export interface NameCellView {
  label: string;
  text: string;
  isHeader: boolean;
}

/** The 「本次更新」 label of an item changed or added since the previous publication. */
export interface ChangeMarkView {
  /** Visible: 本次新增 or 本次更新. */
  text: string;
  /** Said after it to screen readers, e.g. ：查看“岗位信息发布”的变化. */
  detail: string;
  /** The item's entry on the changelog page. */
  href: string;
}

/** A short notice with a link, e.g. the changes of this publication on the index and domain pages. */
export interface NoticeView {
  text: string;
  linkText: string;
  href: string;
}

export interface ItemRowView {
  id: string;
  change: ChangeMarkView | null;
  seq: number;
  names: NameCellView[];
  content: string[];
  basis: string[];
  timeframe: string;
  owner: string;
  channels: string[];
  marks: MarkView[];
  notes: { label: string; text: string }[];
}

/** Params of components/item-table. */
export interface ItemTableView {
  /** The official header labels (src/model/table-layout.ts). */
  headers: typeof HEADER;
  captionId: string;
  caption: string;
  nameColumns: string[];
  levelColumns: string[];
  noteColumns: string[];
  rows: ItemRowView[];
}

export interface FactView {
  label: string;
  value: string;
  datetime: string | null;
}

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
  downloads: Download[];
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

export interface SearchView extends PageView {
  breadcrumbs: BreadcrumbsView;
  searchForm: SearchFormView;
}

/** The site root of a city or province: its regions, each with its item count. */
export interface RegionIndexView extends PageView {
  facts: FactView[];
  changeNotice: NoticeView | null;
  searchForm: SearchFormView;
  regions: DomainCardView[];
  /** The parent's own domains, when it has a directory of its own (市本级), else empty. */
  domains: DomainCardView[];
  downloads: Download[];
}

const NAME_LABELS = [HEADER.l1, HEADER.l2, HEADER.l3];

/** 2026-06-30 → 2026年6月30日 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const countText = (n: number) => `${n} 个事项`;

function nameCells(item: PublishedItem, hasL3: boolean): NameCellView[] {
  const names = [item.l1, item.l2, ...(hasL3 ? [item.l3 ?? ''] : [])];
  // The row header is the most specific name the item has, so each row is announced by its own name.
  let header = 0;
  names.forEach((n, i) => {
    if (n) header = i;
  });
  return names.map((text, i) => ({ label: NAME_LABELS[i]!, text, isHeader: i === header }));
}

/** Channel names as text; each 其他 with its own text (an item may name several). */
function channelTexts(item: PublishedItem): string[] {
  let other = 0;
  return item.channels.map((c) => {
    if (c !== OTHER_CHANNEL) return c;
    const text = item.otherChannels[other++];
    return text ? `${c}：${text}` : c;
  });
}

function marks(item: PublishedItem, levelColumns: string[]): MarkView[] {
  const mark = (group: string, column: string, yes: boolean, detail: string | null = null): MarkView => ({
    label: `${group}：${column}`,
    yes,
    glyph: MARK,
    detail,
  });
  return [
    mark(HEADER.audience, HEADER.society, item.audience.society),
    mark(HEADER.audience, HEADER.specific, item.audience.specific, item.audience.group ?? null),
    mark(HEADER.mode, HEADER.active, item.mode.active),
    mark(HEADER.mode, HEADER.onRequest, item.mode.onRequest),
    ...levelColumns.map((l) => mark(HEADER.level, l, item.level.includes(l))),
  ];
}

/** Columns in first-seen order after `first`, so labels the config does not list still get a column. */
function unionInOrder(first: readonly string[], lists: Iterable<readonly string[]>): string[] {
  const seen = new Set(first);
  const out = [...first];
  for (const list of lists) {
    for (const v of list) {
      if (!seen.has(v)) {
        seen.add(v);
        out.push(v);
      }
    }
  }
  return out;
}

export function itemTable(
  caption: string,
  items: readonly PublishedItem[],
  levelLabels: readonly string[],
  changeMarks: ReadonlyMap<string, ChangeMarkView> = new Map(),
): ItemTableView {
  const hasL3 = items.some((i) => i.l3);
  const levelColumns = unionInOrder(levelLabels, items.map((i) => i.level));
  const noteColumns = unionInOrder([], items.map((i) => Object.keys(i.notes)));
  return {
    headers: HEADER,
    captionId: 'items-caption',
    caption,
    nameColumns: NAME_LABELS.slice(0, hasL3 ? 3 : 2),
    levelColumns,
    noteColumns,
    rows: items.map((item) => ({
      id: item.id,
      change: changeMarks.get(item.id) ?? null,
      seq: item.seq,
      names: nameCells(item, hasL3),
      content: item.content,
      basis: item.basis,
      timeframe: item.timeframe,
      owner: item.owner,
      channels: channelTexts(item),
      marks: marks(item, levelColumns),
      notes: noteColumns.map((label) => ({ label, text: item.notes[label] ?? '' })),
    })),
  };
}

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


/** The frame every page shares; links are relative to the page's folder, `up` leading back to the site root. */
export function siteInfo(root: Compendium, up: string, hasChanges: boolean): SiteInfo {
  return {
    title: `${root.region}基层政务公开标准目录`,
    region: root.region,
    publisher: root.publisher,
    version: root.version,
    date: root.date,
    dateText: chineseDate(root.date),
    home: up + INDEX_PAGE,
    search: up + SEARCH_PAGE,
    stylesheet: up + STYLESHEET,
    changes: hasChanges ? up + CHANGES_PAGE : null,
  };
}

export function pageInfo(title: string, extra: Partial<PageView['page']> = {}): PageView['page'] {
  return { title, scripts: [], homeCurrent: false, searchCurrent: false, changesCurrent: false, ...extra };
}

export function searchForm(site: SiteInfo, label: string, scopes: ScopeOption[]): SearchFormView {
  return {
    action: site.search,
    inputId: 'q',
    hintId: 'q-hint',
    label,
    hint: '输入事项名称或关键词，如：最低生活保障、户口登记',
    scopeId: 'q-scope',
    scopes,
  };
}

/** The scopes of a city's search forms, `selected` chosen; none for a single county. */
export function searchScopes(regions: readonly { slug: string; name: string }[], selected: string): ScopeOption[] {
  if (!regions.length) return [];
  return [{ slug: '', name: '全部地区' }, ...regions].map((r) => ({ value: r.slug, text: r.name, selected: r.slug === selected }));
}

export function publicationFacts(c: Compendium, extent: string): FactView[] {
  return [
    { label: '地区', value: c.region, datetime: null },
    { label: '发布单位', value: c.publisher, datetime: null },
    { label: '版本', value: c.version, datetime: null },
    { label: '发布日期', value: chineseDate(c.date), datetime: c.date },
    { label: '公开事项', value: extent, datetime: null },
  ];
}

/** Cards for the domains a compendium has; with `all`, the 26 national domains, absent ones unlinked. */
export function domainCards(c: Compendium, all: boolean): DomainCardView[] {
  const present = new Set(c.domains.map((d) => d.id));
  return c.overview
    .filter((o) => all || present.has(o.id))
    .map((o) => ({
      name: o.name,
      href: present.has(o.id) ? domainPageFile(o.id) : null,
      countText: present.has(o.id) ? countText(o.count) : '暂未编制',
    }));
}

/** Where one compendium's pages sit in the site. */
export interface SectionPlace {
  /** Links above the section's index in the breadcrumbs: none at the site root, 首页 for a region. */
  above: BreadcrumbsView['links'];
  scopes: ScopeOption[];
  downloads: Download[];
  changes: SectionChanges | null;
}

export interface SectionView {
  index: IndexView;
  domains: DomainView[];
}

/** The index and domain pages of one compendium (a county's whole site, or one region of a city). */
export function sectionView(site: SiteInfo, c: Compendium, place: SectionPlace): SectionView {
  const heading = `${c.region}基层政务公开标准目录`;
  const atRoot = place.above.length === 0;
  const indexLink = { text: atRoot ? '首页' : c.region, href: INDEX_PAGE };
  const marks = place.changes?.marks;

  const domainView = (d: PublishedDomain): DomainView => ({
    site,
    page: pageInfo(`${d.name} - ${heading}`),
    id: d.id,
    breadcrumbs: { links: [...place.above, indexLink], current: d.name },
    name: d.name,
    summary: `本领域共 ${d.items.length} 个公开事项`,
    guideline: d.guideline ?? null,
    note: d.note ?? null,
    changeNotice: place.changes?.domainNotice(d.id) ?? null,
    outline: outline(d.items),
    table: itemTable(tableTitle(c.region, d.name), d.items, c.levelLabels, marks),
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

export function searchView(site: SiteInfo, scripts: string[], scopes: ScopeOption[]): SearchView {
  return {
    site,
    page: pageInfo(`搜索 - ${site.title}`, { scripts, searchCurrent: true }),
    breadcrumbs: { links: [{ text: '首页', href: site.home }], current: '搜索' },
    // The page's h1 already says 搜索公开事项.
    searchForm: searchForm(site, '关键词', scopes),
  };
}

export interface RegionEntry {
  region: Pick<RegionSummary, 'name' | 'domainCount' | 'itemCount'>;
  /** Its index page, relative to the site root. */
  href: string;
}

/** The root of a city's or province's site: the publication, a search over all regions, the regions. */
export function regionIndexView(
  site: SiteInfo,
  root: Compendium,
  regions: readonly RegionEntry[],
  place: Pick<SectionPlace, 'scopes' | 'downloads'> & { changeNotice: NoticeView | null },
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
  };
}
