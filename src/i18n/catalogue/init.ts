// What `gkml init` says when it refuses to start a workspace.
import { defineMessages } from '../messages.js';

export const INIT = defineMessages({
  unknownDomain: { zh: '未知的领域编号：{id}（运行 gkml schema 查看 domain 的可选值）', en: 'unknown domain id: {id}' },
  fileExists: {
    zh: '文件已存在，未做任何改动：{file}（确需覆盖请加 --force）',
    en: 'file exists, nothing was changed: {file} (use --force to overwrite)',
  },
});
