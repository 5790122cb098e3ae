// The downloads a page offers: the files the compendium says the build writes for it (the Excel
// workbook, the Word document, the JSON export), copied into the downloads/ folder beside the page
// so the site folder is complete on its own. The other targets write each workspace's files before
// the site does, so the files exist (a target whose regions' files come last, the PDF, is
// not offered on region pages: target-table.ts).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from '../../model/compendium.js';
import { formatSize, type DownloadView } from './components/download-list.js';
import type { SiteFolder } from './site-folder.js';

/** `folder`: where the pages offering them are, in the site and (a region's) in the build's output. */
export function copyDownloads(files: readonly OutputFile[], outDir: string, site: SiteFolder, folder = ''): DownloadView[] {
  return files.map((f) => {
    const from = join(outDir, folder, f.file);
    const href = `downloads/${f.file}`;
    site.copy(folder + href, from);
    return { href, label: f.label, format: f.format, size: formatSize(statSync(from).size) };
  });
}

/** The downloads a region's pages offer, as the region's parent lists them: read back from the site (hrefs relative to the region's folder). */
export function offeredDownloads(files: readonly OutputFile[], site: SiteFolder, folder: string): DownloadView[] {
  return files.map((f) => {
    const href = `downloads/${f.file}`;
    return { href, label: f.label, format: f.format, size: formatSize(statSync(join(site.root, folder, href)).size) };
  });
}
