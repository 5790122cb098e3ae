import { VALUES } from '../i18n/catalogue/values.js';
import { fullWidthReason, fullWidthRuns, halfWidth } from '../model/value-kinds.js';
import { replaceScalar } from '../workspace/edit.js';
import { aboutItem, fieldTitle, itemTexts } from './support/item.js';
import type { Rule } from './rule.js';

// The words are model/value-kinds.ts's, shared with the importer; listed here for the docs.
const MESSAGES = { fullWidth: VALUES.fullWidth };

export const fullWidth: Rule = {
  meta: {
    code: 'GK144',
    slug: 'full-width',
    title: { zh: '全角字母或数字', en: 'full-width letters or digits' },
    description: { zh: '文字中有全角字母或数字（７１１、ＡＢＣ）', en: 'full-width letters or digits in a text (７１１, ＡＢＣ)' },
    why: {
      zh: '中文输入法容易打出全角数字和字母，如“国务院令第７１１号”“２０个工作日内”。看起来一样，但检索、比对文号和时限时对不上，排版也参差不齐。公文中的阿拉伯数字和字母应使用半角。',
      en: 'Chinese input methods easily type full-width digits and letters (国务院令第７１１号, ２０个工作日内). They look alike but do not match searches or comparisons of document numbers and time limits; official documents write Arabic digits and Latin letters half-width.',
    },
    tags: ['text'],
    severity: 'warn',
    fixable: true,
    messages: MESSAGES,
    profiles: ['county'],
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    basis:\n      - 《中华人民共和国政府信息公开条例》(国务院令第７１１号)\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    basis:\n      - 《中华人民共和国政府信息公开条例》(国务院令第711号)\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      for (const t of itemTexts(item, i)) {
        if (fullWidthRuns(t.value).length === 0) continue;
        const fixed = halfWidth(t.value);
        ctx.report({
          path: t.path,
          message: aboutItem(item, fullWidthReason(t.value, fieldTitle(t.field))),
          suggestion: fixed,
          fix: replaceScalar(ctx.file, t.path, fixed),
        });
      }
    });
  },
};
