// `gkml import`: run the importer, list what it found (one line per problem, with its cell) and
// sum up. Exit 0 when every row became an item (warnings only), 1 when some could not.
import { importFile } from '../../import/import.js';
import type { CliContext } from '../io.js';

export interface ImportFlags {
  domain?: string;
  out?: string;
  force?: boolean;
}

export async function runImport(file: string, flags: ImportFlags, ctx: CliContext): Promise<number> {
  const zh = ctx.lang === 'zh';
  const result = await importFile({ file, domain: flags.domain, out: flags.out, force: flags.force, cwd: ctx.cwd });
  for (const p of result.problems) {
    const severity = p.severity === 'error' ? (zh ? '错误' : 'error') : zh ? '警告' : 'warning';
    ctx.stdout(`${p.ref}: ${severity}: ${p.message[ctx.lang]}\n`);
  }
  const written = result.files.join(zh ? '、' : ', ');
  ctx.stderr(
    zh
      ? `读取 ${result.rowsRead} 行，写出 ${result.itemCount} 个事项，发现 ${result.problems.length} 个问题（${result.errorCount} 个错误）${written ? `：${written}` : ''}\n`
      : `read ${result.rowsRead} rows, wrote ${result.itemCount} items, found ${result.problems.length} problems (${result.errorCount} errors)${written ? `: ${written}` : ''}\n`,
  );
  return result.errorCount > 0 || result.itemCount === 0 ? 1 : 0;
}
