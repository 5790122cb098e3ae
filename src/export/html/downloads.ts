// The downloads a page offers: the files the compendium says the build writes for it (the Excel
// workbook, the JSON export), copied into the site's downloads/ folder so the site folder is
// complete on its own. The other targets finish before the site, so the files exist.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputFile } from '../../model/compendium.js';
import { formatSize, type DownloadView } from './components/download-list.js';
import type { SiteFolder } from './site-folder.js';

export function copyDownloads(files: readonly OutputFile[], outDir: string, site: SiteFolder): DownloadView[] {
  return files.map((f) => {
    const from = join(outDir, f.file);
    const href = `downloads/${f.file}`;
    site.copy(href, from);
    return { href, label: f.label, format: f.format, size: formatSize(statSync(from).size) };
  });
}
