// The downloads the index page offers: files earlier targets of the same build wrote (the Excel
// workbook, the JSON export), copied into site/downloads/ so the site folder is complete on its
// own. Only what this build actually wrote is copied and linked.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { TargetContext } from '../../build/target.js';
import { JSON_FILE } from '../json.js';
import type { SiteFolder } from './site-folder.js';
import type { Download } from './view.js';

/** In the order the index page lists them: the workbook for readers first, the data second. */
const KNOWN_DOWNLOADS = [
  // Written by the xlsx target (src/export/xlsx), which runs before html.
  { file: 'directory.xlsx', label: 'Excel 工作簿（全部领域，可打印）', format: 'XLSX' },
  { file: JSON_FILE, label: 'JSON 数据（完整目录，供其他系统使用）', format: 'JSON' },
];

/** 1234 → 1.2 KB (decimal point, one digit, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function copyDownloads(ctx: TargetContext, site: SiteFolder): Download[] {
  const downloads: Download[] = [];
  for (const known of KNOWN_DOWNLOADS) {
    if (!ctx.written.includes(known.file)) continue;
    const from = join(ctx.outDir, known.file);
    const href = `downloads/${known.file}`;
    site.copy(href, from);
    downloads.push({ href, label: known.label, format: known.format, size: formatSize(statSync(from).size) });
  }
  return downloads;
}
