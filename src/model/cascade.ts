// The one place where data is merged for publishing (Eleventy's data cascade): national domain
// metadata → workspace config → directory file → item, into the compendium every exporter reads
// (src/model/compendium.ts). Exporters never look at raw YAML data; what they show is decided here.
import { resolve } from 'node:path';
import { compareStrings } from '../core/order.js';
import type { Workspace } from '../workspace/load.js';
import type { Compendium, OutputFile, PublishedChannel, PublishedDomain, PublishedItem } from './compendium.js';
import { buildTimestamp } from './dates.js';
import { DOMAINS, domainById } from './domains.js';
import { optionalColumns } from './table-layout.js';
import type { Channel, Citation, DirectoryData, Item } from './types.js';

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

export function formatCitation(c: Citation): string {
  if (typeof c === 'string') return c;
  return c.ref ? `${c.title}(${c.ref})` : c.title;
}

function publishChannel(ch: Channel): PublishedChannel {
  return typeof ch === 'string' ? { name: ch } : { name: '其他', text: ch.其他 };
}

export function publishItem(item: Item, seq: number): PublishedItem {
  const audience = item.audience;
  const group = audience && typeof audience === 'object' ? audience.特定群体 : undefined;
  return {
    id: item.id,
    seq,
    l1: item.l1,
    l2: item.l2 ?? '',
    ...(item.l3 ? { l3: item.l3 } : {}),
    content: item.content == null ? [] : Array.isArray(item.content) ? item.content : [item.content],
    basis: (item.basis ?? []).map(formatCitation),
    timeframe: item.timeframe ?? '',
    owner: item.owner ?? '',
    channels: (item.channels ?? []).map(publishChannel),
    audience: { society: audience === '全社会', specific: audience === '特定群体' || group !== undefined, ...(group ? { group } : {}) },
    mode: { active: item.mode?.includes('主动') ?? false, onRequest: item.mode?.includes('依申请') ?? false },
    level: item.level ?? [],
    notes: item.notes ?? {},
    data: item,
  };
}

function publishDomain(display: string, data: DirectoryData, levelLabels: readonly string[]): PublishedDomain {
  const info = domainById(data.domain);
  const { profile: _profile, ...record } = data;
  const items = data.items.map((item, i) => publishItem(item, i + 1));
  return {
    id: data.domain,
    name: data.name,
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

export function compile(ws: Workspace, options: CompileOptions = {}): Compendium {
  const order = new Map(DOMAINS.map((d, i) => [d.id, i]));
  const c = ws.config;
  const levelLabels = ws.settings.levelLabels;
  const domains = ws.directories
    .map((file) => publishDomain(file.display, file.data as DirectoryData, levelLabels))
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
    paper: c.docx?.paper ?? 'A3',
    draft: options.draft ?? false,
    ...(c.templates ? { templates: resolve(ws.root, c.templates) } : {}),
    downloads: options.downloads ?? [],
    domains,
    overview: DOMAINS.map((d) => ({ id: d.id, name: d.name, count: counts.get(d.id) ?? 0 })),
    itemCount: domains.reduce((n, d) => n + d.items.length, 0),
  };
}
