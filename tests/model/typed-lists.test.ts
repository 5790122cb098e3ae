// Lists as clerks type them, read as meant: the same reading for lint (list-form) and for a draft build.
import { describe, expect, it } from 'vitest';
import { splitListText } from '../../src/model/item-values.js';
import { listMistakes, mendedLists } from '../../src/model/typed-lists.js';

describe('splitListText', () => {
  it('splits at 、，,；; and, for labels, at spaces', () => {
    expect(splitListText('县级、乡级')).toEqual(['县级', '乡级']);
    expect(splitListText('主动，依申请')).toEqual(['主动', '依申请']);
    expect(splitListText('政府网站 政务新媒体', { spaces: true })).toEqual(['政府网站', '政务新媒体']);
    expect(splitListText('政府网站 政务新媒体')).toEqual(['政府网站 政务新媒体']);
  });

  it('never splits inside brackets or quotes', () => {
    expect(splitListText('《关于进一步做好就业、创业工作的通知》，《就业促进法》')).toEqual([
      '《关于进一步做好就业、创业工作的通知》',
      '《就业促进法》',
    ]);
    expect(splitListText('各乡镇人民政府（街道、社区）')).toEqual(['各乡镇人民政府（街道、社区）']);
  });
});

describe('mendedLists', () => {
  type File = { domain: string; name: string; defaults?: Record<string, unknown>; items: Record<string, unknown>[] };
  const file = (item: Record<string, unknown>, defaults?: Record<string, unknown>): File => ({
    domain: 'jiuye',
    name: '就业',
    ...(defaults ? { defaults } : {}),
    items: [{ id: 'jiuye-01-01', ...item }],
  });

  it('returns the data itself when every list is a list', () => {
    const data = file({ mode: ['主动'], level: ['县级', '乡级'], basis: ['《就业促进法》'] });
    expect(mendedLists(data)).toBe(data);
    expect(listMistakes(data)).toEqual([]);
  });

  it("keeps a table's level label 乡、村级 (corpus 01, 宝坻 社会救助: header 县级 / 乡、村级) as one level; 乡级、村级 is two", () => {
    expect(listMistakes(file({ level: ['县级', '乡、村级'] }))).toEqual([]);
    expect(listMistakes(file({ level: ['县级', '乡级、村级'] }))[0]!.list).toEqual(['县级', '乡级', '村级']);
  });

  it('reads text and joined entries as the lists they mean, without touching the input', () => {
    const data = file(
      { mode: '主动', level: ['县级、乡级'], channels: ['政府网站，政务服务中心'], basis: '《就业促进法》' },
      { mode: '依申请' },
    );
    const mended = mendedLists(data) as { defaults: Record<string, unknown>; items: Record<string, unknown>[] };
    expect(mended.items[0]).toMatchObject({
      mode: ['主动'],
      level: ['县级', '乡级'],
      channels: ['政府网站', '政务服务中心'],
      basis: ['《就业促进法》'],
    });
    expect(mended.defaults.mode).toEqual(['依申请']);
    expect(data.items[0]!.mode).toBe('主动');
    expect(data.defaults!.mode).toBe('依申请');
  });

  it('splits a citation entry only where each piece is a title of its own', () => {
    expect(listMistakes(file({ basis: ['《社会救助暂行办法》第十条，第十一条'] }))).toEqual([]);
    expect(listMistakes(file({ basis: ['《社会救助暂行办法》，《最低生活保障审核确认办法》'] }))[0]!.list).toEqual([
      '《社会救助暂行办法》',
      '《最低生活保障审核确认办法》',
    ]);
  });
});
