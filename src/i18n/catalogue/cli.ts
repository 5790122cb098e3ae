// What the command line says: usage errors, the summaries each command prints, report words.
import { defineMessages } from '../messages.js';

export const CLI = defineMessages({
  unknownOption: { zh: '未知的选项：{option}（运行 gkml --help 查看用法）', en: 'unknown option: {option} (see gkml --help)' },
  unknownCommand: { zh: '未知的命令：{command}（运行 gkml --help 查看可用命令）', en: 'unknown command: {command} (see gkml --help)' },
  unknownOptionNear: { zh: '未知的选项：{option}。是否想输入 {suggestion}？', en: 'unknown option: {option}. Did you mean {suggestion}?' },
  unknownCommandNear: {
    zh: '未知的命令：{command}。是否想输入 gkml {suggestion}？',
    en: 'unknown command: {command}. Did you mean gkml {suggestion}?',
  },
  missingArgument: { zh: '缺少参数：{argument}', en: 'missing argument: {argument}' },
  optionMissingArgument: { zh: '选项缺少取值：{option}', en: 'option needs a value: {option}' },
  excessArguments: { zh: '参数过多（运行 gkml --help 查看用法）', en: 'too many arguments (see gkml --help)' },
  invalidArgument: { zh: '参数无效：{detail}', en: 'invalid argument: {detail}' },
  unknownFormat: { zh: '未知的输出格式：{value}（可用：{choices}）', en: 'unknown format: {value} (available: {choices})' },
  invalidChoice: {
    zh: '{option} 的取值无效：{value}（可用：{choices}）',
    en: 'invalid value for {option}: {value} (available: {choices})',
  },
  internalError: { zh: '内部错误：{detail}（加 --debug 查看详情）', en: 'internal error: {detail} (use --debug for details)' },

  maxWarnings: { zh: '--max-warnings 需要一个非负整数：{value}', en: '--max-warnings takes a non-negative integer: {value}' },
  outputSpec: {
    zh: '有多个输出格式时，-o 需写成 格式=路径（如 -o sarif=report.sarif）：{spec}',
    en: 'with several formats, -o takes format=path (e.g. -o sarif=report.sarif): {spec}',
  },
  outputUnknownFormat: {
    zh: '-o {spec}：没有名为“{format}”的输出格式（可用：{choices}）；文件名本身含“=”时写成 -o ./{spec}',
    en: '-o {spec}: there is no output format "{format}" (available: {choices}); for a file name with "=" in it, write -o ./{spec}',
  },
  outputExtension: {
    zh: '-o {path}：{ext} 文件应是 {expected} 格式，而写入它的是 {format} 格式（用 -f 选择格式，或写成 -o {format}=另一个文件名）',
    en: '-o {path}: a {ext} file should hold {expected}, but the report written to it is {format} (choose the format with -f, or write -o {format}=another file name)',
  },
  cannotWriteReport: { zh: '无法写入报告 {path}：{cause}', en: 'cannot write the report {path}: {cause}' },
  fixTwice: { zh: '--fix 与 --fix-dry-run 只能选一个', en: '--fix and --fix-dry-run cannot be combined' },
  dryRunBaseline: {
    zh: '--fix-dry-run 不写任何文件，不能与 --write-baseline 同用',
    en: '--fix-dry-run writes nothing and cannot be combined with --write-baseline',
  },
  fixed: { zh: 'gkml：已修复 {count} 个文件', en: 'gkml: fixed {count} {count|file|files}' },
  baselineWritten: {
    zh: 'gkml：已把 {count} 个问题记入基线文件 {file}，今后只报告新问题',
    en: 'gkml: recorded {count} findings in the baseline file {file}; from now on only new findings are reported',
  },
  baselineObsolete: {
    zh: 'gkml：基线文件 {file} 中有 {count} 个问题已不再出现，可运行 gkml lint --write-baseline 更新',
    en: 'gkml: {count} findings recorded in {file} no longer occur; update it with gkml lint --write-baseline',
  },
  tooManyWarnings: { zh: 'gkml：警告数 {count} 超过了 --max-warnings {max}', en: 'gkml: {count} warnings exceed --max-warnings {max}' },

  minCoverage: { zh: '--min-coverage 应为 0 到 100 的数：{value}', en: '--min-coverage takes a number from 0 to 100: {value}' },
  domainOnWorkspace: {
    zh: '--domain 用于报送的 .xlsx/.csv 表格；工作区的目录文件各自写明领域：{target}',
    en: '--domain is for a submitted .xlsx/.csv table; the directory files of a workspace name their own domain: {target}',
  },
  belowMinCoverage: {
    zh: 'gkml：覆盖率 {percent}% 低于 --min-coverage {min}%',
    en: 'gkml: coverage {percent}% is below --min-coverage {min}%',
  },

  invalidOnly: { zh: '--only 的取值无效：{value}（可用：{choices}）', en: 'invalid --only value: {value} (available: {choices})' },
  waitSeconds: { zh: '--wait 的取值应为秒数（0 或正整数）：{value}', en: '--wait takes a number of seconds (0 or more): {value}' },
  shardValue: {
    zh: '--shard 的取值应为“第几份/共几份”，如 2/8（1 ≤ 第几份 ≤ 共几份 ≤ 9999）：{value}',
    en: '--shard takes a share as i/n, e.g. 2/8 (1 ≤ i ≤ n ≤ 9999): {value}',
  },
  jobsCount: { zh: '--jobs 的取值应为线程数（1 到 999 的整数）：{value}', en: '--jobs takes a number of threads (1 to 999): {value}' },
  building: { zh: '正在生成 {what}…', en: 'building {what}…' },
  regionStarted: { zh: '[{index}/{total}] {name} …', en: '[{index}/{total}] {name} …' },
  regionBuilt: { zh: '[{index}/{total}] {name} ✓ {items} 个事项{n||}', en: '[{index}/{total}] {name} ✓ {items} {n|item|items}' },
  built: {
    zh: '已生成 {where}：{regions}{domains} 个领域目录，{items} 个事项，{files} 个文件{kept}',
    en: 'built {where}: {regions}{domains} {domains|domain directory|domain directories}, {items} {items|item|items}, {files} {files|file|files}{kept}',
  },
  builtKept: {
    zh: '；保留了上次生成的其他目标的 {count} 个文件',
    en: '; kept {count} {count|file|files} of other targets from the last build',
  },
  builtForeign: {
    zh: '输出文件夹中有 {count} 个文件不是 gkml 生成的，已原样保留：{files}',
    en: 'kept as they are {count} {count|file|files} in the output folder that gkml did not write: {files}',
  },
  builtLostDomains: {
    zh: '注意：{region}比上次生成少了 {count} 个领域：{domains}（目录文件被删除或移走了吗？）',
    en: 'note: {region} has {count} {count|domain|domains} fewer than the last build: {domains} (was a directory file deleted or moved?)',
  },
  builtMissingFiles: {
    zh: '注意：配置中列出的 {count} 个目录文件不存在：{files}',
    en: 'note: {count} directory {count|file|files} named in the config {count|is|are} not there: {files}',
  },
  // An English reader gets the id beside the Chinese name.
  domainNamed: { zh: '{name}{id||}', en: '{name} ({id})' },
  builtDraft: {
    zh: '这是征求意见稿：发布时目录还有 {errors} 个错误（运行 gkml status 查看进度）',
    en: 'this is a draft (征求意见稿), published with {errors} {errors|error|errors} still in the directory (see gkml status)',
  },
  builtFillable: {
    zh: '这是填报工作簿：目录还有 {errors} 个错误待填写或修改；填好后运行 gkml import <工作簿> --into <工作区> 合并回工作区',
    en: 'this is the fillable workbook, with {errors} {errors|error|errors} still to fill or fix; merge it back with gkml import <workbook> --into <workspace>',
  },
  fillableOnlyXlsx: {
    zh: '--fillable 只用于 Excel：请写 --only xlsx 或不写 --only',
    en: '--fillable is for Excel only: give --only xlsx, or no --only',
  },
  builtRegions: { zh: '{count} 个地区，', en: '{count} regions, ' },
  builtCache: {
    zh: '缓存 {dir}：复用 {reused} 个地区，重新生成 {rebuilt} 个地区',
    en: 'cache {dir}: {reused} {reused|region|regions} reused, {rebuilt} rebuilt',
  },
  builtShard: {
    zh: '分片 {index}/{count}：{regions} 个地区已在缓存 {dir} 中（复用 {reused} 个，新生成 {rebuilt} 个），未写输出；合并各分片的缓存后运行 gkml build --cache-dir 组装',
    en: "shard {index}/{count}: {regions} {regions|region|regions} in the cache {dir} ({reused} reused, {rebuilt} built), no output written; merge the shards' caches, then gkml build --cache-dir assembles",
  },

  imported: {
    zh: '读取 {rows} 行，写出 {items} 个事项，发现 {problems} 个问题（{errors} 个错误）{written}',
    en: 'read {rows} rows, wrote {items} items, found {problems} problems ({errors} errors){written}',
  },
  importedFiles: { zh: '：{files}', en: ': {files}' },
  importProblem: { zh: '{ref}: {severity}: {message}', en: '{ref}: {severity}: {message}' },
  needsInto: { zh: '--prune 和 --dry-run 只与 --into 同用', en: '--prune and --dry-run work only with --into' },
  mergedDomain: { zh: '{name}：{parts}', en: '{name}: {parts}' },
  mergedNothing: { zh: '没有变化', en: 'no change' },
  mergedChanged: { zh: '修改 {count} 个事项（{items}）', en: '{count} changed ({items})' },
  mergedItem: { zh: '{id} {fields}', en: '{id} {fields}' },
  mergedAdded: { zh: '新增 {count} 个事项（{ids}）', en: '{count} added ({ids})' },
  mergedMissing: {
    zh: '工作簿中没有 {count} 个事项（{ids}），已保留；加 --prune 删除',
    en: '{count} not in the workbook ({ids}), kept; --prune removes them',
  },
  mergedPruned: { zh: '删除工作簿中没有的 {count} 个事项（{ids}）', en: '{count} not in the workbook removed ({ids})' },
  merged: {
    zh: '读取 {rows} 行，合并到 {workspace}：修改 {changed} 个事项，新增 {added} 个，{files}',
    en: 'read {rows} rows, merged into {workspace}: {changed} changed, {added} added, {files}',
  },
  mergedWritten: { zh: '已写入 {count} 个文件', en: '{count} {count|file|files} written' },
  mergedDryRun: { zh: '未写入任何文件（--dry-run）', en: 'nothing written (--dry-run)' },
  mergedNoFiles: { zh: '没有文件需要改动', en: 'no file to change' },

  initRegion: { zh: '请用 --region 指定地区名称，如 --region 某某县', en: 'give the region with --region, e.g. --region 某某县' },
  initDate: { zh: '--date 应为 YYYY-MM-DD：{value}', en: '--date must be YYYY-MM-DD: {value}' },
  initCounty: {
    zh: '--county 只用于乡镇工作区（--level township）',
    en: '--county applies to a township workspace only (--level township)',
  },
  initDone: {
    zh: '已创建工作区 {dir}：{files} 个文件，{items} 个事项（来自国家标准指引）。',
    en: 'created workspace {dir}: {files} files, {items} items (from the national guidelines).',
  },
  initKeptUnits: { zh: '已沿用现有的 units.yaml 解析公开主体。', en: 'kept the existing units.yaml to resolve owners.' },
  initNext: {
    zh: '下一步：\n  1. 在 units.yaml 中核对本地公开主体名称；\n  2. 运行 gkml status {dir} 查看进度，gkml lint {dir} 列出每一处待填写的字段；\n  3. 随时可用 gkml build {dir} --draft 生成征求意见稿看看效果；检查通过后运行 gkml build {dir} 正式发布。',
    en: 'next steps:\n  1. check the local unit names in units.yaml;\n  2. run gkml status {dir} to see progress, and gkml lint {dir} for every field still to fill;\n  3. gkml build {dir} --draft publishes a draft to look at any time; when lint passes, gkml build {dir} publishes.',
  },
  schemasUpdated: {
    zh: '已更新工作区 {dir} 的 JSON Schema 与编辑器设置：{files}',
    en: 'updated the JSON Schemas and editor settings of workspace {dir}: {files}',
  },
  schemasRefreshed: {
    zh: '已更新 {dir} 中编辑器用的 JSON Schema（.gkml/schemas/）：工作区的 defaults、公开层级、渠道或 units.yaml 有了变化',
    en: "updated the editor's JSON Schemas of {dir} (.gkml/schemas/): the workspace's defaults, levels, channels or units.yaml had changed",
  },
  schemasNotRefreshed: {
    zh: '{dir} 中编辑器用的 JSON Schema 已过时，但未能更新：{detail}（可运行 gkml init {dir} --update-schemas）',
    en: "the editor's JSON Schemas of {dir} are out of date but could not be updated: {detail} (run gkml init {dir} --update-schemas)",
  },
  settingsKept: {
    zh: '.vscode/settings.json 不是纯 JSON（可能含注释），未改动：请在其中的 yaml.schemas 里把 .gkml/schemas/ 下的三个 Schema 关联到 directories/*.yaml、gkml.config.yaml 和 units.yaml',
    en: '.vscode/settings.json is not plain JSON (it may hold comments) and was left as it was: associate the three schemas in .gkml/schemas/ with directories/*.yaml, gkml.config.yaml and units.yaml under yaml.schemas',
  },
  initNextXlsx: {
    zh: '用 Excel 填写：打开 {workbook}，填好后运行 gkml import "{workbook}" --into {dir}（加 --dry-run 先看改动）。',
    en: 'to fill it in Excel: open {workbook}, then run gkml import "{workbook}" --into {dir} (add --dry-run to see the changes first).',
  },

  unknownRule: {
    zh: '没有这条规则：{rule}{suggestion}（运行 gkml rules 查看全部规则）',
    en: 'no such rule: {rule}{suggestion} (see gkml rules)',
  },
  didYouMeanRule: { zh: '。是否想输入 {suggestion}？', en: '. Did you mean {suggestion}?' },
  schemasWritten: { zh: 'gkml：已写入 {count} 个 JSON Schema 到 {dir}', en: 'gkml: wrote {count} JSON Schemas to {dir}' },
  rulesWritten: { zh: 'gkml：已写入 {count} 个文档页面到 {dir}', en: 'gkml: wrote {count} pages to {dir}' },
  unknownSchema: { zh: '未知的 schema：{name}（可用：{choices}）', en: 'unknown schema: {name} (available: {choices})' },
  rulesHeader: { zh: '编号|规则|默认级别|可修复|适用|说明', en: 'code|rule|default|fixable|applies to|description' },
  appliesAll: { zh: '全部', en: 'all' },
  appliesCounty: { zh: '县级', en: 'county' },
  appliesGuideline: { zh: '指引', en: 'guideline' },
});
