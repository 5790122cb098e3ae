// JSON Schemas of gkml.config.yaml and of the units registry. The `rules` part is made from the
// rule catalogue its caller passes (src/rules/support/schemas.ts), so the config schema always
// lists exactly the rules that exist; the rest is declared here, one section a constant, each
// checked by the compiler against the TypeScript type of the config (schema-of.ts), so a field
// added to one and not the other does not compile.
import { defineMessages } from '../i18n/messages.js';
import type { SeveritySetting } from '../core/positions.js';
import { directorySchema } from './directory-schema.js';
import type { ObjectSchemaOf, PropertiesOf, SchemaOf } from './schema-of.js';

export type WorkspaceLevel = 'county' | 'township' | 'city' | 'province';

export interface WorkspaceConfig {
  region: string;
  level: WorkspaceLevel;
  publisher: string;
  version: string;
  /** Publication date, YYYY-MM-DD: every date written into outputs. */
  date: string;
  directories: string | string[];
  units?: string;
  rules?: Record<string, SeveritySetting>;
  /** 公开层级 labels, overriding the defaults for the level. */
  levels?: string[];
  /** Channels the workspace accepts besides the canonical 13. */
  channels?: string[];
  /** A folder of templates overriding the built-in HTML templates. */
  templates?: string;
  /** Child regions of any level: a province's cities, a city's counties, a county's townships; workspace folders, or submitted .xlsx/.csv tables. */
  regions?: string[];
  /** Excel workbook options: `channels: checked` lists only the selected channels instead of the 13-option block; `summary: nested` adds a summary sheet per level below; `paper` the printed sheets' paper (A4 by default). */
  xlsx?: { channels?: 'block' | 'checked'; summary?: 'flat' | 'nested'; paper?: 'A4' | 'A3' };
  /** Values for every item of the workspace that neither it nor its file's `defaults` gives (checked by lint). */
  defaults?: Record<string, unknown>;
  /** Word document options: the paper of the domain tables (A3 landscape by default). */
  docx?: { paper?: 'A3' | 'A4' };
  /** Site search options: a file of synonym groups added to gkml's (relative to the workspace); `builtin: false` leaves gkml's out. */
  search?: { synonyms?: string; builtin?: boolean };
  /** What a government site shows in its footer and header, and the paper it prints on. */
  site?: SiteConfig;
}

/** The `site:` block: the registration and contact details a Chinese government site must show. */
export interface SiteConfig {
  /** 网站标识码 */
  identifier?: string;
  /** ICP备案号 */
  icp?: string;
  /** 公安机关备案号 */
  security?: string;
  /** 主办单位 */
  host?: string;
  /** 联系方式 */
  contact?: string;
  /** An image inside the workspace, shown in the header. */
  logo?: string;
  /** The header's colour, from a fixed accessible palette. */
  banner?: 'blue' | 'red' | 'green' | 'gray';
  /** Printed pages: A4 (default) or A3. */
  paper?: 'A4' | 'A3';
}

/** What the config schema says of a rule: its slug, code, description and default severity. */
export interface RuleEntry {
  slug: string;
  code: string;
  description: { zh: string; en: string };
  severity: string;
}

type Config = Required<WorkspaceConfig>;

const SEVERITY = {
  type: 'string',
  enum: ['error', 'warn', 'off'],
  enumDescriptions: ['错误：lint 以非零状态退出，build 不发布', '警告：报告，但不阻止发布', '关闭：不检查'],
} satisfies SchemaOf<Config['rules'][string]>;

/** How a value must look, shown by the schema messages after a pattern fails (x-format-hint). */
const FORMAT_HINTS = defineMessages({
  date: { zh: 'YYYY-MM-DD，如 2026-06-30', en: 'YYYY-MM-DD, e.g. 2026-06-30' },
});

type Node = Record<string, unknown>;

/** A choice of paper: the sizes in their order, each described. */
const PAPER = <const S extends readonly string[]>(
  title: string,
  en: string,
  description: string,
  sizes: S,
  sizeDescriptions: string[],
) => ({
  type: 'string' as const,
  enum: sizes,
  enumDescriptions: sizeDescriptions,
  title,
  'x-title-en': en,
  description,
  examples: [sizes[1]],
});
type DirectoryShape = {
  properties: { defaults: Node & { properties: Record<string, { $ref: string }> }; items: { items: { properties: Record<string, Node> } } };
};

