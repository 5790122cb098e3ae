import { defineMessages, msg } from '../i18n/messages.js';
import type { Text } from '../i18n/text.js';
import { citationParts, normaliseTitle, strayBracket, titlesIn } from './support/citation.js';
import { officialTitle } from './basis-title.js';
import { isKnownTitle } from './support/titles.js';
import { hasPlaceholder } from './placeholder.js';
import { memo } from '../util/memo.js';
import { isDitto } from '../model/ditto.js';
import { listMarkerOf } from '../model/names.js';
import { replaceScalar } from '../workspace/edit.js';
import { aboutItem } from './support/item.js';
import type { Rule } from './rule.js';

/** A 文号 whose year is bracketed with anything but 〔〕: 民发[2021]57号, 辽政办发(2014)74号, 国办发﹝2016﹞80号. */
const ODD_BRACKETS = /([\u4e00-\u9fff]{1,10})([[［(（【﹝{〔])\s*(\d{4})\s*([\]］)）】﹞}〕])\s*(第?\d+号)/g;
/** A 〔 whose year is not closed: 国办发〔201680号. */
const UNCLOSED = /〔\d{4}(?!〕)\d*号?/;
/** A 令 whose number has no 号: (国务院令第711). */
const NO_HAO = /[\u4e00-\u9fff]{0,10}令\s*第?\s*\d+(?!\d)(?!\s*[号年])/;
/** A 令 whose number has no 第: 国务院令710号. */
const NO_DI = /[\u4e00-\u9fff]{0,10}令\s*(?!第)\d+\s*号/;
/** A 号 written again after the bracketed 文号 it ends: (国令第711号) 号. */
const EXTRA_HAO = /[(（][^()（）]*号\s*[)）]\s*号/;
/** Who issues documents, as a title opens: 中华人民共和国…, 国务院…, 辽宁省…, 民政部…, or 关于… anywhere. */
const ISSUER =
  /^(?:中华人民共和国|中共|中央|国务院|全国|国家|最高人民)|^[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|盟|旗|部|委员会|委|厅|局|办公室)|关于/;
/** The kinds of document a bare title ends with, so that wrapping it in 《》 is safe (generic phrases such as 相关法律法规 are not titles). */
const DOCUMENT_KIND = /(?:法|法典|条例|规定|办法|细则|意见|通知|决定|规划|方案|规则|标准|规范|规程|指引|指南|纲要|公告|批复|函)$/;

const MESSAGES = defineMessages({
  unpaired: { zh: '公开依据“{title}”的书名号不成对', en: 'citation "{title}" has unpaired 《》' },
  noBrackets: { zh: '公开依据“{title}”没有书名号《》', en: 'citation "{title}" has no 《》' },
  notTitle: {
    zh: '公开依据“{title}”不是文件名称：应写明所依据文件的名称，加书名号《》',
    en: 'citation "{title}" is not a document title: name the instrument, in 《》',
  },
  noHao: { zh: '文号“{ref}”缺少“号”', en: 'document number "{ref}" lacks 号' },
  noDi: { zh: '文号“{ref}”缺少“第”', en: 'document number "{ref}" lacks 第' },
  extraHao: { zh: '文号“{ref}”后多了一个“号”', en: 'document number "{ref}" is followed by a second 号' },
  repeated: { zh: '公开依据中{title}与{first}是同一文件，重复引用', en: 'the citation names one instrument twice: {first} and {title}' },
  yearBrackets: { zh: '文号“{ref}”的年份应使用六角括号〔〕', en: 'document number "{ref}" should bracket its year with 〔〕' },
  unclosed: { zh: '文号“{ref}”缺少“〕”', en: 'document number "{ref}" lacks 〕' },
});

interface Issue {
  message: Text;
  /** The corrected value, when the correction is safe. */
  fixed?: string;
}

/** Words that make a phrase a kind of document rather than one document: 相关法律法规, 有关政策规定. */
const GENERIC = /法律法规|政策规定|相关|有关|配套|及其|等$/;

/**
 * Whether a text without 《》 names a document: a title gkml knows; else one that ends in a kind of
 * document, is no generic phrase, and has its 文号, its issuer (or 关于), the name of a law, or more
 * than a bare topic and kind (信息公开规定 has none of these: it names no document).
 */
function namesDocument(name: string, hasRef: boolean): boolean {
  if (isKnownTitle(name)) return true;
  if (!DOCUMENT_KIND.test(name) || GENERIC.test(name)) return false;
  return hasRef || ISSUER.test(name) || /(?<!办)法典?$/.test(name) || [...name].length > 6;
}

