// Params of fragments/index and fragments/downloads: a directory's overview for a site platform's
// article editor (its domains' counts, its regions' counts) and the files the webmaster attaches,
// linked by their names.
import type { Compendium, OutputFile } from '../../../model/compendium.js';
import { DRAFT_MARK, directoryTitle } from '../../../model/table-layout.js';

export interface FragmentDownloadView {
  /** The file's name, relative: the webmaster replaces it with the attachment's address. */
  href: string;
  label: string;
  format: string;
}

export interface FragmentIndexView {
  title: string;
  domains: { name: string; l1Count: number; count: number }[];
  regions: { name: string; count: number }[];
  total: number;
  downloads: FragmentDownloadView[];
}

export function fragmentDownloads(files: readonly OutputFile[]): FragmentDownloadView[] {
  return files.map((f) => ({ href: f.file, label: f.label, format: f.format }));
}

export function fragmentIndex(
  c: Compendium,
  regions: readonly { name: string; itemCount: number }[],
  downloads: FragmentDownloadView[],
): FragmentIndexView {
  return {
    title: directoryTitle(c.region, c.draft ? DRAFT_MARK : ''),
    domains: c.domains.map((d) => ({ name: d.name, l1Count: new Set(d.items.map((i) => i.l1)).size, count: d.items.length })),
    regions: regions.map((r) => ({ name: r.name, count: r.itemCount })),
    total: c.itemCount + regions.reduce((n, r) => n + r.itemCount, 0),
    downloads,
  };
}
