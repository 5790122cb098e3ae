// The words of a 更新记录 (`gkml build --previous`) as the workbook, the Word document and the site write it.
import { defineMessages } from '../messages.js';

export const CHANGES = defineMessages({
  heading: { zh: '更新记录', en: 'changes' },
  seq: { zh: '序号', en: 'no.' },
  domain: { zh: '领域', en: 'domain' },
  item: { zh: '事项', en: 'item' },
  change: { zh: '变更内容', en: 'change' },
  before: { zh: '变更前', en: 'before' },
  after: { zh: '变更后', en: 'after' },
  added: { zh: '新增事项', en: 'item added' },
  removed: { zh: '删除事项', en: 'item removed' },
  renamed: { zh: '修改编号', en: 'id changed' },
  fieldChanged: { zh: '修改{field}', en: '{field} changed' },
  since: {
    zh: '版本 {version}（{date}）与上一版本 {previous}（{previousDate}）相比的变化',
    en: 'changes in version {version} ({date}) since version {previous} ({previousDate})',
  },
  rowCount: { zh: '{count} 条', en: '{count} {count|row|rows}' },
  none: { zh: '本目录没有变化', en: 'nothing has changed in this directory' },
});
