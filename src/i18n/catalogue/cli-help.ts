// The words of `gkml --help`: each command's summary, its arguments and its options.
import { defineMessages } from '../messages.js';

export const HELP = defineMessages({
  program: {
    zh: '基层政务公开事项标准目录工具：校验、编制与发布',
    en: "China's grassroots disclosure standard directories: lint, build, publish",
  },
  version: { zh: '显示版本号', en: 'show the version' },
  help: { zh: '显示帮助', en: 'show help' },
  lang: { zh: '输出语言：zh（默认）或 en', en: 'output language: zh (default) or en' },
  debug: { zh: '出错时显示完整的调用栈', en: 'show stack traces on failure' },

  // The words of commander's help page, in the user's language.
  usageTitle: { zh: '用法：', en: 'Usage:' },
  argumentsTitle: { zh: '参数：', en: 'Arguments:' },
  optionsTitle: { zh: '选项：', en: 'Options:' },
  commandsTitle: { zh: '命令：', en: 'Commands:' },
  globalOptionsTitle: { zh: '全局选项：', en: 'Global options:' },
  optionsToken: { zh: '[选项]', en: '[options]' },
  commandToken: { zh: '[命令]', en: '[command]' },
  choices: { zh: '（可选：{choices}）', en: ' (one of: {choices})' },
  defaultValue: { zh: '（默认：{value}）', en: ' (default: {value})' },
  workspace: { zh: '工作区文件夹，默认为当前文件夹', en: 'workspace folder, default: current folder' },
  coverageTarget: {
    zh: '工作区文件夹或报送的 .xlsx/.csv 表格，默认为当前文件夹',
    en: 'workspace folder or a submitted .xlsx/.csv table, default: current folder',
  },
  format: { zh: '输出格式', en: 'output format' },
  force: { zh: '覆盖已存在的文件', en: 'overwrite existing files' },

  lint: { zh: '校验目录文件（JSON Schema 与领域规则）', en: 'check directory files (JSON Schema and domain rules)' },
  lintPaths: {
    zh: '文件、文件夹、工作区或 glob（也可以是报送的 .xlsx/.csv 表格）；默认为当前文件夹',
    en: 'files, folders, workspaces or globs (submitted .xlsx/.csv tables too); default: current folder',
  },
  lintFormat: { zh: '输出格式（可多次指定）', en: 'output format (repeatable)' },
  lintOutput: { zh: '把某个格式写入文件：格式=路径（可多次指定）', en: 'write a format to a file: format=path (repeatable)' },
  lintMaxWarnings: { zh: '警告数超过 n 时以退出码 1 结束', en: 'exit 1 when there are more than n warnings' },
  lintQuiet: { zh: '只报告错误', en: 'report errors only' },
  lintConfig: {
    zh: '检查报送的 Excel/CSV 表格时使用的 gkml.config.yaml（层级名称、单位名录、规则级别）；默认为表格所在工作区的配置，没有时用县级默认值',
    en: 'the gkml.config.yaml whose level labels, units and rule settings apply to submitted Excel/CSV tables (default: the workspace the table lies in, else county defaults)',
  },
  lintProfile: {
    zh: '强制使用校验档案：county（严格）或 guideline（国家指引，宽松）',
    en: 'force a profile: county (strict) or guideline (national baseline, lenient)',
  },
  lintFix: { zh: '就地应用所有安全的自动修复，然后重新校验', en: 'apply every safe fix in place, then lint again' },
  lintFixDryRun: { zh: '只显示 --fix 会做的改动（diff），不写文件', en: 'print the diff --fix would apply, write nothing' },
  lintBaseline: {
    zh: '基线文件：其中记录的问题不再报告（默认 .gkml-baseline.json，存在时使用）',
    en: 'baseline file: findings it records are not reported (default .gkml-baseline.json, when present)',
  },
  lintCache: {
    zh: '缓存结果：文件与配置都没有变化时直接给出上次的结果',
    en: 'cache results: when no file or setting changed, give the previous result at once',
  },
  lintCacheLocation: { zh: '缓存文件夹，默认 .gkml-cache', en: 'cache folder, default .gkml-cache' },
  lintCacheStrategy: {
    zh: '如何判断文件是否变化：metadata（大小与修改时间，默认）或 content（内容哈希）',
    en: 'how a changed file is detected: metadata (size and modification time, default) or content (hash of the bytes)',
  },
  lintWriteBaseline: {
    zh: '把当前所有问题写入基线文件，今后只报告新问题',
    en: 'record all current findings in the baseline file; later runs report only new ones',
  },

  init: {
    zh: '根据国家标准指引新建工作区（县级目录草稿）',
    en: 'create a workspace from the national guidelines (a draft county directory)',
  },
  initDir: { zh: '新工作区的文件夹，默认为当前文件夹', en: 'folder of the new workspace, default: current folder' },
  initRegion: { zh: '地区名称，如 某某县', en: 'region name, e.g. 某某县' },
  initLevel: { zh: '层级：county（默认）或 township', en: 'level: county (default) or township' },
  initCounty: {
    zh: '乡镇所属的县，如 某某县：公安机关、税务机关等县级部门的角色写为该县的单位（默认取所在的县级工作区）',
    en: "the township's county, e.g. 某某县: roles of county bodies (公安机关, 税务机关 …) are named as its units (default: the county workspace the township is in)",
  },
  initDomains: { zh: '只包含这些领域（默认全部 26 个）', en: 'only these domains (default: all 26)' },
  initDate: { zh: '发布日期（默认为今天，可在配置中修改）', en: 'publication date (default: today; edit it in the config)' },

  config: {
    zh: '有效配置：本地区继承上级地区并由自己覆盖后的各项设置，以及每项来自哪个配置文件的哪一行',
    en: "effective settings: the region's settings as inherited from the regions above it and overridden by its own, each with the config file and line it came from",
  },
  configDir: { zh: '地区工作区（默认：当前文件夹）', en: 'region workspace (default: the working folder)' },
  status: {
    zh: '编制进度：各领域的事项数、已填写与待填写的字段、错误与警告，以及下一步该做什么',
    en: 'progress of the directory: items, filled and unfilled fields, errors and warnings per domain, and what to do next',
  },

  build: {
    zh: '生成汇编：Excel 工作簿、Word 文件汇编、JSON 数据与网站；PDF（需要 LibreOffice）、填报工作簿与集约化平台片段只在用 --only pdf、--fillable 或 --only fragments 指定时生成',
    en: 'build the compendium: Excel workbook, Word document, JSON data and website; a PDF (needs LibreOffice), the fillable workbook and the site-platform fragments only when asked for with --only pdf, --fillable or --only fragments',
  },
  buildOut: { zh: '输出文件夹，默认为 <工作区>/dist', en: 'output folder, default <workspace>/dist' },
  buildOnly: {
    zh: '只生成这些目标（逗号分隔），输出文件夹中其他目标上次生成的文件保留不动：{targets}',
    en: 'build only these targets (comma-separated), keeping the files the other targets wrote last time: {targets}',
  },
  onlyTarget: { zh: '{name}（{what}）', en: '{name} ({what})' },
  targetXlsx: { zh: 'Excel 工作簿', en: 'Excel workbook' },
  targetFillable: { zh: '填报工作簿，同 --fillable', en: 'fillable workbook, as --fillable' },
  targetDocx: { zh: 'Word 文件汇编', en: 'Word document' },
  targetPdf: { zh: 'PDF 打印版，需要 LibreOffice', en: 'PDF for print, needs LibreOffice' },
  targetJson: { zh: 'JSON 数据', en: 'JSON data' },
  targetHtml: { zh: '网站', en: 'website' },
  targetFragments: {
    zh: '粘贴到集约化平台文章编辑器的表格片段',
    en: "tables to paste into a site platform's article editor",
  },
  initUpdateSchemas: {
    zh: '只更新已有工作区的 JSON Schema 副本（.gkml/schemas/）、编辑器设置和各文件首行的 Schema 路径，不生成草稿',
    en: "only refresh an existing workspace's schema copies (.gkml/schemas/), editor settings and the schema line of its files; no drafts",
  },
  initXlsx: {
    zh: '同时写出填报工作簿“<地区>标准目录（填报）.xlsx”：在 Excel 或 WPS 中填写，再用 gkml import --into 合并回工作区',
    en: 'also write the fillable workbook <region>标准目录（填报）.xlsx: fill it in Excel or WPS, then merge it back with gkml import --into',
  },
  buildFillable: {
    zh: '写出填报工作簿“<地区>标准目录（填报）.xlsx”（与 --only xlsx 同用）：下拉选“√”、列标题有填写提示、待填写的格子有底纹，填好后用 gkml import --into 合并回工作区',
    en: 'write the fillable workbook <region>标准目录（填报）.xlsx (with --only xlsx): √ dropdowns, a hint on each header, unfilled cells shaded; merge it back with gkml import --into',
  },
  buildDraft: {
    zh: '发布征求意见稿：目录仍有错误时也生成，所有输出标明“征求意见稿”，待填写的字段显示为“待填写”',
    en: 'publish a draft (征求意见稿) although lint finds errors: every output says so, unfilled fields show as 待填写',
  },
  buildWait: {
    zh: '另一个构建正在写入同一输出文件夹时，最多等待的秒数（默认 0：立即退出）',
    en: 'seconds to wait while another build writes the same output folder (default 0: stop at once)',
  },
  buildJobs: {
    zh: '同时构建下级地区的线程数（默认：CPU 核数，不超过地区数；1 表示只用一个线程）；结果与线程数无关',
    en: 'threads building the regions at once (default: the CPUs, at most the regions; 1 uses one thread); the output is the same whatever the number',
  },
  buildCache: {
    zh: '缓存每个地区的生成结果（在配置文件旁的 .gkml/cache），下次只重新生成改动过的地区及其上级；结果与不用缓存时逐字节相同，缓存可随时删除',
    en: "keep each region's outputs in a cache (.gkml/cache beside the config) and rebuild only the regions that changed and those above them; the output is byte-identical to a build without it, and the cache is safe to delete",
  },
  buildCacheDir: {
    zh: '缓存文件夹（代替 .gkml/cache；隐含 --cache）',
    en: 'the cache folder (instead of .gkml/cache; implies --cache)',
  },
  buildShard: {
    zh: '只把最下级地区的第 i 份（共 n 份）生成到缓存，不写输出（用于 CI 并行）；各分片的缓存合并后，再运行 gkml build --cache-dir 组装全树',
    en: "build only the i-th of n shares of the leaf-most regions into the cache, writing no output (for CI runners); merge the shards' caches, then gkml build --cache-dir assembles the tree",
  },
  lintDomain: {
    zh: '报送的 Excel/CSV 表格所属领域（编号、名称、别称或简称），用于每个表格；默认从标题、分隔行、工作表名或文件名识别',
    en: 'the domain (id, name, alias or short name) of every submitted Excel/CSV table; default: told from its title, heading rows, sheet name or file name',
  },
  lintJobs: {
    zh: '检查大量文件时的线程数（默认：文件总量大时用全部 CPU 核）',
    en: 'threads for checking many files (default: every CPU when the files are large)',
  },
  buildQuiet: { zh: '不显示进度和结果，只报告错误', en: 'no progress and no summary: report errors only' },
  buildPrevious: {
    zh: '上一次发布的版本（工作区文件夹或 git 版本），用于生成更新记录',
    en: 'the previous publication (workspace folder or git revision), for the changelog',
  },

  import: {
    zh: '从 Excel 或 CSV 表格导入目录（每个领域写出一个 YAML 文件）',
    en: 'import a directory from an Excel or CSV table (one YAML file per domain)',
  },
  importFile: { zh: '.xlsx 或 .csv 文件', en: 'an .xlsx or .csv file' },
  importDomain: {
    zh: '领域编号、名称、别称或简称；默认从表格标题、分隔行、工作表名或文件名识别',
    en: 'domain id, name, alias or short name; default: told from the table title, heading rows, sheet name or file name',
  },
  importInto: {
    zh: '把填报工作簿按事项编号合并到这个工作区：改动写入原 YAML 文件（注释和未改动的事项保持原样），新行成为新事项',
    en: 'merge a filled workbook into this workspace by item id: changes go into its YAML files (comments and untouched items kept), new rows become new items',
  },
  importPrune: {
    zh: '与 --into 同用：删除工作簿中没有的事项（默认只报告并保留）',
    en: 'with --into: remove the items the workbook no longer has (default: report and keep them)',
  },
  importDryRun: {
    zh: '与 --into 同用：只显示会做的改动（差异），不写入文件',
    en: 'with --into: show the changes as a diff, write nothing',
  },
  importOut: { zh: '输出文件夹，默认为当前文件夹', en: 'output folder, default: the current folder' },

  coverage: {
    zh: '对照国家标准指引，统计各领域事项的覆盖、缺少与新增',
    en: 'coverage of the national guidelines per domain: covered, missing, added',
  },
  coverageDomain: {
    zh: '报送表格所属领域（编号、名称、别称或简称）；默认从标题、分隔行、工作表名或文件名识别',
    en: "a submitted table's domain (id, name, alias or short name); default: told from its title, heading rows, sheet name or file name",
  },
  coverageMin: { zh: '总覆盖率低于该百分比时以退出码 1 结束', en: 'exit 1 when total coverage is below this percentage' },

  diff: {
    zh: '比较两个版本：两个工作区文件夹，或两个 git 版本（如 HEAD~1 HEAD）',
    en: 'compare two versions: two workspace folders, or two git revisions (e.g. HEAD~1 HEAD)',
  },
  diffOld: { zh: '旧版本', en: 'old version' },
  diffNew: { zh: '新版本', en: 'new version' },
  diffWorkspace: {
    zh: '比较 git 版本时的工作区文件夹，默认为当前所在的工作区',
    en: 'workspace folder for git revisions, default: the one you are in',
  },

  rules: { zh: '列出校验规则（编号、级别、能否自动修复、说明）', en: 'list the lint rules (code, severity, fixable, description)' },
  rulesRule: {
    zh: '规则名称或编号（如 channel-vocabulary 或 GK101）：显示这条规则的说明',
    en: 'a rule slug or code (channel-vocabulary, GK101): show its page',
  },
  rulesWriteDocs: {
    zh: '根据规则元数据生成说明页面（docs/rules）',
    en: 'write the rule documentation pages generated from the metadata (docs/rules)',
  },

  schema: { zh: '输出 JSON Schema（directory、config 或 units）', en: 'print a JSON Schema (directory, config or units)' },
  completion: { zh: '输出命令行补全脚本（bash、zsh 或 fish）', en: 'print a shell completion script (bash, zsh or fish)' },
  completionShell: { zh: 'bash、zsh 或 fish（用法见 README）', en: 'bash, zsh or fish (see the README for how to load it)' },
  schemaWrite: {
    zh: '把全部 JSON Schema（directory、config、units）写入这个文件夹',
    en: 'write every JSON Schema (directory, config, units) into this folder',
  },
  schemaName: { zh: 'schema 名称，默认 directory', en: 'schema name, default directory' },
  verify: {
    zh: '按 SHA256SUMS 核对已部署的输出文件夹，列出改动、缺少和多出的文件（防篡改）',
    en: 'check a deployed output folder against its SHA256SUMS, listing changed, missing and extra files (tamper check)',
  },
  verifyFolder: { zh: '已部署的输出文件夹', en: 'the deployed output folder' },
  verifySums: {
    zh: '校验和文件，默认文件夹中的 SHA256SUMS',
    en: 'the checksum file, default SHA256SUMS in the folder',
  },
});
