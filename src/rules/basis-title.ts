import { defineMessages, msg } from '../i18n/messages.js';
import { citationParts, titlesIn } from './support/citation.js';
import { loadData, STRING } from './support/data.js';
import { editScalar } from '../workspace/edit.js';
import { aboutItem } from './support/item.js';
import type { Rule } from './rule.js';

interface Correction {
  official: string;
  wrong?: string[];
  seen?: string;
}

const TITLE = { type: 'string', pattern: '^《.+》$' };
/** The shape of data/basis-titles.yaml (checked by tests/rules/data.test.ts). */
export const BASIS_TITLES_SCHEMA = {
  type: 'object',
  required: ['corrections'],
  additionalProperties: false,
  properties: {
    corrections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['official'],
        additionalProperties: false,
        properties: { official: TITLE, wrong: { type: 'array', items: TITLE, minItems: 1 }, seen: STRING },
      },
    },
  },
};

const PREFIX = '中华人民共和国';

const MESSAGES = defineMessages({
  wrong: { zh: '公开依据的文件名称有误：{cited}应为{official}', en: 'wrong title {cited}: the instrument is {official}' },
});

/** Only width and spacing are ignored: the point of the rule is the words of the title. */
function fold(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}

let table: Map<string, { official: string; informal: boolean }> | undefined;

/** Cited title (folded) → the official title, and whether the cited one is merely a short form. */
function corrections() {
  if (!table) {
    table = new Map();
    for (const c of loadData<{ corrections: Correction[] }>('basis-titles.yaml').corrections) {
      for (const w of c.wrong ?? []) table.set(fold(w), { official: c.official, informal: false });
      if (c.official.startsWith(`《${PREFIX}`))
        table.set(fold(`《${c.official.slice(PREFIX.length + 1)}`), { official: c.official, informal: true });
    }
  }
  return table;
}

/** The official title a cited 《title》 stands for, and whether the cited one is merely its short form (《户口登记条例》). */
export function officialTitle(title: string): { official: string; informal: boolean } | undefined {
  const c = corrections().get(fold(title));
  return c && c.official !== title ? c : undefined;
}

export const basisTitle: Rule = {
  meta: {
    code: 'GK123',
    slug: 'basis-title',
    title: { zh: '公开依据名称有误', en: 'wrong citation title' },
    description: {
      zh: '公开依据的文件名称有误（如《信息公开条例》《中华人民共和国法律援助条例》）',
      en: 'a wrong title of a well-known instrument (《信息公开条例》, 《中华人民共和国法律援助条例》)',
    },
    why: {
      zh: '公开依据应使用文件的正式名称，方便核对原文。《信息公开条例》《中华人民共和国信息公开条例》并不存在，正式名称是《中华人民共和国政府信息公开条例》；《法律援助条例》没有“中华人民共和国”前缀。常见错误名称登记在 data/basis-titles.yaml。国家指引自己使用的简称（《户口登记条例》《社会保险法》）不是错误，不在此报告；需要时可打开 basis-short-title 规则，查看其正式名称。',
      en: 'Citations should use official titles so the text can be found: there is no 《信息公开条例》, the official title is 《中华人民共和国政府信息公开条例》; 《法律援助条例》 has no 中华人民共和国 prefix. Known wrong forms are listed in data/basis-titles.yaml. The short forms the national guidelines themselves use (《户口登记条例》, 《社会保险法》) are not wrong and not reported here; turn on basis-short-title to be offered their full titles.',
    },
    tags: ['basis'],
    severity: 'warn',
    fixable: true,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: gonggong-falv-fuwu-01-01\n    l1: 法律援助\n    basis:\n      - 《信息公开条例》\n      - 《中华人民共和国法律援助条例》\n',
      good: 'items:\n  - id: gonggong-falv-fuwu-01-01\n    l1: 法律援助\n    basis:\n      - 《中华人民共和国政府信息公开条例》\n      - 《中华人民共和国法律援助法》\n      - 《社会保险法》 # 国家指引使用的简称\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      (item.basis ?? []).forEach((citation, j) => {
        const { titlePath } = citationParts(citation, ['items', i, 'basis', j]);
        const text = typeof citation === 'string' ? citation : citation.title;
        for (const span of titlesIn(text)) {
          const c = officialTitle(span.title);
          if (!c || c.informal) continue;
          ctx.report({
            path: titlePath,
            message: aboutItem(item, msg(MESSAGES.wrong, { cited: span.title, official: c.official })),
            suggestion: c.official,
            fix: editScalar(ctx.file, titlePath, span.start, span.end, c.official),
          });
        }
      });
    });
  },
};
