import { defineMessages, msg } from '../i18n/messages.js';
import { DOMAINS } from '../model/domains.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  missing: {
    zh: '县级工作区缺少 {count} 个试点领域的目录：{domains}',
    en: 'the county workspace lacks directories for {count} of the 26 domains: {domains}',
  },
  // An English reader gets the id beside the Chinese name.
  domain: { zh: '{name}{id||}', en: '{name} ({id})' },
});

export const domainCoverage: Rule = {
  meta: {
    code: 'GK152',
    slug: 'domain-coverage',
    title: { zh: '缺少试点领域', en: 'missing domains' },
    description: { zh: '县级工作区缺少某些试点领域的目录', en: 'a county workspace lacks directories for some of the 26 domains' },
    why: {
      zh: '国办发〔2019〕54号要求县级政府对照 26 个试点领域的标准指引编制目录。缺少的领域往往是漏编，而不是本县没有这些事项；确实不适用的领域可在 gkml.config.yaml 中把本规则设为 off，并在说明中写明理由。',
      en: '国办发〔2019〕54号 asks every county to compile its directory against all 26 pilot domains. A missing domain is usually an omission; where a domain truly does not apply, turn this rule off in gkml.config.yaml and say why.',
    },
    tags: ['completeness'],
    severity: 'warn',
    fixable: false,
    profiles: ['county'],
    messages: MESSAGES,
    examples: {
      bad: '# gkml.config.yaml: level: county\n# directories/: jiuye.yaml, shehui-baoxian.yaml (24 domains missing)\n',
      good: '# gkml.config.yaml: level: county\n# directories/: one file for each of the 26 domains\n',
    },
  },
  async checkWorkspace(ctx) {
    if (!ctx.configFile || ctx.settings.config?.level !== 'county') return;
    const present = new Set(ctx.files.map((f) => f.data.domain));
    const missing = DOMAINS.filter((d) => !present.has(d.id));
    // Only a lint of the whole workspace can tell that a domain is missing.
    if (missing.length === 0 || !(await ctx.wholeWorkspace())) return;
    ctx.report(ctx.configFile, {
      path: [],
      key: 'directories',
      message: msg(MESSAGES.missing, {
        count: missing.length,
        domains: missing.map((d) => msg(MESSAGES.domain, { name: d.name, id: d.id })),
      }),
    });
  },
};
