// What the command line says: usage errors, the summaries each command prints, report words.
import { defineMessages } from '../messages.js';

export const CLI = defineMessages({
  unknownOption: { zh: '未知的选项：{option}（运行 gkml --help 查看用法）', en: 'unknown option: {option} (see gkml --help)' },
  unknownCommand: { zh: '未知的命令：{command}（运行 gkml --help 查看可用命令）', en: 'unknown command: {command} (see gkml --help)' },
  missingArgument: { zh: '缺少参数：{argument}', en: 'missing argument: {argument}' },
  optionMissingArgument: { zh: '选项缺少取值：{option}', en: 'option needs a value: {option}' },
  excessArguments: { zh: '参数过多（运行 gkml --help 查看用法）', en: 'too many arguments (see gkml --help)' },
  invalidArgument: { zh: '参数无效：{detail}', en: 'invalid argument: {detail}' },
  unknownFormat: { zh: '未知的输出格式：{value}（可用：{choices}）', en: 'unknown format: {value} (available: {choices})' },
  invalidChoice: { zh: '{option} 的取值无效：{value}（可用：{choices}）', en: 'invalid value for {option}: {value} (available: {choices})' },
  internalError: { zh: '内部错误：{detail}（加 --debug 查看详情）', en: 'internal error: {detail} (use --debug for details)' },

  maxWarnings: { zh: '--max-warnings 需要一个非负整数：{value}', en: '--max-warnings takes a non-negative integer: {value}' },
  outputSpec: {
    zh: '有多个输出格式时，-o 需写成 格式=路径（如 -o sarif=report.sarif）：{spec}',
    en: 'with several formats, -o takes format=path (e.g. -o sarif=report.sarif): {spec}',
  },
  fixTwice: { zh: '--fix 与 --fix-dry-run 只能选一个', en: '--fix and --fix-dry-run cannot be combined' },
  dryRunBaseline: { zh: '--fix-dry-run 不写任何文件，不能与 --write-baseline 同用', en: '--fix-dry-run writes nothing and cannot be combined with --write-baseline' },
  fixed: { zh: 'gkml：已修复 {count} 个文件', en: 'gkml: fixed {count} {count|file|files}' },
  baselineWritten: { zh: 'gkml：已把 {count} 个问题记入基线文件 {file}，今后只报告新问题', en: 'gkml: recorded {count} findings in the baseline file {file}; from now on only new findings are reported' },
  baselineObsolete: {
    zh: 'gkml：基线文件 {file} 中有 {count} 个问题已不再出现，可运行 gkml lint --write-baseline 更新',
    en: 'gkml: {count} findings recorded in {file} no longer occur; update it with gkml lint --write-baseline',
  },
  tooManyWarnings: { zh: 'gkml：警告数 {count} 超过了 --max-warnings {max}', en: 'gkml: {count} warnings exceed --max-warnings {max}' },

  minCoverage: { zh: '--min-coverage 应为 0 到 100 的数：{value}', en: '--min-coverage takes a number from 0 to 100: {value}' },
  belowMinCoverage: { zh: 'gkml：覆盖率 {percent}% 低于 --min-coverage {min}%', en: 'gkml: coverage {percent}% is below --min-coverage {min}%' },

  invalidOnly: { zh: '--only 的取值无效：{value}（可用：{choices}）', en: 'invalid --only value: {value} (available: {choices})' },
  building: { zh: '正在生成 {what}…', en: 'building {what}…' },
  built: { zh: '已生成 {where}：{regions}{domains} 个领域目录，{items} 个事项，{files} 个文件', en: 'built {where}: {regions}{domains} domain directories, {items} items, {files} files' },
  builtDraft: {
    zh: '这是征求意见稿：发布时目录还有 {errors} 个错误（运行 gkml status 查看进度）',
    en: 'this is a draft (征求意见稿), published with {errors} {errors|error|errors} still in the directory (see gkml status)',
  },
  builtRegions: { zh: '{count} 个地区，', en: '{count} regions, ' },

  imported: {
    zh: '读取 {rows} 行，写出 {items} 个事项，发现 {problems} 个问题（{errors} 个错误）{written}',
    en: 'read {rows} rows, wrote {items} items, found {problems} problems ({errors} errors){written}',
  },
  importedFiles: { zh: '：{files}', en: ': {files}' },
  importProblem: { zh: '{ref}: {severity}: {message}', en: '{ref}: {severity}: {message}' },

  initRegion: { zh: '请用 --region 指定地区名称，如 --region 某某县', en: 'give the region with --region, e.g. --region 某某县' },
  initDate: { zh: '--date 应为 YYYY-MM-DD：{value}', en: '--date must be YYYY-MM-DD: {value}' },
  initDone: {
    zh: '已创建工作区 {dir}：{files} 个文件，{items} 个事项（来自国家标准指引）。',
    en: 'created workspace {dir}: {files} files, {items} items (from the national guidelines).',
  },
  initKeptUnits: { zh: '已沿用现有的 units.yaml 解析公开主体。', en: 'kept the existing units.yaml to resolve owners.' },
  initNext: {
    zh: '下一步：\n  1. 在 units.yaml 中核对本地公开主体名称；\n  2. 运行 gkml lint {dir}，按清单逐项填写值为 null 的字段、把国家角色名称换成本地单位；\n  3. 检查通过后运行 gkml build {dir} 生成 Excel 与网站。',
    en: 'next steps:\n  1. check the local unit names in units.yaml;\n  2. run gkml lint {dir} and fill each null field it lists, replacing national role names with local units;\n  3. when it passes, run gkml build {dir} to publish the workbook and site.',
  },

  rulesWritten: { zh: 'gkml：已写入 {count} 个文档页面到 {dir}', en: 'gkml: wrote {count} pages to {dir}' },
  unknownSchema: { zh: '未知的 schema：{name}（可用：{choices}）', en: 'unknown schema: {name} (available: {choices})' },
  rulesHeader: { zh: '编号|规则|默认级别|可修复|适用|说明', en: 'code|rule|default|fixable|applies to|description' },
  appliesAll: { zh: '全部', en: 'all' },
  appliesCounty: { zh: '县级', en: 'county' },
  appliesGuideline: { zh: '指引', en: 'guideline' },
});
