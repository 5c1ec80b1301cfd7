import { describe, expect, it } from 'vitest';
import { readContent } from '../content/readContent.ts';
import { siteModel } from './siteModel.ts';
import { siteTexts } from './siteTexts.ts';

describe('siteTexts', () => {
  const { content } = readContent(new URL('../../../content', import.meta.url).pathname);
  const texts = siteTexts(siteModel(content, new Date())).map(({ text }) => text);

  it('includes article bodies, town names and interface text, and no empty strings', () => {
    expect(texts.some((t) => t.includes('条幅') || t.includes('條幅'))).toBe(true);
    expect(texts).toContain('扫一扫在手机打开');
    expect(texts).toContain(content.towns[0]!.data.name);
    expect(texts).not.toContain('');
  });

  it('gives each article text the script its article declares, and interface text Simplified', () => {
    const entries = siteTexts(siteModel(content, new Date()));
    for (const article of content.articles) {
      expect(entries.find((e) => e.text === article.data.title)?.script).toBe(article.data.script);
    }
    expect(entries.find((e) => e.text === '扫一扫在手机打开')?.script).toBe('hans');
  });
});
