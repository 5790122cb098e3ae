// The 公开渠道和载体 cell as the workbook and the document draw it (src/model/channel-cell.ts): the
// template block with each chosen option ticked in its place, anything else on lines of its own.
import { describe, expect, it } from 'vitest';
import { channelLines } from '../../src/model/channel-cell.js';
import type { PublishedChannel, PublishedItem } from '../../src/model/compendium.js';

const itemWith = (channels: PublishedChannel[]) => ({ channels }) as unknown as PublishedItem;

describe('channelLines', () => {
  it('ticks the box of an option a guideline spells without its slash (重大建设项目: 发布会听证会), with no line of its own', () => {
    const lines = channelLines(itemWith([{ name: '政府网站' }, { name: '发布会听证会' }]), 'block');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^■政府网站\s+□政府公报$/);
    expect(lines[1]).toMatch(/^□两微一端\s+■发布会\/听证会$/);
    expect(lines.join('\n')).not.toContain('发布会听证会');
  });

  it('lists the chosen options in template order, a guideline spelling under the option it spells', () => {
    const lines = channelLines(itemWith([{ name: '入户 现场' }, { name: '政府网站' }, { name: '公共资源交易平台' }]), 'checked');
    expect(lines).toEqual(['■政府网站', '■入户/现场', '■公共资源交易平台']);
  });

  it('keeps what is not an option, and a second 其他, on lines of their own; an option given twice is drawn once', () => {
    const lines = channelLines(
      itemWith([{ name: '其他', text: '办税服务厅' }, { name: '其他', text: '电子税务局' }, { name: '政府网站' }, { name: '政府网站' }]),
      'checked',
    );
    expect(lines).toEqual(['■政府网站', '■其他：办税服务厅', '■其他：电子税务局']);
  });
});
