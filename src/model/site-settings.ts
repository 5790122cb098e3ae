// The site's `site:` settings as the compendium carries them: registration details as written,
// the header colour and print paper with their defaults, and the logo as an absolute path, refused
// unless it is an image file inside the workspace (its first bytes say so, not only its name).
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GkmlError } from '../core/errors.js';
import { BUILD } from '../i18n/catalogue/build.js';
import { msg } from '../i18n/messages.js';
import { isInside } from '../util/paths.js';
import type { SiteConfig } from '../workspace/config.js';
import type { SiteSettings } from './compendium.js';

/** The image formats a logo may be, by their first bytes (SVG by its opening tag). */
const SIGNATURES: readonly { ext: RegExp; test: (head: Buffer) => boolean }[] = [
  { ext: /\.png$/i, test: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: /\.jpe?g$/i, test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  { ext: /\.gif$/i, test: (h) => h.subarray(0, 4).toString('latin1') === 'GIF8' },
  { ext: /\.webp$/i, test: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP' },
  { ext: /\.svg$/i, test: (h) => /<svg[\s>]/.test(h.toString('utf8')) },
];

/** At most this large: a header logo is a few kilobytes. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

function head(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(512);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
}

function logoPath(root: string, logo: string): string {
  const path = resolve(root, logo);
  if (!isInside(root, path)) throw new GkmlError(msg(BUILD.logoOutside, { file: logo }));
  if (!existsSync(path) || !statSync(path).isFile()) throw new GkmlError(msg(BUILD.logoMissing, { file: logo }));
  const kind = SIGNATURES.find((s) => s.ext.test(path));
  if (!kind || statSync(path).size > MAX_LOGO_BYTES || !kind.test(head(path))) throw new GkmlError(msg(BUILD.logoNotImage, { file: logo }));
  return path;
}

export function siteSettings(root: string, site: SiteConfig | undefined): SiteSettings {
  const { logo, banner, paper, ...details } = site ?? {};
  return { ...details, ...(logo ? { logo: logoPath(root, logo) } : {}), banner: banner ?? 'blue', paper: paper ?? 'A4' };
}
