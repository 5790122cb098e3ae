// Which of the 26 domains a table is: from its title ("示例县就业领域基层政务公开标准目录"), its sheet
// name, a 相应领域 cell, or the file name, by the domain names and their aliases (就业创业,
// 城乡规划, 医疗卫生 …). A text naming two domains (扶贫救灾, 就业和社会保险) tells nothing.
import { DOMAINS, domainById, type DomainInfo } from '../model/domains.js';

const NAMES: readonly { name: string; domain: DomainInfo }[] = DOMAINS.flatMap((d) => [d.name, ...d.aliases].map((name) => ({ name, domain: d })));

export function detectDomain(text: string): DomainInfo | undefined {
  const t = text.replace(/\s/g, '');
  const found = NAMES.filter((n) => t.includes(n.name));
  // 就业创业 contains 就业: keep only the longest names found.
  const kept = found.filter((n) => !found.some((o) => o.name !== n.name && o.name.includes(n.name)));
  const domains = new Set(kept.map((n) => n.domain.id));
  return domains.size === 1 ? kept[0]!.domain : undefined;
}

/** `--domain`: an id (jiuye) or a name or alias (就业, 就业创业) of exactly one domain. */
export function domainFromOption(value: string): DomainInfo | undefined {
  const v = value.trim();
  const named = new Set(NAMES.filter((n) => n.name === v).map((n) => n.domain));
  return domainById(v) ?? (named.size === 1 ? [...named][0] : undefined);
}
