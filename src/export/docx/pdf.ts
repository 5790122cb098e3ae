// The pdf build target: the Word document of each compendium (the docx target's, made again here)
// converted by LibreOffice, headless, in a private profile under the staging folder and with a time
// limit. Opt-in: without `soffice` on the PATH the build stops before it starts, saying how to
// install it. All documents of a build are converted by one LibreOffice run, at the end: through
// its UNO bridge when a Python has it (Debian's python3-uno), which refreshes the 目录 so it has
// page numbers, else by `--convert-to`, whose 目录 lists the headings without them.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GkmlError } from '../../core/errors.js';
import { DOCUMENT } from '../../i18n/catalogue/document.js';
import { msg } from '../../i18n/messages.js';
import { compareStrings } from '../../core/order.js';
import type { TargetWriter } from '../target-writer.js';
import { documentBytes, regionSummary } from './compendium-document.js';
import { makeFolder } from '../../util/make-folder.js';
import { packagePath } from '../../core/package.js';

/** Where the documents wait for LibreOffice, inside the staging folder. */
const PDF_WORK = '.pdf-work';
/** The docx target's file name, which a parent's region summary names beside each region's PDF. */
const DOCX_FILE = 'directory.docx';
/** LibreOffice's start takes seconds; each document of a county about as long again. */
const TIME_LIMIT_SECONDS = (documents: number) => 120 + 30 * documents;

/** The script that refreshes each document's indexes and exports it, in one LibreOffice. */
const EXPORT_SCRIPT = packagePath('data/libreoffice/export-pdf.py');
/** Debian's python3-uno serves the system Python, which a user's own python3 on the PATH may not be. */
const SYSTEM_PYTHON = '/usr/bin/python3';

/** The Python that can import LibreOffice's UNO bridge: python3 on the PATH, else the system's. */
export function findUnoPython(path = process.env.PATH ?? ''): string | undefined {
  const candidates = [findExecutable('python3', path), SYSTEM_PYTHON].filter((p): p is string => p !== undefined);
  return candidates.find((python) => spawnSync(python, ['-c', 'import uno'], { stdio: 'ignore', timeout: 30_000 }).status === 0);
}

/** The soffice executable on the PATH, if there is one. */
export function findSoffice(path = process.env.PATH ?? ''): string | undefined {
  return findExecutable('soffice', path);
}

function findExecutable(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/**
 * Each workspace's document is staged in one folder under a name made of its output path, '/'
 * written as '_' (which neither a region slug nor a file name of the build contains), and the top
 * workspace, which the build writes last, converts them all.
 */
const stagedName = (file: string) => file.replace(/\//g, '_').replace(/\.pdf$/, '.docx');
const outputOf = (staged: string) => staged.replace(/_/g, '/').replace(/\.docx$/, '.pdf');

/** The soffice the PDFs need: a build asks before it starts, so it stops before any region is built. */
export function requireSoffice(): string {
  const soffice = findSoffice();
  if (!soffice) throw new GkmlError(msg(DOCUMENT.noSoffice));
  return soffice;
}

export const pdfWriter: TargetWriter = async (ctx) => {
  const soffice = requireSoffice();
  const work = join(ctx.outDir, PDF_WORK);
  makeFolder(work);
  const extra = ctx.regions.length ? [regionSummary(ctx.regions, DOCX_FILE)] : [];
  writeFileSync(join(work, stagedName(ctx.folder + ctx.output)), await documentBytes(ctx.compendium, extra));
  if (ctx.folder) return [];
  const staged = readdirSync(work)
    .filter((f) => f.endsWith('.docx'))
    .sort(compareStrings);
  try {
    convert(
      soffice,
      work,
      staged.map((f) => join(work, f)),
    );
    for (const f of staged) {
      const pdf = join(work, f.replace(/\.docx$/, '.pdf'));
      if (!existsSync(pdf)) throw new GkmlError(msg(DOCUMENT.sofficeFailed, { file: outputOf(f), detail: 'no output' }));
      makeFolder(dirname(join(ctx.outDir, outputOf(f))));
      renameSync(pdf, join(ctx.outDir, outputOf(f)));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return staged.map(outputOf);
};

let conversions = 0;

/** The command converting `sources` to PDFs beside them: through UNO (目录 refreshed) when it can. */
function conversion(soffice: string, work: string, sources: readonly string[]): [string, string[]] {
  const profile = pathToFileURL(join(work, 'profile')).href;
  const python = findUnoPython();
  // The pipe's name only has to be unique on the machine while this conversion runs.
  if (python) return [python, [EXPORT_SCRIPT, soffice, profile, `gkml-${process.pid}-${++conversions}`, ...sources]];
  return [
    soffice,
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', work, ...sources],
  ];
}

function convert(soffice: string, work: string, sources: readonly string[]): void {
  const seconds = TIME_LIMIT_SECONDS(sources.length);
  const [command, args] = conversion(soffice, work, sources);
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: seconds * 1000,
    killSignal: 'SIGKILL',
    env: { ...process.env, HOME: work },
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT')
    throw new GkmlError(msg(DOCUMENT.sofficeTimeout, { seconds }));
  if (run.error || run.status !== 0) {
    const detail = (run.error?.message ?? run.stderr ?? '').split('\n').find((l) => l.trim()) ?? `exit ${run.status}`;
    throw new GkmlError(msg(DOCUMENT.sofficeFailed, { file: sources.join(' '), detail }));
  }
}
