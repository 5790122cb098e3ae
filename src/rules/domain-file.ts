import { defineMessages, msg } from '../i18n/messages.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  twice: {
    zh: '领域“{name}”已有目录文件 {first}：一个领域只能有一个目录文件，发布时两份会互相覆盖（请合并为一个文件）',
    en: 'domain "{name}" already has the directory file {first}: a domain has one file, or its published pages and sheets would overwrite each other (merge them)',
  },
});

export const domainFile: Rule = {
  meta: {
    code: 'GK154',
    slug: 'domain-file',
    title: { zh: '一个领域有两个目录文件', en: 'two files for one domain' },
    description: { zh: '工作区中有两个目录文件属于同一领域', en: 'two directory files of one workspace belong to the same domain' },
    why: {
      zh: '发布时每个领域生成一个网页、一张工作表和文件汇编中的一节，都以领域命名。同一领域的两个文件会生成同名的网页和工作表，gkml build 因此拒绝发布；在 lint 时就指出，避免校验通过、发布却失败。',
      en: 'Publishing makes one page, one sheet and one section per domain, each named after it. Two files of one domain would make two pages and sheets of one name, so gkml build refuses them; lint says so first, so that a clean lint never ends in a failed build.',
    },
    tags: ['structure'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    examples: {
      bad: '# directories/jiuye.yaml:   domain: jiuye\n# directories/jiuye-2.yaml: domain: jiuye\n',
      good: '# directories/jiuye.yaml: domain: jiuye (every item of the domain in one file)\n',
    },
  },
  checkWorkspace(ctx) {
    const first = new Map<string, string>();
    for (const { file, data } of ctx.files) {
      const seen = first.get(data.domain);
      if (seen === undefined) first.set(data.domain, file.display);
      else ctx.report(file, { path: ['domain'], message: msg(MESSAGES.twice, { name: data.name ?? data.domain, first: seen }) });
    }
  },
};
