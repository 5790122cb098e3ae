// The changelog (更新记录) of a build given the previous publication (`gkml build --previous`): the
// diff of src/diff/diff.ts as a page listing every added, changed, renamed and removed item, field
// by field with the official column names, and as labels on the changed items of the domain pages.
import type { DiffReport, FieldChange, ItemRef, VersionInfo } from '../../diff/diff.js';
import { isEmptyDiff } from '../../diff/diff.js';
import { FIELD_NAMES, show, summaryLine } from '../../diff/render.js';
import { formatCitation, type Compendium, type PublishedItem } from '../../model/cascade.js';
import { domainById } from '../../model/domains.js';
import type { Citation } from '../../model/types.js';
import { domainPageFile } from './site-folder.js';
import {
  CHANGES_PAGE,
  INDEX_PAGE,
  chineseDate,
  pageInfo,
  type BreadcrumbsView,
  type ChangeMarkView,
  type FactView,
  type NoticeView,
  type PageView,
  type SiteInfo,
} from './view.js';

/** What the pages of one compendium show of its changes. */
export interface SectionChanges {
  marks: Map<string, ChangeMarkView>;
  indexNotice: NoticeView;
  domainNotice(domainId: string): NoticeView | null;
}

/** Params of components/change-entry. */
export interface ChangeEntryView {
  /** The entry's id on the changes page (change-<item id>): the item's 本次更新 label links here. */
  anchor: string;
  name: string;
  /** The item on its domain page, or null for a removed item. */
  href: string | null;
  domainName: string;
  id: string;
  /** A renamed item's former id, else null. */
  from: string | null;
  columns: { field: string; before: string; after: string };
  fields: { label: string; before: string; after: string }[];
}

export interface ChangeGroupView {
  id: string;
  heading: string;
  entries: ChangeEntryView[];
}

/** One row of a city's changes page: a region and what changed in it. */
export interface RegionChangesView {
  name: string;
  href: string;
  added: number;
  removed: number;
  changed: number;
  renamed: number;
}

export interface ChangesView extends PageView {
  breadcrumbs: BreadcrumbsView;
  heading: string;
  lead: string;
  facts: FactView[];
  /** True when nothing changed anywhere: the page says so. */
  empty: boolean;
  regions: RegionChangesView[];
  groups: ChangeGroupView[];
}

const anchorOf = (id: string) => `change-${id}`;

const DIFF_LISTS = ['added', 'removed', 'changed', 'renamed'] as const;

function itemsById(c: Compendium): Map<string, { item: PublishedItem; domain: string }> {
  const map = new Map<string, { item: PublishedItem; domain: string }>();
  for (const d of c.domains) for (const item of d.items) map.set(item.id, { item, domain: d.id });
  return map;
}

/** The item's names as the site shows them; a removed item only has the names the diff kept. */
function nameOf(ref: ItemRef, item: PublishedItem | undefined): string {
  return (item ? [item.l1, item.l2, item.l3 ?? ''] : [ref.l1, ref.l2 ?? '']).filter(Boolean).join(' · ');
}

function fieldText(change: FieldChange, value: unknown): string {
  if (change.field === 'basis' && Array.isArray(value)) value = value.map((c) => formatCitation(c as Citation));
  if (change.field === 'domain' && typeof value === 'string') value = domainById(value)?.name ?? value;
  return show(value) || '—';
}

const versionText = (v: VersionInfo) => `版本 ${v.version}（${chineseDate(v.date)}发布）`;

/** A city's diff with its regions' added to it: the totals its index and changes page show. */
export function withRegions(d: DiffReport, regions: readonly DiffReport[]): DiffReport {
  const all = [d, ...regions];
  return { ...d, ...(Object.fromEntries(DIFF_LISTS.map((k) => [k, all.flatMap((x) => x[k])])) as Pick<DiffReport, (typeof DIFF_LISTS)[number]>) };
}

/** What changed since the previous publication, in one sentence, with a link to the changes page. */
export function changeNotice(d: DiffReport): NoticeView {
  const since = `与上一${versionText(d.old)}相比`;
  return { text: isEmptyDiff(d) ? `${since}，本目录没有变化。` : `${since}：${summaryLine(d, 'zh')}。`, linkText: '查看更新记录', href: CHANGES_PAGE };
}

