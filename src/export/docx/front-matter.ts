// The cover and the contents of the printed compendium. The cover: 征求意见稿 for a draft, the
// title, the publisher, the version and the date in Chinese numerals. The contents: a real TOC
// field over the domain headings, which Word and WPS fill with page numbers when they update it,
// and the same headings written out with their item counts, for readers whose program does not
// update fields (LibreOffice, WPS by default).
import { LeaderType, Paragraph, Tab, TableOfContents, TabStopType, TextRun } from 'docx';
import type { Compendium } from '../../model/compendium.js';
import { chineseNumeralDate } from '../../util/chinese-numerals.js';
import { PORTRAIT_TEXT_WIDTH, mm } from './layout.js';

/** A heading of the contents: its text and the line the written-out list gives it. */
export interface ContentsEntry {
  heading: string;
  count: string;
}

export function cover(c: Compendium, title: string): Paragraph[] {
  return [
    // Kept as an empty line when not a draft, so the title sits at the same height either way.
    new Paragraph({ style: 'Draft', text: c.draft ? '征求意见稿' : '' }),
    new Paragraph({ style: 'CoverTitle', spacing: { before: mm(50) }, text: title }),
    new Paragraph({ style: 'CoverLine', spacing: { before: mm(90) }, text: c.publisher }),
    new Paragraph({ style: 'CoverLine', text: `（版本 ${c.version}）` }),
    new Paragraph({ style: 'CoverLine', text: chineseNumeralDate(c.date) }),
  ];
}

export function contents(entries: readonly ContentsEntry[]): (Paragraph | TableOfContents)[] {
  // The list of counts is kept together (each line with the next), so it moves whole to the next page.
  const line = (e: ContentsEntry, i: number) =>
    new Paragraph({
      style: 'ContentsLine',
      keepNext: i + 1 < entries.length,
      tabStops: [{ type: TabStopType.RIGHT, position: PORTRAIT_TEXT_WIDTH, leader: LeaderType.DOT }],
      // A tab belongs inside a run: alone in a paragraph Word and LibreOffice drop it.
      children: [new TextRun(e.heading), new TextRun({ children: [new Tab(), e.count] })],
    });
  return [
    new Paragraph({ style: 'ContentsTitle', text: '目　　录' }),
    // Given its entries, docx writes no bookmarks of its own (their ids would differ from one document to the next).
    new TableOfContents('目录', {
      hyperlink: true,
      headingStyleRange: '1-1',
      cachedEntries: entries.map((e) => ({ title: e.heading, level: 1 })),
    }),
    new Paragraph({ style: 'ContentsTitle', spacing: { before: mm(12) }, text: '各领域事项数' }),
    ...entries.map(line),
  ];
}
