// Params of components/facts: the publication data of a directory as a description list.
import type { Compendium } from '../../../model/compendium.js';
import { chineseDate } from '../../../model/dates.js';

export interface FactView {
  label: string;
  value: string;
  /** The machine-readable date of a date value, else null. */
  datetime: string | null;
}

export function publicationFacts(c: Compendium, extent: string): FactView[] {
  return [
    { label: '地区', value: c.region, datetime: null },
    { label: '发布单位', value: c.publisher, datetime: null },
    { label: '版本', value: c.version, datetime: null },
    { label: '发布日期', value: chineseDate(c.date), datetime: c.date },
    { label: '公开事项', value: extent, datetime: null },
  ];
}
