import { defineMessages, msg } from '../i18n/messages.js';
import { isNoName } from '../model/names.js';
import { aboutItem, fieldTitle, itemTexts } from './support/item.js';
import type { Rule } from './rule.js';

/** Template text: XX省 / ××, 某某, 待定, TODO, 请写明 (the 特定群体(请写明) column head) … */
const PLACEHOLDER = /(?<![A-Za-z])(?:[XＸ]{2,}|[xｘ]{2,}|×{2,})(?![A-Za-z])|某某|待定|待补充|待填写|请写明|请填写|TODO|TBD|FIXME|_{2,}/;

/**
 * The national guidelines' own words for "fill in your local ones": 各地配套政策法规文件, 各地相关政策
 * 法规文件 (社会救助), 各省“七五”普法规划 (公共法律服务), 本地区相关政策文件. Left in a county's
 * directory they cite nothing; in a guideline file they are the ministry's text. Only as an entry of
 * its own, where a document's name belongs: inside a sentence (公开本地区卫生健康相关政策文件) 本地区
 * is the county describing its own documents.
 */
const TEMPLATE_PHRASE =
  /(?<=^|[\s、，,；;。：:●•·.．)）])(?:各地(?:配套|相关|出台|制定)[^、，,；;。《》]*|各省(?:[“"「][^”"」]*[”"」])?[^、，,；;。《》]*(?:规划|文件|办法|规定|政策|方案)|本地区(?:配套|相关|出台|制定)?[^、，,；;。《》]*(?:文件|规定|办法|政策|方案))/;

/** The words every template phrase starts with: most texts lack them, and are passed without the phrase's slower search. */
const TEMPLATE_START = /各地|各省|本地区/;

function templatePhrase(value: string): RegExpExecArray | null {
  return TEMPLATE_START.test(value) ? TEMPLATE_PHRASE.exec(value) : null;
}

/** True when `value` holds template text. Other rules leave such values to this one rather than report them twice. */
export function hasPlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || templatePhrase(value) !== null;
}

/** The names an item may not have: a stand-in there (无, /) says the item has none, which is said by leaving the key out. */
const OPTIONAL_NAMES = new Set(['l2', 'l3']);

const MESSAGES = defineMessages({
  placeholder: { zh: '「{title}」中留有占位文字“{text}”：{value}', en: '{title} still holds placeholder text "{text}": {value}' },
  noName: {
    zh: '「{title}」写作“{value}”：没有{title}的事项不写这一栏，省略 {key}（表格中把一级事项与它合并为一格）',
    en: '{title} says "{value}": an item with none leaves {key} out (in a table, merge the 一级事项 cell across it)',
  },
});

export const placeholder: Rule = {
  meta: {
    code: 'GK141',
    slug: 'placeholder',
    title: { zh: '留有占位文字', en: 'placeholder text' },
    description: {
      zh: '留有模板占位文字（XX、××、某某、待定、TODO、请写明，国家指引的“各地配套政策法规文件”“各省…”“本地区…” …），或以“无”“/”充当二级、三级事项',
      en: "template text left in (XX, ××, 某某, 待定, TODO, 请写明, the guidelines' 各地配套政策法规文件, 各省…, 本地区… …), or 无 or / standing in for a 二级 or 三级事项",
    },
    why: {
      zh: '已发布的目录中出现过《XX省农机购置补贴实施方案》《重庆市XX年…实施方案》这样的占位文字：照抄模板时忘了替换。国家指引用“各地配套政策法规文件”“各省“七五”普法规划”“本地区相关政策文件”请各地填写本地文件，县级目录照抄下来也是占位。占位文字让依据、主体无从查找，也会被群众视为敷衍。一级事项没有二级事项时，二级事项一栏写“无”或“/”也是占位：导出的表格会多出一个名为“无”的二级事项；省略 l2，各种导出都会像国家指引那样把一级事项合并为一格。',
      en: "Published directories have cited 《XX省农机购置补贴实施方案》: a template copied without replacing its placeholders. The guidelines' 各地配套政策法规文件, 各省“七五”普法规划 and 本地区相关政策文件 ask each place for its own documents; copied into a county directory they are placeholders too. Placeholder text makes a basis or body impossible to find and looks careless. A 二级事项 written as 无 or / for a 一级事项 that has none is a placeholder too: the tables would show an item named 无. Leave l2 out, and every output merges the 一级事项 into one cell as the national guidelines do.",
    },
    tags: ['text'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: shenong-butie-01-01\n    l1: 农机购置补贴\n    basis:\n      - 《XX省农机购置补贴实施方案》\n    owner: 某某县农业农村局\n  - id: shenong-butie-03-00\n    l1: 补贴资金管理办法\n    l2: 无\n',
      good: 'items:\n  - id: shenong-butie-01-01\n    l1: 农机购置补贴\n    basis:\n      - 《示例省农机购置补贴实施方案》\n    owner: 示例县农业农村局\n  - id: shenong-butie-03-00\n    l1: 补贴资金管理办法 # 没有二级事项：省略 l2\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      for (const t of itemTexts(item, i)) {
        if (OPTIONAL_NAMES.has(t.field) && isNoName(t.value)) {
          ctx.report({
            path: t.path,
            message: aboutItem(item, msg(MESSAGES.noName, { title: fieldTitle(t.field), value: t.value, key: t.field })),
          });
          continue;
        }
        const m = PLACEHOLDER.exec(t.value) ?? (ctx.profile === 'county' ? templatePhrase(t.value) : null);
        if (!m) continue;
        const title = fieldTitle(t.field);
        ctx.report({
          path: t.path,
          message: aboutItem(item, msg(MESSAGES.placeholder, { title, text: m[0], value: t.value })),
        });
      }
    });
  },
};
