import { defineMessages, msg } from '../i18n/messages.js';
import { VALUES } from '../i18n/catalogue/values.js';
import { bareNumberOrDate, notTextReason } from '../model/value-kinds.js';
import { aboutItem, fieldTitle } from './support/item.js';
import type { Rule } from './rule.js';
import { clausesOf, joinWraps, PERIOD } from './support/timeframe.js';
import { isGuidelineValue } from './support/guideline-values.js';

/**
 * Words that promise disclosure without saying when. 长期公开 (kept public for good, as the national
 * guidelines write it for standing information) is a time limit; 长期 alone is not.
 */
const VAGUE = /及时|适时|尽快|随时|定期|常态化|长期(?!公开|有效)|按(?:有关|相关)?规定|按要求|视情况|根据(?:工作)?需要|按进展情况/;

const MESSAGES = defineMessages({
  vague: {
    zh: '公开时限“{text}”没有明确的期限或周期，应写明何时公开（如“信息形成或者变更之日起20个工作日内”）',
    en: 'time limit "{text}" names no period or cycle; say when (e.g. 信息形成或者变更之日起20个工作日内)',
  },
  // A time limit that is only a number or a date, in the words the importer uses for such a cell.
  date: VALUES.date,
  numberTimeframe: VALUES.numberTimeframe,
});

export const timeframeVague: Rule = {
  meta: {
    code: 'GK111',
    slug: 'timeframe-vague',
    title: { zh: '公开时限不明确', en: 'vague time limit' },
    description: {
      zh: '公开时限没有明确的期限或周期（及时公开、按规定、只有数字或日期 …）',
      en: 'a time limit with no period or cycle (及时公开, 按规定, only a number or a date …)',
    },
    why: {
      zh: '“及时公开”“按进展情况及时公开”“按规定”等写法无法核对是否按时公开，群众也不知道何时能看到信息；只写一个数字（20）或一个日期（2024-01-01）也不是时限。《政府信息公开条例》第二十六条的默认时限是“自该政府信息形成或者变更之日起20个工作日内”。“长期公开”是国家指引对常设信息的写法，可以使用；单写“长期”则应写明更新周期。国家指引按原文收录，县级目录须写明具体时限。',
      en: 'Phrases such as 及时公开 or 按规定 cannot be checked for timeliness and do not tell the public when to look; a bare number (20) or a date (2024-01-01) is not a time limit either. The default of the Regulations (Art. 26) is 20 working days from when the information is created or changed. 长期公开 (kept public for good) is how the guidelines write standing information and is accepted; 长期 alone should state its update cycle. National guidelines are kept as written; county directories must be concrete.',
    },
    tags: ['timeframe'],
    severity: 'warn',
    fixable: false,
    messages: MESSAGES,
    profiles: ['county'],
    examples: {
      bad: 'items:\n  - id: jiuzai-01-01\n    l1: 灾情信息\n    timeframe: 按进展情况及时公开\n',
      good: 'items:\n  - id: jiuzai-01-01\n    l1: 灾情信息\n    timeframe: 信息形成或者变更之日起20个工作日内，灾情发生后每日更新\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      if (typeof item.timeframe !== 'string') return;
      // Wraps are not content (issue 31): each numbered part of a composite limit is checked on its own.
      const timeframe = joinWraps(item.timeframe);
      const bare = bareNumberOrDate(timeframe);
      if (bare) {
        ctx.report({
          path: ['items', i, 'timeframe'],
          message: aboutItem(item, notTextReason(bare, 'timeframe', fieldTitle('timeframe'))),
        });
        return;
      }
      const vague = clausesOf(timeframe).find((c) => VAGUE.test(c.text) && !PERIOD.test(c.text));
      if (!vague) return;
      // The guideline's own wording for this item (招标公告: 及时公开) is not the county's to sharpen.
      if (isGuidelineValue(ctx.data.domain, item, 'timeframe', timeframe)) return;
      ctx.report({
        path: ['items', i, 'timeframe'],
        message: aboutItem(item, msg(MESSAGES.vague, { text: vague.text.trim() })),
      });
    });
  },
};
