import { defineMessages, msg } from '../i18n/messages.js';
import { officialTitle } from './basis-title.js';
import { citationParts, titlesIn } from './support/citation.js';
import { editScalar } from '../workspace/edit.js';
import { aboutItem } from './support/item.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  shortTitle: { zh: '公开依据{cited}是简称，正式名称为{official}', en: '{cited} is a short title; the official title is {official}' },
});

// Off unless a workspace asks: the national guidelines cite laws by these short forms themselves (issue 31).
export const basisShortTitle: Rule = {
  meta: {
    code: 'GK124',
    slug: 'basis-short-title',
    title: { zh: '公开依据使用简称', en: 'short citation title' },
    description: {
      zh: '公开依据使用了法律法规的简称（如《户口登记条例》），给出正式名称；默认关闭',
      en: 'a citation by the short title of a law (《户口登记条例》), with its official title; off by default',
    },
    why: {
      zh: '国家指引和县级目录常用简称引用法律法规（《户口登记条例》《社会保险法》），这不是错误，所以本规则默认关闭。希望目录统一使用正式名称（《中华人民共和国户口登记条例》）时，在 gkml.config.yaml 中打开本规则，即可逐条看到正式名称并用 --fix 替换。正式名称登记在 data/basis-titles.yaml。',
      en: 'National guidelines and county directories often cite laws by short titles (《户口登记条例》, 《社会保险法》); that is not a mistake, so this rule is off by default. A workspace that wants official titles throughout (《中华人民共和国户口登记条例》) turns it on to see each official title and apply it with --fix. The titles are listed in data/basis-titles.yaml.',
    },
    tags: ['basis'],
    severity: 'off',
    fixable: true,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: huji-guanli-01-01\n    l1: 户口登记\n    basis:\n      - 《户口登记条例》\n',
      good: 'items:\n  - id: huji-guanli-01-01\n    l1: 户口登记\n    basis:\n      - 《中华人民共和国户口登记条例》\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      (item.basis ?? []).forEach((citation, j) => {
        const { titlePath } = citationParts(citation, ['items', i, 'basis', j]);
        const text = typeof citation === 'string' ? citation : citation.title;
        for (const span of titlesIn(text)) {
          const c = officialTitle(span.title);
          if (!c?.informal) continue;
          ctx.report({
            path: titlePath,
            message: aboutItem(item, msg(MESSAGES.shortTitle, { cited: span.title, official: c.official })),
            suggestion: c.official,
            fix: editScalar(ctx.file, titlePath, span.start, span.end, c.official),
          });
        }
      });
    });
  },
};
