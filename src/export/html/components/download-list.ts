// Params of components/download-list: the files a build wrote beside the site, each copied into the
// site's downloads/ folder so the site is complete on its own.
export interface DownloadView {
  href: string;
  label: string;
  format: string;
  size: string;
}

/** 1234 → 1.2 KB (decimal point, one digit, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
