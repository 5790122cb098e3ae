import { defineMessages, msg, NOTHING } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { BOX_GLYPHS, CANONICAL_CHANNELS, OTHER_CHANNEL, UNCHECKED_GLYPHS, foldChannelName, isCanonicalChannel } from '../model/channels.js';
import type { CanonicalChannel } from '../model/channels.js';
import { editDistance } from '../util/distance.js';
import { loadData, STRING, STRINGS } from './support/data.js';
import { isDitto } from '../model/ditto.js';
import { flowPair, replaceScalar, replaceWithYaml } from '../workspace/edit.js';
import { aboutItem } from './support/item.js';
import { isGuidelineValue } from './support/guideline-values.js';
import type { FileContext, Report, Rule } from './rule.js';
import type { Item } from '../model/types.js';
import type { JsonPath } from '../workspace/locate.js';
import { PLACE_NAME } from '../model/place-names.js';

interface Variant {
  name: string;
  channel: string;
  kind: 'typo' | 'variant' | 'renamed' | 'artifact';
  seen: string;
}

interface DomainChannels {
  domain: string;
  guideline: string;
  channels: string[];
  sources: string[];
}

interface ChannelData {
  variants: Variant[];
  others: string[];
  domains?: DomainChannels[];
}

/** The shape of data/channel-variants.yaml (checked by tests/rules/data.test.ts). */
export const CHANNEL_VARIANTS_SCHEMA = {
  type: 'object',
  required: ['variants', 'others'],
  additionalProperties: false,
  properties: {
    variants: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'channel', 'kind', 'seen'],
        additionalProperties: false,
        properties: {
          name: STRING,
          channel: { enum: [...CANONICAL_CHANNELS] },
          kind: { enum: ['typo', 'variant', 'renamed', 'artifact'] },
          seen: STRING,
        },
      },
    },
    others: STRINGS,
    domains: {
      type: 'array',
      items: {
        type: 'object',
        required: ['domain', 'guideline', 'channels', 'sources'],
        additionalProperties: false,
        properties: { domain: STRING, guideline: STRING, channels: { ...STRINGS, minItems: 1 }, sources: { ...STRINGS, minItems: 1 } },
      },
    },
  },
};

let tables: { variants: Map<string, Variant>; others: Set<string>; domains: Map<string, Set<string>> } | undefined;

function channelTables() {
  if (!tables) {
    const data = loadData<ChannelData>('channel-variants.yaml');
    tables = {
      variants: new Map(data.variants.map((v) => [foldChannelName(v.name), v])),
      others: new Set(data.others.map(foldChannelName)),
      domains: new Map((data.domains ?? []).map((d) => [d.domain, new Set(d.channels.map(foldChannelName))])),
    };
  }
  return tables;
}

/** The options a domain's national guideline adds to the 13 (data/channel-variants.yaml `domains`). */
export function domainChannels(domain: string): ReadonlySet<string> {
  return channelTables().domains.get(domain) ?? new Set();
}

/**
 * A name gkml knows as a channel: one of the 13, a variant or typo of one, a platform written
 * under 其他, or 其他 with its text. The importer uses it to tell a new option from a wrapped name.
 */
export function isKnownChannel(name: string): boolean {
  const folded = foldChannelName(name);
  const t = channelTables();
  return (
    isCanonicalChannel(folded) ||
    t.variants.has(folded) ||
    t.others.has(folded) ||
    OTHER_PREFIX.test(folded) ||
    [...t.domains.values()].some((d) => d.has(folded))
  );
}

/**
 * The option a name is a near miss of: a character or two typed wrong in a long name, never a
 * different word (党群服务中心 is another place, not 政务服务中心 mistyped).
 */
