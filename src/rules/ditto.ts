// Other rules leave ditto values (model/ditto.ts) to this one rather than report them twice.
import { defineMessages, msg, NOTHING } from '../i18n/messages.js';
import { isDitto } from '../model/ditto.js';
import { aboutItem, fieldTitle, itemTexts } from './support/item.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  ditto: {
    zh: '「{title}」写作“{value}”：每个事项须写出完整内容{above}',
    en: '{title} says "{value}": write the content out for every item{above}',
  },
  above: { zh: '（上一事项为“{value}”）', en: ' (the item above has "{value}")' },
});

export const ditto: Rule = {
  meta: {
    code: 'GK142',
    slug: 'ditto',
    title: { zh: '写作“同上”', en: 'ditto' },
    description: { zh: '字段写作“同上”“同左”“同前”', en: 'a field that says 同上 / 同左 / 同前 (ditto)' },
    why: {
      zh: '从合并单元格的表格复制时，常把公开依据、渠道、时限写成“同上”。每个事项在网页、检索结果和导出的表格中都是单独显示的，“同上”指向的内容并不在旁边，等于没有填写。',
      en: 'Copying from tables with merged cells leaves 同上 ("ditto") in basis, channel and time-limit cells. Every item is shown on its own on the website, in search results and in exports, so a ditto points at nothing.',
    },
    tags: ['text'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    timeframe: 信息形成或者变更之日起20个工作日内\n  - id: jiuye-01-02\n    l1: 就业信息服务\n    timeframe: 同上\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    timeframe: 信息形成或者变更之日起20个工作日内\n  - id: jiuye-01-02\n    l1: 就业信息服务\n    timeframe: 信息形成或者变更之日起20个工作日内\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      const previous = ctx.data.items[i - 1] as unknown as Record<string, unknown> | undefined;
      for (const t of itemTexts(item, i)) {
        if (!isDitto(t.value)) continue;
        const title = fieldTitle(t.field);
        // The row above is what a ditto meant; offer its value when it is plain text.
        const above = t.path.length === 3 ? previous?.[t.field] : undefined;
        const suggestion = typeof above === 'string' && !isDitto(above) ? above : undefined;
        ctx.report({
          path: t.path,
          message: aboutItem(
            item,
            msg(MESSAGES.ditto, { title, value: t.value.trim(), above: suggestion ? msg(MESSAGES.above, { value: suggestion }) : NOTHING }),
          ),
          suggestion,
        });
      }
    });
  },
};
