import type { Rule } from './rule.js';

// Reported by the schema validator (src/schema/validate.ts) against schemas/directory.schema.json.
export const schema: Rule = {
  meta: {
    code: 'GK002',
    slug: 'schema',
    title: { zh: '文件结构有误', en: 'schema mismatch' },
    description: { zh: '目录文件的结构不符合 JSON Schema', en: 'the directory file does not match the JSON Schema' },
    why: {
      zh: '必填字段缺失、类型错误或未知字段会让导出的 Excel 与网页缺栏少项；结构由 schemas/directory.schema.json 规定，编辑器也用它做自动补全。',
      en: 'Missing fields, wrong types or unknown keys leave gaps in the published workbook and site; the structure is defined by schemas/directory.schema.json, which editors also use for completion.',
    },
    tags: ['schema'],
    severity: 'error',
    fixable: false,
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    公开时限: 信息形成之日起20个工作日内\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    timeframe: 信息形成之日起20个工作日内\n',
    },
  },
};
