import { defineMessages, msg } from '../i18n/messages.js';
import { aboutItem, fieldTitle, itemTexts } from './support/item.js';
import type { Rule } from './rule.js';

/** Template text: XX省 / ××, 某某, 待定, TODO, 请写明 (the 特定群体(请写明) column head) … */
const PLACEHOLDER = /(?<![A-Za-z])(?:[XＸ]{2,}|[xｘ]{2,}|×{2,})(?![A-Za-z])|某某|待定|待补充|待填写|请写明|请填写|TODO|TBD|FIXME|_{2,}/;

/** True when `value` holds template text. Other rules leave such values to this one rather than report them twice. */
export function hasPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value);
}

const MESSAGES = defineMessages({
  placeholder: { zh: '「{title}」中留有占位文字“{text}”：{value}', en: '{title} still holds placeholder text "{text}": {value}' },
});

export const placeholder: Rule = {
  meta: {
    code: 'GK141',
    slug: 'placeholder',
    title: { zh: '留有占位文字', en: 'placeholder text' },
    description: { zh: '留有模板占位文字（XX、××、某某、待定、TODO、请写明 …）', en: 'template text left in (XX, ××, 某某, 待定, TODO, 请写明 …)' },
    why: {
      zh: '已发布的目录中出现过《XX省农机购置补贴实施方案》《重庆市XX年…实施方案》这样的占位文字：照抄模板时忘了替换。占位文字让依据、主体无从查找，也会被群众视为敷衍。',
      en: 'Published directories have cited 《XX省农机购置补贴实施方案》: a template copied without replacing its placeholders. Placeholder text makes a basis or body impossible to find and looks careless.',
    },
    tags: ['text'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: shenong-butie-01-01\n    l1: 农机购置补贴\n    basis:\n      - 《XX省农机购置补贴实施方案》\n    owner: 某某县农业农村局\n',
      good: 'items:\n  - id: shenong-butie-01-01\n    l1: 农机购置补贴\n    basis:\n      - 《示例省农机购置补贴实施方案》\n    owner: 示例县农业农村局\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      for (const t of itemTexts(item, i)) {
        const m = PLACEHOLDER.exec(t.value);
        if (!m) continue;
        const title = fieldTitle(t.field);
        ctx.report({
          path: t.path,
          message: aboutItem(item, msg(MESSAGES.placeholder, { title, text: m[0], value: t.value })),
        });
      }
    });
  },
};
