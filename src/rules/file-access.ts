import type { Rule } from './rule.js';

// Reported by lint for a file it was given or found and did not open (src/lint/refusals.ts): a
// symbolic link that leads out of the file's repository, workspace or folder, or to nothing; a
// file the system will not let it read. Tables the importer cannot read are `import` findings.
export const fileAccess: Rule = {
  meta: {
    code: 'GK007',
    slug: 'file-access',
    title: { zh: '文件无法读取', en: 'file not read' },
    description: {
      zh: '文件没有被读取：符号链接指向所在仓库、工作区或文件夹之外，或指向不存在的文件；或没有读取权限',
      en: 'the file was not read: a symbolic link leads outside its repository, workspace or folder, or to nothing; or it may not be read',
    },
    why: {
      zh: '报送的文件夹中可能有指向本机任意文件的符号链接；在持续集成中，读取并显示它们会把运行机器上的文件写进公开的日志。gkml 只跟随指向所在仓库（不在仓库中时为工作区或文件夹）之内的链接，其他链接不读取、不显示其内容，只报告链接本身。没有被读取的文件也就没有被检查，所以这是错误。',
      en: "A submitted folder can hold symbolic links to any file of the machine that checks it; in CI, reading and quoting them would put the runner's files into a public log. gkml follows a link only when it stays inside the file's repository (or, outside one, its workspace or folder); any other link is neither read nor quoted, and only the link is reported. A file that was not read was not checked either, so this is an error.",
    },
    tags: ['syntax'],
    severity: 'error',
    fixable: false,
  },
};
