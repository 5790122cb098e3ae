// The view of pages/changes: the changelog (更新记录) of a build given the previous publication —
// every added, changed, renamed and removed item, field by field with the official column names.
import type { DiffReport, FieldChange, ItemRef } from '../../../diff/diff.js';
import { DIFF_LISTS, isEmptyDiff } from '../../../diff/diff.js';
import { summaryLine } from '../../../diff/describe.js';
import { domainNameOf, fieldLines, itemsById, nameOf } from '../../../diff/change-list.js';
import type { Compendium } from '../../../model/compendium.js';
import { chineseDate } from '../../../model/dates.js';
import { anchorOf, versionText, withRegions } from '../changelog.js';
import type { BreadcrumbsView } from '../components/breadcrumbs.js';
import type { ChangeEntryView } from '../components/change-entry.js';
import type { FactView } from '../components/facts.js';
import { INDEX_PAGE, pageInfo, type PageView, type SiteInfo } from '../pages.js';
import { domainPageFile } from '../site-folder.js';
import { directoryTitle } from '../../../model/table-layout.js';

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
      domainName: domainNameOf(ref.domain, c),
      id: ref.id,
      from,
      columns,
      fields: fieldLines(fields),
    };
  };
  const groups: ChangeGroupView[] = [
    { id: 'added', heading: `新增事项（${d.added.length} 个）`, entries: d.added.map((r) => entry(r, true, null, [])) },
    { id: 'changed', heading: `修改的事项（${d.changed.length} 个）`, entries: d.changed.map((r) => entry(r, true, null, r.fields)) },
    { id: 'renamed', heading: `改编号的事项（${d.renamed.length} 个）`, entries: d.renamed.map((r) => entry(r, true, r.from, r.fields)) },
    // Removed items keep their former id as the entry id: it is no item's id in this version.
    {
      id: 'removed',
      heading: `删除的事项（${d.removed.length} 个）`,
      entries: d.removed.map((r) => ({ ...entry(r, false, null, []), anchor: `removed-${r.id}` })),
    },
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
  const total = withRegions(
    p.diff,
    p.regions.map((r) => r.diff),
  );
  const heading = p.atRoot ? '更新记录' : `${p.compendium.region}更新记录`;
  return {
    site: p.site,
    page: pageInfo(`${heading} - ${directoryTitle(p.compendium.region)}`, { changesCurrent: p.atRoot, print: 'wide' }),
    breadcrumbs: { links: [...p.above, { text: p.atRoot ? '首页' : p.compendium.region, href: INDEX_PAGE }], current: '更新记录' },
    heading,
    lead: `本页列出${directoryTitle(p.compendium.region)}${versionText(p.diff.new)}与上一${versionText(p.diff.old)}相比的变化。`,
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
