// Names compared by meaning for coverage (src/model/name-meaning.ts): the one normaliser, then the
// search synonyms; and the similarity that tells a reworded item from another item.
import { describe, expect, it } from 'vitest';
import { NameMeaning, nameSimilarity } from '../../src/model/name-meaning.js';
import { synonymGroups } from '../../src/model/search-synonyms.js';
import { REPO } from '../helpers/cli.js';

const meaning = new NameMeaning(synonymGroups(REPO));

describe('NameMeaning.key', () => {
  it('reads outline numbers, spacing, punctuation and full-width forms as normaliseName does', () => {
    expect(meaning.key('１．２ 办事指南')).toBe(meaning.key('办事指南'));
    expect(meaning.key('（三）收养、入籍等登记')).toBe(meaning.key('收养入籍等登记'));
    expect(meaning.key('')).toBe('');
    expect(meaning.key(undefined)).toBe('');
  });

  it('writes each search synonym as one term of its group', () => {
    expect(meaning.key('低保')).toBe(meaning.key('最低生活保障'));
    expect(meaning.key('二、低保')).toBe(meaning.key('最低生活保障'));
    expect(meaning.key('招聘信息发布')).toBe(meaning.key('岗位信息发布'));
    expect(meaning.key('新生儿落户')).toBe(meaning.key('出生登记'));
    expect(meaning.key('失业登记')).toBe(meaning.key('就业失业登记'));
  });

  it('takes the longest term where terms overlap, so a long official name is not split', () => {
    // 特困人员救助供养 is one term; 特困 another of the same group.
    expect(meaning.key('特困人员救助供养')).toBe(meaning.key('五保供养'));
    expect(meaning.key('特困人员供养')).not.toBe(meaning.key('特困人员救助供养'));
  });

  it('leaves names without synonyms as normalised', () => {
    expect(meaning.key('监督检查')).toBe('监督检查');
    expect(new NameMeaning([]).key('低保')).toBe('低保');
  });
});

describe('nameSimilarity (character-bigram Dice)', () => {
  it.each([
    ['就业政策法规咨询', '就业创业政策法规咨询', 0.875],
    ['审核审批信息', '审核审批结果信息', 0.667],
    ['政策法规文件', '相关政策法规文件', 0.833],
    ['就业政策法规咨询', '政策咨询', 0.4],
    ['审核信息', '审批信息', 0.333],
    ['办事指南', '办事指南', 1],
    ['办事指南', '', 0],
    ['', '', 1],
  ])('%s ~ %s = %s', (a, b, expected) => {
    expect(nameSimilarity(a, b)).toBeCloseTo(expected, 3);
    expect(nameSimilarity(b, a)).toBeCloseTo(expected, 3);
  });

  it('counts a repeated bigram once per occurrence', () => {
    // 领养 twice in the one, once in the other: 2·3 / (8 + 3).
    expect(nameSimilarity('领养登记含涉外领养', '领养登记')).toBeCloseTo(6 / 11, 5);
  });
});
