// What `gkml diff` says when a version it is given cannot be read.
import { defineMessages } from '../messages.js';

export const DIFF = defineMessages({
  notARepository: { zh: '不在 git 仓库中，无法读取版本 {rev}', en: 'not in a git repository; cannot read revision {rev}' },
  noWorkspaceAtRevision: { zh: '版本 {rev} 中没有工作区 {path}', en: 'revision {rev} has no workspace at {path}' },
  notAVersion: { zh: '既不是工作区文件夹，也不是 git 版本：{arg}', en: 'neither a workspace folder nor a git revision: {arg}' },
});
