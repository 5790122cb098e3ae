// The rule catalogue for scripts: each rule's code, slug, default severity, whether it fixes,
// the directories it checks, its tags and description, and its page when gkml has a homepage.
import type { Rule } from '../../rules/rule.js';
import { ruleDocsUrl } from '../../rules/index.js';
import type { Formatter } from '../formatter.js';

export const json: Formatter<readonly Rule[]> = (rules) =>
  JSON.stringify(
    rules.map((r) => ({
      code: r.meta.code,
      slug: r.meta.slug,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      profiles: r.meta.profiles ?? ['county', 'guideline'],
      tags: r.meta.tags,
      description: r.meta.description,
      ...(ruleDocsUrl(r.meta.slug) ? { docsUrl: ruleDocsUrl(r.meta.slug) } : {}),
    })),
    null,
    2,
  ) + '\n';
