import { defineMessages, msg } from '../i18n/messages.js';
import { closest } from '../util/distance.js';
import { aboutItem } from './support/item.js';
import { isRole, isVarying, ownerParts } from './support/owners.js';
import { hasLineBreak } from '../model/value-kinds.js';
import type { Rule } from './rule.js';
import { isDitto } from '../model/ditto.js';
import { hasPlaceholder } from './placeholder.js';

/** Spacing, width and an internal office in parentheses (各镇人民政府（经济发展办公室）) do not make another unit. */
function unitKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)$/, '');
}

const MESSAGES = defineMessages({
  didYouMean: {
    zh: '公开主体“{part}”不在公开主体登记（{registry}）中；是否想写“{suggestion}”？',
    en: '公开主体 "{part}" is not in the units registry ({registry}); did you mean "{suggestion}"?',
  },
  addIt: {
    zh: '公开主体“{part}”不在公开主体登记（{registry}）中；如确为本地单位，请在登记中补充',
    en: '公开主体 "{part}" is not in the units registry ({registry}); add it to the registry if it is a local body',
  },
});

export const ownerUnknown: Rule = {
  meta: {
    code: 'GK131',
    slug: 'owner-unknown',
    title: { zh: '公开主体未登记', en: 'unregistered publishing body' },
    description: {
      zh: '公开主体不在工作区的公开主体登记（units.yaml）中',
      en: "公开主体 is not in the workspace's units registry (units.yaml)",
    },
    why: {
      zh: '工作区在 gkml.config.yaml 中设置 units 后，units.yaml 就是本地公开主体的唯一名单。单位名称写法不一（“示例县人社局”“示例县人力资源和社会保障局”）会让按单位统计、分工和追责出错；不在名单中的名称多半是简称、错字或已撤并的单位。',
      en: 'Once gkml.config.yaml sets units, units.yaml is the one list of local bodies. Variant spellings split statistics and responsibilities; a name not on the list is usually an abbreviation, a typo or a merged body.',
    },
    tags: ['owner'],
    severity: 'warn',
    fixable: false,
    messages: MESSAGES,
    profiles: ['county'],
    examples: {
      bad: '# units.yaml: units: [示例县人力资源和社会保障局]\nitems:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    owner: 示例县人社局\n',
      good: '# units.yaml: units: [示例县人力资源和社会保障局]\nitems:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    owner: 示例县人力资源和社会保障局\n',
    },
  },
  checkFile(ctx) {
    const units = ctx.settings.units;
    if (!units) return;
    const known = new Set(units.map((u) => unitKey(u.name)));
    const names = units.map((u) => u.name);
    ctx.data.items.forEach((item, i) => {
      if (typeof item.owner !== 'string') return;
      // A 同上 or a placeholder is reported by its own rule: one cause, one finding.
      if (isRole(item.owner, units) || isDitto(item.owner) || hasPlaceholder(item.owner) || hasLineBreak(item.owner)) return;
      for (const part of ownerParts(item.owner)) {
        // A role that stands for whoever each case concerns (招标人) is no unit to register.
        if (known.has(unitKey(part)) || isRole(part, units) || isVarying(part)) continue;
        const suggestion = closest(part, names);
        const registry = ctx.settings.config?.units ?? 'units.yaml';
        ctx.report({
          path: ['items', i, 'owner'],
          message: aboutItem(
            item,
            suggestion ? msg(MESSAGES.didYouMean, { part, registry, suggestion }) : msg(MESSAGES.addIt, { part, registry }),
          ),
          suggestion,
        });
      }
    });
  },
};
