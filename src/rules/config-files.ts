import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { synonymGroups } from '../model/search-synonyms.js';
import { siteSettings } from '../model/site-settings.js';
import type { Rule } from './rule.js';

// The words are the build's, which refuses the same files (src/i18n/catalogue/build.ts).
const MESSAGES = {
  logoOutside: BUILD.logoOutside,
  logoMissing: BUILD.logoMissing,
  logoNotImage: BUILD.logoNotImage,
  synonymsOutside: BUILD.synonymsOutside,
  synonymsMissing: BUILD.synonymsMissing,
  badSynonyms: BUILD.badSynonyms,
  templatesNotFound: BUILD.templatesNotFound,
};

/** What the build would refuse when it reads the file: its own message, or nothing. */
function refusal(read: () => unknown): Text | undefined {
  try {
    read();
    return undefined;
  } catch (err) {
    if (err instanceof GkmlError) return err.text;
    throw err;
  }
}

export const configFiles: Rule = {
  meta: {
    code: 'GK155',
    slug: 'config-files',
    title: { zh: '配置引用的文件不可用', en: 'unusable file in the config' },
    description: {
      zh: 'gkml.config.yaml 引用的网站标志、搜索同义词文件或模板文件夹不存在、不在工作区内或不可用',
      en: 'a logo, synonyms file or templates folder named in gkml.config.yaml is missing, outside the workspace or unusable',
    },
    why: {
      zh: '网站标志（site.logo）、搜索同义词（search.synonyms）和模板文件夹（templates）在发布时才读取：找不到、放在工作区之外或格式不对，gkml build 就会拒绝发布。lint 先检查这些文件，校验通过就意味着可以发布。',
      en: 'The logo (site.logo), the synonyms file (search.synonyms) and the templates folder (templates) are read when publishing: missing, outside the workspace or malformed, they make gkml build refuse. Lint checks them first, so that a clean lint means the workspace can be published.',
    },
    tags: ['structure'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    examples: {
      bad: '# gkml.config.yaml\nsite:\n  logo: 县徽.png   # no such file in the workspace\n',
      good: '# gkml.config.yaml\nsite:\n  logo: assets/县徽.png   # a PNG inside the workspace\n',
    },
  },
  checkWorkspace(ctx) {
    const { root, config } = ctx.settings;
    if (!ctx.configFile || !root || !config) return;
    const configFile = ctx.configFile;
    // An inherited setting is checked where it is written, when its own workspace is linted.
    const own = (key: string) => ctx.settings.origins[key]?.[0] === configFile.path;
    const report = (path: string[], message: Text | undefined) => {
      if (message && own(path.join('.'))) ctx.report(configFile, { path, message });
    };
    if (config.site?.logo)
      report(
        ['site', 'logo'],
        refusal(() => siteSettings(root, config.site)),
      );
    if (config.search?.synonyms !== undefined)
      report(
        ['search', 'synonyms'],
        refusal(() => synonymGroups(root, config.search)),
      );
    if (config.templates !== undefined) {
      const dir = resolve(root, config.templates);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) report(['templates'], msg(BUILD.templatesNotFound, { dir: config.templates }));
    }
  },
};
