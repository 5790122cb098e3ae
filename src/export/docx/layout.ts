// The page and type of the printed compendium, after the conventions of Chinese official documents
// (GB/T 9704): A4 portrait cover and contents with the standard margins, 仿宋 text, 黑体 headings,
// 宋体 table headers, the page number as — 1 — in 4号 宋体; the domain tables in landscape.
import { AlignmentType, PageOrientation, type IStylesOptions } from 'docx';
import type { Paper } from '../../model/compendium.js';

/** Millimetres to twentieths of a point (twips), the unit of page geometry in Word. */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);

/** Word's own paper sizes, short side first (docx swaps them for landscape itself). */
const PAPER = { A4: { short: 11906, long: 16838 }, A3: { short: 16838, long: 23811 } } as const;

/** GB/T 9704: 天头 37 mm, 订口 28 mm, and a 156 × 225 mm 版心, so bottom 35 mm and right 26 mm. */
const PORTRAIT_MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(25) };
/** The standard sets no landscape margins; 20 mm leaves a 380 × 257 mm table on A3. */
const LANDSCAPE_MARGIN = { top: mm(20), bottom: mm(20), left: mm(20), right: mm(20), header: mm(10), footer: mm(10) };

export const portraitPage = {
  size: { width: PAPER.A4.short, height: PAPER.A4.long, orientation: PageOrientation.PORTRAIT },
  margin: PORTRAIT_MARGIN,
};

export function landscapePage(paper: Paper) {
  return {
    size: { width: PAPER[paper].short, height: PAPER[paper].long, orientation: PageOrientation.LANDSCAPE },
    margin: LANDSCAPE_MARGIN,
  };
}

/** Text widths, in twips: what a table or a right-aligned tab stop spans. */
export const PORTRAIT_TEXT_WIDTH = PAPER.A4.short - PORTRAIT_MARGIN.left - PORTRAIT_MARGIN.right;
export const landscapeTextWidth = (paper: Paper) => PAPER[paper].long - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

/**
 * A run's fonts: the Chinese face for East Asian text (w:eastAsia, which Word and WPS read for
 * 汉字) and Times New Roman for Latin letters and digits, as official documents set them.
 */
const fonts = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });
export const FONTS = {
  title: fonts('方正小标宋简体'),
  heading: fonts('黑体'),
  tableHeader: fonts('宋体'),
  body: fonts('仿宋_GB2312'),
  pageNumber: fonts('宋体'),
};

/** Type sizes in half-points: 一号 26 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt, 小五 9 pt. */
const SIZE = { yihao: 52, sanhao: 32, sihao: 28, wuhao: 21, xiaowu: 18 };
export const PAGE_NUMBER_SIZE = SIZE.sihao;

/** The paragraph styles every part refers to by id, so 10,000 rows do not each repeat their fonts. */
export const STYLES: IStylesOptions = {
  default: {
    // The normal style is the tables' body text, which most paragraphs of the document are.
    document: { run: { font: FONTS.body, size: SIZE.wuhao, language: { value: 'en-US', eastAsia: 'zh-CN' } } },
    // docx's own Heading 1 is blue and has no outline level: the TOC field collects level 0.
    heading1: {
      run: { font: FONTS.heading, size: SIZE.sanhao, color: '000000', bold: false },
      paragraph: { outlineLevel: 0, keepNext: true, spacing: { before: 0, after: 240 } },
    },
  },
  paragraphStyles: [
    {
      id: 'CoverTitle',
      name: 'Cover Title',
      basedOn: 'Normal',
      run: { font: FONTS.title, size: SIZE.yihao },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 720 } },
    },
    {
      id: 'CoverLine',
      name: 'Cover Line',
      basedOn: 'Normal',
      run: { font: FONTS.body, size: SIZE.sanhao },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 160 } },
    },
    {
      id: 'Draft',
      name: 'Draft Mark',
      basedOn: 'Normal',
      run: { font: FONTS.heading, size: SIZE.sanhao },
      paragraph: { alignment: AlignmentType.RIGHT },
    },
    {
      id: 'ContentsTitle',
      name: 'Contents Title',
      basedOn: 'Normal',
      run: { font: FONTS.heading, size: SIZE.sanhao },
      // Kept with what follows: 各领域事项数 never stands alone at the foot of a page.
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 360 }, keepNext: true },
    },
    {
      id: 'ContentsLine',
      name: 'Contents Line',
      basedOn: 'Normal',
      run: { font: FONTS.body, size: SIZE.sihao },
      paragraph: { spacing: { after: 80 } },
    },
    {
      id: 'TableHeader',
      name: 'Table Header',
      basedOn: 'Normal',
      run: { font: FONTS.tableHeader, size: SIZE.wuhao, bold: true },
      paragraph: { alignment: AlignmentType.CENTER },
    },
    { id: 'TableCentre', name: 'Table Centre', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER } },
    { id: 'TableChannels', name: 'Table Channels', basedOn: 'Normal', run: { size: SIZE.xiaowu } },
    { id: 'Note', name: 'Note', basedOn: 'Normal', run: { font: FONTS.body, size: SIZE.wuhao }, paragraph: { spacing: { before: 160 } } },
  ],
};
