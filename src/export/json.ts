// directory.json: the whole directory as one JSON document in the directory format, for other
// systems and for readers who want the data. Keys in a fixed order; no dates but the config's.
// A city or province lists its regions, each with its own domains; the file is written as the
// regions come (one region in memory at a time), byte for byte as JSON.stringify(doc, null, 2).
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Compendium } from '../model/compendium.js';
import type { RegionBuild, TargetContext, TargetWriter } from './target.js';

function header(c: Compendium) {
  return { region: c.region, level: c.level, publisher: c.publisher, version: c.version, date: c.date };
}

const domainsOf = (c: Compendium) => c.domains.map((d) => d.data);

/** A value as JSON.stringify(…, null, 2) writes it `depth` levels down (JSON strings hold no raw newlines). */
function indented(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

export async function jsonWriter(ctx: TargetContext): Promise<TargetWriter> {
  const path = join(ctx.outDir, ctx.output);
  const head = { format: 'gkml-directory', formatVersion: 1, ...header(ctx.compendium), domains: domainsOf(ctx.compendium) };
  const open = JSON.stringify(head, null, 2);
  let first = true;
  if (ctx.regions.length) writeFileSync(path, `${open.slice(0, -2)},\n  "regions": [`);
  return {
    async region(r: RegionBuild) {
      appendFileSync(path, `${first ? '' : ','}\n    ${indented({ slug: r.slug, ...header(r.compendium), domains: domainsOf(r.compendium) }, 2)}`);
      first = false;
      return [];
    },
    async finish() {
      if (ctx.regions.length) appendFileSync(path, '\n  ]\n}\n');
      else writeFileSync(path, `${open}\n`);
      return [ctx.output];
    },
  };
}
