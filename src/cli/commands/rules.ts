// `gkml rules`: the rule catalogue as a table (or JSON), and `--write-docs <dir>` to regenerate the
// documentation pages from the rule metadata.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RULES, ruleDocsUrl } from '../../rules/index.js';
import { ruleDocs } from '../../rules/support/docs.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { GkmlError } from '../../core/errors.js';
import { textTable } from '../../util/table.js';
import type { CliContext } from '../io.js';

export interface RulesFlags {
  format?: string;
  writeDocs?: string;
}

export function rulesJson(): string {
  const rules = RULES.map((r) => ({
    code: r.meta.code,
    slug: r.meta.slug,
    severity: r.meta.severity,
    fixable: r.meta.fixable,
    profiles: r.meta.profiles ?? ['county', 'guideline'],
    tags: r.meta.tags,
    description: r.meta.description,
    docsUrl: ruleDocsUrl(r.meta.slug),
  }));
  return JSON.stringify(rules, null, 2) + '\n';
}

export function rulesTable(lang: CliContext['lang']): string {
  const zh = lang === 'zh';
  const header = zh ? ['编号', '规则', '默认级别', '可修复', '适用', '说明'] : ['code', 'rule', 'default', 'fixable', 'applies to', 'description'];
  const rows = RULES.map((r) => [
    r.meta.code,
    r.meta.slug,
    r.meta.severity,
    r.meta.fixable ? '✓' : '',
    !r.meta.profiles || r.meta.profiles.length === 2 ? (zh ? '全部' : 'all') : r.meta.profiles[0] === 'county' ? (zh ? '县级' : 'county') : zh ? '指引' : 'guideline',
    r.meta.description[lang],
  ]);
  return textTable(header, rows);
}

/** Rewrite `dir` with the generated pages, removing pages of rules that no longer exist. */
function writeDocs(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const pages = ruleDocs();
  for (const name of readdirSync(dir)) if (name.endsWith('.md') && !pages.has(name)) rmSync(join(dir, name));
  for (const [name, text] of pages) writeFileAtomic(join(dir, name), text);
  return pages.size;
}

export function runRules(flags: RulesFlags, ctx: CliContext): number {
  if (flags.writeDocs !== undefined) {
    const count = writeDocs(resolve(ctx.cwd, flags.writeDocs));
    ctx.stderr(ctx.lang === 'zh' ? `gkml：已写入 ${count} 个文档页面到 ${flags.writeDocs}\n` : `gkml: wrote ${count} pages to ${flags.writeDocs}\n`);
    return 0;
  }
  const format = flags.format ?? 'table';
  if (format === 'json') ctx.stdout(rulesJson());
  else if (format === 'table') ctx.stdout(rulesTable(ctx.lang));
  else throw new GkmlError({ zh: `未知的输出格式：${format}（可用：table、json）`, en: `unknown format: ${format} (available: table, json)` });
  return 0;
}
