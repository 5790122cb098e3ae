// The build targets, declared once: each one's name, the output it writes (relative to the build's
// output folder, and inside each region's folder), what the site calls it when it offers it for
// download, and its writer, loaded on demand (a json-only build never loads exceljs or handlebars).
import { HELP } from '../i18n/catalogue/cli-help.js';
import type { Message } from '../i18n/messages.js';
import type { OutputFile } from '../model/compendium.js';
import type { TargetWriter } from './target-writer.js';

export interface TargetDeclaration {
  name: string;
  /** A file, or (html) the site's folder. */
  output: string;
  /** What `gkml build --help` calls it. */
  help: Message;
  /** Offered by the site's downloads, in this list's order; absent for the site itself. */
  download?: Omit<OutputFile, 'file'> & {
    /** Its label at the top of a city or province, where it sums up the regions rather than holding one directory. */
    summaryLabel: string;
  };
  /** Built only when asked for by name (`--only`): it needs a program a plain build does not, or serves one way of publishing only. */
  optIn?: boolean;
  /** Its regions' files are made at the end of the build, after the site has written the regions' pages: those pages cannot offer them. */
  regionFilesLast?: boolean;
  load(): Promise<TargetWriter>;
}

/** In build order: the site comes last, as it offers the files the others wrote. */
export const TARGETS = [
  {
    name: 'xlsx',
    help: HELP.targetXlsx,
    output: 'directory.xlsx',
    download: { label: 'Excel 工作簿（全部领域，可打印）', summaryLabel: 'Excel 汇总工作簿（各地区事项数，及本级目录）', format: 'XLSX' },
    load: async () => (await import('./xlsx/index.js')).xlsxWriter,
  },
  {
    // Excel as the authoring surface (`--fillable`): written only when asked for, never offered by the site.
    name: 'fillable',
    help: HELP.targetFillable,
    output: '<地区>标准目录（填报）.xlsx',
    optIn: true,
    load: async () => (await import('./xlsx/fillable.js')).fillableWriter,
  },
  {
    name: 'docx',
    help: HELP.targetDocx,
    output: 'directory.docx',
    download: { label: 'Word 文件汇编（可打印）', summaryLabel: 'Word 汇总文件（各地区概况，及本级目录）', format: 'DOCX' },
    load: async () => (await import('./docx/index.js')).docxWriter,
  },
  {
    name: 'pdf',
    help: HELP.targetPdf,
    output: 'directory.pdf',
    download: { label: 'PDF 文件汇编（打印版）', summaryLabel: 'PDF 汇总文件（打印版）', format: 'PDF' },
    optIn: true,
    // LibreOffice converts every document in one run when the build finishes.
    regionFilesLast: true,
    load: async () => (await import('./docx/pdf.js')).pdfWriter,
  },
  {
    name: 'json',
    help: HELP.targetJson,
    output: 'directory.json',
    download: {
      label: 'JSON 数据（完整目录，供其他系统使用）',
      summaryLabel: 'JSON 数据（全部地区的完整目录，供其他系统使用）',
      format: 'JSON',
    },
    load: async () => (await import('./json.js')).jsonWriter,
  },
  {
    // Pasted into a site platform's article editor (集约化平台), linking every downloadable file by name, built or not: asked for by name.
    name: 'fragments',
    help: HELP.targetFragments,
    output: 'fragments',
    optIn: true,
    load: async (): Promise<TargetWriter> =>
      (await import('./html/fragments.js')).fragmentsWriter({
        own: downloadsOf(BUILD_TARGETS),
        summary: downloadsOf(BUILD_TARGETS, { summary: true }),
      }),
  },
  { name: 'html', output: 'site', help: HELP.targetHtml, load: async () => (await import('./html/index.js')).siteWriter },
] as const satisfies readonly TargetDeclaration[];

export type BuildTarget = (typeof TARGETS)[number]['name'];
export const BUILD_TARGETS: readonly BuildTarget[] = TARGETS.map((t) => t.name);
/** What a plain `gkml build` writes: every target but the opt-in ones. */
export const DEFAULT_TARGETS: readonly BuildTarget[] = TARGETS.filter((t) => !('optIn' in t && t.optIn)).map((t) => t.name);

/**
 * The downloads of one workspace of a build of `targets`, in the order the site lists them: at the
 * top (`region: false`) or a region below it; labelled as summing up regions (`summary`) when it
 * has regions of its own. A region's pages cannot offer the files made after them (the PDF).
 */
export function downloadsOf(targets: readonly BuildTarget[], where: { summary?: boolean; region?: boolean } = {}): OutputFile[] {
  return TARGETS.flatMap((t) => {
    if (!('download' in t) || !targets.includes(t.name)) return [];
    if (where.region && 'regionFilesLast' in t && t.regionFilesLast) return [];
    const { label, summaryLabel, format } = t.download;
    return [{ file: t.output, label: where.summary ? summaryLabel : label, format }];
  });
}
