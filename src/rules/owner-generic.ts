import { defineMessages, msg, NOTHING } from '../i18n/messages.js';
import { replaceScalar } from '../workspace/edit.js';
import { aboutItem } from './support/item.js';
import { isRole, ownerParts, ownerWithUnits } from './support/owners.js';
import type { Rule } from './rule.js';

const MESSAGES = defineMessages({
  role: {
    zh: '公开主体{roles}是国家指引中的角色名称，应写本地负责公开的具体单位{example}',
    en: '公开主体 {roles} is a role from the national guideline; name the local unit responsible{example}',
  },
  quoted: { zh: '“{role}”', en: '"{role}"' },
  example: { zh: '（如“{unit}”）', en: ' (e.g. "{unit}")' },
});

export const ownerGeneric: Rule = {
  meta: {
    code: 'GK132',
    slug: 'owner-generic',
    title: { zh: '公开主体仍为泛称', en: 'generic publishing body' },
    description: {
      zh: '县级目录的公开主体仍是国家指引中的角色名称（公安机关、县级人民政府民政部门 …）',
      en: 'a county directory still names a national role as 公开主体 (公安机关, 县级人民政府民政部门 …)',
    },
    why: {
      zh: '国家指引用“公安机关”“人力资源社会保障部门”这样的角色名称；县级目录要写明本地负责公开的具体单位（“示例县公安局”），群众才知道向谁查询、监督部门才知道由谁负责。units.yaml 中单位的 roles 列出它对应的角色名称，据此可自动替换。只写层级的乡镇、街道、村（乡人民政府、镇级人民政府、街道办事处、行政村村民委员会，含折行留下的空格、分行写的几个单位）也是泛称；招标人、采购人等随项目而定的角色照国家指引写即可，不报告。',
      en: "National guidelines name roles (公安机关, 人力资源社会保障部门); a county directory must name the local unit responsible (示例县公安局) so the public knows whom to ask and supervisors whom to hold to account. The roles listed for a unit in units.yaml let --fix substitute it. A township, street or village named by its level alone (乡人民政府, 镇级人民政府, 街道办事处, 行政村村民委员会, with a wrap's space or several on lines) is generic too; roles that stand for whoever each case concerns (招标人, 采购人) are written as the guideline does and not reported.",
    },
    tags: ['owner'],
    severity: 'error',
    fixable: true,
    messages: MESSAGES,
    profiles: ['county'],
    examples: {
      bad: 'items:\n  - id: huji-guanli-01-01\n    l1: 户口登记\n    owner: 公安机关\n',
      good: 'items:\n  - id: huji-guanli-01-01\n    l1: 户口登记\n    owner: 示例县公安局\n',
    },
  },
  checkFile(ctx) {
    const units = ctx.settings.units ?? [];
    ctx.data.items.forEach((item, i) => {
      if (typeof item.owner !== 'string') return;
      const owner = item.owner;
      const generic = isRole(owner, units) ? [owner] : ownerParts(owner).filter((p) => isRole(p, units));
      if (generic.length === 0) return;
      const path = ['items', i, 'owner'];
      const unit = ownerWithUnits(owner, units);
      const roles = generic.map((role) => msg(MESSAGES.quoted, { role }));
      ctx.report({
        path,
        message: aboutItem(item, msg(MESSAGES.role, { roles, example: unit ? msg(MESSAGES.example, { unit }) : NOTHING })),
        suggestion: unit,
        fix: unit ? replaceScalar(ctx.file, path, unit) : undefined,
      });
    });
  },
};
