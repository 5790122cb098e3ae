// The one place where data is merged for publishing (Eleventy's data cascade): national domain
// metadata → effective workspace config (its parents' settings under its own, made by
// src/workspace/config-inheritance.ts; its defaults) → directory file (its defaults) → item, into the
// compendium (src/model/compendium.ts) that every exporter, diff and coverage read. Nothing else
// looks at the raw YAML data; what is published is decided here.
import { resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import type { Workspace } from '../workspace/load.js';
import { settingFolder } from '../workspace/config-inheritance.js';
import type { Compendium, OutputFile, PublishedDomain, PublishedItem } from './compendium.js';
import { buildTimestamp } from './dates.js';
import { DOMAINS, domainById } from './domains.js';
import { channels, citations, formatCitation, hasNoL2, labels, lines, text, unfilledFields, withDefaults } from './item-values.js';
import { optionalColumns } from './table-layout.js';
import { mendedLists } from './typed-lists.js';
import { synonymGroups } from './search-synonyms.js';
import { siteSettings } from './site-settings.js';
import type { DirectoryData, Item } from './types.js';

export interface CompileOptions {
  /** Where SOURCE_DATE_EPOCH is read (default: the process's environment). */
  env?: NodeJS.ProcessEnv;
  /** The files the build writes beside this compendium's site. */
  downloads?: OutputFile[];
  /** A draft, published while lint still finds errors. */
  draft?: boolean;
}

/** Links in data are kept only for http(s) URLs: anything else (javascript:, data:, relative) stays text. */
export function linkableUrl(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/**
 * One item as published: `item` (its defaults already resolved by the caller), each value read
 * tolerantly; `draft`: a draft names the fields still to be filled, which it shows as 待填写 (a
 * final build has none: lint refuses them).
 */
export function publishItem(item: Item, seq: number, draft = false): PublishedItem {
  const audience = item.audience as unknown;
  const group = audience && typeof audience === 'object' ? text((audience as Record<string, unknown>)['特定群体']) : undefined;
  const mode = labels(item.mode);
  const unfilled = draft ? unfilledFields(item) : [];
  return {
    id: item.id,
    seq,
    l1: text(item.l1),
    ...(hasNoL2(item) ? {} : { l2: text(item.l2) }),
    ...(item.l3 ? { l3: text(item.l3) } : {}),
    content: lines(item.content),
    basis: citations(item.basis),
    timeframe: text(item.timeframe),
    owner: text(item.owner),
    channels: channels(item.channels),
    audience: { society: audience === '全社会', specific: audience === '特定群体' || group !== undefined, ...(group ? { group } : {}) },
    mode: { active: mode.includes('主动'), onRequest: mode.includes('依申请') },
    level: labels(item.level),
    notes: item.notes && typeof item.notes === 'object' ? Object.fromEntries(Object.entries(item.notes).map(([k, v]) => [k, text(v)])) : {},
    ...(unfilled.length ? { unfilled } : {}),
    data: item,
  };
}

function publishDomain(
  display: string,
  data: DirectoryData,
  levelLabels: readonly string[],
  workspaceDefaults: Readonly<Record<string, unknown>> | undefined,
  draft: boolean,
): PublishedDomain {
  const info = domainById(data.domain);
  // The file's defaults are resolved into its items, which directory.json then holds.
  const { profile: _profile, defaults: fileDefaults, ...frame } = data;
  const resolved = data.items.map((item) => withDefaults(item, fileDefaults, workspaceDefaults));
  const record = { ...frame, items: resolved };
  const items = resolved.map((item, i) => publishItem(item, i + 1, draft));
  return {
    id: data.domain,
    name: typeof data.name === 'string' ? data.name : (info?.name ?? data.domain),
    aliases: info?.aliases ?? [],
    ministry: info?.ministry ?? '',
    file: display,
    ...(data.guideline?.title ? { guideline: formatCitation({ title: data.guideline.title, ref: data.guideline.ref }) } : {}),
    ...(data.note ? { note: data.note } : {}),
    sources: (data.sources ?? []).map((s) => {
      const href = linkableUrl(s.url);
      return { url: s.url, ...(href ? { href } : {}), ...(s.title ? { title: s.title } : {}), ...(s.note ? { note: s.note } : {}) };
    }),
    items,
    columns: optionalColumns(items, levelLabels),
    data: record,
  };
}

/**
 * A directory file whose frame a draft can be published from: a domain and a list of items (each
 * a mapping with an id). Lint refuses anything less; a draft build leaves such a file out.
 */
export function publishable(data: unknown): data is DirectoryData {
  const d = data as Partial<DirectoryData> | null;
  return (
    !!d &&
    typeof d === 'object' &&
    typeof d.domain === 'string' &&
    Array.isArray(d.items) &&
    d.items.every((i) => !!i && typeof i === 'object' && typeof i.id === 'string')
  );
}

export function compile(ws: Workspace, options: CompileOptions = {}): Compendium {
  const order = new Map(DOMAINS.map((d, i) => [d.id, i]));
  const c = ws.config;
  const levelLabels = ws.settings.levelLabels;
  const domains = ws.directories
    .map((file) => ({ display: file.display, data: mendedLists(file.data) }))
    .filter((file) => publishable(file.data))
    .map((file) => publishDomain(file.display, file.data as DirectoryData, levelLabels, c.defaults, options.draft ?? false))
    .sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99) || compareStrings(a.file, b.file));
  const counts = new Map<string, number>();
  for (const d of domains) counts.set(d.id, (counts.get(d.id) ?? 0) + d.items.length);
  return {
    region: c.region,
    level: c.level,
    publisher: c.publisher,
    version: c.version,
    date: c.date,
    timestamp: buildTimestamp(c.date, options.env),
    levelLabels,
    channels: c.xlsx?.channels ?? 'block',
    summaryLayout: c.xlsx?.summary ?? 'flat',
    paper: c.docx?.paper ?? 'A3',
    workbookPaper: c.xlsx?.paper ?? 'A4',
    draft: options.draft ?? false,
    ...(c.templates ? { templates: resolve(settingFolder(ws.settings, 'templates'), c.templates) } : {}),
    downloads: options.downloads ?? [],
    synonyms: synonymGroups(settingFolder(ws.settings, 'search.synonyms'), c.search),
    site: siteSettings(settingFolder(ws.settings, 'site.logo'), c.site),
    domains,
    overview: DOMAINS.map((d) => ({ id: d.id, name: d.name, count: counts.get(d.id) ?? 0 })),
    itemCount: domains.reduce((n, d) => n + d.items.length, 0),
  };
}
