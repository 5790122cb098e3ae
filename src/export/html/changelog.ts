// What the pages of one compendium show of its changes since the previous publication (`gkml build
// --previous`): a worded label on each added or changed item, and a notice on the index and on each
// domain page that changed. The changelog page itself is views/changes-page.ts.
import type { DiffReport, ItemRef, VersionInfo } from '../../diff/diff.js';
import { DIFF_LISTS, isEmptyDiff } from '../../diff/diff.js';
import { summaryLine } from '../../diff/describe.js';
import { itemsById, nameOf } from '../../diff/change-list.js';
import type { Compendium } from '../../model/compendium.js';
import { chineseDate } from '../../model/dates.js';
import type { ChangeMarkView } from './components/item-table.js';
import type { NoticeView } from './components/notice.js';
import { CHANGES_PAGE } from './pages.js';

export interface SectionChanges {
  marks: Map<string, ChangeMarkView>;
  indexNotice: NoticeView;
  domainNotice(domainId: string): NoticeView | null;
}

export const anchorOf = (id: string) => `change-${id}`;

export const versionText = (v: VersionInfo) => `版本 ${v.version}（${chineseDate(v.date)}发布）`;

/** A city's diff with its regions' added to it: the totals its index and changes page show. */
export function withRegions(d: DiffReport, regions: readonly DiffReport[]): DiffReport {
  const all = [d, ...regions];
  return {
    ...d,
    ...(Object.fromEntries(DIFF_LISTS.map((k) => [k, all.flatMap((x) => x[k])])) as Pick<DiffReport, (typeof DIFF_LISTS)[number]>),
  };
}

/** What changed since the previous publication, in one sentence, with a link to the changes page. */
export function changeNotice(d: DiffReport): NoticeView {
  const since = `与上一${versionText(d.old)}相比`;
  return {
    text: isEmptyDiff(d) ? `${since}，本目录没有变化。` : `${since}：${summaryLine(d, 'zh')}。`,
    linkText: '查看更新记录',
    href: CHANGES_PAGE,
  };
}

/** The marks and notices of one compendium's pages (the changes page sits in the same folder). */
export function sectionChanges(d: DiffReport, c: Compendium): SectionChanges {
  const items = itemsById(c);
  const marks = new Map<string, ChangeMarkView>();
  const mark = (ref: ItemRef, text: string) => {
    if (!items.has(ref.id)) return;
    marks.set(ref.id, {
      text,
      detail: `：查看“${nameOf(ref, items.get(ref.id)?.item)}”的变化`,
      href: `${CHANGES_PAGE}#${anchorOf(ref.id)}`,
    });
  };
  d.added.forEach((r) => mark(r, '本次新增'));
  [...d.changed, ...d.renamed].forEach((r) => mark(r, '本次更新'));

  const notice = changeNotice(d);
  return {
    marks,
    indexNotice: notice,
    domainNotice(domainId) {
      const count = (refs: ItemRef[]) => refs.filter((r) => r.domain === domainId).length;
      const parts = [
        ['新增', count(d.added)],
        ['修改', count(d.changed)],
        ['改编号', count(d.renamed)],
        ['删除', count(d.removed)],
      ].filter(([, n]) => n);
      if (!parts.length) return null;
      return { ...notice, text: `与上一${versionText(d.old)}相比，本领域${parts.map(([what, n]) => `${what} ${n} 个事项`).join('，')}。` };
    },
  };
}
