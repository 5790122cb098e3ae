// The 公开渠道和载体 vocabulary of the national template (docs/reference/format.md §2.1–§2.3), in one place for
// the lint rules, the Excel export/import and the website: the 13 options in template order and the
// checkbox glyphs tables use to mark them.

/** The 13 canonical channel options, in the order of the national template. */
export const CANONICAL_CHANNELS = [
  '政府网站',
  '政府公报',
  '两微一端',
  '发布会/听证会',
  '广播电视',
  '纸质媒体',
  '公开查阅点',
  '政务服务中心',
  '便民服务站',
  '入户/现场',
  '社区/企事业单位/村公示栏(电子屏)',
  '精准推送',
  '其他',
] as const;

export type CanonicalChannel = (typeof CANONICAL_CHANNELS)[number];

/** The option that may carry text (`{其他: 国家企业信用信息公示系统}`). */
export const OTHER_CHANNEL = '其他';

/** The standard checked / unchecked boxes (U+25A0 / U+25A1). */
export const CHECKED_BOX = '■';
export const UNCHECKED_BOX = '□';

/**
 * Glyphs seen marking a selected option: ■ (standard), ▲, ▄, ◆, √ and its look-alikes, and þ: Word's
 * Wingdings checked box (character 254) as a PDF or web copy shows it without the font.
 */
export const CHECKED_GLYPHS: readonly string[] = ['■', '▲', '▄', '◆', '√', '✓', '✔', '☑', '●', 'þ'];

/**
 * Glyphs seen marking an unselected option: □ (standard), 〇 and ○, 口 (U+53E3, the CJK
 * character "mouth" that Word/PDF exports substitute for □), and ¨: Word's Wingdings empty box
 * (character 168) without its font. 口 is also an ordinary character (窗口, 人口), so readers must
 * only take it as a box where an option starts.
 */
export const UNCHECKED_GLYPHS: readonly string[] = ['□', '☐', '〇', '○', '口', '¨'];

/** Every glyph seen as a box, ticked or not. */
export const BOX_GLYPHS: readonly string[] = [...CHECKED_GLYPHS, ...UNCHECKED_GLYPHS];

const canonical = new Set<string>(CANONICAL_CHANNELS);

export function isCanonicalChannel(name: string): name is CanonicalChannel {
  return canonical.has(name);
}

/** Width and spacing do not make another channel: （电子屏） is (电子屏), 发布会／听证会 is 发布会/听证会. */
export function foldChannelName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

const withoutSlashes = (name: string) => foldChannelName(name).replace(/\//g, '');
const bySpelling = new Map(CANONICAL_CHANNELS.map((c) => [withoutSlashes(c), c]));

/**
 * The option a name spells without its slashes (发布会听证会, as some guidelines' own channel blocks
 * print 发布会/听证会): the box the name ticks when the template block is drawn.
 */
export function optionSpelledAs(name: string): CanonicalChannel | undefined {
  return bySpelling.get(withoutSlashes(name));
}
