// The JSON Schemas an editor reads in one workspace (.gkml/schemas/): gkml's schemas as lint applies
// them there (src/schema/directory-schema.ts: a field the defaults give is not required), with the
// county's own words to complete — the units of units.yaml for 公开主体, its level labels, the channel
// vocabulary — and a snippet for a whole new item. Suggestions only: what is allowed, lint decides.
import { createHash } from 'node:crypto';
import { toolVersion } from '../core/version.js';
import { CANONICAL_CHANNELS, OTHER_CHANNEL } from '../model/channels.js';
import { configSchema, itemFieldSchemas, unitsSchema } from '../schema/config-schema.js';
import { ruleEntries, type SchemaName } from '../rules/support/schemas.js';
import { schemaForWorkspace } from '../schema/directory-schema.js';
import type { WorkspaceSettings } from '../workspace/config.js';

type Node = Record<string, unknown>;

/** What a workspace's editor schemas are made from: when any of it changes, the copies are stale. */
export interface EditorInputs {
  /** Item fields the config's `defaults` give. */
  defaulted: string[];
  /** 公开层级 labels of the workspace. */
  levels: string[];
  /** Unit names of units.yaml. */
  units: string[];
  /** The channel vocabulary: the standard options (其他 is written {其他: …}) and the workspace's own. */
  channels: string[];
}

export function editorInputs(settings: WorkspaceSettings): EditorInputs {
  return {
    defaulted: [...settings.defaults].sort(),
    levels: [...settings.levelLabels],
    units: [...new Set((settings.units ?? []).map((u) => u.name))],
    channels: [...new Set([...CANONICAL_CHANNELS.filter((c) => c !== OTHER_CHANNEL), ...settings.extraChannels])],
  };
}

/** The fingerprint stored beside the copies: the inputs and the gkml that made them (a new gkml may write other schemas). */
export function inputsHash(inputs: EditorInputs): string {
  return createHash('sha256')
    .update(JSON.stringify({ gkml: toolVersion(), ...inputs }))
    .digest('hex');
}

/** A snippet choice `${n|a,b|}`: its separators and markers escaped inside each option. */
function choice(n: number, options: readonly string[], fallback: string): string {
  if (options.length === 0) return `\${${n}:${fallback}}`;
  return `\${${n}|${options.map((o) => o.replace(/[\\$}|,]/g, '\\$&')).join(',')}|}`;
}

/** A whole new item, its fields in the order of the official table; fields the workspace's defaults give are left to them. */
function itemSnippet(inputs: EditorInputs): Node {
  const fields: [string, unknown][] = [
    ['id', '${1:事项编号}'],
    ['l1', '${2:一级事项}'],
    ['l2', '${3:二级事项}'],
    ['content', ['${4:公开要素}']],
    ['basis', ['${5:《文件名称》(文号)}']],
    ['timeframe', '${6:信息形成或者变更之日起20个工作日内}'],
    ['owner', choice(7, inputs.units, '公开主体')],
    ['channels', [choice(8, inputs.channels, '政府网站')]],
    ['audience', choice(9, ['全社会', '特定群体'], '全社会')],
    ['mode', [choice(10, ['主动', '依申请'], '主动')]],
    ['level', [choice(11, inputs.levels, '县级')]],
  ];
  const given = fields.filter(([field]) => !inputs.defaulted.includes(field));
  return {
    label: '新事项',
    description: `按标准目录表的栏目顺序插入一个公开事项：${given.map(([f]) => f).join('、')}${inputs.defaulted.length ? `（${inputs.defaulted.join('、')} 由 gkml.config.yaml 的 defaults 给出）` : ''}。`,
    body: Object.fromEntries(given),
  };
}

/** The item field schemas with the county's suggestions: its units, level labels and channels. */
function countyFields(inputs: EditorInputs): Record<string, Node> {
  const fields = structuredClone(itemFieldSchemas());
  const owner = fields.owner!;
  if (inputs.units.length > 0) {
    owner.description = `${String(owner.description)}本工作区 units.yaml 登记的单位均可选。`;
    owner.examples = inputs.units;
  }
  const level = fields.level!;
  level.examples = [inputs.levels];
  (level.items as Node).examples = inputs.levels;
  const channels = fields.channels!;
  (channels.items as Node).examples = inputs.channels;
  (channels.items as Node).defaultSnippets = [
    { label: '其他: …', description: '标准选项以外的渠道', body: { [OTHER_CHANNEL]: '${1:渠道名称}' } },
  ];
  fields.audience!.defaultSnippets = [
    { label: '特定群体: …', description: '面向特定群体，写明群体名称', body: { 特定群体: '${1:群体名称}' } },
  ];
  return fields;
}

function directoryFor(inputs: EditorInputs, fields: Record<string, Node>): Node {
  const schema = schemaForWorkspace(inputs.defaulted);
  const items = (schema.properties as Node).items as Node;
  const item = items.items as Node;
  item.properties = fields;
  const snippet = itemSnippet(inputs);
  // Typed after `- ` the item's snippet is offered; on a blank line of the list, the list's, which writes the `- ` too.
  item.defaultSnippets = [snippet];
  items.defaultSnippets = [snippet];
  return schema;
}

function unitsFor(inputs: EditorInputs): Node {
  const schema = unitsSchema() as Node;
  const unit = (((schema.properties as Node).units as Node).items as Node).properties as Record<string, Node>;
  unit.level!.examples = inputs.levels;
  return schema;
}

/** The three schemas of a workspace, by name, as the editor reads them. */
export function editorSchemas(inputs: EditorInputs): Record<SchemaName, Node> {
  const fields = countyFields(inputs);
  return { directory: directoryFor(inputs, fields), config: configSchema(ruleEntries(), fields) as Node, units: unitsFor(inputs) };
}