/** The item fields of schemas/directory.schema.json, by name. */
export function itemFieldSchemas(): Record<string, Node> {
  return (directorySchema() as DirectoryShape).properties.items.items.properties;
}

/**
 * A directory file's `defaults` (schemas/directory.schema.json) for the whole workspace, its item
 * field schemas (`fields`) written out in place of their references, so the config schema stands alone.
 */
function workspaceDefaults(fields: Record<string, Node>): SchemaOf<Config['defaults']> {
  const defaults = (directorySchema() as DirectoryShape).properties.defaults;
  return {
    ...defaults,
    // Already the directory schema's, in its place (a key spread first keeps its order).
    type: 'object',
    description:
      '全工作区各事项的默认值：事项及其目录文件都没有写的字段取这里的值。可设除 id、l1、l2、l3 以外的任何事项字段，如 audience: 全社会、mode: [主动]、level: [县级, 乡级]。',
    properties: Object.fromEntries(Object.keys(defaults.properties).map((f) => [f, fields[f]])),
  };
}

/** A one-line text setting with its titles, description and examples. */
const text = (title: string, en: string, description: string, extra: object = {}) => ({
  type: 'string' as const,
  minLength: 1,
  title,
  'x-title-en': en,
  description,
  ...extra,
});

const XLSX_SECTION = {
  type: 'object',
  title: 'Excel 工作簿',
  'x-title-en': 'Excel workbook',
  description: 'gkml build 生成的 Excel 工作簿的选项。',
  examples: [{ channels: 'checked' }],
  properties: {
    channels: {
      type: 'string',
      enum: ['block', 'checked'],
      enumDescriptions: ['列出全部 13 个标准选项，以 ■/□ 标出是否选中（默认）', '只列出选中的渠道'],
      title: '公开渠道写法',
      'x-title-en': 'channel layout',
      description: 'block：列出全部 13 个标准选项，以 ■/□ 标出是否选中（默认）；checked：只列出选中的渠道。',
      examples: ['checked'],
    },
    summary: {
      type: 'string',
      enum: ['flat', 'nested'],
      enumDescriptions: ['一张“汇总”表，每个下级地区一行（默认）', '另为下面每一层级各加一张汇总表'],
      title: '汇总表',
      'x-title-en': 'summary sheets',
      description:
        '有下级地区时的汇总工作簿。flat：一张“汇总”表，每个下级地区一行（默认）；nested：另为下面每一层级各加一张汇总表（如“县级汇总”“乡级汇总”），每行计入该地区及其下级的事项数。',
      examples: ['nested'],
    },
    paper: PAPER(
      '打印纸张',
      'print paper',
      '打印工作簿所用纸张：A4（默认）或 A3；各领域表横向打印，每页一页宽，表头两行在每页重复。',
      ['A4', 'A3'],
      ['A4（默认）', 'A3'],
    ),
  },
  additionalProperties: false,
} satisfies ObjectSchemaOf<Config['xlsx']>;

const SITE_SECTION = {
  type: 'object',
  title: '网站信息',
  'x-title-en': 'site',
  description: '生成的网站在页脚和页头显示的政府网站信息，以及打印用纸。',
  examples: [{ host: '示例县人民政府办公室', banner: 'red' }],
  properties: {
    identifier: text('网站标识码', 'site identifier', '政府网站标识码。', { examples: ['0000000000'] }),
    icp: text('ICP备案号', 'ICP number', 'ICP 备案号，如 某ICP备12345678号-1，链接到工业和信息化部备案管理系统。', {
      examples: ['某ICP备12345678号-1'],
    }),
    security: text('公安机关备案号', 'public security number', '公安机关互联网站安全备案号，如 某公网安备12345678901234号。', {
      examples: ['某公网安备12345678901234号'],
    }),
    host: text('主办单位', 'host', '网站主办单位。', { examples: ['示例县人民政府办公室'] }),
    contact: text('联系方式', 'contact', '联系电话、邮箱或地址。', { examples: ['0000-1234567'] }),
    logo: text('标志图片', 'logo', '页头显示的标志图片（PNG、JPEG、GIF、WebP 或 SVG），路径相对工作区且必须在工作区之内。', {
      examples: ['logo.png'],
    }),
    banner: {
      type: 'string',
      enum: ['blue', 'red', 'green', 'gray'],
      enumDescriptions: ['蓝色（默认）', '红色', '绿色', '灰色'],
      title: '页头颜色',
      'x-title-en': 'banner colour',
      description: '页头颜色：blue（默认）、red、green 或 gray；均与白色文字有足够对比度。',
      examples: ['red'],
    },
    paper: PAPER(
      '打印纸张',
      'print paper',
      '打印网页所用纸张：A4（默认；领域页横向，首页纵向）或 A3。',
      ['A4', 'A3'],
      ['A4（默认）', 'A3'],
    ),
  },
  additionalProperties: false,
} satisfies ObjectSchemaOf<Config['site']>;

