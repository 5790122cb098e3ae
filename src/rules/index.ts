// The rule catalogue, in code order. Add a rule: write its module, then list it here.
// Codes: GK0xx core (syntax, schema, encoding, suppressions, tables, file access) · GK10x
// vocabularies · GK11x time limits · GK12x citations · GK13x publishing bodies · GK14x text hygiene
// · GK15x structure and completeness.
import { audienceGroup } from './audience-group.js';
import { basisFormat } from './basis-format.js';
import { basisShortTitle } from './basis-short-title.js';
import { basisStale } from './basis-stale.js';
import { basisTitle } from './basis-title.js';
import { channelVocabulary } from './channel-vocabulary.js';
import { configFiles } from './config-files.js';
import { ditto } from './ditto.js';
import { domainCoverage } from './domain-coverage.js';
import { domainFile } from './domain-file.js';
import { duplicateItem } from './duplicate-item.js';
import { encoding } from './encoding.js';
import { fileAccess } from './file-access.js';
import { fullWidth } from './full-width.js';
import { importProblem } from './import.js';
import { levelLabel } from './level-label.js';
import { lineBreak } from './line-break.js';
import { listForm } from './list-form.js';
import { nameCutShort } from './name-cut-short.js';
import { outlineNumber } from './outline-number.js';
import { ownerGeneric } from './owner-generic.js';
import { ownerUnknown } from './owner-unknown.js';
import { placeholder } from './placeholder.js';
import type { Rule } from './rule.js';
import { publishedUrl } from '../core/version.js';
import { schema } from './schema.js';
import { suppression } from './suppression.js';
import { timeframeFormat } from './timeframe-format.js';
import { timeframeVague } from './timeframe-vague.js';
import { unfilled } from './unfilled.js';
import { yamlSyntax } from './yaml-syntax.js';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  encoding,
  suppression,
  listForm,
  importProblem,
  fileAccess,
  channelVocabulary,
  levelLabel,
  audienceGroup,
  timeframeVague,
  timeframeFormat,
  basisFormat,
  basisStale,
  basisTitle,
  basisShortTitle,
  ownerUnknown,
  ownerGeneric,
  placeholder,
  ditto,
  outlineNumber,
  fullWidth,
  lineBreak,
  nameCutShort,
  duplicateItem,
  domainCoverage,
  unfilled,
  domainFile,
  configFiles,
];

const bySlug = new Map(RULES.map((r) => [r.meta.slug, r]));

export function ruleBySlug(slug: string): Rule | undefined {
  return bySlug.get(slug);
}

/**
 * The absolute address of a rule's documentation page (generated from its metadata by `gkml rules
 * --write-docs`), when package.json has a homepage to publish it under; never a relative path.
 * The page also ships in the package and `gkml rules <slug>` prints it.
 */
export function ruleDocsUrl(slug: string): string | undefined {
  return publishedUrl(`docs/rules/${slug}.md`);
}

export type { Rule, RuleMeta } from './rule.js';
