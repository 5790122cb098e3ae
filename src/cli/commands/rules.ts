// `gkml rules`: the rule catalogue in a format of the registry (a table, or JSON), one rule's page (`gkml rules <slug|code>`),
// and `--write-docs <dir>` to regenerate the documentation pages from the rule metadata.
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES } from '../../rules/index.js';
import { formatterFor } from '../../report/index.js';
import { ruleDocs, rulePage } from '../../rules/support/docs.js';
import { GkmlError } from '../../core/errors.js';
import { closest } from '../../util/distance.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { CLI } from '../../i18n/catalogue/cli.js';
import { msg, NOTHING, say } from '../../i18n/messages.js';
import type { CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';
import { makeFolder } from '../../util/make-folder.js';

export type RulesFlags = CommandFlags<'rules'>;

/** Rewrite `dir` with the generated pages, removing pages of rules that no longer exist. */
function writeDocs(dir: string): number {
  makeFolder(dir);
  const pages = ruleDocs();
  for (const name of readdirSync(dir)) if (name.endsWith('.md') && !pages.has(name)) rmSync(join(dir, name));
  for (const [name, text] of pages) writeFileAtomic(join(dir, name), text);
  return pages.size;
}

export async function runRules(rule: string | undefined, flags: RulesFlags, ctx: CliContext): Promise<number> {
  if (rule !== undefined) {
    const found = RULES.find((r) => r.meta.slug === rule || r.meta.code.toLowerCase() === rule.toLowerCase());
    if (!found) {
      const suggestion = closest(
        rule,
        RULES.map((r) => r.meta.slug),
      );
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
  ctx.stdout((await formatterFor('rules', flags.format))(RULES, { lang: ctx.lang }));
  return 0;
}
