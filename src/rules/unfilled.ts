import { defineMessages, msg } from '../i18n/messages.js';
import { OFFICIAL_FIELDS } from '../model/fields.js';
import { fieldTitle } from './support/item.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  unfilled: { zh: '事项“{id}”的「{title}」尚未填写', en: 'item "{id}": {title} is not filled in yet' },
  unfilledL2: {
    zh: '事项“{id}”的「{title}」尚未填写（一级事项没有二级事项的，省略 l2）',
    en: 'item "{id}": {title} is not filled in yet (a 一级事项 with no 二级事项 leaves l2 out)',
  },
});

export const unfilled: Rule = {
  meta: {
    code: 'GK153',
    slug: 'unfilled',
    title: { zh: '尚未填写', en: 'not filled in' },
    description: { zh: '县级目录中尚未填写的字段（值为 null）', en: 'a field of a county directory still to be filled (null)' },
    why: {
      zh: '`gkml init` 根据国家指引生成县级目录草稿：指引没有给出的字段写为 null，表示“待填写”。每个未填写的字段报告一次，合起来就是编制目录的待办清单；全部填写后才能发布。没有二级事项的事项不写 l2（省略这一行），不算未填写。',
      en: '`gkml init` drafts a county directory from the national guideline and writes null where the guideline gives no value. Each null is reported once, so the lint report is the to-do list; the directory can be published once all are filled. An item with no 二级事项 leaves l2 out, which is not a gap.',
    },
    tags: ['completeness'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    profiles: ['county'],
    examples: {
      bad: 'items:\n  - id: zhengdi-buchang-03-00\n    l1: 征地管理政策\n    l2: null\n    timeframe: null\n',
      good: 'items:\n  - id: zhengdi-buchang-03-00\n    l1: 征地管理政策 # 没有二级事项：省略 l2\n    timeframe: 信息形成或者变更之日起20个工作日内\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      for (const field of OFFICIAL_FIELDS) {
        if ((item as unknown as Record<string, unknown>)[field] !== null) continue;
        ctx.report({
          path: ['items', i, field],
          message: msg(field === 'l2' ? MESSAGES.unfilledL2 : MESSAGES.unfilled, { id: item.id, title: fieldTitle(field) }),
        });
      }
    });
  },
};
