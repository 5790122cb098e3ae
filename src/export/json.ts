// directory.json: the whole workspace as one JSON document in the directory format, for other
// systems and for readers who want the data. Keys in a fixed order; no dates but the config's.
// A city or province lists its regions, each with its own domains; the file is written as the
// regions come (one region in memory at a time), byte for byte as JSON.stringify(doc, null, 2).
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionBuild, TargetContext, TargetWriter } from '../build/target.js';
import type { Compendium } from '../model/cascade.js';
import type { Workspace } from '../workspace/load.js';

export const JSON_FILE = 'directory.json';

/** The workspace's directory files in the compendium's (national) order, without the profile key. */
function domainsOf(ws: Workspace, compendium: Compendium) {
  const byFile = new Map(ws.directories.map((d) => [d.file.display, d.data]));
  return compendium.domains.map((d) => {
    const { profile: _profile, ...rest } = byFile.get(d.file)!;
    return rest;
  });
}

function header(ws: Workspace) {
  const c = ws.config;
  return { region: c.region, level: c.level, publisher: c.publisher, version: c.version, date: c.date };
}

/** A value as JSON.stringify(…, null, 2) writes it `depth` levels down (JSON strings hold no raw newlines). */
function indented(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

export async function jsonWriter(ctx: TargetContext): Promise<TargetWriter> {
  const path = join(ctx.outDir, JSON_FILE);
  const head = { format: 'gkml-directory', formatVersion: 1, ...header(ctx.workspace), domains: domainsOf(ctx.workspace, ctx.compendium) };
  const open = JSON.stringify(head, null, 2);
  let first = true;
  if (ctx.regions.length) writeFileSync(path, `${open.slice(0, -2)},\n  "regions": [`);
  return {
    async region(r: RegionBuild) {
      appendFileSync(path, `${first ? '' : ','}\n    ${indented({ slug: r.slug, ...header(r.workspace), domains: domainsOf(r.workspace, r.compendium) }, 2)}`);
      first = false;
      return [];
    },
    async finish() {
      if (ctx.regions.length) appendFileSync(path, '\n  ]\n}\n');
      else writeFileSync(path, `${open}\n`);
      return [JSON_FILE];
    },
  };
}
