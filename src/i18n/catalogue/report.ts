// The words of the reports: lint's formats, coverage and diff.
import { defineMessages } from '../messages.js';

export const REPORT = defineMessages({
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  clean: { zh: '✔ 已检查 {files} 个文件，未发现问题', en: '✔ {files} {files|file|files} checked, no problems' },
  problems: {
    zh: '✖ {total} 个问题（{errors} 个错误，{warnings} 个警告），共检查 {files} 个文件',
    en: '✖ {total} {total|problem|problems} ({errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}) in {files} {files|file|files}',
  },
  fixable: { zh: '  其中 {count} 个可用 --fix 自动修复', en: '  {count} can be fixed automatically with --fix' },
  // --fix writes YAML only (a submitted table is someone else's): say how a table's findings get fixed.
  fixableInTables: {
    zh: '  其中 {count} 个有明确的改法：请在表格中改正（--fix-dry-run 列出每个单元格应改成什么），或用 gkml import {table} --into <工作区> 合并后运行 gkml lint --fix',
    en: '  {count} have a known correction: make it in the table (--fix-dry-run lists what each cell should become), or merge the table with gkml import {table} --into <workspace> and run gkml lint --fix',
  },
  aTable: { zh: '<表格>', en: '<table>' },
  githubSummary: {
    zh: 'gkml：{errors} 个错误，{warnings} 个警告，共 {files} 个文件',
    en: 'gkml: {errors} errors, {warnings} warnings in {files} files',
  },

  coverageHeader: { zh: '领域|基线事项|已覆盖|缺少|新增|覆盖率|基线', en: 'domain|baseline|covered|missing|added|coverage|baseline is' },
  yardstickComplete: { zh: '完整', en: 'complete' },
  yardstickIncomplete: { zh: '不完整', en: 'incomplete' },
  yardstickL2: {
    zh: '不完整：指引 {guideline} 个二级事项，基线 {holds} 个',
    en: 'incomplete: guideline {guideline} second-level items, baseline {holds}',
  },
  yardstickL1: {
    zh: '不完整：指引 {guideline} 个一级事项，基线 {holds} 个；二级事项数未知',
    en: 'incomplete: guideline {guideline} first-level items, baseline {holds}; second-level count unknown',
  },
  yardstickTotal: { zh: '{n} 个领域不完整', en: '{n} incomplete' },
  yardstickNote: {
    zh: '注：国家基线不完整，覆盖率只对照基线已收录的 {held} 个事项，100% 不等于覆盖了指引的全部事项。{known}',
    en: 'Note: the national baseline is incomplete; coverage is measured against the {held} items it holds, so 100% does not mean every item of the guidelines is covered. {known}',
  },
  yardstickKnown: {
    zh: '已知数目的 {domains} 个领域，指引共列 {guideline} 个二级事项，基线收录 {holds} 个。',
    en: 'In the {domains} domains whose count is known, the guidelines list {guideline} second-level items and the baseline holds {holds}.',
  },
  coverageRegionsHeader: { zh: '地区|基线事项|已覆盖|缺少|新增|覆盖率', en: 'region|baseline|covered|missing|added|coverage' },
  coverageAbsent: { zh: '{name}（缺领域）', en: '{name} (absent)' },
  coverageTotal: { zh: '合计', en: 'total' },
  coverageTitle: { zh: '{region} 标准目录覆盖情况（对照国家标准指引）', en: '{region} coverage against the national guidelines' },
  coverageMissing: { zh: '缺少 {id} {name}', en: 'missing {id} {name}' },
  coverageRenamed: { zh: '改名 {id} {name} → {to}', en: 'renamed {id} {name} → {to}' },
  coverageOtherId: { zh: '编号不同 {id} → {other} {name}', en: 'other id {id} → {other} {name}' },
  coverageAdded: { zh: '新增 {id} {name}', en: 'added {id} {name}' },
  coverageRenamedAt: { zh: '改名 {id} {name} → {to}（{at}）', en: 'renamed {id} {name} → {to} ({at})' },
  // A table is measured in the domains it holds; the others are said once, not listed as missing.
  coverageNotSubmitted: {
    zh: '未报送（{count} 个领域，不计入合计）：{names}',
    en: 'not submitted ({count} {count|domain|domains}, not in the total): {names}',
  },

  diffTitle: { zh: '{region} 标准目录变更：{old} → {new}', en: '{region} directory changes: {old} → {new}' },
  diffSummary: {
    zh: '新增 {added} 项，删除 {removed} 项，修改 {changed} 项，改编号 {renamed} 项',
    en: '{added} added, {removed} removed, {changed} changed, {renamed} renamed',
  },
  diffRegion: { zh: '{region}（{path}）', en: '{region} ({path})' },
  diffAdded: { zh: '新增', en: 'added' },
  diffRemoved: { zh: '删除', en: 'removed' },
  diffRenamed: { zh: '改编号', en: 'renamed ids' },
  diffChanged: { zh: '修改', en: 'changed' },

  statusTitle: { zh: '{region} 标准目录编制进度', en: '{region}: progress of the directory' },
  statusHeader: {
    zh: '领域|事项|已填写|默认值|待填写|错误|警告|可发布',
    en: 'domain|items|filled|defaulted|to fill|errors|warnings|ready',
  },
  statusUnreadable: { zh: '{name}（无法读取）', en: '{name} (unreadable)' },
  statusTotal: { zh: '合计', en: 'total' },
  statusSummary: {
    zh: '{domains} 个领域，{ready} 个可发布；{items} 个事项，字段已填写 {own}%（其中默认值 {defaulted}%），待填写 {unfilled} 处；{errors} 个错误，{warnings} 个警告',
    en: '{domains} {domains|domain|domains}, {ready} ready to publish; {items} items, fields filled {own}% (by defaults {defaulted}%), {unfilled} to fill; {errors} errors, {warnings} warnings',
  },
  statusNext: { zh: '下一步：', en: 'next:' },
  statusRegionsHeader: {
    zh: '地区|领域|事项|已填写|待填写|错误|警告|可发布',
    en: 'region|domains|items|filled|to fill|errors|warnings|ready',
  },
  configTitle: { zh: '{region} 的有效配置', en: '{region}: effective settings' },
  configChain: { zh: '配置文件（自上而下，下级覆盖上级）：', en: 'config files (top down, each below overriding those above):' },
  configHeader: { zh: '设置|值|来自', en: 'setting|value|from' },
  configDefault: { zh: '{file}（未写，取默认值）', en: '{file} (not written: the default)' },
  statusRegionsSummary: { zh: '{count} 个地区，{ready} 个可发布', en: '{count} {count|region|regions}, {ready} ready to publish' },
  statusRegion: {
    zh: '{n}. {region}：{errors} 个错误，{unfilled} 处待填写 — 运行 gkml status {workspace}',
    en: '{n}. {region}: {errors} {errors|error|errors}, {unfilled} to fill — run gkml status {workspace}',
  },
  statusTableRegion: {
    zh: '{n}. {region}：{errors} 个错误，{unfilled} 处待填写 — 运行 gkml lint {workspace}',
    en: '{n}. {region}: {errors} {errors|error|errors}, {unfilled} to fill — run gkml lint {workspace}',
  },
  statusDone: { zh: '全部领域都可以发布：运行 gkml build {workspace}', en: 'every domain is ready: run gkml build {workspace}' },
  // A clerk reads a rule by its Chinese title; English names it by its slug, as config and suppressions do.
  statusFix: {
    zh: '{n}. {title}（{count} 个）：运行 gkml lint {workspace} --fix 自动修复，再看其余{rule||}',
    en: '{n}. {rule} ({count}): run gkml lint {workspace} --fix, then look at the rest{title||}',
  },
  statusStart: {
    zh: '{n}. {title}（{count} 个）：从 {where} 开始 — {message}{rule||}',
    en: '{n}. {rule} ({count}): start at {where} — {message}{title||}',
  },
  lintByRule: { zh: '按规则：{counts}', en: 'by rule: {counts}' },
  lintRuleCount: { zh: '{rule} {count}', en: '{rule} {count}' },
});
