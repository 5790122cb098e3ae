// What `gkml verify` says: one line per file that differs from SHA256SUMS, and why it cannot check.
import { defineMessages } from '../messages.js';

export const VERIFY = defineMessages({
  changed: { zh: '已改动：{file}', en: 'changed: {file}' },
  missing: { zh: '缺少：{file}', en: 'missing: {file}' },
  extra: { zh: '多出：{file}', en: 'extra: {file}' },
  allMatch: {
    zh: '{dir} 的 {count} 个文件都与 {sums} 一致',
    en: 'all {count} files of {dir} match {sums}',
  },
  differ: {
    zh: '{dir} 与 {sums} 不一致：{changed} 个已改动，{missing} 个缺少，{extra} 个多出',
    en: '{dir} differs from {sums}: {changed} changed, {missing} missing, {extra} extra',
  },
  notAFolder: { zh: '{dir} 不是文件夹', en: '{dir} is not a folder' },
  badLine: {
    zh: '无法读取这一行：应为“64 位十六进制 SHA-256、两个空格、文件路径”（sha256sum 的格式），路径不能是绝对路径或含 ..',
    en: 'cannot read this line: expected a 64-digit hex SHA-256, two spaces and a file path (the sha256sum format); the path may not be absolute or contain ..',
  },
});
