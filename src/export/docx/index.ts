// The docx build target: the 文件汇编 as a Word document (src/export/docx/compendium-document.ts),
// one per workspace of the tree in its folder. One with regions opens with a summary of its child
// regions (their counts include the regions below them). One document in memory at a time.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TargetWriter } from '../target-writer.js';
import { documentBytes, regionSummary } from './compendium-document.js';
import { makeFolder } from '../../util/make-folder.js';

export const docxWriter: TargetWriter = async (ctx) => {
  const file = ctx.folder + ctx.output;
  if (ctx.folder) ctx.progress(file);
  const extra = ctx.regions.length ? [regionSummary(ctx.regions, ctx.output)] : [];
  const bytes = await documentBytes(ctx.compendium, extra);
  const path = join(ctx.outDir, file);
  makeFolder(dirname(path));
  writeFileSync(path, bytes);
  return [file];
};
