// `gkml rules`: the rule catalogue as a table (or JSON), one rule's page (`gkml rules <slug|code>`),
// and `--write-docs <dir>` to regenerate the documentation pages from the rule metadata.
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES, ruleDocsUrl } from '../../rules/index.js';
import { ruleDocs, rulePage } from '../../rules/support/docs.js';
import { GkmlError } from '../../core/errors.js';
import { closest } from '../../util/distance.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { textTable } from '../../util/table.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { msg, NOTHING, say } from '../../i18n/messages.js';
import type { CliContext } from '../io.js';
import { makeFolder } from '../../util/make-folder.js';

export interface RulesFlags {
  format?: string;
  writeDocs?: string;
}

export function rulesJson(): string {
  const rules = RULES.map((r) => ({
    code: r.meta.code,
    slug: r.meta.slug,
    severity: r.meta.severity,
    fixable: r.meta.fixable,
    profiles: r.meta.profiles ?? ['county', 'guideline'],
    tags: r.meta.tags,
    description: r.meta.description,
    ...(ruleDocsUrl(r.meta.slug) ? { docsUrl: ruleDocsUrl(r.meta.slug) } : {}),
  }));
  return JSON.stringify(rules, null, 2) + '\n';
}

export function rulesTable(lang: CliContext['lang']): string {
  const header = say(lang, CLI.rulesHeader).split('|');
  const rows = RULES.map((r) => [
    r.meta.code,
    r.meta.slug,
    r.meta.severity,
    r.meta.fixable ? '✓' : '',
    say(lang, !r.meta.profiles || r.meta.profiles.length === 2 ? CLI.appliesAll : r.meta.profiles[0] === 'county' ? CLI.appliesCounty : CLI.appliesGuideline),
    r.meta.description[lang],
  ]);
  return textTable(header, rows);
}

/** Rewrite `dir` with the generated pages, removing pages of rules that no longer exist. */
function writeDocs(dir: string): number {
  makeFolder(dir);
  const pages = ruleDocs();
  for (const name of readdirSync(dir)) if (name.endsWith('.md') && !pages.has(name)) rmSync(join(dir, name));
  for (const [name, text] of pages) writeFileAtomic(join(dir, name), text);
  return pages.size;
}

export function runRules(rule: string | undefined, flags: RulesFlags, ctx: CliContext): number {
  if (rule !== undefined) {
    const found = RULES.find((r) => r.meta.slug === rule || r.meta.code.toLowerCase() === rule.toLowerCase());
    if (!found) {
      const suggestion = closest(rule, RULES.map((r) => r.meta.slug));
      throw new GkmlError(msg(CLI.unknownRule, { rule, suggestion: suggestion ? msg(CLI.didYouMeanRule, { suggestion }) : NOTHING }));
    }
    ctx.stdout(rulePage(found, ctx.lang));
    return 0;
  }
  if (flags.writeDocs !== undefined) {
    const count = writeDocs(resolve(ctx.cwd, flags.writeDocs));
    ctx.stderr(say(ctx.lang, CLI.rulesWritten, { count, dir: flags.writeDocs }) + '\n');
    return 0;
  }
  ctx.stdout(flags.format === 'json' ? rulesJson() : rulesTable(ctx.lang));
  return 0;
}
