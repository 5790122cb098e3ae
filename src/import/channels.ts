// Reading a 公开渠道和载体 cell (docs/reference/format.md §2.2–§2.3): a block of options marked with checkbox
// glyphs (■ □, or ▲ ▄ ◆ √ for checked and 口 〇 for unchecked), only the checked options, or a plain
// list ("政府网站、政务服务中心", "1.政府网站 2.两微一端"). Names are kept as written: mapping
// variants onto the 13 canonical names is the lint rules' `--fix`, not the importer's.
import type { Channel } from '../model/types.js';
import { CANONICAL_CHANNELS, CHECKED_GLYPHS, isCanonicalChannel, OTHER_CHANNEL, UNCHECKED_GLYPHS } from '../model/channels.js';
import { isKnownChannel } from '../rules/channel-vocabulary.js';
import { unwrappedLines } from '../model/wraps.js';

export interface ChannelReading {
  channels: Channel[];
  /** Text before the first glyph of a marked block (a legend or a stray name), not read as a channel. */
  unmarked?: string;
  /** True when the cell had options but none was marked. */
  noneChecked: boolean;
  /** Options on lines of their own after a box, with no box of theirs (lost by the copy?): not read as channels. */
  unmarkedLines?: string[];
}

const SEPARATORS = /[\s;；,，、:：.。]/;
const EDGE = /^[\s;；,，、:：.。_]+|[\s;；,，、:：.。_]+$/g;

/**
 * 口 is also an ordinary character (窗口): it is a box only where an option starts — after a
 * separator or a box, or right after a whole option typed since the last box (■政府网站口政府公报,
 * as WPS writes □).
 */
function isGlyphAt(text: string, i: number, optionStart: number): 'checked' | 'unchecked' | undefined {
  const ch = text[i]!;
  if (CHECKED_GLYPHS.includes(ch)) return 'checked';
  if (!UNCHECKED_GLYPHS.includes(ch)) return undefined;
  if (ch !== '口') return 'unchecked';
  const before = i === 0 ? '' : text[i - 1]!;
  const after = text[i + 1] ?? '';
  const endsOption = isCanonicalChannel(text.slice(optionStart, i).replace(EDGE, ''));
  const startsOption =
    before === '' || SEPARATORS.test(before) || CHECKED_GLYPHS.includes(before) || UNCHECKED_GLYPHS.includes(before) || endsOption;
  return startsOption && after !== '' && !SEPARATORS.test(after) ? 'unchecked' : undefined;
}

/** `其他基层公共服务平台`, `其他：国家企业信用信息公示系统` → {其他: …}; a bare `其他` or `其他_` stays a name. */
function channelOf(label: string): Channel {
  if (!label.startsWith(OTHER_CHANNEL)) return label;
  const rest = label.slice(OTHER_CHANNEL.length).replace(EDGE, '');
  return rest ? { [OTHER_CHANNEL]: rest } : OTHER_CHANNEL;
}

/** 社区/企事业单位、村公示栏(电子屏) is one option written with 、 (应急/财政 copies). */
const CONTINUES_OPTION = /^[村存]公示栏/;
const OPTION_BEFORE = /(单位|社区)$/;

/** A space after a whole channel name (政府网站 村（居）公示栏, as a copy joins lines): it starts the next one. */
const AFTER_CHANNEL_NAME = /(?<=(?:网站|网|栏|平台|中心|站|端|公报|媒体|电视|点|现场|推送|大厅|厅))\s+(?=[^\s(（)）])/;

/** A channel published on: 财政部门网站公开 is 财政部门网站 (公开 the verb). */
const PUBLISHED_ON = /公开$/;

/**
 * Options joined with / in a plain list (政府网站/财政部门网站公开): split where each part is a known
 * channel; a / inside an option (发布会/听证会, 社区/企事业单位/村公示栏) is left alone.
 */
function slashParts(part: string): string[] {
  if (!part.includes('/') || isKnownChannel(part)) return [part];
  const pieces = part.split('/').map((p) => (isKnownChannel(p) ? p : p.replace(PUBLISHED_ON, '')));
  return pieces.every((p) => p && isKnownChannel(p)) ? pieces : [part];
}

