// What `gkml build` and its exporters say when they refuse: the output folder, site files, templates, region folders.
import { defineMessages } from '../messages.js';

export const BUILD = defineMessages({
  outputIsWorkspace: {
    zh: '输出文件夹不能是工作区本身或其上级：{out}',
    en: 'the output folder cannot be the workspace or above it: {out}',
  },
  outputNotFolder: { zh: '输出路径已存在且不是文件夹：{out}', en: 'the output path exists and is not a folder: {out}' },
  outputNotOurs: {
    zh: '输出文件夹不是空的，也不是 gkml 生成的，为避免丢失数据不会覆盖：{out}',
    en: 'the output folder is not empty and was not made by gkml; it is not replaced, to avoid losing data: {out}',
  },
  outputLocked: {
    zh: '另一个 gkml build（进程 {pid}，开始于 {started}）正在写入 {out}；请等它结束，或用 --wait <秒> 等待',
    en: 'another gkml build (process {pid}, started {started}) is writing {out}; let it finish, or wait for it with --wait <seconds>',
  },
  outputFileChanged: {
    zh: '输出文件夹中有 {count} 个文件在 gkml 生成后被修改过，为避免丢失修改，本次生成不会覆盖或删除：{files}。如果是填好的填报工作簿，先用 gkml import <工作簿> --into <工作区> 合并回工作区；再把这些文件移出输出文件夹（或删除），然后重新生成',
    en: 'the output folder has {count} {count|file|files} changed since gkml wrote {count|it|them}; this build does not replace or remove {count|it|them}, so no change is lost: {files}. A filled-in fillable workbook: merge it back first with gkml import <workbook> --into <workspace>; then move {count|it|them} out of the output folder (or delete {count|it|them}) and build again',
  },
  outputFileClash: {
    zh: '输出文件夹中有 {count} 个不是 gkml 生成的文件，与本次要写的文件同名，不会覆盖：{files}。请把它们移出输出文件夹后重新生成',
    en: 'the output folder has {count} {count|file|files} gkml did not write with the name of a file this build writes; {count|it is|they are} not overwritten: {files}. Move {count|it|them} out of the output folder and build again',
  },
  leftoverRemoved: {
    zh: '已删除一次中断的构建（进程 {pid}）留下的临时文件夹：{path}',
    en: 'removed the temporary folder an interrupted build (process {pid}) left behind: {path}',
  },
  // 更新记录 (--previous) between two publications that say they are the same one.
  sameRelease: {
    zh: 'gkml：警告：gkml.config.yaml 的{fields}与上一版（{previous}）相同{count||}，更新记录分不清这两次发布；请在发布前更新',
    en: 'gkml: warning: gkml.config.yaml has the same {fields} as the previous version ({previous}), so the changelog cannot tell the two publications apart; update {count|it|them} before publishing',
  },
  releaseVersion: { zh: '版本号 version（{value}）', en: 'version ({value})' },
  releaseDate: { zh: '发布日期 date（{value}）', en: 'date ({value})' },
  unsafeRegionSlug: { zh: '地区名不能用作文件夹名：{slug}', en: 'the region slug cannot name a folder: {slug}' },

  duplicateAnchor: { zh: '事项编号重复，网页锚点会冲突：{id}', en: 'duplicate item id, the page anchors would clash: {id}' },
  unsafeDomainId: { zh: '领域编号不能用作网页文件名：{id}', en: 'the domain id cannot name a page file: {id}' },
  sitePathOutside: { zh: '网站文件的路径超出了输出文件夹：{path}', en: 'a site file path leaves the output folder: {path}' },
  siteFileTwice: { zh: '网站中有两个文件同名：{path}', en: 'two site files have the same name: {path}' },
  templateError: { zh: '网页模板出错：{detail}', en: 'template error: {detail}' },
  // The Handlebars forms come in as values: their braces are not placeholders.
  unescapedOutput: {
    zh: '模板不能使用 {triple} 或 {ampersand} 输出未转义的内容（所有值都必须转义）',
    en: 'templates cannot use {triple} or {ampersand} to output unescaped content (every value is escaped)',
  },
  missingTemplate: { zh: '缺少网页模板：{name}.hbs', en: 'missing template: {name}.hbs' },
  tokenizerOverride: {
    zh: '不能覆盖搜索分词脚本 assets/tokenize.js：搜索索引依赖内置版本',
    en: 'assets/tokenize.js cannot be overridden: the search index is built with the built-in one',
  },
  templatesNotFound: { zh: '找不到模板文件夹：{dir}', en: 'templates folder not found: {dir}' },
  badSynonyms: {
    zh: '搜索同义词文件的格式不正确：应为 groups 列表，每组的 terms 至少两个词（如 - terms: [低保, 最低生活保障]）',
    en: 'the search synonyms file is malformed: it needs a groups list, each with at least two terms (e.g. - terms: [低保, 最低生活保障])',
  },
  synonymsOutside: { zh: '搜索同义词文件必须在工作区之内：{file}', en: 'the search synonyms file must be inside the workspace: {file}' },
  synonymsMissing: { zh: '找不到搜索同义词文件：{file}', en: 'search synonyms file not found: {file}' },
  logoOutside: { zh: '网站标志图片必须在工作区之内：{file}', en: 'the site logo must be inside the workspace: {file}' },
  logoMissing: { zh: '找不到网站标志图片：{file}', en: 'site logo not found: {file}' },
  logoNotImage: {
    zh: '网站标志不是可用的图片：{file}（应为 2 MB 以内的 PNG、JPEG、GIF、WebP 或 SVG 文件）',
    en: 'the site logo is not a usable image: {file} (a PNG, JPEG, GIF, WebP or SVG file of at most 2 MB)',
  },
});
