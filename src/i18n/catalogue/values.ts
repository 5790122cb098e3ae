// Why a value in a one-line text field (事项名称, 公开时限, 公开主体, 公开依据) is not what the clerk
// meant: a spreadsheet's date, number, true/false or error value, a text that is only a number or a
// date, a line break. The importer refuses such a cell and the rules report such a YAML value in these words.
import { defineMessages } from '../messages.js';

export const VALUES = defineMessages({
  date: { zh: '这是日期 {date}，不是{title}', en: 'this is the date {date}, not a {title}' },
  number: { zh: '只有数字 {value}，不是{title}{date}', en: 'only the number {value}, not a {title}{date}' },
  numberTimeframe: {
    zh: '只有数字 {value}，没有单位和起算点{date}',
    en: 'only the number {value}, with no unit and no event it counts from{date}',
  },
  serialDate: { zh: '（若是 Excel 日期，即 {date}）', en: ' (as an Excel date: {date})' },
  boolean: { zh: '这是逻辑值 {value}，不是{title}', en: 'this is the logical value {value}, not a {title}' },
  error: {
    zh: '这是 Excel 错误值 {value}，不是{title}：请检查该单元格的公式',
    en: 'this is the Excel error value {value}, not a {title}: check the cell’s formula',
  },
  lineBreak: { zh: '「{title}」只能写一行，其中有换行：{value}', en: '{title} takes one line but holds a line break: {value}' },
  lineBreakOwner: {
    zh: '「{title}」只能写一行，其中有换行：{value}（如是几个单位，请用“、”分隔）',
    en: '{title} takes one line but holds a line break: {value} (separate several bodies with 、)',
  },
  commandText: {
    zh: '“{value}”以“{lead}”开头并含有“{command}”：电子表格会把它当作公式执行外部命令或链接，不能作为文字',
    en: '"{value}" starts with "{lead}" and holds "{command}": a spreadsheet would run it as a formula calling a command or link, so it cannot be taken as text',
  },
  fullWidth: {
    zh: '「{title}」中有全角字母或数字“{chars}”，应写作半角“{fixed}”',
    en: '{title} holds full-width letters or digits "{chars}": write "{fixed}"',
  },
});
