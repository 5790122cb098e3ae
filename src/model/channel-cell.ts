// The 公开渠道和载体 cell, as the workbook and the document draw it: either the template's full
// block of 13 options, two per line, each marked ■ (selected) or □, or only the selected options. Channels outside the 13 (a workspace's
// own, or names lint has not normalised yet) and a second or third 其他 follow on their own
// lines, so nothing is lost.
import { displayWidth } from '../util/width.js';
import {
  CANONICAL_CHANNELS,
  CHECKED_BOX,
  OTHER_CHANNEL,
  UNCHECKED_BOX,
  isCanonicalChannel,
  optionSpelledAs,
  type CanonicalChannel,
} from './channels.js';
import type { ChannelPresentation, PublishedChannel, PublishedItem } from './compendium.js';

/** docs/reference/format.md §2.1: the options two per line, 社区/企事业单位/村公示栏(电子屏) alone. */
const BLOCK_LINES: readonly (readonly CanonicalChannel[])[] = [
  ['政府网站', '政府公报'],
  ['两微一端', '发布会/听证会'],
  ['广播电视', '纸质媒体'],
  ['公开查阅点', '政务服务中心'],
  ['便民服务站', '入户/现场'],
  ['社区/企事业单位/村公示栏(电子屏)'],
  ['精准推送', '其他'],
];

/** Display width the first option of a line is padded to, so the second options line up. */
const FIRST_OPTION_WIDTH = 16;
const IDEOGRAPHIC_SPACE = '\u3000';

const label = (c: PublishedChannel) => (c.text ? `${c.name}：${c.text}` : c.name);

/** Pads the first option of a line to a fixed width; ■ □ count wide, as the CJK fonts draw them. */
function pad(text: string): string {
  const missing = FIRST_OPTION_WIDTH - displayWidth(text, { ambiguousAsWide: true });
  if (missing <= 0) return text + IDEOGRAPHIC_SPACE;
  return text + IDEOGRAPHIC_SPACE.repeat(Math.floor(missing / 2)) + (missing % 2 ? ' ' : '');
}

/** The chosen channels, one per line, as a clerk types them (其他 with its text: 其他：基层公共服务平台). */
export function channelNames(item: PublishedItem): string[] {
  return item.channels.map(label);
}

/** The cell's lines. */
export function channelLines(item: PublishedItem, presentation: ChannelPresentation): string[] {
  // The first of each option takes its place in the block (or list); a second 其他 and names outside
  // the 13 follow on lines of their own; an option given again is drawn once.
  const placed = new Map<string, PublishedChannel>();
  const extra: PublishedChannel[] = [];
  for (const c of item.channels) {
    // A guideline's own spelling of an option (发布会听证会) ticks that option's box.
    const option = isCanonicalChannel(c.name) ? c.name : optionSpelledAs(c.name);
    if (option && !placed.has(option)) placed.set(option, { ...c, name: option });
    else if (option === OTHER_CHANNEL || !option) extra.push(c);
  }
  const extraLines = extra.map((c) => `${CHECKED_BOX}${label(c)}`);
  if (presentation === 'checked') {
    const chosen = CANONICAL_CHANNELS.flatMap((name) => (placed.has(name) ? [`${CHECKED_BOX}${label(placed.get(name)!)}`] : []));
    return [...chosen, ...extraLines];
  }
  const lines = BLOCK_LINES.map((options) => {
    const cells = options.map((name) => {
      const c = placed.get(name);
      return `${c ? CHECKED_BOX : UNCHECKED_BOX}${label(c ?? { name })}`;
    });
    return cells.length === 2 ? pad(cells[0]!) + cells[1] : cells[0]!;
  });
  return [...lines, ...extraLines];
}
