import { VALUES } from '../i18n/catalogue/values.js';
import { ONE_LINE_FIELDS } from '../model/fields.js';
import { hasLineBreak, lineBreakReason } from '../model/value-kinds.js';
import { aboutItem, fieldTitle } from './support/item.js';
import type { Rule } from './rule.js';

// The words are model/value-kinds.ts's, shared with the importer; listed here for the docs.
const MESSAGES = { lineBreak: VALUES.lineBreak, lineBreakOwner: VALUES.lineBreakOwner };

export const lineBreak: Rule = {
  meta: {
    code: 'GK145',
    slug: 'line-break',
    title: { zh: '单行栏目中有换行', en: 'line break in a one-line field' },
    description: { zh: '一级/二级事项、公开时限或公开主体中有换行', en: 'a line break in an item name, a time limit or a publishing body' },
    why: {
      zh: '事项名称、公开时限和公开主体各是一句话。单元格里按 Alt+Enter（WPS 中很常见）或 YAML 的多行写法留下的换行，发布后会把名称断成两半，检索也找不到。列表栏目（公开内容、公开依据、公开渠道）中换行表示另起一项，不受此限。',
      en: 'Item names, time limits and publishing bodies are one line each. A line break left by Alt+Enter in a cell (common in WPS) or by a multi-line YAML scalar splits the name when published and defeats search. In list columns (content, basis, channels) a line break starts a new entry and is fine.',
    },
    tags: ['text'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: jiuye-01-02\n    l1: 就业信息服务\n    l2: "岗位信息\\n发布"\n',
      good: 'items:\n  - id: jiuye-01-02\n    l1: 就业信息服务\n    l2: 岗位信息发布\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      for (const field of ONE_LINE_FIELDS) {
        const value = (item as unknown as Record<string, unknown>)[field];
        if (typeof value !== 'string' || !hasLineBreak(value)) continue;
        ctx.report({ path: ['items', i, field], message: aboutItem(item, lineBreakReason(value, field, fieldTitle(field))) });
      }
    });
  },
};
