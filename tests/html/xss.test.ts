// The XSS corpus (tests/fixtures/xss): markup and script in every field the site shows must come
// out as the same text, in the HTML pages and in the search index, and never as elements.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACES, buildSite, pagesOf, readDom, type BuiltSite } from './support/site.js';

let site: BuiltSite;
beforeAll(async () => {
  site = await buildSite(WORKSPACES.xss);
});
afterAll(() => site.remove());

const REGION = '<script>alert("region")</script>县';
const NAME = '社会救助<script>alert("name")</script>';

describe('the XSS corpus renders as text', () => {
  it('no page gains an element, attribute or URL from data', () => {
    for (const page of pagesOf(site.dir)) {
      const doc = readDom(site.dir, page);
      expect(doc.querySelectorAll('script:not([src]), img, svg, iframe, style, b, a[href^="javascript"]'), page).toHaveLength(0);
      for (const el of doc.querySelectorAll('*')) {
        expect(
          el.getAttributeNames().filter((a) => a.startsWith('on')),
          `${page} ${el.tagName}`,
        ).toEqual([]);
      }
    }
  });

  it('the index and the page frame show the config values as written', () => {
    const doc = readDom(site.dir, 'index.html');
    expect(doc.title).toBe(`${REGION}基层政务公开标准目录`);
    expect(doc.querySelector('h1')!.textContent).toBe(`${REGION}基层政务公开标准目录`);
    const facts = [...doc.querySelectorAll('.facts dd')].map((dd) => dd.textContent);
    expect(facts.slice(0, 3)).toEqual([REGION, '"><img src=x onerror=alert("publisher")>办公室', "'><svg onload=alert('version')>1"]);
    expect(doc.querySelector('.site-footer')!.textContent).toContain('发布单位："><img src=x onerror=alert("publisher")>办公室');
    expect([...doc.querySelectorAll('.domain-card a')].map((a) => a.getAttribute('href'))).toEqual(['shehui-jiuzhu.html']);
  });

  it('every field of the item table shows its payload as text', () => {
    const doc = readDom(site.dir, 'shehui-jiuzhu.html');
    expect(doc.querySelector('h1')!.textContent).toBe(NAME);
    expect(doc.querySelector('caption')!.textContent).toBe(`${REGION}${NAME}领域基层政务公开标准目录`);
    const row = doc.getElementById('shehui-jiuzhu-01-01')!;
    const cell = (label: string) => row.querySelector(`[data-label="${label}"]`)!;
    const list = (label: string) => [...cell(label).querySelectorAll('li')].map((li) => li.textContent);
    expect(cell('一级事项').textContent).toBe('低保<script>alert("l1")</script>');
    expect(cell('二级事项').textContent).toBe('"><img src=x onerror=alert("l2")>');
    expect(cell('三级事项').textContent).toBe("</td></tr></table><script>alert('l3')</script>");
    expect(list('公开内容(要素)')).toEqual(['<svg/onload=alert("content")>', 'javascript:alert("content2")']);
    expect(list('公开依据')).toEqual([
      '《条例》<script>alert("basis")</script>',
      '《办法》<img src=x onerror=alert("basis-title")>(民发〔2021〕57号<b>)',
    ]);
    expect(cell('公开时限').textContent).toBe("{{#each this}}x{{/each}}<script>alert('timeframe')</script>");
    expect(cell('公开主体').textContent).toBe('<style>body{display:none}</style>民政局');
    expect(list('公开渠道和载体')).toEqual([
      '政府网站',
      '<iframe src=javascript:alert("channel")>',
      '其他：<script>alert("other")</script>',
    ]);
    expect(cell('公开对象：特定群体').querySelector('.mark__detail')!.textContent).toBe('<img src=x onerror=alert("group")>');
    expect(cell('公开层级：<b onmouseover=alert(1)>乡级</b>').classList.contains('mark--yes')).toBe(true);
    expect(cell('<b>咨询电话</b>').textContent).toBe('<script>alert("notes")</script>0000-1234567');
    expect(doc.querySelector('thead')!.textContent).toContain('<b>咨询电话</b>');
    // Entities in data stay as typed: escaping happens once.
    expect(doc.querySelector('.note')!.textContent).toBe('说明：</p><script>alert("note")</script>&amp; &lt;b&gt;');
    expect(doc.getElementById('shehui-jiuzhu-01-02')!.querySelector('th')!.textContent).toBe('审核确认结果 <!-- comment --> \u2028\u2029');
  });

  it('source links keep only http(s) URLs, encoded into one attribute', () => {
    const doc = readDom(site.dir, 'shehui-jiuzhu.html');
    const link = doc.querySelector('.sources a')!;
    expect(link.textContent).toBe('<a href="javascript:alert(1)">来源</a>');
    expect(link.getAttribute('href')).toBe('https://example.gov.cn/?q=%22%3E%3Cscript%3Ealert(%22url%22)%3C/script%3E');
    expect(link.getAttributeNames().sort()).toEqual(['href', 'rel']);
  });

  it('the search index holds the payloads as plain strings, and is a valid script despite U+2028/U+2029', () => {
    const source = readFileSync(join(site.dir, 'search-index.js'), 'utf8');
    expect(source).not.toMatch(/[\u2028\u2029]/);
    const sandbox: { self: { gkmlSearchIndex?: { index: { storedFields: Record<string, { title: string }> } } } } = { self: {} };
    runInNewContext(source, sandbox);
    const titles = Object.values(sandbox.self.gkmlSearchIndex!.index.storedFields).map((f) => f.title);
    expect(titles).toContain(
      '低保<script>alert("l1")</script> · "><img src=x onerror=alert("l2")> · </td></tr></table><script>alert(\'l3\')</script>',
    );
    expect(titles).toContain('低保<script>alert("l1")</script> · 审核确认结果 <!-- comment --> \u2028\u2029');
  });
});
