// What the printed document's targets say: the PDF's need of LibreOffice, and its failures.
import { defineMessages } from '../messages.js';

export const DOCUMENT = defineMessages({
  noSoffice: {
    zh: '生成 PDF 需要 LibreOffice，但找不到 soffice 命令（Debian/Ubuntu 上运行 apt-get install libreoffice-writer 安装；不需要 PDF 时去掉 pdf 目标）',
    en: 'the PDF needs LibreOffice, but there is no soffice command (install it with apt-get install libreoffice-writer on Debian/Ubuntu; leave out the pdf target if no PDF is needed)',
  },
  sofficeTimeout: {
    zh: 'LibreOffice 在 {seconds} 秒内没有完成 PDF 转换，未生成任何输出',
    en: 'LibreOffice did not finish the PDF conversion within {seconds} seconds; nothing was written',
  },
  sofficeFailed: { zh: 'LibreOffice 未能把 {file} 转换为 PDF：{detail}', en: 'LibreOffice could not convert {file} to PDF: {detail}' },
});
