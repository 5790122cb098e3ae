// The changelog (更新记录) of `gkml build --previous`: tests/fixtures/versions v1 → v2 built from a
// folder and from a git revision, read back as DOM and checked against the diff; the 本次更新 labels
// on the domain page; nothing of it without --previous; payloads in changed fields stay text.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffReport } from '../../src/diff/diff.js';
import { diff as diffVersions } from '../../src/diff/versions.js';
import { REPO } from '../helpers/cli.js';
import { VERSIONS, WORKSPACES, buildSite, filesUnder, pagesOf, readDom, type BuiltSite } from './support/site.js';

const scratch = mkdtempSync(join(tmpdir(), 'gkml-changelog-'));
let site: BuiltSite;
let plain: BuiltSite;
let diff: DiffReport;

beforeAll(async () => {
  site = await buildSite(VERSIONS.v2, { previous: VERSIONS.v1, only: ['html'] });
  plain = await buildSite(VERSIONS.v2, { only: ['html'] });
  diff = await diffVersions({ old: VERSIONS.v1, new: VERSIONS.v2, cwd: REPO });
});
afterAll(() => {
  site.remove();
  plain.remove();
  rmSync(scratch, { recursive: true, force: true });
});

const text = (el: Element | null | undefined) => el?.textContent ?? null;
const sectionIds = (doc: Document, id: string) =>
  [...doc.querySelectorAll(`#${id}-heading ~ ol > li.change`)].map((li) =>
    li.querySelector('.change__meta')!.textContent!.replace(/^.*编号：/, ''),
  );

describe('the changes page', () => {
  it('gives the two versions with their publication dates and the counts', () => {
    const doc = readDom(site.dir, 'changes.html');
    expect(text(doc.querySelector('h1'))).toBe('更新记录');
    expect(doc.title).toBe('更新记录 - 版本县基层政务公开标准目录');
    expect(text(doc.querySelector('.lead'))).toBe(
      '本页列出版本县基层政务公开标准目录版本 2026.2（2026年6月30日发布）与上一版本 2026.1（2026年1月10日发布）相比的变化。',
    );
    const facts = [...doc.querySelectorAll('.facts__row')].map((r) => [
      text(r.querySelector('dt')),
      text(r.querySelector('dd')),
      r.querySelector('time')?.getAttribute('datetime') ?? null,
    ]);
    expect(facts).toEqual([
      ['本次版本', '2026.2', null],
      ['发布日期', '2026年6月30日', '2026-06-30'],
      ['上一版本', '2026.1', null],
      ['上一版本发布日期', '2026年1月10日', '2026-01-10'],
      ['变化', '新增 1 项，删除 1 项，修改 1 项，改编号 1 项', null],
    ]);
  });

  it('lists exactly the items of the diff: added, changed, renamed, removed', () => {
    const doc = readDom(site.dir, 'changes.html');
    expect([...doc.querySelectorAll('main h2')].map((h) => h.textContent)).toEqual([
      '新增事项（1 个）',
      '修改的事项（1 个）',
      '改编号的事项（1 个）',
      '删除的事项（1 个）',
    ]);
    expect(sectionIds(doc, 'added')).toEqual(diff.added.map((i) => i.id));
    expect(sectionIds(doc, 'changed')).toEqual(diff.changed.map((i) => i.id));
    expect(sectionIds(doc, 'renamed')).toEqual(diff.renamed.map((i) => `${i.from} → ${i.id}`));
    expect(sectionIds(doc, 'removed')).toEqual(diff.removed.map((i) => i.id));
    expect(sectionIds(doc, 'renamed')).toEqual(['jiuye-x01 → jiuye-06-01']);
  });

  it('shows each changed field by its Chinese name, before and after', () => {
    const entry = readDom(site.dir, 'changes.html').getElementById('change-jiuye-01-02')!;
    expect(text(entry.querySelector('h3'))).toBe('就业信息服务 · 岗位信息发布');
    const table = entry.querySelector('table')!;
    expect(table.getAttribute('aria-labelledby')).toBe(entry.querySelector('h3')!.id);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['项目', '上一版本（2026.1）', '本版本（2026.2）']);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => `${c.tagName}:${c.textContent}`))).toEqual([
      ['TH:公开内容(要素)', 'TD:招聘单位、岗位要求', 'TD:招聘单位、岗位要求、薪酬待遇'],
      ['TH:公开时限', 'TD:信息形成或者变更之日起20个工作日内', 'TD:信息形成或者变更之日起10个工作日内'],
      ['TH:公开渠道和载体', 'TD:政府网站、政务服务中心', 'TD:政府网站、两微一端'],
    ]);
  });

  it('links added, changed and renamed items to their rows; a removed item is text', () => {
    const doc = readDom(site.dir, 'changes.html');
    const links = [...doc.querySelectorAll('li.change h3 a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['jiuye.html#jiuye-x03', 'jiuye.html#jiuye-01-02', 'jiuye.html#jiuye-06-01']);
    for (const href of links) expect(readDom(site.dir, 'jiuye.html').getElementById(href!.split('#')[1]!), href!).not.toBeNull();
    const removed = doc.getElementById('removed-jiuye-x02')!;
    expect([text(removed.querySelector('h3')), removed.querySelector('a')]).toEqual(['创业服务 · 创业担保贷款', null]);
  });

  it('is linked from the navigation of every page and from a notice on the index', () => {
    for (const page of pagesOf(site.dir)) {
      const nav = readDom(site.dir, page).querySelector('.site-nav a[href="changes.html"]');
      expect(text(nav), page).toBe('更新记录');
      expect(nav!.getAttribute('aria-current'), page).toBe(page === 'changes.html' ? 'page' : null);
    }
    const notice = readDom(site.dir, 'index.html').querySelector('main .notice')!;
    expect(notice.textContent).toBe(
      '与上一版本 2026.1（2026年1月10日发布）相比：新增 1 项，删除 1 项，修改 1 项，改编号 1 项。查看更新记录',
    );
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('changes.html');
  });
});

