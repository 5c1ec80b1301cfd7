import { describe, expect, it } from 'vitest';
import { scoreImport, type Annotation } from './scoreImport.ts';

const same = (text: string) => text;
const imported = (title: string, body: string) => ({
  frontmatter: { title, summary: '' } as never,
  body,
  figures: [],
  headline: title,
});
const annotation = (furniture: string[]): Annotation => ({
  source: 'https://example.org/a',
  script: 'hans',
  title: '长沙一乡镇 每天四次循环播放大喇叭',
  furniture,
});

describe('scoreImport: furniture left', () => {
  it('counts a furniture string wherever the article shows it', () => {
    const score = scoreImport(
      imported('长沙一乡镇 每天四次循环播放大喇叭', '正文。\n\n责任编辑：李明'),
      [],
      annotation(['责任编辑：李明']),
      same,
    );
    expect(score.furnitureLeft).toEqual(['责任编辑：李明']);
  });

  it('counts a summary copying the lead over two paragraphs as left only where the article shows it again', () => {
    const [lead, next] = ['近日，青山镇开展捐衣活动。', '活动中，村干部积极捐赠。'];
    const summary = lead + next.slice(0, 4);
    const raw = `${summary}\n${lead}\n\n${next}`;
    const article = `${lead}\n\n${next}`;
    const score = (body: string) =>
      scoreImport(imported('长沙一乡镇 每天四次循环播放大喇叭', body), [], annotation([summary]), same, raw)
        .furnitureLeft;
    expect(score(article)).toEqual([]);
    expect(score(`${summary}\n\n${article}`)).toEqual([summary]);
  });

  it('counts the headline repeated without its spaces only where the body repeats it, not as the title', () => {
    const repeat = '长沙一乡镇每天四次循环播放大喇叭';
    const clean = scoreImport(imported('长沙一乡镇 每天四次循环播放大喇叭', '正文。'), [], annotation([repeat]), same);
    expect(clean.furnitureLeft).toEqual([]);
    const left = scoreImport(
      imported('长沙一乡镇 每天四次循环播放大喇叭', `${repeat}\n\n正文。`),
      [],
      annotation([repeat]),
      same,
    );
    expect(left.furnitureLeft).toEqual([repeat]);
  });

  it('counts a copy of the headline cut short only where the body repeats it, not as part of the title', () => {
    const title = '青山镇:春早人勤 万象“耕”新';
    const cut = '青山镇:春早人勤  万象';
    const expected = { ...annotation([cut]), title };
    expect(scoreImport(imported(title, '正文。'), [], expected, same).furnitureLeft).toEqual([]);
    expect(scoreImport(imported(title, `${cut}\n\n正文。`), [], expected, same).furnitureLeft).toEqual([cut]);
  });
});

describe('scoreImport: headline', () => {
  it('reads a headline without its closing photo mark or pinyin glosses as the annotated one, and no other', () => {
    const title = (headline: string) => ({ ...annotation([]), title: headline });
    const score = (headline: string, annotated: string) =>
      scoreImport(imported(headline, '正文。'), [], title(annotated), same).headlineRight;
    expect(score('青山镇受灾群众有了新家', '青山镇受灾群众有了新家(组图)')).toBe(true);
    expect(score('青山镇守護神', '青山镇守護(hù)神')).toBe(true);
    expect(score('青山镇受灾群众', '青山镇受灾群众有了新家(组图)')).toBe(false);
  });
});
