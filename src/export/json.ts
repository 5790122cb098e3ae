// directory.json: the whole workspace as one JSON document in the directory format, for other
// systems and for readers who want the data. Keys in a fixed order; no dates but the config's.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TargetContext } from '../build/target.js';

export const JSON_FILE = 'directory.json';

export async function writeJson(ctx: TargetContext): Promise<string[]> {
  const { workspace: ws } = ctx;
  const c = ws.config;
  const doc = {
    format: 'gkml-directory',
    formatVersion: 1,
    region: c.region,
    level: c.level,
    publisher: c.publisher,
    version: c.version,
    date: c.date,
    domains: ctx.compendium.domains.map((d) => {
      const data = ws.directories.find((x) => x.file.display === d.file)!.data;
      const { profile: _profile, ...rest } = data;
      return rest;
    }),
  };
  writeFileSync(join(ctx.outDir, JSON_FILE), JSON.stringify(doc, null, 2) + '\n');
  return [JSON_FILE];
}
