// `gkml config` in the terminal: the config files from the top of the tree down, then a row per
// effective setting with its value and the file:line that set it.
import { REPORT } from '../../i18n/catalogue/report.js';
import { say } from '../../i18n/messages.js';
import type { ConfigReport, SettingSource } from '../../workspace/config-inheritance.js';
import { textTable } from '../../util/table.js';
import type { Lang } from '../../i18n/text.js';
import type { Formatter } from '../formatter.js';
import { PLAIN } from '../style.js';

/** A value on one line: text as written, lists and maps in YAML's flow style. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shown).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${shown(v)}`)
      .join(', ')}}`;
  return String(value);
}

const where = (lang: Lang, s: SettingSource) => (s.line ? `${s.file}:${s.line}` : say(lang, REPORT.configDefault, { file: s.file }));

export const stylish: Formatter<ConfigReport> = (report, { lang, style = PLAIN }) => {
  const rows = report.settings.map((s) => [s.key, shown(s.value), s.from.map((f) => where(lang, f)).join(', ')]);
  return [
    style.bold(say(lang, REPORT.configTitle, { region: report.region })),
    '',
    say(lang, REPORT.configChain),
    ...report.chain.map((file, i) => `${'  '.repeat(i + 1)}${file}`),
    '',
    textTable(say(lang, REPORT.configHeader).split('|'), rows, ['left', 'left', 'left']).trimEnd(),
    '',
  ].join('\n');
};
