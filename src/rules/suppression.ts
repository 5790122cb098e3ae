import type { Rule } from './rule.js';

// Reported by src/lint/suppressions.ts about the `# gkml-disable…` comments themselves.
export const suppression: Rule = {
  meta: {
    code: 'GK004',
    slug: 'suppression',
    title: { zh: '抑制注释有误', en: 'faulty suppression comment' },
    description: {
      zh: '抑制注释有误：缺少理由、规则名未知，或没有抑制任何问题',
      en: 'a suppression comment without a reason, naming an unknown rule, or suppressing nothing',
    },
    why: {
      zh: '`# gkml-disable-next-line <规则> -- 理由` 让审核人员看到为什么某个问题可以不改；没有理由的抑制注释不生效。规则已不再报告的抑制注释应当删除，否则它会悄悄掩盖以后出现的新问题。',
      en: '`# gkml-disable-next-line <rule> -- reason` tells reviewers why a finding may stay; a suppression without a reason has no effect. A suppression that no longer suppresses anything should be deleted before it silently hides a new problem.',
    },
    tags: ['suppression'],
    severity: 'warn',
    fixable: false,
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    # gkml-disable-next-line channel-vocabulary\n    channels: [政府网站]\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    # gkml-disable-next-line timeframe-vague -- 本县应急预案规定灾情信息随时发布\n    timeframe: 按进展情况及时公开\n',
    },
  },
};
