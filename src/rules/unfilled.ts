import { defineMessages, msg } from '../i18n/messages.js';
import { ITEM_FIELDS } from '../model/types.js';
import { fieldTitle } from './support/item.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  unfilled: { zh: '事项“{id}”的「{title}」尚未填写', en: 'item "{id}": {title} is not filled in yet' },
});

export const unfilled: Rule = {
  meta: {
    code: 'GK153',
    slug: 'unfilled',
    title: { zh: '尚未填写', en: 'not filled in' },
    description: { zh: '县级目录中尚未填写的字段（值为 null）', en: 'a field of a county directory still to be filled (null)' },
    why: {
      zh: '`gkml init` 根据国家指引生成县级目录草稿：指引没有给出的字段写为 null，表示“待填写”。每个未填写的字段报告一次，合起来就是编制目录的待办清单；全部填写后才能发布。',
      en: '`gkml init` drafts a county directory from the national guideline and writes null where the guideline gives no value. Each null is reported once, so the lint report is the to-do list; the directory can be published once all are filled.',
    },
    tags: ['completeness'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    profiles: ['county'],
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    timeframe: null\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    timeframe: 信息形成或者变更之日起20个工作日内\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      for (const field of ITEM_FIELDS) {
        if ((item as unknown as Record<string, unknown>)[field] !== null) continue;
        ctx.report({ path: ['items', i, field], message: msg(MESSAGES.unfilled, { id: item.id, title: fieldTitle(field) }) });
      }
    });
  },
};
