import { defineMessages, msg } from '../i18n/messages.js';
import { normaliseName } from '../model/names.js';
import { memo } from '../util/memo.js';
import { locate, pathToPointer, toPosition } from '../workspace/locate.js';
import type { SourceFile } from '../workspace/source.js';
import { aboutItem } from './support/item.js';
import type { Rule } from './rule.js';

interface Seen {
  file: SourceFile;
  index: number;
  id: string;
}

/** Where the first of two items is: its file and line, or (read from a table) its cell. */
function where(seen: Seen, field?: string): string {
  const path = field ? ['items', seen.index, field] : ['items', seen.index];
  if (seen.file.placeOf) return seen.file.placeOf(pathToPointer(path));
  const { line } = toPosition(seen.file, locate(seen.file, path).start, 0);
  return `${seen.file.display}:${line}`;
}

const nameKey = memo(normaliseName);

const MESSAGES = defineMessages({
  duplicateId: { zh: '事项编号重复：与 {place} 的事项相同', en: 'duplicate item id: also used at {place}' },
  sameNames: { zh: '与事项“{id}”（{place}）的一级、二级事项相同：{names}', en: 'same 一级/二级事项 as item "{id}" ({place}): {names}' },
});

export const duplicateItem: Rule = {
  meta: {
    code: 'GK151',
    slug: 'duplicate-item',
    title: { zh: '事项重复', en: 'duplicate item' },
    description: {
      zh: '事项编号在工作区内重复，或同一领域中一级、二级事项相同的事项出现两次',
      en: 'an item id used twice in the workspace, or the same 一级+二级事项 twice in a domain',
    },
    why: {
      zh: '事项编号是跨版本比对、网页链接和导出的稳定标识，重复会让两个事项互相覆盖；同一领域中名称相同的两个事项通常是复制粘贴留下的重复行，会在汇编中出现两次。',
      en: 'Item ids are the stable keys for version diffs, links and exports: a duplicate makes two items overwrite each other. Two items with the same names in a domain are usually a pasted row that would appear twice in the compendium.',
    },
    tags: ['structure'],
    severity: 'error',
    fixable: false,
    messages: MESSAGES,
    examples: {
      bad: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    l2: 岗位信息发布\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    l2: 岗位信息发布\n',
      good: 'items:\n  - id: jiuye-01-01\n    l1: 就业信息服务\n    l2: 岗位信息发布\n  - id: jiuye-01-02\n    l1: 就业信息服务\n    l2: 求职信息登记\n',
    },
  },
  checkWorkspace(ctx) {
    const ids = new Map<string, Seen>();
    const names = new Map<string, Seen>();
    for (const { file, data } of ctx.files) {
      data.items.forEach((item, index) => {
        const here: Seen = { file, index, id: item.id };
        const first = ids.get(item.id);
        if (first) {
          ctx.report(file, {
            path: ['items', index, 'id'],
            message: aboutItem(item, msg(MESSAGES.duplicateId, { place: where(first, 'id') })),
          });
        } else ids.set(item.id, here);

        const key = [data.domain, item.l1, item.l2 ?? '', item.l3 ?? ''].map(nameKey).join('\u0000');
        const twin = names.get(key);
        if (twin && twin.id !== item.id) {
          const shown = [item.l1, item.l2, item.l3].filter(Boolean).join(' / ');
          // About the whole item: at its first line (on a table, its 序号 cell).
          ctx.report(file, {
            path: ['items', index],
            key: 'id',
            message: aboutItem(item, msg(MESSAGES.sameNames, { id: twin.id, place: where(twin), names: shown })),
          });
        } else if (!twin) names.set(key, here);
      });
    }
  },
};
