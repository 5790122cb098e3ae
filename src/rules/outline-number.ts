import { defineMessages, msg } from '../i18n/messages.js';
import { outlineNumberOf } from '../model/names.js';
import { editScalar } from '../workspace/edit.js';
import { aboutItem, fieldTitle } from './support/item.js';
import type { Rule } from './rule.js';

const NAME_FIELDS = ['l1', 'l2', 'l3'] as const;

const MESSAGES = defineMessages({
  numbered: {
    zh: '「{title}」“{name}”带有序号“{number}”，应为“{bare}”',
    en: '{title} "{name}" carries the outline number "{number}"; write "{bare}"',
  },
});

export const outlineNumber: Rule = {
  meta: {
    code: 'GK143',
    slug: 'outline-number',
    title: { zh: '事项名称带序号', en: 'outline number in a name' },
    description: {
      zh: '一级、二级或三级事项的名称带有序号（1. / 1.1 / （一） / 一、）',
      en: 'an outline number in an item name (1. / 1.1 / （一） / 一、)',
    },
    why: {
      zh: '从 Word 或网页复制目录时，大纲序号常被一起粘贴进事项名称（“1.1就业政策法规咨询”）。序号由 gkml 在导出时统一生成；名称里的序号会与之重复，也会让事项无法与国家指引对应。',
      en: 'Copying from Word or web pages pastes outline numbers into names (1.1就业政策法规咨询). gkml numbers items itself on export; a number in the name duplicates it and stops the item matching the national guideline.',
    },
    tags: ['text', 'names'],
    severity: 'warn',
    fixable: true,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 1.就业信息服务\n    l2: 1.1就业政策法规咨询\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    l2: 就业政策法规咨询\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      for (const field of NAME_FIELDS) {
        const name = item[field];
        if (typeof name !== 'string') continue;
        const number = outlineNumberOf(name);
        if (!number) continue;
        const path = ['items', i, field];
        const title = fieldTitle(field);
        const bare = name.slice(number.length);
        ctx.report({
          path,
          message: aboutItem(item, msg(MESSAGES.numbered, { title, name, number: number.trim(), bare })),
          suggestion: bare,
          fix: editScalar(ctx.file, path, 0, number.length, ''),
        });
      }
    });
  },
};
