// The pages of a site and the frame every page shares (components of layout.hbs): file names,
// the site's title and links, and each page's own title and scripts.
import type { SiteSettings } from '../../model/compendium.js';
import type { Publication } from '../target-writer.js';
import { chineseDate } from '../../model/dates.js';
import { SEARCH_INDEX_FILE, SEARCH_REGIONS_FILE } from './search-index.js';
import { directoryTitle } from '../../model/table-layout.js';

export const INDEX_PAGE = 'index.html';
export const SEARCH_PAGE = 'search.html';
/** The changelog (更新记录), written only when the build is given the previous publication. */
export const CHANGES_PAGE = 'changes.html';
export const STYLESHEET = 'assets/site.css';
/** 长者模式 (适老化): the large-text switch of every page, remembered in localStorage. */
export const ELDER_SCRIPT = 'assets/elder-mode.js';
/** In load order: the search engine, the shared tokenizer, the index, the page script. */
export const SEARCH_SCRIPTS = ['assets/minisearch.js', 'assets/tokenize.js', SEARCH_INDEX_FILE, 'assets/search.js'];
/** A city or province: the list of regions instead of one index; the page loads their indexes as needed. */
export const REGION_SEARCH_SCRIPTS = ['assets/minisearch.js', 'assets/tokenize.js', SEARCH_REGIONS_FILE, 'assets/search.js'];

/** Params `site` of layout.hbs. */
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
  /** The 长者模式 script, loaded in every page's head. */
  elderScript: string;
  /** The changelog page, or null when the build was not given the previous publication. */
  changes: string | null;
  /** A draft (征求意见稿): every page says so, and asks search engines not to index it. */
  draft: boolean;
  /** The registration and contact details a government site shows in its footer, in the order they are shown. */
  registration: RegistrationView[];
  /** The logo in the site's assets, relative to the page, or null. */
  logo: string | null;
  /** The header's colour: a class of the stylesheet's fixed palette. */
  banner: string;
  /** The printed paper, a4 or a3 (domain pages landscape, the others portrait). */
  paper: string;
}

export interface RegistrationView {
  label: string;
  text: string;
  /** The public record it can be checked against (ICP and public security numbers). */
  href: string | null;
}

/** What every page view holds for layout.hbs. */
export interface PageView {
  site: SiteInfo;
  page: { title: string; scripts: string[]; homeCurrent: boolean; searchCurrent: boolean; changesCurrent: boolean; print: 'wide' | 'tall' };
}

export const countText = (n: number) => `${n} 个事项`;

/** The frame every page shares; links are relative to the page's folder, `up` leading back to the site root. */
export function siteInfo(root: Publication, up: string, hasChanges: boolean): SiteInfo {
  return {
    title: directoryTitle(root.region),
    region: root.region,
    publisher: root.publisher,
    version: root.version,
    date: root.date,
    dateText: chineseDate(root.date),
    home: up + INDEX_PAGE,
    search: up + SEARCH_PAGE,
    stylesheet: up + STYLESHEET,
    elderScript: up + ELDER_SCRIPT,
    changes: hasChanges ? up + CHANGES_PAGE : null,
    draft: root.draft,
    registration: registration(root.site),
    logo: root.site.logo ? up + logoAsset(root.site.logo) : null,
    banner: root.site.banner,
    paper: root.site.paper.toLowerCase(),
  };
}

/** Where the logo is copied in the site: assets/logo with its own extension. */
export function logoAsset(path: string): string {
  return `assets/logo${/\.[a-z]+$/i.exec(path)![0].toLowerCase()}`;
}

/** The footer's details in the order government sites give them: host, contact, identifier, ICP, public security. */
function registration(site: SiteSettings): RegistrationView[] {
  const digits = site.security?.match(/\d{10,}/)?.[0];
  const rows: (RegistrationView | null)[] = [
    site.host ? { label: '主办单位', text: site.host, href: null } : null,
    site.contact ? { label: '联系方式', text: site.contact, href: null } : null,
    site.identifier ? { label: '网站标识码', text: site.identifier, href: null } : null,
    site.icp ? { label: 'ICP备案号', text: site.icp, href: 'https://beian.miit.gov.cn/' } : null,
    site.security
      ? { label: '公安机关备案号', text: site.security, href: digits ? `https://beian.mps.gov.cn/#/query/webSearch?code=${digits}` : null }
      : null,
  ];
  return rows.filter((r): r is RegistrationView => r !== null);
}

export function pageInfo(title: string, extra: Partial<PageView['page']> = {}): PageView['page'] {
  return { title, scripts: [], homeCurrent: false, searchCurrent: false, changesCurrent: false, print: 'tall', ...extra };
}
