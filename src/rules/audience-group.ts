import { defineMessages, msg } from '../i18n/messages.js';
import { aboutItem } from './support/item.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  unnamed: {
    zh: '公开对象为“特定群体”，但没有写明是哪个群体（写作 {特定群体: {group}}）',
    en: 'audience 特定群体 does not name the group (write {特定群体: {group}})',
  },
  group: { zh: '群体名称', en: 'group' },
});

export const audienceGroup: Rule = {
  meta: {
    code: 'GK103',
    slug: 'audience-group',
    title: { zh: '特定群体未写明', en: 'audience group not named' },
    description: { zh: '公开对象为“特定群体”，但没有写明是哪个群体', en: 'audience 特定群体 without naming the group' },
    why: {
      zh: '国家模板的“特定群体(请写明)”一栏要求写出面向的群体，如“在征收范围内的被征收人”。只写“特定群体”，群众无从判断自己能否获取该信息，依申请公开时也无法核对申请人资格。写作 {特定群体: 群体名称}。',
      en: 'The template column 特定群体(请写明) asks for the group, e.g. the owners within the expropriation area. A bare 特定群体 tells nobody whether the information is for them. Write {特定群体: group}.',
    },
    tags: ['vocabulary'],
    severity: 'warn',
    fixable: false,
    profiles: ['county'],
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: fangwu-zhengshou-buchang-01-01\n    l1: 征收补偿方案\n    audience: 特定群体\n',
      good: 'items:\n  - id: fangwu-zhengshou-buchang-01-01\n    l1: 征收补偿方案\n    audience: {特定群体: 在征收范围内的被征收人}\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      if (item.audience !== '特定群体') return;
      ctx.report({
        path: ['items', i, 'audience'],
        message: aboutItem(item, msg(MESSAGES.unnamed, { group: msg(MESSAGES.group) })),
      });
    });
  },
};
