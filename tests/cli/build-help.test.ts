// `gkml build --help` names every target the build can write, Word and PDF included, in the
// user's language, and says what --only does with the targets it does not run.
import { describe, expect, it } from 'vitest';
import { BUILD_TARGETS } from '../../src/export/target-table.js';
import { spawnCli } from '../helpers/cli.js';

describe('gkml build --help', () => {
  it('names every target, Word and PDF included, in Chinese by default', () => {
    const run = spawnCli(['build', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '生成汇编：Excel 工作簿、Word 文件汇编、JSON 数据与网站；PDF（需要 LibreOffice）、填报工作簿与集约化平台片段只在用 --only pdf、--fillable 或 --only fragments 指定时生成',
    );
    expect(run.stdout).toContain('输出文件夹中其他目标上次生成的文件保留不动');
    for (const described of [
      'xlsx（Excel 工作簿）',
      'fillable（填报工作簿，同 --fillable）',
      'docx（Word 文件汇编）',
      'pdf（PDF 打印版，需要 LibreOffice）',
      'json（JSON 数据）',
      'fragments（粘贴到集约化平台文章编辑器的表格片段）',
      'html（网站）',
    ]) {
      expect(run.stdout).toContain(described);
    }
  });

  it('in English with --lang en', () => {
    const run = spawnCli(['build', '--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Word document, JSON data and website; a PDF (needs LibreOffice)');
    expect(run.stdout).toContain('docx (Word document)');
    expect(run.stdout).toContain('pdf (PDF for print, needs LibreOffice)');
  });

  it('leaves no target out', () => {
    const run = spawnCli(['build', '--help', '--lang', 'en']);
    const line = run.stdout.split('\n').find((l) => l.includes('--only <targets>'))!;
    const named = [...line.slice(line.indexOf(': ')).matchAll(/(\w+) \(/g)].map((m) => m[1]);
    expect(named).toEqual([...BUILD_TARGETS]);
  });
});
