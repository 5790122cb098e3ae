import { defineMessages, msg, NOTHING } from '../i18n/messages.js';
import { standardLevel } from '../model/level-labels.js';
import { replaceScalar } from '../workspace/edit.js';
import { aboutItem } from './support/item.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  notALabel: {
    zh: '公开层级“{label}”不是本工作区的层级标签（可用：{labels}）{write}',
    en: 'level "{label}" is not one of this workspace\'s labels ({labels}){write}',
  },
  write: { zh: '，应为“{standard}”', en: '; write "{standard}"' },
});

export const levelLabel: Rule = {
  meta: {
    code: 'GK102',
    slug: 'level-label',
    title: { zh: '公开层级标签不符', en: 'unknown level label' },
    description: {
      zh: '公开层级不是本工作区的层级标签之一（县级目录默认为 县级、乡级）',
      en: "a 公开层级 label that is not one of the workspace's level labels (county default: 县级, 乡级)",
    },
    why: {
      zh: '公开层级决定事项由哪一级政府公开，也是导出表格中的勾选列。已发布的目录里有“乡镇级”“区县级”“镇(街)级”等各种写法；一个工作区应统一使用一组标签（县级工作区默认 县级、乡级，可在 gkml.config.yaml 的 levels 中改为本地的叫法）。报送的表格在没有配置时以其表头的层级栏名为自己的层级标签，不报告；有配置（或 --config）时按工作区的标签检查，在表头报告一次。',
      en: 'The level says which government publishes the item and is a checkbox column in the exported table. Published directories mix 乡镇级, 区县级, 镇(街)级 …; a workspace uses one set of labels (county default 县级, 乡级; change it with levels in gkml.config.yaml). A submitted table with no config has the level labels of its header as its own set, not reported; with a config (or --config) they are checked against the labels of the workspace, once at the header.',
    },
    tags: ['vocabulary'],
    severity: 'error',
    fixable: true,
    profiles: ['county'],
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: anquan-shengchan-01-01\n    l1: 安全生产行政许可\n    level: [县级, 乡镇级]\n',
      good: 'items:\n  - id: anquan-shengchan-01-01\n    l1: 安全生产行政许可\n    level: [县级, 乡级]\n',
    },
  },
  checkFile(ctx) {
    const labels = ctx.settings.levelLabels;
    ctx.data.items.forEach((item, i) => {
      const levels = item.level ?? [];
      levels.forEach((label, j) => {
        if (labels.includes(label)) return;
        const path = ['items', i, 'level', j];
        const standard = standardLevel(label, labels);
        // Never fix into a duplicate: the schema requires an item's levels to be unique.
        const fix = standard && !levels.includes(standard) ? replaceScalar(ctx.file, path, standard) : undefined;
        ctx.report({
          path,
          message: aboutItem(
            item,
            msg(MESSAGES.notALabel, { label, labels, write: standard ? msg(MESSAGES.write, { standard }) : NOTHING }),
          ),
          suggestion: standard,
          fix,
        });
      });
    });
  },
};