const SEARCH_SECTION = {
  type: 'object',
  title: '网站搜索',
  'x-title-en': 'site search',
  description: '网站搜索的选项。',
  examples: [{ synonyms: 'synonyms.yaml' }],
  properties: {
    synonyms: text(
      '搜索同义词',
      'search synonyms',
      '同义词文件（相对工作区），格式同 gkml 的 data/search-synonyms.yaml：groups: [{terms: [低保, 最低生活保障]}]；其中的词组加在 gkml 自带的之后。',
      { examples: ['synonyms.yaml'] },
    ),
    builtin: {
      type: 'boolean',
      title: '自带同义词',
      'x-title-en': 'built-in synonyms',
      description: '是否使用 gkml 自带的同义词（data/search-synonyms.yaml，默认 true）；设为 false 时只用工作区自己的同义词文件。',
      examples: [false],
    },
  },
  additionalProperties: false,
} satisfies ObjectSchemaOf<Config['search']>;

const DOCX_SECTION = {
  type: 'object',
  title: 'Word 文档',
  'x-title-en': 'Word document',
  description: 'gkml build 生成的 Word 文件汇编（directory.docx）的选项。',
  examples: [{ paper: 'A4' }],
  properties: {
    paper: PAPER('纸张', 'paper', '各领域表格所用纸张（横向）：A3（默认）或 A4。', ['A3', 'A4'], ['A3（默认）', 'A4']),
  },
  additionalProperties: false,
} satisfies ObjectSchemaOf<Config['docx']>;

/** `fields`: the item field schemas its `defaults` take (a workspace's editor schema passes its own, with the county's units). */
/** What a workspace is: its region, level, publication data, and where its files are. */
const IDENTITY_PROPERTIES = {
  region: text('地区', 'region', '编制目录的地区名称，如 示例县。', { examples: ['示例县'] }),
  level: {
    type: 'string',
    enum: ['county', 'township', 'city', 'province'],
    enumDescriptions: ['县级（县、县级市、区）', '乡级（乡、镇、街道）', '市级（设区的市、州、盟）', '省级'],
    title: '层级',
    'x-title-en': 'level',
    description: '工作区的政府层级：county 县级、township 乡级、city 市级、province 省级。',
    examples: ['county'],
  },
  publisher: text('发布单位', 'publisher', '发布目录的单位，如 示例县人民政府办公室。', { examples: ['示例县人民政府办公室'] }),
  version: text('版本', 'version', '目录版本号，如 2026.1。', { examples: ['2026.1'] }),
  date: text('发布日期', 'publication date', '发布日期（YYYY-MM-DD），所有输出中的日期都取自这里。', {
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    'x-format-hint': FORMAT_HINTS.date,
    examples: ['2026-06-30'],
  }),
  directories: {
    title: '目录文件',
    'x-title-en': 'directory files',
    description: '目录文件的 glob（相对工作区），默认 directories/*.yaml。',
    type: ['string', 'array'],
    minLength: 1,
    items: { type: 'string', minLength: 1 },
    examples: ['directories/*.yaml'],
  },
  units: text('公开主体登记', 'units registry', '公开主体登记文件的路径（相对工作区），如 units.yaml。', { examples: ['units.yaml'] }),
} satisfies Partial<PropertiesOf<Config>>;

