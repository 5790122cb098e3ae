// The pdf build target: the Word document of each compendium (the docx target's, made again here)
// converted by LibreOffice, headless, in a private profile under the staging folder and with a time
// limit. Opt-in: without `soffice` on the PATH it stops before anything is written, saying how to
// install it. All documents of a build are converted by one LibreOffice run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GkmlError } from '../../core/errors.js';
import { DOCUMENT } from '../../i18n/catalogue/document.js';
import { msg } from '../../i18n/messages.js';
import { regionFolder, type RegionBuild, type RegionSummary, type TargetContext, type TargetWriter } from '../target.js';
import { documentBytes, regionSummary } from './compendium-document.js';

/** The docx target's file name, which a parent's region summary names beside each region's PDF. */
const DOCX_FILE = 'directory.docx';
/** LibreOffice's start takes seconds; each document of a county about as long again. */
const TIME_LIMIT_SECONDS = (documents: number) => 120 + 30 * documents;

/** The soffice executable on the PATH, if there is one. */
export function findSoffice(path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'soffice');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

export async function pdfWriter(ctx: TargetContext): Promise<TargetWriter> {
  const soffice = findSoffice();
  if (!soffice) throw new GkmlError(msg(DOCUMENT.noSoffice));
  const work = join(ctx.outDir, '.pdf-work');
  // Each document under a name of its own, so one run converts them all into one folder.
  const pending: { source: string; file: string }[] = [];
  const stage = (file: string, bytes: Uint8Array) => {
    mkdirSync(work, { recursive: true });
    const source = join(work, `${pending.length + 1}.docx`);
    writeFileSync(source, bytes);
    pending.push({ source, file });
  };
  return {
    async region(r: RegionBuild) {
      stage(regionFolder(r.slug) + ctx.output, await documentBytes(r.compendium));
      return [];
    },
    async finish(regions: readonly RegionSummary[]) {
      stage(ctx.output, await documentBytes(ctx.compendium, ctx.regions.length ? [regionSummary(regions, DOCX_FILE)] : []));
      try {
        convert(soffice, work, pending.map((p) => p.source));
        for (const p of pending) {
          const pdf = p.source.replace(/\.docx$/, '.pdf');
          if (!existsSync(pdf)) throw new GkmlError(msg(DOCUMENT.sofficeFailed, { file: p.file, detail: 'no output' }));
          mkdirSync(dirname(join(ctx.outDir, p.file)), { recursive: true });
          renameSync(pdf, join(ctx.outDir, p.file));
        }
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
      return pending.map((p) => p.file);
    },
  };
}

function convert(soffice: string, work: string, sources: readonly string[]): void {
  const seconds = TIME_LIMIT_SECONDS(sources.length);
  const profile = pathToFileURL(join(work, 'profile')).href;
  const run = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', work, ...sources], {
    encoding: 'utf8',
    timeout: seconds * 1000,
    killSignal: 'SIGKILL',
    env: { ...process.env, HOME: work },
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new GkmlError(msg(DOCUMENT.sofficeTimeout, { seconds }));
  if (run.error || run.status !== 0) {
    const detail = (run.error?.message ?? run.stderr ?? '').split('\n').find((l) => l.trim()) ?? `exit ${run.status}`;
    throw new GkmlError(msg(DOCUMENT.sofficeFailed, { file: sources.join(' '), detail }));
  }
}
