// The gkml command line: builds the commander program in the user's language, runs one command,
// and turns every failure into one clear line and an exit code (0 ok, 1 findings, 2 usage/I-O).
// Commands are imported lazily so `gkml lint` never loads the export libraries.
import { Command, CommanderError, Option } from 'commander';
import { parseLang, type Lang } from '../i18n/text.js';
import { GkmlError } from '../core/errors.js';
import { CACHE_STRATEGIES } from '../lint/cache-strategy.js';
import { formatNames } from '../report/index.js';
import { PROFILES } from '../schema/directory-schema.js';
import { toolVersion } from '../core/version.js';
import { processIO, type CliContext, type CliIO } from './io.js';

function preScanLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return parseLang(argv[i + 1]) ?? 'zh';
    if (a.startsWith('--lang=')) return parseLang(a.slice(7)) ?? 'zh';
  }
  return parseLang(env.GKML_LANG) ?? 'zh';
}

/**
 * An option taking one of `values` (commander's choices), repeatable or not. A value outside them
 * stops the command with gkml's own message, naming the values there are.
 */
function choiceOption(flags: string, description: string, values: readonly string[], { repeatable = false, format = false } = {}): Option {
  const option = new Option(flags, description);
  option.argChoices = [...values];
  return option.argParser((value: string, previous: unknown) => {
    if (!values.includes(value)) {
      const name = flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;
      throw new GkmlError(
        format
          ? { zh: `未知的输出格式：${value}（可用：${values.join('、')}）`, en: `unknown format: ${value} (available: ${values.join(', ')})` }
          : { zh: `${name} 的取值无效：${value}（可用：${values.join('、')}）`, en: `invalid value for ${name}: ${value} (available: ${values.join(', ')})` },
      );
    }
    return repeatable ? [...((previous as string[] | undefined) ?? []), value] : value;
  });
}

const collect = (value: string, previous: string[]) => [...previous, value];

function commanderMessage(err: CommanderError, lang: Lang): string {
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  const zh = lang === 'zh';
  switch (err.code) {
    case 'commander.unknownOption':
      return zh ? `未知的选项：${quoted}（运行 gkml --help 查看用法）` : `unknown option: ${quoted} (see gkml --help)`;
    case 'commander.unknownCommand':
      return zh ? `未知的命令：${quoted}（运行 gkml --help 查看可用命令）` : `unknown command: ${quoted} (see gkml --help)`;
    case 'commander.missingArgument':
      return zh ? `缺少参数：${quoted}` : `missing argument: ${quoted}`;
    case 'commander.optionMissingArgument':
      return zh ? `选项缺少取值：${quoted}` : `option needs a value: ${quoted}`;
    case 'commander.excessArguments':
      return zh ? '参数过多（运行 gkml --help 查看用法）' : 'too many arguments (see gkml --help)';
    case 'commander.invalidArgument':
      return zh ? `参数无效：${err.message.replace(/^error: /, '')}` : err.message.replace(/^error: /, '');
    default:
      return err.message.replace(/^error: /, '');
  }
}

