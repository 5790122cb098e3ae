// What the ground floor says: an install that lacks what the build generates.
import { defineMessages } from '../messages.js';

export const CORE = defineMessages({
  notBuilt: {
    zh: 'gkml 安装不完整：缺少生成文件 dist/generated/{name}（在 gkml 的源代码目录中运行 npm run build）',
    en: "gkml is not fully built: the generated file dist/generated/{name} is missing (run npm run build in gkml's source folder)",
  },
});
