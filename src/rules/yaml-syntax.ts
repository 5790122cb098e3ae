import type { Rule } from './rule.js';

// Reported by the loader (src/workspace/source.ts): the file must parse before anything else runs.
export const yamlSyntax: Rule = {
  meta: {
    code: 'GK001',
    slug: 'yaml-syntax',
    title: { zh: 'YAML 语法错误', en: 'YAML syntax error' },
    description: { zh: 'YAML 语法错误、重复的键、制表符缩进', en: 'YAML syntax errors, duplicate keys, tab indentation' },
    why: {
      zh: '文件无法正确解析时，其余检查都没有意义；重复的键会让后一个值悄悄覆盖前一个，造成数据丢失。',
      en: 'Nothing else can be checked until the file parses; a duplicate key silently replaces the earlier value and loses data.',
    },
    tags: ['syntax'],
    severity: 'error',
    fixable: false,
    examples: { bad: 'name: 就业\nname: 就业创业\n', good: 'name: 就业\naliases: [就业创业]\n' },
  },
};