function plainList(text: string): string[] {
  const parts = unwrappedLines(text, false)
    .join('\n')
    .split(/\n|[、，,；;]|\s+(?=\d+[.、．)）])|\s{2,}|\u3000+/)
    .flatMap((p) => p.split(AFTER_CHANNEL_NAME))
    .map((s) => s.replace(/^\s*\d+[.、．)）]\s*/, '').replace(EDGE, ''))
    .filter(Boolean);
  const names: string[] = [];
  for (const p of parts.flatMap(slashParts)) {
    if (names.length && CONTINUES_OPTION.test(p) && OPTION_BEFORE.test(names.at(-1)!)) names[names.length - 1] += `、${p}`;
    else names.push(p);
  }
  return names;
}

/** A space a copy left inside a known option (村公示栏 (电子屏), as a PDF wraps it) is layout, not the name's. */
function unspaced(c: Channel): Channel {
  if (typeof c !== 'string' || !/\s/.test(c)) return c;
  const joined = c.replace(/\s+/g, '');
  return isKnownChannel(joined) ? joined : c;
}

function dedupe(channels: Channel[]): Channel[] {
  const seen = new Set<string>();
  return channels.map(unspaced).filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A marked option's text split where a line break starts another known option (■政务服务中心⏎政府公报):
 * the break separates options; a break inside a name (社区/企事业单位/村公示栏⏎(电子屏), 广播⏎电视) is a wrap.
 */
function optionLines(label: string): string[] {
  const out: string[] = [];
  for (const line of label
    .split('\n')
    .map((l) => l.replace(EDGE, ''))
    .filter(Boolean)) {
    const last = out.at(-1);
    if (last !== undefined && (!isKnownChannel(line) || isCanonicalChannel(last + line))) out[out.length - 1] = last + line;
    else out.push(line);
  }
  return out;
}

/** At least this many options run together make the template's block, not a name. */
const BLOCK_OPTIONS = 5;

/**
 * The template's block with every box lost (政府网站政府公报两微一端…其他, 九龙街道): nothing in it
 * says which options were chosen. True when the text is nothing but canonical options, run together.
 */
function isBlockWithoutBoxes(text: string): boolean {
  let rest = text.replace(/\s+/g, '');
  let count = 0;
  while (rest) {
    const option = CANONICAL_CHANNELS.filter((c) => rest.startsWith(c)).sort((a, b) => b.length - a.length)[0];
    if (!option) return false;
    rest = rest.slice(option.length);
    count++;
  }
  return count >= BLOCK_OPTIONS;
}

export function readChannels(text: string): ChannelReading {
  const marks: { at: number; checked: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const glyph = isGlyphAt(text, i, marks.length ? marks.at(-1)!.at + 1 : 0);
    if (glyph) marks.push({ at: i, checked: glyph === 'checked' });
  }
  if (marks.length === 0 && isBlockWithoutBoxes(text)) return { channels: [], noneChecked: true };
  if (marks.length === 0) return { channels: dedupe(plainList(text).map(channelOf)), noneChecked: false };
  const channels: Channel[] = [];
  const unmarkedLines: string[] = [];
  // Lines after a marked option carry no mark of their own: chosen too where the cell lists only
  // chosen options (no □ anywhere); in the template's block with □ beside the others, a line
  // without a box of its own is not taken as chosen, and said (was it chosen?).
  const listsChosen = marks.every((m) => m.checked);
  marks.forEach((m, k) => {
    const lines = optionLines(text.slice(m.at + 1, marks[k + 1]?.at ?? text.length));
    // ■其他⏎基层公共服务平台: the line under a ticked 其他 says what it is.
    if (lines.length > 1 && channelOf(lines[0]!) === OTHER_CHANNEL) lines.splice(0, 2, `${OTHER_CHANNEL}:${lines[1]}`);
    const [first, ...more] = lines;
    if (!m.checked || !first) return;
    channels.push(channelOf(first));
    if (listsChosen) channels.push(...more.map(channelOf));
    else unmarkedLines.push(...more);
  });
  const unmarked = text.slice(0, marks[0]!.at).replace(EDGE, '');
  return {
    channels: dedupe(channels),
    ...(unmarked ? { unmarked } : {}),
    noneChecked: channels.length === 0,
    ...(unmarkedLines.length ? { unmarkedLines } : {}),
  };
}
