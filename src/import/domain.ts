// Which of the 26 domains a table is: from its title ("示例县就业领域基层政务公开标准目录"), a
// heading row between tables (一、户籍管理), its sheet name, a 相应领域 cell, or the file name
// (公共文化.csv, gonggong-wenhua-fuwu.csv), by the domain names, their aliases (就业创业, 城乡规划 …),
// the short names offices write (公共文化, 户籍) and the ids. A text naming two domains (扶贫救灾,
// 就业和社会保险) tells nothing.
import { DOMAINS, domainById, type DomainInfo } from '../model/domains.js';
import { outlineNumberOf } from '../model/names.js';

const NAMES: readonly { name: string; domain: DomainInfo }[] = DOMAINS.flatMap((d) =>
  [d.name, ...d.aliases, ...d.short].map((name) => ({ name, domain: d })),
);

/** An id written in Latin text (a file name): not inside a longer word (jiuye is not in jiuyechuangye). */
const IDS: readonly { pattern: RegExp; domain: DomainInfo }[] = DOMAINS.map((d) => ({
  pattern: new RegExp(`(?<![a-z])${d.id}(?![a-z])`),
  domain: d,
}));

export function detectDomain(text: string): DomainInfo | undefined {
  const t = text.replace(/\s/g, '');
  const found = NAMES.filter((n) => t.includes(n.name));
  // 就业创业 contains 就业: keep only the longest names found.
  const kept = found.filter((n) => !found.some((o) => o.name !== n.name && o.name.includes(n.name)));
  const latin = t.toLowerCase();
  const domains = new Set([...kept.map((n) => n.domain), ...IDS.filter((i) => i.pattern.test(latin)).map((i) => i.domain)]);
  return domains.size === 1 ? [...domains][0] : undefined;
}

/** What may follow a domain's name in a heading row: 户籍管理领域, 社会救助类, 就业领域事项. */
const HEADING_TAIL = /(领域|类|方面)?(事项|目录)?$/;

/**
 * The domain a heading row names: 「一、户籍管理」, 「（二）社会救助」, 「户籍管理领域」. Only a short
 * text that says 领域 or is nothing but a domain's name (after an outline number), so that a note
 * mentioning a domain (以上事项由县公安局户籍管理部门负责) is not taken for one.
 */
export function headingDomain(text: string): DomainInfo | undefined {
  const t = text.replace(/\s/g, '');
  if (!t || t.length > 30) return undefined;
  const name = t.slice(outlineNumberOf(t).length);
  const domain = detectDomain(name);
  if (!domain) return undefined;
  const bare = name.replace(HEADING_TAIL, '');
  const isName = NAMES.some((n) => n.domain === domain && n.name === bare);
  return /领域/.test(name) || isName ? domain : undefined;
}

/** `--domain`: an id (jiuye) or a name, alias or short name (就业, 就业创业, 公共文化) of exactly one domain. */
export function domainFromOption(value: string): DomainInfo | undefined {
  const v = value.trim();
  const named = new Set(NAMES.filter((n) => n.name === v).map((n) => n.domain));
  return domainById(v) ?? (named.size === 1 ? [...named][0] : undefined);
}
