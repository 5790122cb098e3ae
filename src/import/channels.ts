// Reading a 公开渠道和载体 cell (docs/reference/format.md §2.2–§2.3): a block of options marked with checkbox
// glyphs (■ □, or ▲ ▄ ◆ √ for checked and 口 〇 for unchecked), only the checked options, or a plain
// list ("政府网站、政务服务中心", "1.政府网站 2.两微一端"). Names are kept as written: mapping
// variants onto the 13 canonical names is the lint rules' `--fix`, not the importer's.
import type { Channel } from '../model/types.js';
import { CHECKED_GLYPHS, isCanonicalChannel, OTHER_CHANNEL, UNCHECKED_GLYPHS } from '../model/channels.js';
import { isKnownChannel } from '../rules/channel-vocabulary.js';

export interface ChannelReading {
  channels: Channel[];
  /** Text before the first glyph of a marked block (a legend or a stray name), not read as a channel. */
  unmarked?: string;
  /** True when the cell had options but none was marked. */
  noneChecked: boolean;
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
  const startsOption = before === '' || SEPARATORS.test(before) || CHECKED_GLYPHS.includes(before) || UNCHECKED_GLYPHS.includes(before) || endsOption;
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

function plainList(text: string): string[] {
  const parts = text
    .split(/\n|[、，,；;]|\s+(?=\d+[.、．)）])|\s{2,}|\u3000+/)
    .map((s) => s.replace(/^\s*\d+[.、．)）]\s*/, '').replace(EDGE, ''))
    .filter(Boolean);
  const names: string[] = [];
  for (const p of parts) {
    if (names.length && CONTINUES_OPTION.test(p)) names[names.length - 1] += `、${p}`;
    else names.push(p);
  }
  return names;
}

function dedupe(channels: Channel[]): Channel[] {
  const seen = new Set<string>();
  return channels.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A marked option's text split where a line break starts another known option (■政务服务中心⏎政府公报):
 * the break separates options; a break inside a name (社区/企事业单位/村公示栏⏎(电子屏)) is a wrap.
 */
function optionLines(label: string): string[] {
  const out: string[] = [];
  for (const line of label.split('\n').map((l) => l.replace(EDGE, '')).filter(Boolean)) {
    if (out.length && !isKnownChannel(line)) out[out.length - 1] += line;
    else out.push(line);
  }
  return out;
}

export function readChannels(text: string): ChannelReading {
  const marks: { at: number; checked: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const glyph = isGlyphAt(text, i, marks.length ? marks.at(-1)!.at + 1 : 0);
    if (glyph) marks.push({ at: i, checked: glyph === 'checked' });
  }
  if (marks.length === 0) return { channels: dedupe(plainList(text).map(channelOf)), noneChecked: false };
  const channels: Channel[] = [];
  // Lines after a marked option carry no mark of their own: chosen too where the cell lists only
  // chosen options (no □ anywhere), unchosen where it is the template's block with □ beside them.
  const listsChosen = marks.every((m) => m.checked);
  marks.forEach((m, k) => {
    const [first, ...more] = optionLines(text.slice(m.at + 1, marks[k + 1]?.at ?? text.length));
    if (!m.checked || !first) return;
    channels.push(channelOf(first));
    if (listsChosen) channels.push(...more.map(channelOf));
  });
  const unmarked = text.slice(0, marks[0]!.at).replace(EDGE, '');
  return { channels: dedupe(channels), ...(unmarked ? { unmarked } : {}), noneChecked: channels.length === 0 };
}
