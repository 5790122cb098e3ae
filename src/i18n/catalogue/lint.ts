// What lint says besides the rules' findings: the baseline, suppression comments, fixes, a refused publication.
import { defineMessages } from '../messages.js';

export const LINT = defineMessages({
  cannotReadBaseline: { zh: '无法读取基线文件：{detail}', en: 'cannot read the baseline file: {detail}' },
  malformedBaseline: {
    zh: '基线文件格式不正确（应由 gkml lint --write-baseline 生成，version {version}）',
    en: 'malformed baseline file (write it with gkml lint --write-baseline; version {version})',
  },
  headerOnce: {
    zh: '{text}（写在表头：本列 {count} 个事项都是如此）',
    en: '{text} (written in the header: the same for the {count} items of this column)',
  },
  mergedOnce: {
    zh: '{text}（合并单元格：{count} 个事项共用这一格）',
    en: '{text} (a merged cell: shared by {count} items)',
  },
  fixOnTable: {
    zh: '{file} 是报送的表格：--fix 不改写别人的表格。用 gkml import 导入为 YAML 后再修复，或用 --fix-dry-run 查看每个单元格应改成什么',
    en: "{file} is a submitted table: --fix does not rewrite someone else's spreadsheet. Import it with gkml import and fix the YAML, or see what each cell should become with --fix-dry-run",
  },
  fileChanged: {
    zh: '文件在修复期间被修改，未写入（请重新运行 --fix）',
    en: 'the file changed while fixing and was not written (run --fix again)',
  },
  publishRefused: {
    zh: '目录有 {count} 个错误，未生成任何输出（先运行 gkml lint {dir} 查看）。第一个：{first}',
    en: 'the directory has {count} errors; nothing was written (run gkml lint {dir}). First: {first}',
  },
  nothingRead: { zh: '{count} 个文件都无法读取，未做任何检查：', en: 'none of the {count} files could be read; nothing was checked:' },
  /** A file and what is said of it, on one line of a refusal. */
  fileSaid: { zh: '{file}: {text}', en: '{file}: {text}' },
  /** One more line of a refusal, indented under the one before. */
  nextLine: { zh: '{before}\n  {line}', en: '{before}\n  {line}' },
  // A worker thread's unexpected error, which has only the words it was thrown with.
  workerFailed: { zh: '{detail}', en: '{detail}' },

  suppressionNoRule: {
    zh: '抑制注释没有写规则名（写作 # gkml-disable-{kind} <规则> -- 理由）',
    en: 'the suppression names no rule (write # gkml-disable-{kind} <rule> -- reason)',
  },
  suppressionNoReason: {
    zh: '抑制注释缺少理由，不生效（写作 # gkml-disable-{kind} <规则> -- 理由）',
    en: 'the suppression gives no reason and has no effect (write # gkml-disable-{kind} <rule> -- reason)',
  },
  suppressionUnknownRule: { zh: '抑制注释中的规则“{rule}”不存在{guess}', en: 'the suppression names an unknown rule "{rule}"{guess}' },
  didYouMean: { zh: '；是否想写“{guess}”？', en: '; did you mean "{guess}"?' },
  suppressionUnusedInFile: {
    zh: '抑制注释没有抑制任何问题：本文件没有 {rule} 问题，请删除',
    en: 'the suppression suppresses nothing: this file has no {rule} findings; delete it',
  },
  suppressionUnusedOnLine: {
    zh: '抑制注释没有抑制任何问题：第 {line} 行没有 {rule} 问题，请删除',
    en: 'the suppression suppresses nothing: line {line} has no {rule} findings; delete it',
  },
});
