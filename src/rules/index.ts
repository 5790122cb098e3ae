// The rule catalogue, in code order. Add a rule: write its module, then list it here.
import { encoding } from './encoding.js';
import type { Rule } from './rule.js';
import { schema } from './schema.js';
import { yamlSyntax } from './yaml-syntax.js';

export const RULES: readonly Rule[] = [yamlSyntax, schema, encoding];

const bySlug = new Map(RULES.map((r) => [r.meta.slug, r]));

export function ruleBySlug(slug: string): Rule | undefined {
  return bySlug.get(slug);
}

export type { Rule, RuleMeta } from './rule.js';
