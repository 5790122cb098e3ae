// The one place where data is merged for publishing (Eleventy's data cascade): national domain
// metadata → workspace config → directory file → item, into plain records every exporter reads.
// Exporters never look at raw YAML data; what they show is decided here.
import type { Workspace } from '../workspace/load.js';
import { DOMAINS, domainById } from './domains.js';
import type { Citation, Channel, Item } from './types.js';

export interface PublishedItem {
  id: string;
  /** 序号: 1-based position in its domain. */
  seq: number;
  l1: string;
  l2: string;
  l3?: string;
  content: string[];
  /** Citations as one line each: 《title》(ref). */
  basis: string[];
  timeframe: string;
  owner: string;
  /** Channel names as written (canonical names after lint), `其他` included when present. */
  channels: string[];
  /** The text given with `其他`, if any. */
  otherChannel?: string;
  /**
   * The text of each `其他` in `channels`, in order ('' for a bare 其他): an item may name several
   * (其他: 办税服务厅, 其他: 电子税务局), which `otherChannel` (the last) cannot show.
   */
  otherChannels: string[];
  audience: { society: boolean; specific: boolean; group?: string };
  mode: { active: boolean; onRequest: boolean };
  /** The 公开层级 labels of the item. */
  level: string[];
  notes: Record<string, string>;
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
}

export interface PublishedSource {
  url: string;
  /** The url when it may be a link (http or https only); absent otherwise, so it is shown as text. */
  href?: string;
  title?: string;
  note?: string;
}

export interface Compendium {
  region: string;
  level: string;
  publisher: string;
  version: string;
  /** Publication date (YYYY-MM-DD): the only date any output carries. */
  date: string;
  levelLabels: string[];
  /** Domains present in the workspace, in the national order. */
  domains: PublishedDomain[];
  /** All 26 domains with their item counts (0 when absent). */
  overview: { id: string; name: string; count: number }[];
  itemCount: number;
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

function channelsOf(channels: Channel[] | null | undefined): { names: string[]; other?: string; others: string[] } {
  const names: string[] = [];
  const others: string[] = [];
  let other: string | undefined;
  for (const ch of channels ?? []) {
    if (typeof ch === 'string') {
      names.push(ch);
      if (ch === '其他') others.push('');
    } else {
      names.push('其他');
      other = ch.其他;
      others.push(ch.其他);
    }
  }
  return { names, other, others };
}

export function publishItem(item: Item, seq: number): PublishedItem {
  const { names, other, others } = channelsOf(item.channels);
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
    channels: names,
    ...(other !== undefined ? { otherChannel: other } : {}),
    otherChannels: others,
    audience: { society: audience === '全社会', specific: audience === '特定群体' || group !== undefined, ...(group ? { group } : {}) },
    mode: { active: item.mode?.includes('主动') ?? false, onRequest: item.mode?.includes('依申请') ?? false },
    level: item.level ?? [],
    notes: item.notes ?? {},
  };
}

export function compile(ws: Workspace): Compendium {
  const order = new Map(DOMAINS.map((d, i) => [d.id, i]));
  const domains = ws.directories
    .map(({ file, data }) => {
      const info = domainById(data.domain);
      return {
        id: data.domain,
        name: data.name,
        aliases: info?.aliases ?? [],
        ministry: info?.ministry ?? '',
        file: file.display,
        ...(data.guideline?.title ? { guideline: formatCitation({ title: data.guideline.title, ref: data.guideline.ref }) } : {}),
        ...(data.note ? { note: data.note } : {}),
        sources: (data.sources ?? []).map((s) => {
          const href = linkableUrl(s.url);
          return { url: s.url, ...(href ? { href } : {}), ...(s.title ? { title: s.title } : {}), ...(s.note ? { note: s.note } : {}) };
        }),
        items: data.items.map((item, i) => publishItem(item, i + 1)),
      };
    })
    .sort((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const counts = new Map<string, number>();
  for (const d of domains) counts.set(d.id, (counts.get(d.id) ?? 0) + d.items.length);
  const c = ws.config;
  return {
    region: c.region,
    level: c.level,
    publisher: c.publisher,
    version: c.version,
    date: c.date,
    levelLabels: ws.settings.levelLabels,
    domains,
    overview: DOMAINS.map((d) => ({ id: d.id, name: d.name, count: counts.get(d.id) ?? 0 })),
    itemCount: domains.reduce((n, d) => n + d.items.length, 0),
  };
}
