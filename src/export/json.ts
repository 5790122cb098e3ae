// directory.json: the whole directory as one JSON document in the directory format, for other
// systems and for readers who want the data. Keys in a fixed order; no dates but the config's.
// Every workspace of the tree gets its own file in its folder. One with regions lists them under
// `regions`, each as its own file says it (with `slug` in place of the format keys), so they nest
// to any depth. The regions' files are written first and read back one at a time (each with the
// regions below it), never as data: the build holds no region's directories but the one it writes.
// With `gkml build --previous`, `previous` and `changes` (its 更新记录) follow the domains.
// The bytes are those of JSON.stringify(doc, null, 2).
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DiffReport, ItemRef } from '../model/changes.js';
import type { Compendium } from '../model/compendium.js';
import type { TargetWriter } from './target-writer.js';
import { makeFolder } from '../util/make-folder.js';

const FORMAT_KEYS = '{\n  "format": "gkml-directory",\n  "formatVersion": 1,\n';

/** One workspace's own directories, pretty-printed, without the closing brace's newline. */
function documentOf(c: Compendium): string {
  const { region, level, publisher, version, date } = c;
  const doc = {
    format: 'gkml-directory',
    formatVersion: 1,
    region,
    level,
    publisher,
    version,
    date,
    // A submitted table's items keep the cell each was read from, as their last key.
    domains: c.domains.map((d) =>
      d.provenance ? { ...d.data, items: d.data.items.map((it, i) => ({ ...it, source: d.provenance![i] })) } : d.data,
    ),
    // Only with `gkml build --previous`: a build without it writes the same bytes as before.
    ...(c.changes ? { previous: { version: c.changes.old.version, date: c.changes.old.date }, changes: changeList(c.changes) } : {}),
  };
  return JSON.stringify(doc, null, 2);
}

/** The 更新记录 as data: each added, changed, renamed and removed item, the changed fields' values as the directory format writes them. */
function changeList(d: DiffReport): object[] {
  const entry = (type: string, { id, domain, l1, l2 }: ItemRef, more: object = {}) => ({
    type,
    id,
    domain,
    l1,
    ...(l2 ? { l2 } : {}),
    ...more,
  });
  return [
    ...d.added.map((r) => entry('added', r)),
    ...d.changed.map((r) => entry('changed', r, { fields: r.fields })),
    ...d.renamed.map((r) => entry('renamed', r, { from: r.from, fields: r.fields })),
    ...d.removed.map((r) => entry('removed', r)),
  ];
}

/** A region's own file as an entry of its parent's `regions`, `depth` levels down (JSON strings hold no raw newlines). */
function entryOf(fileText: string, slug: string, depth: number): string {
  const body = `{\n  "slug": ${JSON.stringify(slug)},\n${fileText.slice(FORMAT_KEYS.length).trimEnd()}`;
  return body.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

export const jsonWriter: TargetWriter = async (ctx) => {
  const file = ctx.folder + ctx.output;
  const path = join(ctx.outDir, file);
  makeFolder(dirname(path));
  const doc = documentOf(ctx.compendium);
  if (!ctx.regions.length) {
    writeFileSync(path, `${doc}\n`);
    return [file];
  }
  writeFileSync(path, `${doc.slice(0, -2)},\n  "regions": [`);
  ctx.regions.forEach((r, i) => {
    const text = readFileSync(join(ctx.outDir, r.folder + ctx.output), 'utf8');
    appendFileSync(path, `${i ? ',' : ''}\n    ${entryOf(text, r.slug, 2)}`);
  });
  appendFileSync(path, '\n  ]\n}\n');
  return [file];
};
