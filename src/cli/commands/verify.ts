// `gkml verify <folder> [--sums file]`: checks a deployed copy of a build against its SHA256SUMS
// (by default the one inside it), one line per changed, missing or extra file; exit 1 when any
// file differs, 0 when all match, 2 when it cannot check.
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { GkmlError } from '../../core/errors.js';
import { onPath } from '../../core/system-faults.js';
import { VERIFY } from '../../i18n/catalogue/verify.js';
import { msg, say } from '../../i18n/messages.js';
import { parseSums, verifyFolder } from '../../publish/checksums.js';
import { SUMS_FILE } from '../../publish/output-manifest.js';
import type { CliContext } from '../io.js';
import type { CommandFlags } from '../command-options.js';

export type VerifyFlags = CommandFlags<'verify'>;

export function runVerify(folder: string, flags: VerifyFlags, ctx: CliContext): number {
  const dir = resolve(ctx.cwd, folder);
  const isFolder = onPath(folder, () => statSync(dir).isDirectory(), 'read');
  if (!isFolder) throw new GkmlError(msg(VERIFY.notAFolder, { dir: folder }));
  const sumsShown = flags.sums ?? join(folder, SUMS_FILE);
  const sumsPath = resolve(ctx.cwd, sumsShown);
  const sums = parseSums(
    onPath(sumsShown, () => readFileSync(sumsPath, 'utf8'), 'read'),
    sumsShown,
  );
  const inside = relative(dir, sumsPath).split('\\').join('/');
  const result = verifyFolder(dir, sums, inside);
  const lines = [
    ...result.changed.map((file) => say(ctx.lang, VERIFY.changed, { file })),
    ...result.missing.map((file) => say(ctx.lang, VERIFY.missing, { file })),
    ...result.extra.map((file) => say(ctx.lang, VERIFY.extra, { file })),
  ];
  for (const line of lines) ctx.stdout(line + '\n');
  if (lines.length === 0) {
    ctx.stderr(say(ctx.lang, VERIFY.allMatch, { dir: folder, count: result.matching, sums: sumsShown }) + '\n');
    return 0;
  }
  const counts = { changed: result.changed.length, missing: result.missing.length, extra: result.extra.length };
  ctx.stderr(say(ctx.lang, VERIFY.differ, { dir: folder, sums: sumsShown, ...counts }) + '\n');
  return 1;
}