function nearMiss(folded: string): string | undefined {
  const allowed = [...folded].length >= 10 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of CANONICAL_CHANNELS) {
    const d = editDistance(folded, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= allowed ? best : undefined;
}

const MESSAGES = defineMessages({
  canonical: {
    zh: '公开渠道“{channel}”{why}，应为“{canonical}”{duplicate}',
    en: 'channel "{channel}" {why}; write "{canonical}"{duplicate}',
  },
  other: { zh: '公开渠道“{channel}”{why}：{yaml}{duplicate}', en: 'channel "{channel}" {why}: {yaml}{duplicate}' },
  duplicate: { zh: '（列表中已有该渠道，删除这一项即可）', en: ' (already listed: delete this entry)' },
  unchecked: {
    zh: '公开渠道“{channel}”带有未勾选的符号：只列出选中的渠道，未选中的“{name}”应删除',
    en: 'channel "{channel}" carries an unticked box: list only the chosen channels and delete "{name}"',
  },
  unknown: {
    zh: '公开渠道“{channel}”不是 13 个标准选项之一；{mean}其他平台写作 {其他: {channel}}{extra}',
    en: 'channel "{channel}" is not one of the 13 options; {mean}write other platforms as {其他: {channel}}{extra}',
  },
  didYouMean: { zh: '是否想写“{suggestion}”？', en: 'did you mean "{suggestion}"? ' },
  alsoAccepted: { zh: '；本工作区另认可：{channels}', en: '; this workspace also accepts: {channels}' },
  // Why a channel is not written the standard way: the {why} of canonical and other.
  width: { zh: '的全角、半角或空格写法不同', en: 'differs only in width or spacing' },
  glyph: { zh: '带有勾选符号“{glyph}”', en: 'carries the checkbox glyph "{glyph}"' },
  misspelling: { zh: '是常见的错写', en: 'is a common misspelling' },
  otherName: { zh: '是同一渠道的其他叫法', en: 'is another name for the same channel' },
  textAfterOther: { zh: '中的说明应写在“其他”之下', en: 'puts its text after 其他; write it under 其他' },
  unnamedOther: {
    zh: '公开渠道“{channel}”没有写明是什么渠道：写作 {其他: {name}}',
    en: 'channel "{channel}" does not say which channel: write {其他: {name}}',
  },
  channelName: { zh: '渠道名称', en: 'name' },
  notAnOption: { zh: '不是 13 个标准选项之一，应列在“其他”下', en: 'is not one of the 13 options and belongs under 其他' },
});

type Verdict =
  | { kind: 'ok' }
  | { kind: 'canonical'; channel: string; why: Text }
  | { kind: 'other'; text: string; why: Text }
  | { kind: 'unchecked'; name: string }
  /** 其他 chosen without saying what (其他, 其他_): the template's blank left empty. */
  | { kind: 'unnamedOther' }
  | { kind: 'unknown'; suggestion?: string };

const OTHER_PREFIX = /^其他(?:[:：_\s]+|(?=[^:：_\s]))(.*)$/s;

/** What a channel name written as text stands for, and how it should be written. */
function judge(name: string, accepted: ReadonlySet<string>, domain: ReadonlySet<string>): Verdict {
  if (name === OTHER_CHANNEL) return { kind: 'unnamedOther' };
  if (isCanonicalChannel(name) || accepted.has(name)) return { kind: 'ok' };
  const folded = foldChannelName(name);
  // A domain's own option under a place's name (福建省公共资源交易电子公共服务平台) is still that option.
  if (domain.has(folded) || domain.has(folded.replace(PLACE_NAME, ''))) return { kind: 'ok' };
  if (isCanonicalChannel(folded)) return { kind: 'canonical', channel: folded, why: msg(MESSAGES.width) };
  const glyph = BOX_GLYPHS.find((g) => folded.startsWith(g));
  if (glyph) {
    const rest = folded.slice(glyph.length);
    const inner = judge(rest, accepted, domain);
    if (UNCHECKED_GLYPHS.includes(glyph)) return rest && inner.kind !== 'unknown' ? { kind: 'unchecked', name: rest } : { kind: 'unknown' };
    const why = msg(MESSAGES.glyph, { glyph });
    if (inner.kind === 'ok') return { kind: 'canonical', channel: rest, why };
    if (inner.kind === 'canonical' || inner.kind === 'other') return { ...inner, why };
    return inner;
  }
  const variant = channelTables().variants.get(folded);
  if (variant) {
    const why = msg(variant.kind === 'typo' || variant.kind === 'artifact' ? MESSAGES.misspelling : MESSAGES.otherName);
    return { kind: 'canonical', channel: variant.channel, why };
  }
  const other = OTHER_PREFIX.exec(folded);
  if (other) {
    const text = other[1]!.replace(/^[:：_]+/, '');
    return text ? { kind: 'other', text, why: msg(MESSAGES.textAfterOther) } : { kind: 'unnamedOther' };
  }
  if (channelTables().others.has(folded)) return { kind: 'other', text: name.trim(), why: msg(MESSAGES.notAnOption) };
  const local = localOption(folded);
  if (local) return { kind: 'canonical', channel: local, why: msg(MESSAGES.otherName) };
  return { kind: 'unknown', suggestion: nearMiss(folded) };
}

/**
 * A village's, community's or unit's board under its own words (村委会(居委会)公告栏, 学校公示栏: a school
 * is a 事业单位); a township's board (乡镇公示栏) is not one.
 */
const VILLAGE_BOARD = /^(?:村|居|社区|嘎查|学校|单位)[^乡镇]*(?:公示|公告|公开)栏(?:\(电子屏\))?$/;
const WEBSITE: CanonicalChannel = '政府网站';
/** A place's own service hall (镇公共服务中心, 县政务服务中心): the 政务服务中心 option, as its site is 政府网站. */
const SERVICE_HALL: CanonicalChannel = '政务服务中心';
const BOARD: CanonicalChannel = '社区/企事业单位/村公示栏(电子屏)';

/** A web address written after a site's name (巴塘县政府网站http://www.batang.gov.cn/). */
const SITE_ADDRESS = /[(（:：]?\s*(?:https?:\/\/|www\.)\S*[)）]?$/i;

/**
 * Where on the site, after its name: a path in brackets (首页—政务公开—政府信息公开指南), or one of its
 * columns (区政府网站财政信息专栏).
 */
const SITE_PATH = /(?:[(（](?:首页|网站首页)[^()（）]*[)）]|(?<=网站|网页)\p{Script=Han}{1,12}(?:专栏|栏目|专题|频道|板块))$/u;
/** A government's own site by the government's name, a place before it or not: 人民政府网站, 政府官网, 街道办事处网站. */
const GOVERNMENT_SITE = /^(?:人民政府|政府|管委会|管理委员会|(?:街道)?办事处)(?:门户|官方|信息公开)?(?:网站|网页|官网|网)$/;
/**
 * A department's site or page under a place's name (规划自然资源局网页 after 县): not a company's bureau
 * (邮政局, 供电局) or a Party or village committee's (党委, 村民委员会).
 */
const DEPARTMENT_SITE =
  /^(?!.*(?:集团|公司))\p{Script=Han}+?(?<!邮政|供电|电业|烟草专卖|党|村民|居民)(?:局|厅|委员会|委|办公室|办)(?:门户|官方|信息公开)?(?:网站|网页|官网|网)$/u;

/**
 * The option a place's own name for it stands for: 铁力市政府网站, 县人民政府门户网站, 县民政局网站 → 政府网站
 * (《政府网站发展指引》: the sites of governments and their departments); 镇公共服务中心 → 政务服务中心.
 */
function localOption(folded: string): CanonicalChannel | undefined {
  if (VILLAGE_BOARD.test(folded)) return BOARD;
  // A place name before an option (铁力市, 县): the place's own site is still 政府网站, its address after it or not.
  const rest = folded.replace(SITE_ADDRESS, '').replace(SITE_PATH, '').replace(PLACE_NAME, '');
  if (!rest) return undefined;
  if (GOVERNMENT_SITE.test(rest)) return WEBSITE;
  if (rest === folded) return undefined;
  if (DEPARTMENT_SITE.test(rest)) return WEBSITE;
  const option = isCanonicalChannel(rest) ? rest : channelTables().variants.get(rest)?.channel;
  return option === WEBSITE || option === SERVICE_HALL ? option : undefined;
}

/** How a `{其他: text}` entry is told apart from the plain channel names in one item's list. */
const otherKey = (text: string) => `${OTHER_CHANNEL}\u0000${text}`;

/**
 * What to report for one channel written as text, by its verdict; `claim` answers whether a fixed
 * value is new to the item's list (a fix must never make a duplicate).
 */
function finding(
  ctx: FileContext,
  item: Item,
  channel: string,
  verdict: Verdict,
  path: JsonPath,
  claim: (value: string) => boolean,
): Report | undefined {
  const duplicateNote = (duplicate: boolean) => (duplicate ? msg(MESSAGES.duplicate) : NOTHING);
  switch (verdict.kind) {
    case 'ok':
      return undefined;
    case 'canonical': {
      const duplicate = !claim(verdict.channel);
      const { why, channel: canonical } = verdict;
      return {
        path,
        message: msg(MESSAGES.canonical, { channel, why, canonical, duplicate: duplicateNote(duplicate) }),
        suggestion: canonical,
        fix: duplicate ? undefined : replaceScalar(ctx.file, path, canonical),
      };
    }
    case 'other': {
      const duplicate = !claim(otherKey(verdict.text));
      const yaml = flowPair(OTHER_CHANNEL, verdict.text);
      return {
        path,
        message: msg(MESSAGES.other, { channel, why: verdict.why, yaml, duplicate: duplicateNote(duplicate) }),
        suggestion: yaml,
        fix: duplicate ? undefined : replaceWithYaml(ctx.file, path, yaml),
      };
    }
    case 'unchecked':
      return { path, message: msg(MESSAGES.unchecked, { channel, name: verdict.name }) };
    case 'unnamedOther':
      // The guideline's own bare 其他 (房屋征收: 社会稳定风险评估) is kept as it writes it.
      if (isGuidelineValue(ctx.data.domain, item, 'channel', channel)) return undefined;
      return { path, message: msg(MESSAGES.unnamedOther, { channel, name: msg(MESSAGES.channelName) }) };
    case 'unknown': {
      const extra = ctx.settings.extraChannels;
      const mean = verdict.suggestion ? msg(MESSAGES.didYouMean, { suggestion: verdict.suggestion }) : NOTHING;
      return {
        path,
        message: msg(MESSAGES.unknown, { channel, mean, extra: extra.length ? msg(MESSAGES.alsoAccepted, { channels: extra }) : NOTHING }),
        suggestion: verdict.suggestion ?? flowPair(OTHER_CHANNEL, channel),
      };
    }
  }
}

export const channelVocabulary: Rule = {
  meta: {
    code: 'GK101',
    slug: 'channel-vocabulary',
    title: { zh: '公开渠道不规范', en: 'non-standard channel' },
    description: {
      zh: '公开渠道不是国家模板的 13 个标准选项之一（或本领域国家指引增列的渠道、工作区声明的渠道），或选了“其他”却没有写明是什么渠道',
      en: "a channel that is not one of the 13 options of the national template (or added by the domain's guideline, or declared by the workspace), or 其他 chosen without saying which",
    },
    why: {
      zh: '国家模板的“公开渠道和载体”是 13 个勾选项；写成“政府服务中心”“一微一端”“纸质载体”等变体或错字后，导出的 Excel 无法勾选对应的列，汇总统计也会把同一渠道算成不同的渠道。其他平台写作 {其他: 平台名称}，只写“其他”（模板的“□其他____”留空）读者不知道到哪里去看，除非本领域国家指引对该事项就是这样写的；本地特有的渠道可在 gkml.config.yaml 的 channels 中声明。有的领域的国家指引在 13 项之外增列了渠道（重大建设项目的投资项目在线审批监管平台、公共资源交易平台，征地补偿的征地信息公开平台 …），在该领域的目录中照写即可，登记在 data/channel-variants.yaml（附来源）。“是否想写”只提示同一渠道的错字，不把另一个场所（党群服务中心）当作政务服务中心。',
      en: "The national template lists 13 channel checkboxes; variants and typos such as 政府服务中心, 一微一端 or 纸质载体 cannot be ticked in the exported workbook and split one channel into several in statistics. Other platforms are written {其他: name}; a bare 其他 (the template's blank left empty) tells the reader nowhere to look, unless the domain's guideline writes it so for that item; local channels can be declared under channels in gkml.config.yaml. Some domains' guidelines add options of their own (投资项目在线审批监管平台 and 公共资源交易平台 for major projects, 征地信息公开平台 for land requisition …): in that domain they are written as they are, listed with sources in data/channel-variants.yaml. \"Did you mean\" is offered only for a mistyped option, never for another place (党群服务中心 is not 政务服务中心).",
    },
    tags: ['vocabulary', 'channels'],
    severity: 'error',
    fixable: true,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    channels: [政府服务中心, 一微一端, 其他:基层公共服务平台]\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    channels: [政务服务中心, 两微一端, {其他: 基层公共服务平台}]\n',
    },
  },
  checkFile(ctx) {
    const accepted = new Set(ctx.settings.extraChannels);
    const domain = domainChannels(ctx.data.domain);
    ctx.data.items.forEach((item, i) => {
      const channels = item.channels ?? [];
      // What the list already holds, and what fixes will make it hold: a fix must never create a
      // duplicate, since the schema requires an item's channels to be unique.
      const claimed = new Set(channels.map((c) => (typeof c === 'string' ? c : otherKey(c[OTHER_CHANNEL]))));
      const claim = (value: string): boolean => {
        if (claimed.has(value)) return false;
        claimed.add(value);
        return true;
      };
      channels.forEach((channel, j) => {
        if (typeof channel !== 'string' || isDitto(channel)) return;
        const path = ['items', i, 'channels', j];
        const found = finding(ctx, item, channel, judge(channel, accepted, domain), path, claim);
        if (found) ctx.report({ ...found, message: aboutItem(item, found.message) });
      });
    });
  },
};