describe('the domain page of a changed domain', () => {
  it('labels the added, changed and renamed rows in words, each linked to its entry', () => {
    const doc = readDom(site.dir, 'jiuye.html');
    const marks = [...doc.querySelectorAll('tbody tr')].flatMap((tr) => {
      const a = tr.querySelector('a.change-mark');
      return a ? [[tr.id, a.firstChild!.textContent, a.getAttribute('href'), a.textContent]] : [];
    });
    expect(marks).toEqual([
      ['jiuye-01-02', '本次更新', 'changes.html#change-jiuye-01-02', '本次更新：查看“就业信息服务 · 岗位信息发布”的变化'],
      ['jiuye-06-01', '本次更新', 'changes.html#change-jiuye-06-01', '本次更新：查看“就业援助 · 公益性岗位”的变化'],
      ['jiuye-x03', '本次新增', 'changes.html#change-jiuye-x03', '本次新增：查看“高校毕业生就业服务 · 就业见习”的变化'],
    ]);
    for (const [, , href] of marks) expect(readDom(site.dir, 'changes.html').getElementById(href!.split('#')[1]!), href!).not.toBeNull();
    expect(text(doc.querySelector('main .notice'))).toBe(
      '与上一版本 2026.1（2026年1月10日发布）相比，本领域新增 1 个事项，修改 1 个事项，改编号 1 个事项，删除 1 个事项。查看更新记录',
    );
  });
});

describe('without --previous', () => {
  it('the site has no changes page, no labels and no mention of one', () => {
    expect(existsSync(join(plain.dir, 'changes.html'))).toBe(false);
    expect(filesUnder(site.dir).filter((f) => !filesUnder(plain.dir).includes(f))).toEqual(['changes.html']);
    for (const page of pagesOf(plain.dir)) {
      const html = readFileSync(join(plain.dir, page), 'utf8');
      expect(html, page).not.toContain('更新记录');
      expect(html, page).not.toContain('change-mark');
      expect(html, page).not.toContain('本次');
    }
  });
});

describe('--previous as a git revision', () => {
  it("gives the same site, byte for byte, as the previous version's folder, whatever the build time", async () => {
    const repo = join(scratch, 'repo');
    const ws = join(repo, 'county');
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.invalid',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.invalid',
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' });
    cpSync(VERSIONS.v1, ws, { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    git('add', '-A');
    git('commit', '-qm', 'v1');
    rmSync(ws, { recursive: true });
    cpSync(VERSIONS.v2, ws, { recursive: true });
    git('add', '-A');
    git('commit', '-qm', 'v2');

    const fromGit = await buildSite(ws, {
      previous: 'HEAD~1',
      only: ['html'],
      out: join(scratch, 'from-git'),
      env: { SOURCE_DATE_EPOCH: '1000000000' },
    });
    const files = filesUnder(site.dir);
    expect(filesUnder(fromGit.dir)).toEqual(files);
    for (const f of files) expect(readFileSync(join(fromGit.dir, f)).equals(readFileSync(join(site.dir, f))), f).toBe(true);
  });
});

describe('the XSS corpus in a changelog', () => {
  it('changed values, names and versions stay text', async () => {
    const previous = join(scratch, 'xss-previous');
    cpSync(WORKSPACES.xss, previous, { recursive: true });
    const file = join(previous, 'directories', 'shehui-jiuzhu.yaml');
    const yaml = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      yaml
        .replace('timeframe: 审核确认后10个工作日内', "timeframe: '<b>旧</b>时限'")
        .replace("ref: '民发〔2021〕57号<b>'", "ref: '旧<i>号'"),
    );
    const xss = await buildSite(WORKSPACES.xss, { previous, only: ['html'] });
    try {
      const doc = readDom(xss.dir, 'changes.html');
      expect(doc.querySelectorAll('main script, main img, main svg, main iframe, main style, main b, main i')).toHaveLength(0);
      for (const el of doc.querySelectorAll('*'))
        expect(
          el.getAttributeNames().filter((a) => a.startsWith('on')),
          el.tagName,
        ).toEqual([]);
      const cells = (id: string) =>
        [...doc.getElementById(id)!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
      expect(cells('change-shehui-jiuzhu-01-02')).toEqual([['公开时限', '<b>旧</b>时限', '审核确认后10个工作日内']]);
      expect(cells('change-shehui-jiuzhu-01-01')).toEqual([
        [
          '公开依据',
          '《条例》<script>alert("basis")</script>、《办法》<img src=x onerror=alert("basis-title")>(旧<i>号)',
          '《条例》<script>alert("basis")</script>、《办法》<img src=x onerror=alert("basis-title")>(民发〔2021〕57号<b>)',
        ],
      ]);
      expect(text(doc.querySelector('#change-shehui-jiuzhu-01-01 h3'))).toBe(
        '低保<script>alert("l1")</script> · "><img src=x onerror=alert("l2")> · </td></tr></table><script>alert(\'l3\')</script>',
      );
      expect([...doc.querySelectorAll('#change-shehui-jiuzhu-01-01 thead th')].map((th) => th.textContent)[1]).toBe(
        "上一版本（'><svg onload=alert('version')>1）",
      );
    } finally {
      xss.remove();
    }
  });
});
