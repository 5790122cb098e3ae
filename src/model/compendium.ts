// The compendium (汇编): what the cascade (src/model/cascade.ts) makes of a workspace, and the only
// thing every exporter, diff and coverage read. Values are resolved and display-ready; exporters
// decide only how to draw them.
import type { DiffReport } from './changes.js';
import type { DirectoryData, Item } from './types.js';
import type { SiteConfig } from '../workspace/config.js';

/** One channel of an item, in the item's order: a name, and the text a `其他` carries. */
export interface PublishedChannel {
  name: string;
  text?: string;
}

export interface PublishedItem {
  id: string;
  /** 序号: 1-based position in its domain. */
  seq: number;
  l1: string;
  /** Absent when the item has no 二级事项: every exporter then merges its 一级事项 across the 二级事项 column. */
  l2?: string;
  l3?: string;
  content: string[];
  /** Citations as one line each: 《title》(ref). */
  basis: string[];
  timeframe: string;
  owner: string;
  channels: PublishedChannel[];
  audience: { society: boolean; specific: boolean; group?: string };
  mode: { active: boolean; onRequest: boolean };
  /** The 公开层级 labels of the item. */
  level: string[];
  notes: Record<string, string>;
  /** The fields still to be filled (null or missing): a draft shows them as 待填写. */
  unfilled?: string[];
  /** The item as data, its defaults resolved, as the directory format writes it (directory.json, diff, coverage). */
  data: Item;
}

/** The columns a domain's table has beyond the fixed ones (src/model/table-layout.ts). */
export interface OptionalColumns {
  /** 三级事项, when any item has one. */
  l3: boolean;
  /** The 公开层级 columns: the workspace's labels, then any other label an item uses. */
  levels: string[];
  /** One column per `notes` key, in first-seen order. */
  notes: string[];
}

export interface PublishedSource {
  url: string;
  /** The url when it may be a link (http or https only); absent otherwise, so it is shown as text. */
  href?: string;
  title?: string;
  note?: string;
}

export interface PublishedDomain {
  id: string;
  name: string;
  aliases: readonly string[];
  ministry: string;
  /** The source file, as displayed. */
  file: string;
  /** The national guideline the directory follows, as one citation line. */
  guideline?: string;
  note?: string;
  sources: PublishedSource[];
  items: PublishedItem[];
  columns: OptionalColumns;
  /** The directory as data (without its lint profile, its defaults resolved into its items): what directory.json holds for it. */
  data: Omit<DirectoryData, 'profile' | 'defaults'>;
  /** For a submitted table's domain: the cell each item of `data` was read from, item by item (directory.json's `source`). */
  provenance?: ItemSource[];
}

/** Where a submitted table's item was read: the file (relative to the top workspace, with /), its sheet and the cell its row starts at. */
export interface ItemSource {
  file: string;
  sheet: string;
  cell: string;
}

/** How the 公开渠道和载体 cell is drawn: the 13-option ■/□ block, or only the checked channels. */
export type ChannelPresentation = 'block' | 'checked';

/** The paper of the printed document's domain tables, always landscape. */
export type Paper = 'A3' | 'A4';

/** A file the build writes beside a compendium's site, which the site offers for download. */
export interface OutputFile {
  /** Relative to the build's output folder. */
  file: string;
  label: string;
  format: string;
}

/** The config's `site:` with its defaults given (banner, paper). */
export type SiteSettings = Omit<SiteConfig, 'banner' | 'paper'> & Required<Pick<SiteConfig, 'banner' | 'paper'>>;

export interface Compendium {
  region: string;
  level: string;
  publisher: string;
  version: string;
  /** Publication date (YYYY-MM-DD): the only date any output carries. */
  date: string;
  /** The build's one clock (src/model/dates.ts): file times inside archives. */
  timestamp: Date;
  levelLabels: string[];
  channels: ChannelPresentation;
  /** A summary workbook's sheets: 汇总 of the child regions only, or also one per level below (`xlsx: {summary: nested}`). */
  summaryLayout: 'flat' | 'nested';
  paper: Paper;
  /** The paper the workbook's sheets print on (`xlsx: {paper}`, A4 by default), one page wide. */
  workbookPaper: Paper;
  /** A draft published before it is finished (`gkml build --draft`): every output says 征求意见稿. */
  draft: boolean;
  /** A folder of templates overriding the built-in HTML templates (absolute). */
  templates?: string;
  /** The files this build writes for this compendium, in the order the site offers them. */
  downloads: OutputFile[];
  /** The site's registration details, header and paper (`site:` in the config; a logo as an absolute path checked to be an image inside the workspace). */
  site: SiteSettings;
  /** The site search's synonym groups: gkml's registry, then the workspace's own. */
  synonyms: readonly (readonly string[])[];
  /** Domains present in the workspace, in the national order. */
  domains: PublishedDomain[];
  /** All 26 domains with their item counts (0 when absent). */
  overview: { id: string; name: string; count: number }[];
  itemCount: number;
  /** What changed in its own directories since the previous publication (`gkml build --previous`): its 更新记录 in every output. */
  changes?: DiffReport;
}
