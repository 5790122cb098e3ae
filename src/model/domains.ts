// The 26 pilot domains of 国办发〔2019〕54号 (ids, Chinese names, aliases, issuing ministry).
// Order follows the national list; ids are the stable keys used in directory files.

export interface DomainInfo {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Shorter names offices write in file names, sheet names and headings (公共文化.csv, 户籍): never a name another domain's text holds. */
  short: readonly string[];
  ministry: string;
}

export const DOMAINS: readonly DomainInfo[] = [
  { id: 'guotu-kongjian-guihua', name: '国土空间规划', aliases: ['城乡规划'], short: ['国土空间', '空间规划'], ministry: '自然资源部' },
  {
    id: 'zhengdi-buchang',
    name: '征地补偿',
    aliases: ['农村集体土地征收', '集体土地征收'],
    short: ['征地', '土地征收'],
    ministry: '自然资源部',
  },
  { id: 'zhongda-jianshe-xiangmu', name: '重大建设项目', aliases: [], short: ['重大项目', '重大建设'], ministry: '国家发展改革委' },
  { id: 'gonggong-ziyuan-jiaoyi', name: '公共资源交易', aliases: [], short: ['资源交易', '公共资源'], ministry: '国家发展改革委' },
  {
    id: 'caizheng-yujuesuan',
    name: '财政预决算',
    aliases: ['财政预算决算'],
    short: ['预决算', '财政预算', '财政决算'],
    ministry: '财政部',
  },
  { id: 'anquan-shengchan', name: '安全生产', aliases: [], short: [], ministry: '应急管理部' },
  { id: 'shuishou-guanli', name: '税收管理', aliases: [], short: ['税收', '税务'], ministry: '国家税务总局' },
  {
    id: 'fangwu-zhengshou-buchang',
    name: '国有土地上房屋征收与补偿',
    aliases: [],
    short: ['房屋征收', '国有土地房屋征收'],
    ministry: '住房和城乡建设部',
  },
  { id: 'nongcun-weifang-gaizao', name: '农村危房改造', aliases: [], short: ['危房改造'], ministry: '住房和城乡建设部' },
  { id: 'chengshi-zonghe-zhifa', name: '城市综合执法', aliases: [], short: ['综合执法', '城管执法'], ministry: '住房和城乡建设部' },
  { id: 'baozhangxing-zhufang', name: '保障性住房', aliases: [], short: ['保障房', '住房保障'], ministry: '住房和城乡建设部' },
  { id: 'shizheng-fuwu', name: '市政服务', aliases: [], short: [], ministry: '住房和城乡建设部' },
  { id: 'shengtai-huanjing', name: '生态环境', aliases: ['环境保护'], short: ['环保'], ministry: '生态环境部' },
  { id: 'gonggong-wenhua-fuwu', name: '公共文化服务', aliases: [], short: ['公共文化'], ministry: '文化和旅游部、国家文物局' },
  { id: 'gonggong-falv-fuwu', name: '公共法律服务', aliases: [], short: ['公共法律', '法律服务'], ministry: '司法部' },
  {
    id: 'fupin',
    name: '扶贫',
    aliases: ['扶贫救灾', '乡村振兴', '巩固拓展脱贫攻坚成果'],
    short: [],
    ministry: '国务院扶贫办 (now 国家乡村振兴局 → merged into 农业农村部 in the 2023 reform)',
  },
  { id: 'jiuzai', name: '救灾', aliases: ['扶贫救灾', '救灾生产'], short: [], ministry: '应急管理部' },
  { id: 'shipin-yaopin-jianguan', name: '食品药品监管', aliases: [], short: ['食品药品', '食药监管'], ministry: '国家市场监督管理总局' },
  { id: 'jiuye', name: '就业', aliases: ['就业创业'], short: [], ministry: '人力资源社会保障部' },
  { id: 'shehui-baoxian', name: '社会保险', aliases: [], short: ['社保'], ministry: '人力资源社会保障部' },
  { id: 'shehui-jiuzhu', name: '社会救助', aliases: [], short: [], ministry: '民政部' },
  { id: 'yanglao-fuwu', name: '养老服务', aliases: [], short: [], ministry: '民政部' },
  { id: 'huji-guanli', name: '户籍管理', aliases: [], short: ['户籍', '户政'], ministry: '公安部' },
  {
    id: 'shenong-butie',
    name: '涉农补贴',
    aliases: [],
    short: ['惠农补贴'],
    ministry: '财政部、农业农村部 (issuer not verified in this research)',
  },
  { id: 'yiwu-jiaoyu', name: '义务教育', aliases: [], short: [], ministry: '教育部' },
  { id: 'weisheng-jiankang', name: '卫生健康', aliases: ['医疗卫生'], short: ['卫健'], ministry: '国家卫生健康委' },
];

const byId = new Map(DOMAINS.map((d) => [d.id, d]));

export function domainById(id: string): DomainInfo | undefined {
  return byId.get(id);
}
