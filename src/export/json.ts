// directory.json: the whole directory as one JSON document in the directory format, for other
// systems and for readers who want the data. Keys in a fixed order; no dates but the config's.
// A city or province lists its regions, each with its own domains; the file is written as the
// regions come (one region in memory at a time), byte for byte as JSON.stringify(doc, null, 2).
// Each region also gets its own directory.json in its folder, as a build of it alone writes it.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Compendium } from '../model/compendium.js';
import { regionFolder, type RegionBuild, type TargetContext, type TargetWriter } from './target.js';

function header(c: Compendium) {
  return { region: c.region, level: c.level, publisher: c.publisher, version: c.version, date: c.date };
}

const domainsOf = (c: Compendium) => c.domains.map((d) => d.data);

/** A value as JSON.stringify(…, null, 2) writes it `depth` levels down (JSON strings hold no raw newlines). */
function indented(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/** One directory on its own: a county's, or a region's in its folder. */
const documentOf = (c: Compendium) => JSON.stringify({ format: 'gkml-directory', formatVersion: 1, ...header(c), domains: domainsOf(c) }, null, 2);

export async function jsonWriter(ctx: TargetContext): Promise<TargetWriter> {
  const path = join(ctx.outDir, ctx.output);
  const open = documentOf(ctx.compendium);
  let first = true;
  if (ctx.regions.length) writeFileSync(path, `${open.slice(0, -2)},\n  "regions": [`);
  return {
    async region(r: RegionBuild) {
      appendFileSync(path, `${first ? '' : ','}\n    ${indented({ slug: r.slug, ...header(r.compendium), domains: domainsOf(r.compendium) }, 2)}`);
      first = false;
      const own = regionFolder(r.slug) + ctx.output;
      mkdirSync(dirname(join(ctx.outDir, own)), { recursive: true });
      writeFileSync(join(ctx.outDir, own), `${documentOf(r.compendium)}\n`);
      return [own];
    },
    async finish() {
      if (ctx.regions.length) appendFileSync(path, '\n  ]\n}\n');
      else writeFileSync(path, `${open}\n`);
      return [ctx.output];
    },
  };
}
