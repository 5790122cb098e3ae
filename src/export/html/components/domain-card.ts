// Params of components/domain-card: a domain (or a region) with its item count, linked when it has a page.
import type { Compendium } from '../../../model/compendium.js';
import { countText } from '../pages.js';
import { domainPageFile } from '../site-folder.js';

export interface DomainCardView {
  name: string;
  /** The domain's page, or null when the workspace has no file for it. */
  href: string | null;
  countText: string;
}

/** Cards for the domains a compendium has; with `all`, the 26 national domains, absent ones unlinked. */
export function domainCards(c: Compendium, all: boolean): DomainCardView[] {
  const present = new Set(c.domains.map((d) => d.id));
  return c.overview
    .filter((o) => all || present.has(o.id))
    .map((o) => ({
      name: o.name,
      href: present.has(o.id) ? domainPageFile(o.id) : null,
      countText: present.has(o.id) ? countText(o.count) : '暂未编制',
    }));
}
