// The rule catalogue in the terminal: code, slug, default severity, fixable, which directories it
// checks, and what it checks, in the run's language.
import { CLI } from '../../i18n/catalogue/cli.js';
import { say } from '../../i18n/messages.js';
import type { Rule } from '../../rules/rule.js';
import { textTable } from '../../util/table.js';
import type { Formatter } from '../formatter.js';

export const table: Formatter<readonly Rule[]> = (rules, { lang }) => {
  const header = say(lang, CLI.rulesHeader).split('|');
  const rows = rules.map((r) => [
    r.meta.code,
    r.meta.slug,
    r.meta.severity,
    r.meta.fixable ? '✓' : '',
    say(
      lang,
      !r.meta.profiles || r.meta.profiles.length === 2
        ? CLI.appliesAll
        : r.meta.profiles[0] === 'county'
          ? CLI.appliesCounty
          : CLI.appliesGuideline,
    ),
    r.meta.description[lang],
  ]);
  return textTable(header, rows);
};