/** The words a workspace accepts besides the national ones, and its own templates. */
const VOCABULARY_PROPERTIES = {
  levels: {
    type: 'array',
    title: '公开层级标签',
    'x-title-en': 'level labels',
    description: '覆盖默认的公开层级标签，如 [县级, 乡级]。',
    items: { type: 'string', minLength: 1 },
    minItems: 1,
    uniqueItems: true,
    examples: [['县级', '乡、村级']],
  },
  channels: {
    type: 'array',
    title: '自定义渠道',
    'x-title-en': 'extra channels',
    description: '除 13 个标准选项外，本工作区认可的公开渠道。',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
    examples: [['村务公开栏']],
  },
  templates: text('模板目录', 'templates folder', '覆盖内置网页模板的文件夹（相对工作区）。', { examples: ['templates'] }),
} satisfies Partial<PropertiesOf<Config>>;

/** The regions below a city, a province or a county with townships. */
const REGIONS_PROPERTY = {
  regions: {
    type: 'array',
    title: '下级地区',
    'x-title-en': 'child regions',
    description:
      '本工作区包含的下级地区（glob，相对工作区）：下级工作区文件夹，可逐级嵌套（省 → 市 → 县 → 乡镇/街道）；或下级报送的 .xlsx/.csv 目录表，每个文件为一个下级地区，按本工作区的设置检查。',
    items: { type: 'string', minLength: 1 },
    minItems: 1,
    examples: [['townships/*'], ['counties/*', 'submitted/*.xlsx']],
  },
} satisfies Partial<PropertiesOf<Config>>;

export function configSchema(
  rules: readonly RuleEntry[],
  fields: Record<string, Node> = itemFieldSchemas(),
): ObjectSchemaOf<WorkspaceConfig> {
  const ruleProps = Object.fromEntries(
    rules.map((r) => [
      r.slug,
      {
        ...SEVERITY,
        title: r.description.zh,
        'x-title-en': r.description.en,
        description: `${r.code}：${r.description.zh}（默认 ${r.severity}）`,
        examples: ['warn'],
      },
    ]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gkml 工作区配置（gkml.config.yaml）',
    'x-title-en': 'gkml workspace configuration',
    type: 'object',
    properties: {
      ...IDENTITY_PROPERTIES,
      rules: {
        type: 'object',
        title: '规则',
        'x-title-en': 'rules',
        description: '各规则的级别：error、warn 或 off。',
        properties: ruleProps,
        additionalProperties: false,
        examples: [{ 'owner-unknown': 'error' }],
      },
      ...VOCABULARY_PROPERTIES,
      defaults: workspaceDefaults(fields),
      ...REGIONS_PROPERTY,
      xlsx: XLSX_SECTION,
      site: SITE_SECTION,
      search: SEARCH_SECTION,
      docx: DOCX_SECTION,
    },
    required: ['region', 'level', 'publisher', 'version', 'date'],
    additionalProperties: false,
  } satisfies ObjectSchemaOf<WorkspaceConfig>;
}

export function unitsSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '公开主体登记（units.yaml）',
    'x-title-en': 'units registry',
    type: 'object',
    properties: {
      units: {
        type: 'array',
        title: '公开主体',
        'x-title-en': 'units',
        description: '本地区的公开主体：单位名称，或 {name, roles, level}；roles 列出该单位对应的国家指引角色名称。',
        examples: [[{ name: '示例县民政局', roles: ['县级民政部门'], level: '县级' }]],
        items: {
          type: ['string', 'object'],
          minLength: 1,
          title: '公开主体',
          'x-title-en': 'unit',
          description: '一个公开主体：单位全称，或 {name, roles, level}。',
          properties: {
            name: {
              type: 'string',
              minLength: 1,
              title: '单位名称',
              'x-title-en': 'name',
              description: '单位全称，如 示例县人力资源和社会保障局。',
              examples: ['示例县人力资源和社会保障局'],
            },
            roles: {
              type: 'array',
              items: { type: 'string', minLength: 1, title: '对应角色', 'x-title-en': 'role', description: '一个国家指引角色名称。' },
              title: '对应角色',
              'x-title-en': 'roles',
              description: '该单位对应的国家指引角色名称，如 县级人力资源社会保障部门。',
              examples: [['县级人力资源社会保障部门']],
            },
            level: {
              type: 'string',
              minLength: 1,
              title: '层级',
              'x-title-en': 'level',
              description: '单位所属层级标签，如 县级、乡级。',
              examples: ['县级'],
            },
          },
          required: ['name'],
          additionalProperties: false,
        },
      },
    },
    required: ['units'],
    additionalProperties: false,
  };
}