/** The marks and notices of one compendium's pages (the changes page sits in the same folder). */
export function sectionChanges(d: DiffReport, c: Compendium): SectionChanges {
  const items = itemsById(c);
  const marks = new Map<string, ChangeMarkView>();
  const mark = (ref: ItemRef, text: string) => {
    if (!items.has(ref.id)) return;
    marks.set(ref.id, { text, detail: `：查看“${nameOf(ref, items.get(ref.id)?.item)}”的变化`, href: `${CHANGES_PAGE}#${anchorOf(ref.id)}` });
  };
  d.added.forEach((r) => mark(r, '本次新增'));
  [...d.changed, ...d.renamed].forEach((r) => mark(r, '本次更新'));

  const notice = changeNotice(d);
  return {
    marks,
    indexNotice: notice,
    domainNotice(domainId) {
      const count = (refs: ItemRef[]) => refs.filter((r) => r.domain === domainId).length;
      const parts = [
        ['新增', count(d.added)],
        ['修改', count(d.changed)],
        ['改编号', count(d.renamed)],
        ['删除', count(d.removed)],
      ].filter(([, n]) => n);
      if (!parts.length) return null;
      return { ...notice, text: `与上一${versionText(d.old)}相比，本领域${parts.map(([what, n]) => `${what} ${n} 个事项`).join('，')}。` };
    },
  };
}

/** The added, changed, renamed and removed items of one diff, as the page's sections (empty ones left out). */
export function changeGroups(d: DiffReport, c: Compendium): ChangeGroupView[] {
  const items = itemsById(c);
  const columns = { field: '项目', before: `上一版本（${d.old.version}）`, after: `本版本（${d.new.version}）` };
  const entry = (ref: ItemRef, present: boolean, from: string | null, fields: FieldChange[]): ChangeEntryView => {
    const found = present ? items.get(ref.id) : undefined;
    return {
      anchor: anchorOf(ref.id),
      name: nameOf(ref, found?.item),
      href: found ? `${domainPageFile(found.domain)}#${ref.id}` : null,
      domainName: domainById(ref.domain)?.name ?? c.domains.find((x) => x.id === ref.domain)?.name ?? ref.domain,
      id: ref.id,
      from,
      columns,
      fields: fields.map((f) => ({ label: FIELD_NAMES[f.field] ?? f.field, before: fieldText(f, f.before), after: fieldText(f, f.after) })),
    };
  };
  const groups: ChangeGroupView[] = [
    { id: 'added', heading: `新增事项（${d.added.length} 个）`, entries: d.added.map((r) => entry(r, true, null, [])) },
    { id: 'changed', heading: `修改的事项（${d.changed.length} 个）`, entries: d.changed.map((r) => entry(r, true, null, r.fields)) },
    { id: 'renamed', heading: `改编号的事项（${d.renamed.length} 个）`, entries: d.renamed.map((r) => entry(r, true, r.from, r.fields)) },
    // Removed items keep their former id as the entry id: it is no item's id in this version.
    { id: 'removed', heading: `删除的事项（${d.removed.length} 个）`, entries: d.removed.map((r) => ({ ...entry(r, false, null, []), anchor: `removed-${r.id}` })) },
  ];
  return groups.filter((g) => g.entries.length);
}

function facts(d: DiffReport, summary: string): FactView[] {
  return [
    { label: '本次版本', value: d.new.version, datetime: null },
    { label: '发布日期', value: chineseDate(d.new.date), datetime: d.new.date },
    { label: '上一版本', value: d.old.version, datetime: null },
    { label: '上一版本发布日期', value: chineseDate(d.old.date), datetime: d.old.date },
    { label: '变化', value: summary, datetime: null },
  ];
}

export interface ChangesPage {
  site: SiteInfo;
  compendium: Compendium;
  diff: DiffReport;
  /** Links above the page in the breadcrumbs (the county's or city's index comes first). */
  above: BreadcrumbsView['links'];
  /** The site root's page; a region's page sits in its folder under the city's site. */
  atRoot: boolean;
  /** A city's regions with their own diffs and changes pages (relative to this page). */
  regions: { name: string; href: string; diff: DiffReport }[];
}

export function changesView(p: ChangesPage): ChangesView {
  const total = withRegions(p.diff, p.regions.map((r) => r.diff));
  const heading = p.atRoot ? '更新记录' : `${p.compendium.region}更新记录`;
  return {
    site: p.site,
    page: pageInfo(`${heading} - ${p.compendium.region}基层政务公开标准目录`, { changesCurrent: p.atRoot }),
    breadcrumbs: { links: [...p.above, { text: p.atRoot ? '首页' : p.compendium.region, href: INDEX_PAGE }], current: '更新记录' },
    heading,
    lead: `本页列出${p.compendium.region}基层政务公开标准目录${versionText(p.diff.new)}与上一${versionText(p.diff.old)}相比的变化。`,
    facts: facts(p.diff, summaryLine(total, 'zh')),
    empty: isEmptyDiff(total),
    regions: p.regions.map((r) => ({
      name: r.name,
      href: r.href,
      ...(Object.fromEntries(DIFF_LISTS.map((k) => [k, r.diff[k].length])) as Record<(typeof DIFF_LISTS)[number], number>),
    })),
    groups: changeGroups(p.diff, p.compendium),
  };
}
