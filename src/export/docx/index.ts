// The docx build target: the 文件汇编 as a Word document (src/export/docx/compendium-document.ts).
// A county: directory.docx. A city or province: each region's own document at
// regions/<slug>/directory.docx, exactly as a build of that region alone would write it, and at
// the top the parent's, which opens with a summary of its regions. One document in memory at a time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withTightHeap } from '../../util/tight-heap.js';
import { regionFolder, type RegionBuild, type RegionSummary, type TargetContext, type TargetWriter } from '../target.js';
import { documentBytes, regionSummary } from './compendium-document.js';

function write(outDir: string, file: string, bytes: Uint8Array): string {
  const path = join(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return file;
}

export async function docxWriter(ctx: TargetContext): Promise<TargetWriter> {
  return {
    async region(r: RegionBuild) {
      const file = regionFolder(r.slug) + ctx.output;
      ctx.progress(file);
      return [write(ctx.outDir, file, await withTightHeap(() => documentBytes(r.compendium)))];
    },
    async finish(regions: readonly RegionSummary[]) {
      const extra = ctx.regions.length ? [regionSummary(regions, ctx.output)] : [];
      return [write(ctx.outDir, ctx.output, await withTightHeap(() => documentBytes(ctx.compendium, extra)))];
    },
  };
}
