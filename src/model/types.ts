// The data of a directory file once it has passed the schema (see schemas/directory.schema.json).
import type { DefaultableField } from './fields.js';

export type Citation = string | { title: string; ref?: string; kind?: string };
export type Channel = string | { 其他: string };
export type Audience = '全社会' | '特定群体' | { 特定群体: string };

export interface Item {
  id: string;
  l1: string;
  /** Left out when the 一级事项 has no 二级事项 (it stands alone, as national guidelines have); null while still to be filled. */
  l2?: string | null;
  l3?: string;
  content?: string | string[] | null;
  basis?: Citation[] | null;
  timeframe?: string | null;
  owner?: string | null;
  channels?: Channel[] | null;
  audience?: Audience | null;
  mode?: ('主动' | '依申请')[] | null;
  level?: string[] | null;
  notes?: Record<string, string>;
}

/** The item fields a `defaults` block may give (src/model/fields.ts). */
export type ItemDefaults = Partial<Pick<Item, DefaultableField>>;

/** How many 一级/二级事项 the national guideline's 标准目录 lists, where a public page states it. */
export interface GuidelineCounts {
  l1?: number;
  l2?: number;
  source: string;
}

export interface DirectoryData {
  domain: string;
  name: string;
  profile?: 'guideline' | 'county';
  aliases?: string[];
  guideline?: { title?: string; ref?: string; ministry?: string; date?: string; counts?: GuidelineCounts };
  complete?: boolean;
  note?: string;
  sources?: { url: string; title?: string; note?: string }[];
  /** Values for the file's items that do not give their own (src/model/cascade.ts). */
  defaults?: ItemDefaults;
  items: Item[];
}
