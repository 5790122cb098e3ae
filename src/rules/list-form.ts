// GK005 list-form: a list field typed the way a clerk types it in a cell — `mode: 主动`,
// `level: 县级、乡级`, `[政府网站，政务服务中心]`. Found before the schema, named once with what
// to type instead, and read as meant: the schema and the other rules see the list, not a type error.
import { defineMessages, msg } from '../i18n/messages.js';
import { listMistakes, type ListMistake } from '../model/typed-lists.js';
import type { TextEdit } from '../core/positions.js';
import type { Text } from '../i18n/text.js';
import type { SourceFile } from '../workspace/source.js';
import { flowList, replaceNodeWithYaml, replaceWithYaml, splitBlockEntry } from '../workspace/edit.js';
import { aboutItem, fieldTitle } from './support/item.js';
import type { Item } from '../model/types.js';
import type { Report, Rule } from './rule.js';

const MESSAGES = defineMessages({
  scalar: { zh: '「{title}」应写成列表：写作 {fixed}', en: '{title} must be a list: write {fixed}' },
  fullWidthComma: {
    zh: '「{title}」的列表用了全角逗号“，”分隔：各项之间应写半角逗号“,”，写作 {fixed}',
    en: '{title} separates its entries with a full-width comma "，": write an ASCII comma, {fixed}',
  },
  joinedFlow: {
    zh: '「{title}」的一项“{value}”写了几个值：每个值单独一项，写作 {fixed}',
    en: 'one entry of {title}, "{value}", holds several values: give each its own entry, {fixed}',
  },
  joinedBlock: {
    zh: '「{title}」的一项“{value}”写了几个值：应分为{pieces}各一项',
    en: 'one entry of {title}, "{value}", holds several values: make {pieces} entries of their own',
  },
  piece: { zh: '“{value}”', en: '"{value}"' },
  inDefaults: { zh: '默认值{text}', en: 'default {text}' },
});

/** What to type instead and, when it is safe, the fix: the field as a flow list, or a block entry as several. */
function advice(file: SourceFile, m: ListMistake): { text: Text; fix?: TextEdit[] } {
  const title = fieldTitle(m.field);
  const fixed = flowList(m.list.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))));
  if (!m.entry) return { text: msg(MESSAGES.scalar, { title, fixed }), fix: replaceWithYaml(file, m.path, fixed) };
  const { index, value, pieces } = m.entry;
  const fixable = m.list.every((v) => typeof v === 'string');
  if ((file.doc.getIn(m.path, true) as { flow?: boolean } | undefined)?.flow === true) {
    const text = value.includes('，') ? msg(MESSAGES.fullWidthComma, { title, fixed }) : msg(MESSAGES.joinedFlow, { title, value, fixed });
    return { text, fix: fixable ? replaceNodeWithYaml(file, m.path, fixed) : undefined };
  }
  const text = msg(MESSAGES.joinedBlock, { title, value, pieces: pieces.map((p) => msg(MESSAGES.piece, { value: p })) });
  return { text, fix: splitBlockEntry(file, [...m.path, index], pieces) };
}

/** The findings of the rule: one per mistaken field value or entry, each with its fix when it is safe. */
export function listFormReports(file: SourceFile, data: unknown): Report[] {
  return listMistakes(data).map((m) => {
    const { text, fix } = advice(file, m);
    const item = m.path[0] === 'items' ? ((data as { items: Item[] }).items[m.path[1] as number] as Item) : undefined;
    const message = item && typeof item.id === 'string' ? aboutItem(item, text) : item ? text : msg(MESSAGES.inDefaults, { text });
    return { path: m.entry ? [...m.path, m.entry.index] : m.path, message, ...(fix ? { fix } : {}) };
  });
}

export const listForm: Rule = {
  meta: {
    code: 'GK005',
    slug: 'list-form',
    title: { zh: '列表写法有误', en: 'list written as text' },
    description: { zh: '列表字段写成了一段文字，或一项中写了几个值', en: 'a list field written as text, or several values in one entry' },
    why: {
      zh: '公开方式、公开层级、公开渠道和公开依据是列表：网页的筛选、Excel 的√列和统计都按列表中的每一项计算。照表格习惯写成“主动”“县级、乡级”或“[政府网站，政务服务中心]”时，gkml 会按原意读取并指出应当怎样写，--fix 会改写为列表。',
      en: 'Disclosure mode, level, channels and legal basis are lists: the site filters, the workbook ticks and the counts work entry by entry. Written as a table cell would have it (主动, 县级、乡级, [政府网站，政务服务中心]) gkml reads them as meant and says how to write them; --fix rewrites them as lists.',
    },
    tags: ['schema'],
    severity: 'error',
    fixable: true,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    mode: 主动\n    level: 县级、乡级\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    mode: [主动]\n    level: [县级, 乡级]\n',
    },
  },
};
