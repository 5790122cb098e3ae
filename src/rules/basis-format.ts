import { defineMessages, msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { citationParts, titlesIn } from './support/citation.js';
import { memo } from '../util/memo.js';
import { isDitto } from '../model/ditto.js';
import { replaceScalar } from '../workspace/edit.js';
import { aboutItem } from './support/item.js';
import type { Rule } from './rule.js';

/** A 文号 whose year is bracketed with anything but 〔〕: 民发[2021]57号, 辽政办发(2014)74号, 国办发﹝2016﹞80号. */
const ODD_BRACKETS = /([\u4e00-\u9fff]{1,10})([[［(（【﹝{〔])\s*(\d{4})\s*([\]］)）】﹞}〕])\s*(第?\d+号)/g;
/** A 〔 whose year is not closed: 国办发〔201680号. */
const UNCLOSED = /〔\d{4}(?!〕)\d*号?/;
/** The kinds of document a bare title ends with, so that wrapping it in 《》 is safe (generic phrases such as 相关法律法规 are not titles). */
const DOCUMENT_KIND = /(?:法|法典|条例|规定|办法|细则|意见|通知|决定|规划|方案|规则|标准|规范|规程|指引|指南|纲要|公告|批复|函)$/;

const MESSAGES = defineMessages({
  unpaired: { zh: '公开依据“{title}”的书名号不成对', en: 'citation "{title}" has unpaired 《》' },
  noBrackets: { zh: '公开依据“{title}”没有书名号《》', en: 'citation "{title}" has no 《》' },
  yearBrackets: { zh: '文号“{ref}”的年份应使用六角括号〔〕', en: 'document number "{ref}" should bracket its year with 〔〕' },
  unclosed: { zh: '文号“{ref}”缺少“〕”', en: 'document number "{ref}" lacks 〕' },
});

interface Issue {
  message: Text;
  /** The corrected value, when the correction is safe. */
  fixed?: string;
}

/** What is wrong with a title (a whole string citation, or an object's `title`), if anything. */
const titleIssue = memo((title: string): Issue | undefined => {
  if (titlesIn(title).length > 0) return undefined;
  if (/[《》]/.test(title)) return { message: msg(MESSAGES.unpaired, { title }) };
  const m = /^([^(（]+?)\s*([(（].*)?$/s.exec(title.trim());
  const name = m?.[1] ?? title;
  const safe = DOCUMENT_KIND.test(name) && !/[、，,；;\s]|法律法规|政策规定|相关|有关|及其|等/.test(name);
  return { message: msg(MESSAGES.noBrackets, { title }), fixed: safe ? `《${name}》${m?.[2] ?? ''}` : undefined };
});

/** What is wrong with the 文号 in a text (a whole string citation, or an object's `ref`), if anything. */
const refIssue = memo((text: string): Issue | undefined => {
  const odd = [...text.matchAll(ODD_BRACKETS)].filter((m) => !(m[2] === '〔' && m[4] === '〕'));
  if (odd.length > 0) {
    const fixed = text.replace(ODD_BRACKETS, (all, pre: string, _o: string, year: string, _c: string, num: string) => (all.includes('〔') && all.includes('〕') ? all : `${pre}〔${year}〕${num}`));
    const shown = odd.map((m) => m[0]).join('、');
    return { message: msg(MESSAGES.yearBrackets, { ref: shown }), fixed };
  }
  const unclosed = UNCLOSED.exec(text)?.[0];
  return unclosed ? { message: msg(MESSAGES.unclosed, { ref: unclosed }) } : undefined;
});

export const basisFormat: Rule = {
  meta: {
    code: 'GK121',
    slug: 'basis-format',
    title: { zh: '公开依据写法不规范', en: 'citation format' },
    description: { zh: '公开依据没有书名号《》，或文号的年份没有用六角括号〔〕', en: 'a citation without 《》, or a 文号 whose year is not in 〔〕' },
    why: {
      zh: '按《党政机关公文格式》（GB/T 9704—2012），文件名称用书名号，发文字号的年份用六角括号〔〕。写成“政府信息公开条例”“民发[2021]57号”“辽政办发(2014)74号”，检索和核对依据时对不上号，也显得不规范。',
      en: 'Under the official document format (GB/T 9704-2012) titles take 《》 and the year of a document number takes 〔〕. Citations such as 民发[2021]57号 do not match searches and look careless.',
    },
    tags: ['basis'],
    severity: 'warn',
    fixable: true,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: shehui-jiuzhu-01-01\n    l1: 最低生活保障\n    basis:\n      - 最低生活保障审核确认办法(民发[2021]57号)\n',
      good: 'items:\n  - id: shehui-jiuzhu-01-01\n    l1: 最低生活保障\n    basis:\n      - 《最低生活保障审核确认办法》(民发〔2021〕57号)\n',
    },
  },
  checkFile(ctx) {
    ctx.data.items.forEach((item, i) => {
      (item.basis ?? []).forEach((citation, j) => {
        if (typeof citation === 'string' && isDitto(citation)) return;
        const path = ['items', i, 'basis', j];
        const { titlePath } = citationParts(citation, path);
        // The title: a string citation as a whole, or the object's `title`; the 文号: the string, or `ref`.
        const refPath = typeof citation === 'string' ? path : [...path, 'ref'];
        const refText = typeof citation === 'string' ? citation : citation.ref;
        const issues: [Issue | undefined, (string | number)[]][] = [
          [titleIssue(typeof citation === 'string' ? citation : citation.title), titlePath],
          [refText === undefined ? undefined : refIssue(refText), refPath],
        ];
        for (const [issue, at] of issues) {
          if (!issue) continue;
          ctx.report({ path: at, message: aboutItem(item, issue.message), suggestion: issue.fixed, fix: issue.fixed === undefined ? undefined : replaceScalar(ctx.file, at, issue.fixed) });
        }
      });
    });
  },
};
