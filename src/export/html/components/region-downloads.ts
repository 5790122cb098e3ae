// Params of components/region-downloads: each region's own files, offered on the parent's home page.
import type { DownloadView } from './download-list.js';

export interface RegionDownloadsView {
  formats: string[];
  regions: { name: string; files: DownloadView[] }[];
}

/** Regions with the files their own pages offer (hrefs relative to the region's folder), as the parent's page (whose folder holds theirs) links them. */
export function regionDownloads(regions: readonly { name: string; folder: string; files: readonly DownloadView[] }[]): RegionDownloadsView {
  return {
    formats: regions[0]?.files.map((f) => f.format) ?? [],
    regions: regions.map((r) => ({
      name: r.name,
      files: r.files.map((f) => ({ ...f, label: shortLabel(f.label), href: r.folder + f.href })),
    })),
  };
}

/** In a table cell the label's explanation in brackets is too long: 'Excel 工作簿（全部领域，可打印）' → 'Excel 工作簿'. */
function shortLabel(label: string): string {
  return label.replace(/（.*$/, '');
}
