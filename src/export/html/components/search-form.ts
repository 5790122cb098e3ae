// Params of components/search-form: a search box posting to the search page, with a scope select
// on a city's or province's site.
import type { RegionVisit } from '../../../core/region-tree.js';
import type { PlannedRegion } from '../../target-writer.js';
import type { SiteInfo } from '../pages.js';
import { searchKey } from '../search-index.js';

/** A search scope: all regions (value ''), one level (level:county), or a region and those below it (its search key, a/b). */
export interface ScopeOption {
  value: string;
  text: string;
  selected: boolean;
}

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

/**
 * The scopes of the search forms of a site with regions, `selected` chosen: all regions, every
 * region of one level (when more than one level has directories to search: a level's scope takes
 * in its regions' own directories), then each region of `listed` (by default all) with those below
 * it (by its search key, a/b), indented by depth. A level is offered when one of its regions has an
 * index of its own. None for a single county.
 */
export function searchScopes(
  regions: readonly RegionVisit<PlannedRegion>[],
  selected: string,
  listed: readonly RegionVisit<PlannedRegion>[] = regions,
): ScopeOption[] {
  if (!regions.length) return [];
  const levels = new Map(regions.filter(({ region: r }) => r.ownIndex).map(({ region: r }) => [r.level, r.levelName]));
  const options = [
    { value: '', text: '全部地区' },
    ...(levels.size > 1 ? [...levels].map(([level, name]) => ({ value: `level:${level}`, text: `全部${name}地区` })) : []),
    ...listed.map(({ region: r, depth }) => ({ value: searchKey(r.folder), text: '\u3000'.repeat(depth - 1) + r.name })),
  ];
  return options.map((o) => ({ ...o, selected: o.value === selected }));
}
