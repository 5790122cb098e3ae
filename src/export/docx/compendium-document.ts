// The 文件汇编 of one compendium as a Word document: the cover and contents on A4 portrait, then one
// landscape section per domain in the national order (heading 一、社会救助, the table, the
// directory's note), page numbers — 1 — from the contents on. A city's or province's own document
// adds a summary of its regions after the contents; a build with `--previous`, 更新记录 at the end.
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  NumberFormat,
  PageNumber,
  Paragraph,
  SectionType,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import { changeRows, changesSince, printedChanges } from '../../diff/change-list.js';
import { CHANGES } from '../../i18n/catalogue/changes.js';
import { say } from '../../i18n/messages.js';
import type { DiffReport } from '../../model/changes.js';
import type { Compendium } from '../../model/compendium.js';
import { changesTable } from './changes-table.js';
import { chineseOrdinal } from '../../util/chinese-numerals.js';
import { regionFolder, type RegionSummary } from '../target-writer.js';
import { domainTable } from './domain-table.js';
import { contents, cover, type ContentsEntry } from './front-matter.js';
import { FONTS, PAGE_NUMBER_SIZE, STYLES, landscapePage, landscapeTextWidth, portraitPage } from './layout.js';
import { packDocument } from './package.js';
import { regionSummaryTable } from './region-summary.js';
import { directoryTitle } from '../../model/table-layout.js';

/** — 1 —, centred: GB/T 9704's page number, 4号 宋体 between two dashes. */
const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNumber, size: PAGE_NUMBER_SIZE })],
      }),
    ],
  });

export const documentTitle = (c: Compendium) => directoryTitle(c.region);

/** The heading of the `i`th directory file (from 0): 一、社会救助 … 一千〇一、…, however many files there are. */
export const domainHeading = (i: number, name: string) => `${chineseOrdinal(i + 1)}、${name}`;

/** A portrait part after the contents (a region summary): a heading and a table. */
export interface ExtraSection {
  heading: string;
  table: Table;
}

export function compendiumDocument(c: Compendium, extra: readonly ExtraSection[] = []): Document {
  const changes = printedChanges(c);
  const entries: ContentsEntry[] = [
    ...extra.map((e) => ({ heading: e.heading, count: '' })),
    ...c.domains.map((d, i) => ({ heading: domainHeading(i, d.name), count: `${d.items.length} 个事项` })),
    ...(changes ? [{ heading: CHANGES_HEADING, count: say('zh', CHANGES.rowCount, { count: changeRows(changes, c).length }) }] : []),
  ];
  const sections: ISectionOptions[] = [
    // The cover has no footer and no page number.
    { properties: { page: portraitPage }, children: cover(c, documentTitle(c)) },
    {
      properties: { type: SectionType.NEXT_PAGE, page: { ...portraitPage, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } },
      footers: { default: pageFooter() },
      children: contents(entries),
    },
    ...extra.map((e) => ({
      properties: { type: SectionType.NEXT_PAGE, page: portraitPage },
      footers: { default: pageFooter() },
      children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: e.heading }), e.table],
    })),
    ...c.domains.map((d, i) => ({
      properties: { type: SectionType.NEXT_PAGE, page: landscapePage(c.paper) },
      footers: { default: pageFooter() },
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, text: domainHeading(i, d.name) }),
        domainTable(d, c.channels, landscapeTextWidth(c.paper)),
        ...(d.note ? [new Paragraph({ style: 'Note', text: d.note })] : []),
      ],
    })),
    // After the domains, as the 目录 lists it: only with `gkml build --previous`.
    ...(changes ? [changesSection(c, changes)] : []),
  ];
  return new Document({
    creator: c.publisher,
    lastModifiedBy: c.publisher,
    title: documentTitle(c),
    styles: STYLES,
    // Word and WPS refresh the 目录 (its page numbers) when they open the document.
    features: { updateFields: true },
    sections,
  });
}

const CHANGES_HEADING = say('zh', CHANGES.heading);

/** The 更新记录: a heading the 目录 lists, the line saying which versions it compares, the change list on landscape pages. */
function changesSection(c: Compendium, changes: DiffReport): ISectionOptions {
  return {
    properties: { type: SectionType.NEXT_PAGE, page: landscapePage(c.paper) },
    footers: { default: pageFooter() },
    children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: CHANGES_HEADING }),
      new Paragraph({ style: 'Note', keepNext: true, spacing: { before: 0, after: 160 }, text: changesSince(changes) }),
      changesTable(changes, c, landscapeTextWidth(c.paper)),
    ],
  };
}

/** The bytes of one compendium's document (with a region summary for a city or province). */
export async function documentBytes(c: Compendium, extra: readonly ExtraSection[] = []): Promise<Uint8Array> {
  return packDocument(compendiumDocument(c, extra), { title: documentTitle(c), author: c.publisher, timestamp: c.timestamp });
}

/** The summary section of a parent's document; `file` is the name each region's document has in its folder. */
export function regionSummary(regions: readonly RegionSummary[], file: string): ExtraSection {
  return { heading: '各地区事项数汇总', table: regionSummaryTable(regions, (slug) => regionFolder(slug) + file) };
}