function buildProgram(ctx: CliContext, setExit: (code: number) => void): Command {
  const zh = ctx.lang === 'zh';
  const t = (cn: string, en: string) => (zh ? cn : en);
  const program = new Command('gkml')
    .description(t('基层政务公开事项标准目录工具：校验、编制与发布', "China's grassroots disclosure standard directories: lint, build, publish"))
    .version(ctx.version, '-v, --version', t('显示版本号', 'show the version'))
    .helpOption('-h, --help', t('显示帮助', 'show help'))
    .addHelpCommand(false)
    .option('--lang <lang>', t('输出语言：zh（默认）或 en', 'output language: zh (default) or en'))
    .option('--debug', t('出错时显示完整的调用栈', 'show stack traces on failure'))
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: () => {}, outputError: () => {} })
    .showSuggestionAfterError(false);

  program
    .command('lint')
    .description(t('校验目录文件（JSON Schema 与领域规则）', 'check directory files (JSON Schema and domain rules)'))
    .argument('[paths...]', t('文件、文件夹、工作区或 glob；默认为当前文件夹', 'files, folders, workspaces or globs; default: current folder'))
    .addOption(choiceOption('-f, --format <name>', t('输出格式（可多次指定）', 'output format (repeatable)'), formatNames('lint'), { repeatable: true, format: true }))
    .option('-o, --output <spec>', t('把某个格式写入文件：格式=路径（可多次指定）', 'write a format to a file: format=path (repeatable)'), collect, [])
    .option('--max-warnings <n>', t('警告数超过 n 时以退出码 1 结束', 'exit 1 when there are more than n warnings'))
    .option('-q, --quiet', t('只报告错误', 'report errors only'))
    .addOption(choiceOption('--profile <profile>', t('强制使用校验档案：county（严格）或 guideline（国家指引，宽松）', 'force a profile: county (strict) or guideline (national baseline, lenient)'), PROFILES))
    .option('--fix', t('就地应用所有安全的自动修复，然后重新校验', 'apply every safe fix in place, then lint again'))
    .option('--fix-dry-run', t('只显示 --fix 会做的改动（diff），不写文件', 'print the diff --fix would apply, write nothing'))
    .option('--baseline <file>', t('基线文件：其中记录的问题不再报告（默认 .gkml-baseline.json，存在时使用）', 'baseline file: findings it records are not reported (default .gkml-baseline.json, when present)'))
    .option('--cache', t('缓存结果：文件与配置都没有变化时直接给出上次的结果', 'cache results: when no file or setting changed, give the previous result at once'))
    .option('--cache-location <dir>', t('缓存文件夹，默认 .gkml-cache', 'cache folder, default .gkml-cache'))
    .addOption(
      choiceOption('--cache-strategy <strategy>', t('如何判断文件是否变化：metadata（大小与修改时间，默认）或 content（内容哈希）', 'how a changed file is detected: metadata (size and modification time, default) or content (hash of the bytes)'), CACHE_STRATEGIES),
    )
    .option('--write-baseline', t('把当前所有问题写入基线文件，今后只报告新问题', 'record all current findings in the baseline file; later runs report only new ones'))
    .action(async (paths: string[], flags) => {
      const { runLint } = await import('./commands/lint.js');
      setExit(await runLint(paths, flags, ctx));
    });

  program
    .command('init')
    .description(t('根据国家标准指引新建工作区（县级目录草稿）', 'create a workspace from the national guidelines (a draft county directory)'))
    .argument('[dir]', t('新工作区的文件夹，默认为当前文件夹', 'folder of the new workspace, default: current folder'))
    .option('--region <name>', t('地区名称，如 某某县', 'region name, e.g. 某某县'))
    .addOption(choiceOption('--level <level>', t('层级：county（默认）或 township', 'level: county (default) or township'), ['county', 'township']))
    .option('--domains <ids...>', t('只包含这些领域（默认全部 26 个）', 'only these domains (default: all 26)'))
    .option('--date <YYYY-MM-DD>', t('发布日期（默认为今天，可在配置中修改）', 'publication date (default: today; edit it in the config)'))
    .option('--force', t('覆盖已存在的文件', 'overwrite existing files'))
    .action(async (dir: string | undefined, flags) => {
      const { runInit } = await import('./commands/init.js');
      setExit(await runInit(dir, flags, ctx));
    });

  program
    .command('build')
    .description(t('生成汇编：Excel 工作簿、网站与 JSON', 'build the compendium: Excel workbook, website and JSON'))
    .argument('[workspace]', t('工作区文件夹，默认为当前文件夹', 'workspace folder, default: current folder'))
    .option('--out <dir>', t('输出文件夹，默认为 <工作区>/dist', 'output folder, default <workspace>/dist'))
    .option('--only <targets>', t('只生成这些目标：xlsx,html,json', 'build only these targets: xlsx,html,json'))
    .option('--previous <dir|rev>', t('上一次发布的版本（工作区文件夹或 git 版本），用于生成更新记录', 'the previous publication (workspace folder or git revision), for the changelog'))
    .action(async (workspace: string | undefined, flags) => {
      const { runBuild } = await import('./commands/build.js');
      setExit(await runBuild(workspace, flags, ctx));
    });

  program
    .command('import')
    .description(t('从 Excel 或 CSV 表格导入目录（每个领域写出一个 YAML 文件）', 'import a directory from an Excel or CSV table (one YAML file per domain)'))
    .argument('<file>', t('.xlsx 或 .csv 文件', 'an .xlsx or .csv file'))
    .option('--domain <id>', t('领域编号或名称；默认从表格标题或工作表名识别', 'domain id or name; default: told from the table title or sheet name'))
    .option('-o, --out <dir>', t('输出文件夹，默认为当前文件夹', 'output folder, default: the current folder'))
    .option('--force', t('覆盖已存在的文件', 'overwrite existing files'))
    .action(async (file: string, flags) => {
      const { runImport } = await import('./commands/import.js');
      setExit(await runImport(file, flags, ctx));
    });

  program
    .command('coverage')
    .description(t('对照国家标准指引，统计各领域事项的覆盖、缺少与新增', 'coverage of the national guidelines per domain: covered, missing, added'))
    .argument('[workspace]', t('工作区文件夹，默认为当前文件夹', 'workspace folder, default: current folder'))
    .addOption(choiceOption('-f, --format <name>', t('输出格式', 'output format'), formatNames('coverage'), { format: true }).default('stylish'))
    .option('--min-coverage <percent>', t('总覆盖率低于该百分比时以退出码 1 结束', 'exit 1 when total coverage is below this percentage'))
    .action(async (workspace: string | undefined, flags) => {
      const { runCoverage } = await import('./commands/coverage.js');
      setExit(await runCoverage(workspace, flags, ctx));
    });

  program
    .command('diff')
    .description(t('比较两个版本：两个工作区文件夹，或两个 git 版本（如 HEAD~1 HEAD）', 'compare two versions: two workspace folders, or two git revisions (e.g. HEAD~1 HEAD)'))
    .argument('<old>', t('旧版本', 'old version'))
    .argument('<new>', t('新版本', 'new version'))
    .addOption(choiceOption('-f, --format <name>', t('输出格式', 'output format'), formatNames('diff'), { format: true }).default('stylish'))
    .option('--workspace <dir>', t('比较 git 版本时的工作区文件夹，默认为当前所在的工作区', 'workspace folder for git revisions, default: the one you are in'))
    .action(async (oldArg: string, newArg: string, flags) => {
      const { runDiff } = await import('./commands/diff.js');
      setExit(await runDiff(oldArg, newArg, flags, ctx));
    });

  program
    .command('rules')
    .description(t('列出校验规则（编号、级别、能否自动修复、说明）', 'list the lint rules (code, severity, fixable, description)'))
    .addOption(choiceOption('-f, --format <name>', t('输出格式：table（默认）或 json', 'output format: table (default) or json'), ['table', 'json'], { format: true }).default('table'))
    .option('--write-docs <dir>', t('根据规则元数据生成说明页面（docs/rules）', 'write the rule documentation pages generated from the metadata (docs/rules)'))
    .action(async (flags) => {
      const { runRules } = await import('./commands/rules.js');
      setExit(runRules(flags, ctx));
    });

  program
    .command('schema')
    .description(t('输出 JSON Schema（directory、config 或 units）', 'print a JSON Schema (directory, config or units)'))
    .argument('[name]', t('schema 名称，默认 directory', 'schema name, default directory'))
    .action(async (name: string | undefined) => {
      const { runSchema } = await import('./commands/schema.js');
      setExit(runSchema(name, ctx));
    });

  return program;
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const lang = preScanLang(argv, io.env);
  const debug = argv.includes('--debug');
  const ctx: CliContext = { ...io, lang, debug, version: toolVersion() };
  let exitCode = 0;
  try {
    const program = buildProgram(ctx, (code) => (exitCode = code));
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      io.stderr(`gkml: ${commanderMessage(err, lang)}\n`);
      return 2;
    }
    if (err instanceof GkmlError) {
      io.stderr(`gkml: ${err.render(lang)}\n`);
      if (debug && err.stack) io.stderr(err.stack + '\n');
      return err.exitCode;
    }
    const e = err as Error;
    io.stderr(lang === 'zh' ? `gkml: 内部错误：${e?.message ?? String(err)}（加 --debug 查看详情）\n` : `gkml: internal error: ${e?.message ?? String(err)} (use --debug for details)\n`);
    if (debug && e?.stack) io.stderr(e.stack + '\n');
    return 2;
  }
}
