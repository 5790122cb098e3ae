import { defineMessages, msg, NOTHING } from '../i18n/messages.js';
import { citationParts, normaliseRefs, normaliseTitle, titlesIn } from './support/citation.js';
import { loadData, STRING } from './support/data.js';
import { memo } from '../util/memo.js';
import { aboutItem } from './support/item.js';
import type { Rule } from './rule.js';

type Status = 'repealed' | 'replaced' | 'revised' | 'amended' | 'superseded';

interface StaleEntry {
  title: string;
  refs?: string[];
  editions?: number[];
  match?: string;
  status: Status;
  replacement: string;
  since: string;
  confirmed: boolean;
  source: string;
}

/** The shape of data/stale-citations.yaml (checked by tests/rules/data.test.ts). */
export const STALE_CITATIONS_SCHEMA = {
  type: 'object',
  required: ['entries'],
  additionalProperties: false,
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['title', 'status', 'replacement', 'since', 'confirmed', 'source'],
        additionalProperties: false,
        properties: {
          title: { type: 'string', pattern: '^《.+》$' },
          refs: { type: 'array', items: STRING, minItems: 1 },
          editions: { type: 'array', items: { type: 'integer', minimum: 1949 }, minItems: 1 },
          match: STRING,
          status: { enum: ['repealed', 'replaced', 'revised', 'amended', 'superseded'] },
          replacement: STRING,
          since: { type: 'string', pattern: '^\\d{4}(-\\d{2}-\\d{2})?$' },
          confirmed: { type: 'boolean' },
          source: STRING,
        },
      },
    },
  },
};

const MESSAGES = defineMessages({
  stale: {
    zh: '公开依据“{text}”{status}，现行为{replacement}（{since} 起）{unconfirmed}',
    en: 'citation "{text}" {status}; now {replacement} (since {since}){unconfirmed}',
  },
  staleInContent: {
    zh: '公开内容列出的{title}{status}，现行为{replacement}（{since} 起）{unconfirmed}',
    en: 'the content lists {title}, which {status}; now {replacement} (since {since}){unconfirmed}',
  },
  unconfirmed: { zh: '（登记表中此条尚待来源核实）', en: ' (this registry entry still awaits a source)' },
  // One per status of data/stale-citations.yaml.
  repealed: { zh: '已废止', en: 'has been repealed' },
  replaced: { zh: '已被新文件替代', en: 'has been replaced' },
  revised: { zh: '已修订', en: 'has been revised' },
  amended: { zh: '已修正', en: 'has been amended' },
  superseded: { zh: '已被新文件取代', en: 'has been superseded' },
});

interface Matcher {
  entry: StaleEntry;
  title: string;
  refs: string[];
  pattern?: RegExp;
}

let matchers: Matcher[] | undefined;

/** The registry (data/stale-citations.yaml), with titles and 文号 in their compared forms. */
export function staleEntries(): Matcher[] {
  matchers ??= loadData<{ entries: StaleEntry[] }>('stale-citations.yaml').entries.map((entry) => ({
    entry,
    title: normaliseTitle(entry.title),
    refs: (entry.refs ?? []).map(normaliseRefs),
    pattern: entry.match ? new RegExp(entry.match) : undefined,
  }));
  return matchers;
}

/** 主席令 numbers start again with every presidential term: alone they do not name a law. */
function uniqueRef(ref: string): boolean {
  return !ref.startsWith('主席令');
}

function years(text: string): number[] {
  return [...text.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
}

/** The registry entry a citation falls under, if any. */
export const staleEntryFor = memo(findStaleEntry);

function findStaleEntry(text: string): StaleEntry | undefined {
  const titles = titlesIn(text);
  const titleSet = new Set(titles.map((t) => normaliseTitle(t.title)));
  // Every 文号 ends in 号: a text without one cites none, and is spared normalising.
  const refs = text.includes('号') ? normaliseRefs(text) : '';
  let outside = text;
  for (const t of [...titles].reverse()) outside = outside.slice(0, t.start) + ' ' + outside.slice(t.end);
  for (const m of staleEntries()) {
    if (m.pattern?.test(text)) return m.entry;
    const sameTitle = titleSet.has(m.title);
    if (!m.refs.length && !m.entry.editions) {
      if (sameTitle) return m.entry;
      continue;
    }
    if (m.refs.some((r) => refs.includes(r) && (sameTitle || uniqueRef(r)))) return m.entry;
    if (sameTitle && m.entry.editions) {
      const cited = years(outside);
      const current = Number(m.entry.since.slice(0, 4));
      if (cited.some((y) => m.entry.editions!.includes(y)) && !cited.some((y) => y >= current)) return m.entry;
    }
  }
  return undefined;
}

/** How a registry entry stands, as both messages say it: its status, what replaced it and since when, and whether a source confirms it. */
function standing(entry: StaleEntry) {
  const unconfirmed = entry.confirmed ? NOTHING : msg(MESSAGES.unconfirmed);
  return { status: msg(MESSAGES[entry.status]), replacement: entry.replacement, since: entry.since, unconfirmed };
}

export const basisStale: Rule = {
  meta: {
    code: 'GK122',
    slug: 'basis-stale',
    title: { zh: '公开依据已失效', en: 'stale citation' },
    description: {
      zh: '公开依据（或公开内容所列的文件）引用了已废止、被替代或已修订的文件',
      en: 'a citation (or a document listed in the content) of a repealed, replaced or revised instrument',
    },
    why: {
      zh: '公开依据是群众和监督部门核对公开义务的出处。引用已废止或已修订的文件（如 2007 年的《政府信息公开条例》(国务院令第492号)、已被《疫苗管理法》取代的《疫苗流通和预防接种管理条例》），会让目录失去依据。gkml 的登记表（data/stale-citations.yaml）记录每份文件的状态、替代文件、日期和出处，并注明哪些条目已有来源核实。',
      en: 'The legal basis is where the public and supervisors check a disclosure duty. Citing repealed or superseded texts (the 2007 Regulations, decree 492; the vaccine circulation regulations replaced by the Vaccine Administration Law) leaves the directory without a basis. The registry in data/stale-citations.yaml records status, replacement, dates and source for each entry and marks which are confirmed.',
    },
    tags: ['basis'],
    severity: 'warn',
    fixable: false,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: weisheng-jiankang-01-01\n    l1: 预防接种\n    basis:\n      - 《中华人民共和国政府信息公开条例》(国务院令第492号)\n      - 《疫苗流通和预防接种管理条例》\n',
      good: 'items:\n  - id: weisheng-jiankang-01-01\n    l1: 预防接种\n    basis:\n      - 《中华人民共和国政府信息公开条例》(国务院令第711号)\n      - 《中华人民共和国疫苗管理法》\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      // A 政策法规文件 item lists the documents it publishes in its content: a stale one there is published as current.
      (Array.isArray(item.content) ? item.content : []).forEach((entry, j) => {
        const stale = typeof entry === 'string' ? staleEntryFor(entry) : undefined;
        if (!stale) return;
        ctx.report({
          path: ['items', i, 'content', j],
          message: aboutItem(item, msg(MESSAGES.staleInContent, { title: stale.title, ...standing(stale) })),
          suggestion: stale.replacement,
        });
      });
      (item.basis ?? []).forEach((citation, j) => {
        const path = ['items', i, 'basis', j];
        const { text } = citationParts(citation, path);
        const entry = staleEntryFor(text);
        if (!entry) return;
        ctx.report({ path, message: aboutItem(item, msg(MESSAGES.stale, { text, ...standing(entry) })), suggestion: entry.replacement });
      });
    });
  },
};
