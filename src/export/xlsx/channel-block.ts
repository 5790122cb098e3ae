// The 公开渠道和载体 cell: either the template's full block of 13 options, two per line, each
// marked ■ (selected) or □, or only the selected options. Channels outside the 13 (a workspace's
// own, or names lint has not normalised yet) and a second or third 其他 follow on their own
// lines, so nothing is lost.
import type { PublishedItem } from '../../model/cascade.js';
import { CANONICAL_CHANNELS, CHECKED_BOX, OTHER_CHANNEL, UNCHECKED_BOX, isCanonicalChannel, type CanonicalChannel } from '../../model/channels.js';
import { displayWidth } from './widths.js';

export type ChannelLayout = 'block' | 'checked';

/** format.md §2.1: the options two per line, 社区/企事业单位/村公示栏(电子屏) alone. */
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

const otherLabel = (text: string | undefined) => (text ? `${OTHER_CHANNEL}：${text}` : OTHER_CHANNEL);

/** A canonical option's label: 其他 with the text of the item's first 其他. */
function label(name: string, item: PublishedItem): string {
  return name === OTHER_CHANNEL ? otherLabel(item.otherChannels[0]) : name;
}

/** Lines after the block: channels outside the 13, and every 其他 after the first, in item order. */
function extraLines(item: PublishedItem): string[] {
  const lines: string[] = [];
  let others = 0;
  for (const c of item.channels) {
    if (c === OTHER_CHANNEL) {
      if (others > 0) lines.push(`${CHECKED_BOX}${otherLabel(item.otherChannels[others])}`);
      others++;
    } else if (!isCanonicalChannel(c)) lines.push(`${CHECKED_BOX}${c}`);
  }
  return lines;
}

function pad(text: string): string {
  const missing = FIRST_OPTION_WIDTH - displayWidth(text);
  if (missing <= 0) return text + IDEOGRAPHIC_SPACE;
  return text + IDEOGRAPHIC_SPACE.repeat(Math.floor(missing / 2)) + (missing % 2 ? ' ' : '');
}

export function channelCell(item: PublishedItem, layout: ChannelLayout): string {
  const selected = new Set(item.channels);
  const extra = extraLines(item);
  if (layout === 'checked') {
    const chosen = CANONICAL_CHANNELS.filter((c) => selected.has(c)).map((c) => `${CHECKED_BOX}${label(c, item)}`);
    return [...chosen, ...extra].join('\n');
  }
  const lines = BLOCK_LINES.map((options) => {
    const cells = options.map((c) => `${selected.has(c) ? CHECKED_BOX : UNCHECKED_BOX}${label(c, item)}`);
    return cells.length === 2 ? pad(cells[0]!) + cells[1] : cells[0]!;
  });
  return [...lines, ...extra].join('\n');
}

