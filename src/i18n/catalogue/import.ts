// What `gkml import` says: why a file cannot be imported, and each row or cell it read its own way or could not read.
import { defineMessages } from '../messages.js';

export const IMPORT = defineMessages({
  cannotImport: { zh: '无法导入 {file}：{reason}', en: 'cannot import {file}: {reason}' },
  fileNotFound: { zh: '找不到文件：{file}', en: 'file not found: {file}' },
  cannotRead: { zh: '无法读取文件 {file}：{detail}', en: 'cannot read {file}: {detail}' },
  invalidDomain: {
    zh: '--domain 的取值无效：{value}（可写领域编号如 jiuye，或领域名称如 就业）',
    en: 'invalid --domain: {value} (a domain id such as jiuye, or a name such as 就业)',
  },
  fullWidthMended: {
    zh: '全角字母或数字已改为半角：{before} → {after}',
    en: 'full-width letters or digits written half-width: {before} → {after}',
  },
  refusedCell: { zh: '{reason}；该值未导入', en: '{reason}; the value was not imported' },
  // A cell holding a formula: its text is the result Excel saved with the file (never evaluated here).
  formulaCached: {
    zh: '此格是公式 {formula}，已按文件中保存的计算结果“{value}”读入：请确认结果无误，最好改为直接填写文字',
    en: 'this cell holds the formula {formula}; read as the result saved with the file, "{value}": check it, or better, type the text itself',
  },
  formulaExternal: {
    zh: '此格的公式 {formula} 取自本工作簿以外（外部链接）：报送的文件中看不到其来源',
    en: 'the formula {formula} takes its value from outside this workbook (an external link): its source is not in the submitted file',
  },
  formulaNoResult: {
    zh: '此格的公式 {formula} 没有保存计算结果（请在 Excel 中重新计算后保存，或直接填写文字）',
    en: 'the formula {formula} has no result saved with the file (recalculate and save it in Excel, or type the text itself)',
  },
  insideWorkspace: {
    zh: '当前目录是工作区：合并请用 --into <工作区>，另存请用 -o <文件夹>',
    en: 'the current folder is a workspace: to merge into it use --into <workspace>, to save the YAML elsewhere use -o <folder>',
  },
  fileExists: {
    zh: '文件已存在，未写入任何文件：{file}（确需覆盖请加 --force）',
    en: 'file exists, nothing was written: {file} (use --force to overwrite)',
  },

  // Why a file cannot be imported: the {reason} of cannotImport.
  legacyFormat: {
    zh: '旧版 {ext} 格式请先在 Excel 或 WPS 中另存为 .xlsx',
    en: 'save the legacy {ext} file as .xlsx in Excel or WPS first',
  },
  unsupportedFormat: { zh: '只支持 .xlsx 和 .csv 文件', en: 'only .xlsx and .csv files are supported' },
  nothingInFile: { zh: '文件中没有任何内容（工作表都是空的）', en: 'the file holds nothing (every sheet is empty)' },
  noTable: {
    zh: '没有找到目录表格（需要一行写着序号、一级事项、公开内容等栏目的表头）',
    en: 'no directory table found (a header row naming 序号, 一级事项, 公开内容 … is needed)',
  },
  csvTooLarge: { zh: '文件过大', en: 'the file is too large' },
  notCsv: { zh: '内容不是文本（不是 CSV 文件）', en: 'the content is not text (not a CSV file)' },
  invalidMergeRange: { zh: '{part} 中的合并单元格范围无效：{range}', en: 'invalid merged-cell range in {part}: {range}' },
  mergesTooLarge: { zh: '{part} 中的合并单元格过大或过多（{range}）', en: 'merged cells in {part} are too large or too many ({range})' },
  mergesOverlap: { zh: '合并单元格相互重叠（文件已损坏）', en: 'merged cells overlap (the file is damaged)' },
  unreadableWorkbook: { zh: '工作簿无法读取（{detail}）', en: 'the workbook cannot be read ({detail})' },
  zipDirectoryDamaged: { zh: '文件已损坏（zip 目录不完整）', en: 'the file is damaged (incomplete zip directory)' },
  tooManyEntries: { zh: '压缩包内文件过多（{count} 个）', en: 'too many entries in the archive ({count})' },
  encrypted: { zh: '工作簿已加密，请先在 Excel 中取消密码', en: 'the workbook is encrypted; remove its password in Excel first' },
  compressionMethod: { zh: '不支持的压缩方式（{method}）', en: 'unsupported compression method ({method})' },
  zipBomb: { zh: '解压后体积过大（{size} MB），疑似“压缩炸弹”', en: 'it would inflate to {size} MB, which looks like a zip bomb' },
  entryBomb: {
    zh: '{entry} 解压后超过声明的大小，疑似“压缩炸弹”',
    en: '{entry} inflates beyond its declared size, which looks like a zip bomb',
  },
  entryDamaged: { zh: '{entry} 无法解压（文件已损坏）', en: '{entry} cannot be inflated (the file is damaged)' },
  entrySize: { zh: '{entry} 的大小与声明不符（文件已损坏）', en: '{entry} does not match its declared size (the file is damaged)' },
  entryHeader: { zh: '文件已损坏（zip 条目头无效）', en: 'the file is damaged (bad zip entry header)' },
  entryTruncated: { zh: '文件已损坏（zip 条目被截断）', en: 'the file is damaged (truncated zip entry)' },
  fileTooLarge: { zh: '文件过大（{size} MB）', en: 'the file is too large ({size} MB)' },
  legacyOrEncrypted: {
    zh: '这是旧版 .xls 或加密的工作簿，请在 Excel 中取消密码并另存为 .xlsx',
    en: 'this is a legacy .xls or an encrypted workbook; remove the password and save it as .xlsx in Excel',
  },
  notZip: { zh: '内容不是 xlsx 工作簿（不是 zip 压缩包）', en: 'the content is not an xlsx workbook (not a zip archive)' },
  noWorkbook: { zh: '压缩包里没有 Excel 工作簿（缺少 xl/workbook.xml）', en: 'the archive holds no Excel workbook (no xl/workbook.xml)' },

  sheetEmpty: { zh: '工作表“{sheet}”是空的', en: 'sheet "{sheet}" is empty' },
  sheetWithoutTable: {
    zh: '工作表“{sheet}”中没有目录表格（没有写着序号、一级事项、公开内容等栏目的表头行），已跳过',
    en: 'sheet "{sheet}" holds no directory table (no header row naming 序号, 一级事项, 公开内容 …); skipped',
  },
  unknownTableDomain: {
    zh: '看不出这个表格属于哪个领域（标题：{title}）：请在标题、分隔行、工作表名或文件名中写明领域（如“户籍管理领域”），或用 --domain 指定；{rows}',
    en: 'cannot tell which domain this table is (title: {title}): name the domain in its title, a heading row, the sheet name or the file name (such as 户籍管理领域), or pass --domain. {rows}',
  },
  untitled: { zh: '无', en: 'none' },
  noL1Column: { zh: '表格没有一级事项栏目，无法读出事项；{rows}', en: 'the table has no 一级事项 (level-1 item) column; {rows}' },
  rowsNotImported: { zh: '第 {first}–{last} 行未导入', en: 'rows {first}–{last} were not imported' },
  noItemRows: { zh: '表格中没有事项行', en: 'the table has no item rows' },
  unknownDomainCell: {
    zh: '领域栏“{cell}”不是已知领域，按表格的领域（{domain}）读入',
    en: 'domain cell "{cell}" names no known domain; read as the table\'s ({domain})',
  },
  noteColumn: {
    zh: '“{header}”不是标准目录的栏目，已作为事项的 notes（{name}）保留',
    en: '"{header}" is not a column of the official layout; kept as item notes ({name})',
  },
  unheadedColumn: {
    zh: '这一列没有表头，内容已作为事项的 notes（{name}）保留',
    en: 'this column has no header; its cells were kept as item notes ({name})',
  },
  missingColumns: {
    zh: '表格没有这些栏目，相应字段写为 null 待填写：{columns}',
    en: 'the table has no column for {columns}; those fields were written as null, to be filled',
  },
  // The official columns, as missingColumns names them.
  content: { zh: '公开内容', en: '公开内容 (content)' },
  basis: { zh: '公开依据', en: '公开依据 (basis)' },
  timeframe: { zh: '公开时限', en: '公开时限 (time limit)' },
  owner: { zh: '公开主体', en: '公开主体 (owner)' },
  channels: { zh: '公开渠道和载体', en: '公开渠道和载体 (channels)' },
  audience: { zh: '公开对象', en: '公开对象 (audience)' },
  mode: { zh: '公开方式', en: '公开方式 (mode)' },

  invalidId: { zh: '事项编号无效（{id}），已重新编号', en: 'invalid item id ({id}); a new one was made' },
  unmarkedChannels: {
    zh: '渠道格开头的文字没有勾选标记，未作为渠道读入：{text}',
    en: 'text before the first box in the channel cell was not read as a channel: {text}',
  },
  unmarkedChannelLines: {
    zh: '渠道格中另起一行的选项没有勾选标记，未作为渠道读入：{text}',
    en: 'options on lines of their own in the channel cell have no box and were not read as channels: {text}',
  },
  noChannelChecked: { zh: '渠道格中没有勾选任何选项', en: 'no option is checked in the channel cell' },
  bothAudiences: { zh: '全社会和特定群体都有标记，已按“全社会”读入', en: 'both 全社会 and 特定群体 are marked; read as 全社会' },
  markAsText: {
    zh: '标记格中是文字而不是“√”，已按有标记读入：{text}',
    en: 'the mark cell holds text instead of "√"; read as marked: {text}',
  },
  emptyRow: { zh: '第 {row} 行是空行，已跳过', en: 'row {row} is empty and was skipped' },
  noteRow: {
    zh: '第 {row} 行是表格说明，不是事项，已写入目录的 note：{text}',
    en: "row {row} is a note, not an item; it was kept as the directory's note: {text}",
  },
  orphanRow: {
    zh: '第 {row} 行没有序号和事项名称，上面也没有事项可以接续，无法导入',
    en: 'row {row} has no number and no item name, and there is no item above it to continue',
  },
  continuedRow: {
    zh: '第 {row} 行没有序号和事项名称，其内容已并入上一个事项（第 {previous} 行）',
    en: 'row {row} has no number and no item name; its cells were added to the item above (row {previous})',
  },
  noL1: { zh: '第 {row} 行没有一级事项，无法导入', en: 'row {row} has no level-1 item (一级事项) and cannot be imported' },
  domainFromItems: {
    zh: '表格的标题、工作表名和文件名都没有写明领域：按事项名称读作“{domain}”（{count} 个事项名称与其国家指引相同）',
    en: 'the title, sheet and file name of the table name no domain: read as {domain}, whose guideline has {count} of its item names',
  },
  l1FromL2: {
    zh: '第 {row} 行没有一级事项，上方也没有可沿用的一级事项：按二级事项“{name}”读作事项名称；请补填一级事项',
    en: 'row {row} has no level-1 item (一级事项) and none above to continue: read as the item “{name}” named by its level-2 item; fill in the 一级事项',
  },
  dittoNothingAbove: { zh: '“同上”的上一行没有内容，此格留空', en: '"同上" (ditto) has nothing above it; the cell was left empty' },
  dittoResolved: { zh: '“同上”已按上一行（第 {row} 行）填入：{value}', en: '"同上" (ditto) resolved from row {row}: {value}' },

  cannotEdit: {
    zh: '无法安全地改写“{what}”在 YAML 中的写法（多行文字或其他结构），未写入任何文件：请在 YAML 中手工修改后再合并',
    en: 'cannot safely rewrite "{what}" in the YAML (a multi-line or other structure); nothing was written: edit the YAML by hand, then merge again',
  },
  editBroke: { zh: '合并后的文件无法解析，未写入任何文件', en: 'the merged file would not parse; nothing was written' },
});
