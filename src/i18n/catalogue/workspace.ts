// What reading a workspace says: unreadable files, encodings, YAML syntax, the config, the targets, the item a problem is in.
import { defineMessages } from '../messages.js';

export const WORKSPACE = defineMessages({
  cannotReadFile: { zh: '无法读取文件：{detail}', en: 'cannot read file: {detail}' },
  cannotReadCode: { zh: '无法读取文件（{code}）', en: 'cannot read file ({code})' },
  unitsNotFound: { zh: '找不到公开主体登记文件：{file}', en: 'units registry not found: {file}' },
  notAWorkspace: { zh: '不是 gkml 工作区（没有 {config}）：{dir}', en: 'not a gkml workspace (no {config}): {dir}' },
  encoding: {
    zh: '文件编码为 {encoding}，已按此编码读取；gkml 目录文件应使用 UTF-8（请在编辑器中“另存为 UTF-8”，或运行 iconv -f GB18030 -t UTF-8 原文件 > 新文件）',
    en: 'file is encoded as {encoding} and was read as such; gkml directory files should be UTF-8 (save it as UTF-8 in your editor, or run iconv -f GB18030 -t UTF-8 in > out)',
  },
  notText: {
    zh: '无法读取：文件不是文本，或编码无法识别（应为 UTF-8）',
    en: 'cannot read: the file is not text, or its encoding is not recognised (use UTF-8)',
  },
  fileTooLarge: {
    zh: '文件过大（{size} MB，上限 {limit} MB）：一个领域的目录文件不应这么大，请检查文件是否正确或按领域拆分',
    en: "file too large ({size} MB, limit {limit} MB): a domain's directory should be far smaller; check the file or split it by domain",
  },
  emptyFile: {
    zh: '文件为空：目录文件至少应包含 domain、name 和 items',
    en: 'empty file: a directory file needs at least domain, name and items',
  },
  aliasLimit: {
    zh: '无法展开 YAML 别名：别名展开过多，疑似“别名炸弹”{detail||}',
    en: 'cannot expand YAML aliases: {detail} (too many alias expansions)',
  },

  duplicateKey: {
    zh: '键“{key}”重复：同一层级中每个键只能出现一次',
    en: 'duplicate key "{key}": each key may appear only once at the same level',
  },
  tabIndent: { zh: '缩进中使用了制表符（Tab）：YAML 只能用空格缩进', en: 'tab used for indentation: YAML indents with spaces only' },
  indentDeeper: {
    zh: '缩进不正确：这一行比上一行缩进得多，但上一行不是父级键',
    en: 'bad indentation: this line is indented deeper than the line above, which is not its parent key',
  },
  missingColon: { zh: '缺少冒号“:”，或键跨越了多行', en: 'missing ":" after a key, or a key spans several lines' },
  indentUnaligned: {
    zh: '缩进不正确：这一行与同级的键没有对齐',
    en: 'bad indentation: this line is not aligned with the keys at its level',
  },
  missingQuote: { zh: '缺少右引号：字符串的引号没有闭合', en: 'missing closing quote' },
  missingChar: { zh: '缺少字符：请检查这一行的冒号、逗号和引号{detail||}', en: 'missing character: {detail}' },
  missingComma: { zh: '方括号或花括号中的两项之间缺少半角逗号“,”', en: 'missing "," between the items of a flow list or map' },
  spaceAfterColon: {
    zh: '冒号“:”后缺少空格：键和值之间应写“: ”（半角冒号加一个空格）',
    en: 'missing space after ":": write ": " between a key and its value',
  },
  commentSpace: { zh: '注释符号“#”前应有一个空格', en: 'a comment "#" must be separated from the text before it by a space' },
  docMarker: {
    zh: '文档标记（--- 或 %）的位置不正确：目录文件不需要这类标记',
    en: 'a document marker (--- or %) is misplaced: directory files need none',
  },
  unclosedBracket: { zh: '括号“{open}”没有闭合：缺少“{close}”', en: 'unclosed "{open}": missing "{close}"' },
  badIndent: { zh: '缩进不正确：请检查这一行与上下几行开头的空格数{detail||}', en: 'bad indentation: {detail}' },
  multipleDocs: {
    zh: '文件中有多个 YAML 文档（---）：每个目录文件只能有一个文档',
    en: 'several YAML documents (---) in one file: a directory file holds one document',
  },
  badEscape: { zh: '双引号字符串中有无效的转义序列', en: 'invalid escape sequence in a double-quoted string' },
  badScalarStart: { zh: '值不能以“{char}”开头：请给整个值加上引号', en: 'a plain value cannot start with "{char}": quote the whole value' },
  specialMark: {
    zh: '“&”“*”“!”在 YAML 中表示锚点、别名或标签：如果这是文字的一部分，请给整个值加上引号',
    en: '"&", "*" and "!" mark anchors, aliases and tags in YAML: if it is part of the text, quote the whole value',
  },
  blockInFlow: {
    zh: '方括号或花括号中的写法有误：各项之间可能缺少半角逗号“,”，或在括号中换行缩进了',
    en: 'a flow list or map (in brackets or braces) is malformed: a "," between entries may be missing, or it holds an indented block',
  },
  unresolvedAlias: {
    zh: '“*{name}”引用的锚点不存在：“*”在 YAML 中表示引用，如果这是文字的一部分，请给整个值加上引号',
    en: '"*{name}" refers to an anchor that does not exist: "*" marks an alias in YAML; if it is part of the text, quote the whole value',
  },
  nonStringKey: { zh: '键应为文字', en: 'a key must be text' },
  keyTooLong: {
    zh: '键过长（超过 1024 个字符）：可能漏写了冒号或换行',
    en: 'key longer than 1024 characters: a colon or a line break may be missing',
  },
  unexpectedComma: { zh: '多余的逗号“,”', en: 'unexpected ","' },
  unexpected: { zh: '这里有无法识别的内容：请检查这一行的冒号、引号和括号{detail||}', en: 'unexpected content: {detail}' },
  tooDeep: {
    zh: '嵌套层数过深，无法读取：目录文件的结构不会嵌套这么多层',
    en: 'nested too deeply to read: a directory file is never nested this deep',
  },
  yamlSyntax: { zh: 'YAML 语法错误：请检查这一行的冒号、引号和括号{detail||}', en: 'YAML syntax error: {detail}' },
  fullWidthColon: {
    zh: '键“{key}”后用了全角冒号“：”：应写半角冒号“:”加一个空格，即“{key}: ”',
    en: 'full-width colon "：" after the key "{key}": write an ASCII colon and a space, "{key}: "',
  },
  fullWidthIndent: {
    zh: '这一行用全角空格缩进：全角空格“　”看起来像空格，但 YAML 只认半角空格，请改用半角空格',
    en: 'this line is indented with full-width spaces (U+3000): YAML indents with ASCII spaces only',
  },

  symlinkOutside: {
    zh: '符号链接 {file} 指向所在仓库、工作区或文件夹之外，未读取它指向的文件',
    en: 'the symbolic link {file} leads outside its repository, workspace or folder; what it points to was not read',
  },
  symlinkDangling: { zh: '符号链接 {file} 指向的文件不存在', en: 'the symbolic link {file} points to nothing' },
  noDirectoryFiles: {
    zh: '工作区中没有目录文件（按 directories 设置查找）：{input}',
    en: 'no directory files in workspace (by its directories setting): {input}',
  },
  noYamlFiles: {
    zh: '文件夹中没有 YAML 文件或表格（.xlsx、.csv）：{input}',
    en: 'no YAML files or tables (.xlsx, .csv) in folder: {input}',
  },
  noMatch: { zh: '没有与之匹配的文件：{input}', en: 'no files match: {input}' },
  notFound: { zh: '找不到文件或文件夹：{input}', en: 'no such file or folder: {input}' },

  item: { zh: '事项“{id}”', en: 'item "{id}"' },
  itemNumber: { zh: '第 {n} 个事项', en: 'item {n}' },
});
