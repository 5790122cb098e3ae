// Params of components/search-form: a search box posting to the search page, with a scope select
// on a city's or province's site.
import type { SiteInfo } from '../pages.js';

/** A search scope: all regions (value '') or one region (its slug). */
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

/** The scopes of a city's search forms, `selected` chosen; none for a single county. */
export function searchScopes(regions: readonly { slug: string; name: string }[], selected: string): ScopeOption[] {
  if (!regions.length) return [];
  return [{ slug: '', name: '全部地区' }, ...regions].map((r) => ({ value: r.slug, text: r.name, selected: r.slug === selected }));
}