/** What is wrong with a title (a whole string citation, or an object's `title`), if anything. */
function titleIssue(title: string, hasRef: boolean): Issue | undefined {
  const stray = strayBracket(title);
  if (stray !== undefined) return { message: msg(MESSAGES.unpaired, { title: titlesIn(title).length ? stray : title }) };
  if (titlesIn(title).length > 0) return undefined;
  // A list's number or bullet before the title (●中华人民共和国政府信息公开条例) stays before the 《.
  const marker = listMarkerOf(title.trim());
  const m = /^([^(（]+?)\s*([(（].*)?$/s.exec(title.trim().slice(marker.length));
  const name = m?.[1] ?? title;
  const ref = hasRef || /[令号]/.test(m?.[2] ?? '');
  if (!namesDocument(name, ref)) return { message: msg(MESSAGES.notTitle, { title }) };
  const safe = !/[、，,；;\s]|法律法规|政策规定|相关|有关|及其|等/.test(name);
  return { message: msg(MESSAGES.noBrackets, { title }), fixed: safe ? `${marker.trim()}《${name}》${m?.[2] ?? ''}` : undefined };
}

/** What is wrong with the 文号 in a text (a whole string citation, or an object's `ref`). */
const refIssues = memo((text: string): Issue[] => {
  const issues: Issue[] = [];
  // A 文号 has a year or a 令: the slower searches run only where there is one.
  const hasYear = /\d{4}/.test(text);
  const hasDecree = text.includes('令');
  const odd = hasYear ? [...text.matchAll(ODD_BRACKETS)].filter((m) => !(m[2] === '〔' && m[4] === '〕')) : [];
  if (odd.length > 0) {
    const fixed = text.replace(ODD_BRACKETS, (all, pre: string, _o: string, year: string, _c: string, num: string) =>
      all.includes('〔') && all.includes('〕') ? all : `${pre}〔${year}〕${num}`,
    );
    const shown = odd.map((m) => m[0]).join('、');
    issues.push({ message: msg(MESSAGES.yearBrackets, { ref: shown }), fixed });
  }
  const unclosed = hasYear ? UNCLOSED.exec(text)?.[0] : undefined;
  if (unclosed) issues.push({ message: msg(MESSAGES.unclosed, { ref: unclosed }) });
  const noHao = hasDecree ? NO_HAO.exec(text)?.[0] : undefined;
  if (noHao) issues.push({ message: msg(MESSAGES.noHao, { ref: noHao.trim() }) });
  const noDi = hasDecree ? NO_DI.exec(text)?.[0] : undefined;
  if (noDi) issues.push({ message: msg(MESSAGES.noDi, { ref: noDi.trim() }) });
  const extraHao = EXTRA_HAO.exec(text)?.[0];
  if (extraHao) issues.push({ message: msg(MESSAGES.extraHao, { ref: extraHao.trim() }) });
  return issues;
});

export const basisFormat: Rule = {
  meta: {
    code: 'GK121',
    slug: 'basis-format',
    title: { zh: '公开依据写法不规范', en: 'citation format' },
    description: {
      zh: '公开依据没有书名号《》或书名号不成对、不是文件名称、同一文件在一条依据中重复引用，或文号的年份没有用六角括号〔〕、缺“〕”“第”或“号”、多一个“号”',
      en: 'a citation without 《》 or with unpaired 《》, a text that is not a document title, one instrument cited twice in one citation, or a 文号 whose year is not in 〔〕, that lacks 〕, 第 or 号, or has 号 twice',
    },
    why: {
      zh: '按《党政机关公文格式》（GB/T 9704—2012），文件名称用书名号，发文字号的年份用六角括号〔〕。写成“政府信息公开条例”“民发[2021]57号”“辽政办发(2014)74号”，检索和核对依据时对不上号，也显得不规范。“信息公开规定”这样的泛称不是文件名称，加上书名号也不是，应写明所依据的文件；同一文件在一条依据中引用两次（《中华人民共和国政府信息公开条例》与《政府信息公开条例》）、“国务院令第711”缺“号”、“国务院令710号”缺“第”、“(国令第711号) 号”多一个“号”，也都要改正。单元格中的折行（书名或文号折到下一行）不算问题。',
      en: 'Under the official document format (GB/T 9704-2012) titles take 《》 and the year of a document number takes 〔〕. Citations such as 民发[2021]57号 do not match searches and look careless. A phrase such as 信息公开规定 is no document title, with or without 《》: name the instrument. One instrument cited twice in one citation, 国务院令第711 without 号, 国务院令710号 without 第, or (国令第711号) 号 with 号 twice, needs correcting too. A line break that only wraps a title or its 文号 in a cell is not a problem.',
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
        // Each instrument this citation names so far, by its normal title.
        const cited = new Map<string, string>();
        if (typeof citation === 'string' && (isDitto(citation) || hasPlaceholder(citation))) return;
        const path = ['items', i, 'basis', j];
        const { titlePath } = citationParts(citation, path);
        // The title: a string citation as a whole, or the object's `title`; the 文号: the string, or `ref`.
        const refPath = typeof citation === 'string' ? path : [...path, 'ref'];
        const refText = typeof citation === 'string' ? citation : citation.ref;
        const title = typeof citation === 'string' ? citation : citation.title;
        const issues: [Issue | undefined, (string | number)[]][] = [
          [titleIssue(title, typeof citation !== 'string' && Boolean(citation.ref)), titlePath],
          ...(refText === undefined ? [] : refIssues(refText)).map((issue): [Issue | undefined, (string | number)[]] => [issue, refPath]),
          ...titlesIn(title).map((span): [Issue | undefined, (string | number)[]] => [repeatedIssue(span.title, cited), titlePath]),
        ];
        for (const [issue, at] of issues) {
          if (!issue) continue;
          ctx.report({
            path: at,
            message: aboutItem(item, issue.message),
            suggestion: issue.fixed,
            fix: issue.fixed === undefined ? undefined : replaceScalar(ctx.file, at, issue.fixed),
          });
        }
      });
    });
  },
};

/** A title naming an instrument the cell already cites (《政府信息公开条例》 after 《中华人民共和国政府信息公开条例》). */
function repeatedIssue(title: string, cited: Map<string, string>): Issue | undefined {
  const key = normaliseTitle(officialTitle(title)?.official ?? title);
  const first = cited.get(key);
  if (first === undefined) {
    cited.set(key, title);
    return undefined;
  }
  return { message: msg(MESSAGES.repeated, { title, first }) };
}
