// directory.json: the whole workspace as one JSON document in the directory format, for other
// systems and for readers who want the data. Keys in a fixed order; no dates but the config's.
// A city or province lists its regions, each with its own domains.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TargetContext } from '../build/target.js';
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

export async function writeJson(ctx: TargetContext): Promise<string[]> {
  const doc = {
    format: 'gkml-directory',
    formatVersion: 1,
    ...header(ctx.workspace),
    domains: domainsOf(ctx.workspace, ctx.compendium),
    ...(ctx.regions.length ? { regions: ctx.regions.map((r) => ({ slug: r.slug, ...header(r.workspace), domains: domainsOf(r.workspace, r.compendium) })) } : {}),
  };
  writeFileSync(join(ctx.outDir, JSON_FILE), JSON.stringify(doc, null, 2) + '\n');
  return [JSON_FILE];
}
