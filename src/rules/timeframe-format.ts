import { defineMessages, msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import type { Item } from '../model/types.js';
import { fullWidthRuns } from '../model/value-kinds.js';
import { replaceScalar } from '../workspace/edit.js';
import { aboutItem } from './support/item.js';
import type { FileContext, Rule } from './rule.js';
import { clausesOf, DURATION_BEFORE, joinWraps } from './support/timeframe.js';
import { isGuidelineValue } from './support/guideline-values.js';

/**
 * Calendar days required by law: budgets (预算法 第十四条: 批准后20日内, for every department's
 * budget, whatever the domain) and tendering (招标投标法实施条例 第五十四条: 收到评标报告之日起3日内).
 */
const CALENDAR_DAY_DOMAINS = new Set(['caizheng-yujuesuan', 'gonggong-ziyuan-jiaoyi']);
const STATUTORY_CALENDAR_DAYS = /(?:批复|批准)后\d+日内/;

/** The 条例's default event, offered for a bare period. */
const DEFAULT_EVENT = '信息形成或者变更之日起';

/** A period not followed by 内/前/后 (a space a copy left before it is a wrap: 工作日 内): the phrase stops short. */
const OPEN_PERIOD = /(\d+)个工作日(?!\s*(?:内|以内|之内|前|以前|之前|后|以后|之后))/g;
const BARE = /^\s*(?:在|于)?(\d+)个?工作日(?:内|以内)?(?:公开|予以公开)?\s*$/;
const CALENDAR = /(\d+)(?:日|天)(?=\s*(?:内|以内|之内))/g;

const MESSAGES = defineMessages({
  noGe: { zh: '公开时限“{value}”缺少“个”，应写作“{fixed}”', en: 'time limit "{value}" lacks 个: write "{fixed}"' },
  noEvent: {
    zh: '公开时限“{value}”只有天数，没有起算事件（如“{example}”）',
    en: 'time limit "{value}" gives a period but no event it starts from (e.g. {example})',
  },
  noNei: { zh: '公开时限“{value}”缺少“内”，应写作“{fixed}”', en: 'time limit "{value}" lacks 内: write "{fixed}"' },
  calendarDays: {
    zh: '公开时限“{value}”按自然日（“{days}”）计，本领域一般按工作日计；如确为自然日，请写明依据',
    en: 'time limit "{value}" counts calendar days ("{days}") where this domain counts working days; if calendar days are right, cite the rule',
  },
});

function report(ctx: FileContext, item: Item, i: number, text: Text, fixed?: string, suggestion?: string): void {
  const path = ['items', i, 'timeframe'];
  ctx.report({
    path,
    message: aboutItem(item, text),
    suggestion: suggestion ?? fixed,
    fix: fixed === undefined ? undefined : replaceScalar(ctx.file, path, fixed),
  });
}

export const timeframeFormat: Rule = {
  meta: {
    code: 'GK112',
    slug: 'timeframe-format',
    title: { zh: '公开时限写法不规范', en: 'malformed time limit' },
    description: {
      zh: '公开时限写法不规范：缺“内”、只有天数、“20工作日”，或非财政领域按自然日计',
      en: 'a malformed time limit: no 内, a bare period, 20工作日, or calendar days outside finance',
    },
    why: {
      zh: '“信息形成或者变更之日起20个工作日”少了“内”，“20个工作日”没有起算事件，都无法判断何时到期；“日”与“工作日”相差很大，除财政预决算（预算法规定“批准后20日内”）外，各领域一般按工作日计。国家指引按原文收录；县级目录照录国家指引对同一事项的时限写法（如市政服务的“20个工作日”）时不报，其余须规范书写。',
      en: 'Without 内 or without the event the period starts from, nobody can tell when a limit expires; days and working days differ a lot, and apart from budgets (the Budget Law counts 20 days) domains count working days. National guidelines are kept as written; a county item that copies the guideline wording for the same item (市政服务: 20个工作日) is not reported, anything else must be precise.',
    },
    tags: ['timeframe'],
    severity: 'warn',
    fixable: true,
    messages: MESSAGES,
    profiles: ['county'],
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    timeframe: 信息形成或者变更之日起20工作日\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    timeframe: 信息形成或者变更之日起20个工作日内\n',
    },
  },
  checkFile(ctx) {
    const calendarDays = CALENDAR_DAY_DOMAINS.has(ctx.data.domain);
    ctx.data.items.forEach((item, i) => {
      if (typeof item.timeframe !== 'string') return;
      // Wraps are not content (issue 31): read the limit as one text, its numbered parts on lines of their own.
      const value = joinWraps(item.timeframe);
      // Full-width digits are the full-width rule's (it fixes first, then this rule reads the digits).
      if (fullWidthRuns(value).length) return;
      // The guideline's own wording for this item (市政服务: 20个工作日) is what the county was given to copy.
      if (isGuidelineValue(ctx.data.domain, item, 'timeframe', value)) return;
      if (/\d工作日/.test(value)) {
        const fixed = value.replace(/(\d)(?=工作日)/g, '$1个');
        report(ctx, item, i, msg(MESSAGES.noGe, { value, fixed }), fixed);
        return;
      }
      for (const clause of clausesOf(value)) {
        const bare = BARE.exec(clause.text);
        if (bare) {
          const example = `${DEFAULT_EVENT}${bare[1]}个工作日内`;
          const suggestion = value.slice(0, clause.start) + example + value.slice(clause.start + clause.text.length);
          report(ctx, item, i, msg(MESSAGES.noEvent, { value, example }), undefined, suggestion);
          return;
        }
        for (const m of clause.text.matchAll(OPEN_PERIOD)) {
          const before = clause.text.slice(0, m.index).replace(/\s+/g, '');
          if (before === '' || DURATION_BEFORE.test(before)) continue;
          const at = clause.start + m.index + m[0].length;
          const fixed = value.slice(0, at) + '内' + value.slice(at);
          report(ctx, item, i, msg(MESSAGES.noNei, { value, fixed }), fixed);
          return;
        }
      }
      if (!calendarDays) {
        for (const m of value.matchAll(CALENDAR)) {
          const before = value.slice(0, m.index);
          if (/(?:工作|月|个)$/.test(before) || DURATION_BEFORE.test(before.replace(/\s+/g, '')) || STATUTORY_CALENDAR_DAYS.test(value))
            continue;
          report(ctx, item, i, msg(MESSAGES.calendarDays, { value, days: m[0] }));
          return;
        }
      }
    });
  },
};
