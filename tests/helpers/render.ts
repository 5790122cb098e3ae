// Renders outputs the way offices see them: LibreOffice converts a workbook or document to PDF
// (headless, in a private profile), and pdftotext (poppler-utils) reads the text of each page.
// CI installs both (.ci/run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const INSTALL = 'apt-get install libreoffice-calc libreoffice-writer poppler-utils';

/** Converts `file` to PDF in `outDir` with LibreOffice; returns the PDF's path. */
export function renderPdf(file: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'gkml-soffice-'));
  try {
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        file,
      ],
      { encoding: 'utf8', timeout: 300_000, env: { ...process.env, HOME: profile } },
    );
    if (run.error || run.status !== 0) throw new Error(`soffice failed (${INSTALL}): ${run.error?.message ?? run.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(file).replace(/\.[^.]+$/, '.pdf'));
}

/** The text of each page of a PDF, in reading order (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: string, layout = false): string[] {
  const run = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error || run.status !== 0) throw new Error(`pdftotext failed (${INSTALL}): ${run.error?.message ?? run.stderr}`);
  return run.stdout.split('\f').slice(0, -1);
}
