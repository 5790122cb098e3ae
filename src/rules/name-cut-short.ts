import { defineMessages, msg } from '../i18n/messages.js';
import { fullNameOf, type NameLevel } from './support/guideline-names.js';
import { aboutItem, fieldTitle } from './support/item.js';
import type { Rule } from './rule.js';

const LEVELS: readonly NameLevel[] = ['l1', 'l2'];

const MESSAGES = defineMessages({
  cutShort: {
    zh: '「{title}」“{name}”不完整：国家指引中为“{full}”，应写全称',
    en: '{title} "{name}" is incomplete: the national guideline names it "{full}"; write the whole name',
  },
});

export const nameCutShort: Rule = {
  meta: {
    code: 'GK146',
    slug: 'name-cut-short',
    title: { zh: '事项名称不完整', en: 'item name cut short' },
    description: {
      zh: '一级或二级事项只写了国家指引事项名称的头一两个字（“政策”之于“政策法规文件”）',
      en: 'a level-1 or level-2 item name that is only the first characters of the guideline name (政策 for 政策法规文件)',
    },
    why: {
      zh: '窄单元格、竖排合并格或从网页、PDF 复制时，事项名称常只剩头一两个字（“综”“部门”“公共”）。这样的名称群众看不懂，也无法与国家指引的事项对应（覆盖统计、版本比较都按名称对应）。只在名称不超过两个字、恰好是本领域国家指引中唯一一个同级事项名称的开头、且本身不是指引中的名称时报告。',
      en: 'Narrow cells, vertical merged cells and copies from web pages or PDFs often leave only the first one or two characters of a name (综, 部门, 公共). The public cannot read such a name, and it no longer matches the guideline item (coverage and version comparison match by name). Reported only for a name of at most two characters that starts exactly one guideline name of its level in the domain and is no guideline name itself.',
    },
    tags: ['text', 'names'],
    severity: 'warn',
    fixable: false,
    messages: MESSAGES,
    profiles: ['county'],
    examples: {
      bad: 'items:\n  - id: shehui-jiuzhu-01-01\n    l1: 综合业务\n    l2: 政策\n',
      good: 'items:\n  - id: shehui-jiuzhu-01-01\n    l1: 综合业务\n    l2: 政策法规文件\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      for (const level of LEVELS) {
        const name = item[level];
        if (typeof name !== 'string') continue;
        const full = fullNameOf(ctx.data.domain, level, name);
        if (!full) continue;
        const title = fieldTitle(level);
        ctx.report({
          path: ['items', i, level],
          message: aboutItem(item, msg(MESSAGES.cutShort, { title, name: name.replace(/\s+/g, ''), full })),
          suggestion: full,
        });
      }
    });
  },
};
