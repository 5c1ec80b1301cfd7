import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { SEED_CONTENT_DIR } from '../../../tests/seedContent.ts';
import { readContent, type ArticleSource } from '../content/readContent.ts';
import { testLocalizer } from '../i18n/testLocalizer.ts';
import type { Article } from '../schema/article.ts';
import { articleView } from './articleView.ts';
import { siteModel } from './siteModel.ts';

const { content } = readContent(SEED_CONTENT_DIR);
const l = testLocalizer(LOCALES[0]);
// Every commit of the article is years after it: a page that showed a git date would show 2026.
const history = new Map(content.articles.map((a) => [a.file, [{ hash: 'c1', date: '2026-11-25', subject: '修改' }]]));
const model = siteModel(content, new Date('2027-01-01'), history);
const seed = model.articles[0]!;
const withData = (data: Partial<Article>): ArticleSource => ({ ...seed, data: { ...seed.data, ...data } });

describe('articleView', () => {
  it('dates a dated article with its year, and shows no git date', () => {
    const view = articleView(model, withData({ published: '2020-02-20', undated: undefined }), l);
    expect(view.dateLine).toBe('2020年2月20日');
    expect(JSON.stringify(view)).not.toContain('2026');
    expect(view.correction).toBeUndefined();
  });

  it('says an undated article is undated, with the period it covers, and signs its notice without a date', () => {
    const view = articleView(model, withData({ published: undefined, undated: { period: '1月下旬' } }), l);
    expect(view.dateLine).toBe('原文未注明日期（所述时段：1月下旬）');
    expect(view.notice.signedOn).toBeUndefined();
  });

  it('shows a correction from the frontmatter, labelled with its own date', () => {
    const corrected = { date: '2020-03-01', note: '更正口罩数量' };
    const view = articleView(model, withData({ published: '2020-02-20', undated: undefined, corrected }), l);
    expect(view.correction).toEqual({ iso: '2020-03-01', text: '2020年3月1日', note: '更正口罩数量' });
    expect(view.dateLine).toBe('2020年2月20日');
  });

  it('its notice: period from the frontmatter, signed on its first day; else signed on the publication date', () => {
    const noticed = withData({ published: '2020-02-20', undated: undefined, notice: { from: '2020-02-21' } });
    expect(articleView(model, noticed, l).notice.signedOn?.iso).toBe('2020-02-21');
    expect(articleView(model, noticed, l).notice.period).toBe('自2020年2月21日起');
    const plain = withData({ published: '2020-02-20', undated: undefined });
    expect(articleView(model, plain, l).notice.signedOn?.iso).toBe('2020-02-20');
    expect(articleView(model, plain, l).notice.period).toBeUndefined();
  });
});
