// The fragments target (`gkml build --only fragments`): for the site platforms (政府网站集约化平台)
// whose webmasters paste content into an article editor and attach files, rather than upload a site.
// fragments/<domain>.html holds a domain's official table, fragments/index.html the directory's
// overview; each is a bare fragment (no <html>, no script, no asset, no class: every style inline)
// rendered through the site's escaping templates, with the directory's files linked by their names
// for the webmaster to attach and replace. Each workspace of the tree has them in its folder.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../../model/compendium.js';
import { tableTitle } from '../../model/table-layout.js';
import { makeFolder } from '../../util/make-folder.js';
import type { Publication, TargetWriter } from '../target-writer.js';
import { fragmentDownloads, fragmentIndex } from './components/fragment-index.js';
import { officialTable } from './components/official-table.js';
import { createRenderer, type Renderer } from './render.js';
import { domainPageFile } from './site-folder.js';
import { loadTemplateSet } from './template-set.js';

/** The files a fragment links, built or not: what the webmaster attaches, at a region with regions or without. */
export interface Attachments {
  own: readonly OutputFile[];
  summary: readonly OutputFile[];
}

/** The templates are read and compiled once per build, not once per region. */
const renderers = new WeakMap<Publication, Renderer>();
function rendererOf(publication: Publication): Renderer {
  let r = renderers.get(publication);
  if (!r) renderers.set(publication, (r = createRenderer(loadTemplateSet(publication.templates, process.cwd()))));
  return r;
}

/** The writer, given the files the fragments link (target-table.ts names them, as it names every target's file). */
export function fragmentsWriter(attachments: Attachments): TargetWriter {
  return async (ctx) => {
    const c = ctx.compendium;
    const renderer = rendererOf(ctx.publication);
    const downloads = fragmentDownloads(ctx.regions.length ? attachments.summary : attachments.own);
    const folder = `${ctx.folder}${ctx.output}/`;
    const written: string[] = [];
    const write = (file: string, html: string) => {
      const path = join(ctx.outDir, folder, file);
      makeFolder(dirname(path));
      writeFileSync(path, html);
      written.push(folder + file);
    };
    write('index.html', renderer.render('fragments/index', fragmentIndex(c, ctx.regions, downloads)));
    for (const d of c.domains) {
      const table = officialTable(tableTitle(c.region, d.name, c.draft), d, c.channels);
      write(domainPageFile(d.id), renderer.render('fragments/domain', { table, downloads }));
    }
    return written;
  };
}
