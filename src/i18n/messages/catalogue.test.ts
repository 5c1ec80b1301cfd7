import { describe, expect, it } from 'vitest';
import { MESSAGES } from './catalogue.ts';
import { chosenLanguage, either, MESSAGE_LANGUAGES, placeholders, render, say, withoutLanguage } from './message.ts';

const HAN = /\p{Script=Han}/u;

describe('the message catalogue', () => {
  const entries = Object.entries(MESSAGES) as [string, Record<string, string>][];

  it.each(entries)('%s has a text in every language, each taking the same parameters', (_code, texts) => {
    expect(Object.keys(texts).sort()).toEqual([...MESSAGE_LANGUAGES].sort());
    for (const language of MESSAGE_LANGUAGES) expect(texts[language]!.trim()).not.toBe('');
    expect(placeholders(texts['zh-hans']!)).toEqual(placeholders(texts.en!));
  });

  it('writes the Chinese texts in Chinese, not in the English of the other language', () => {
    // A text of only parameters and punctuation ("{field}：{problem}") has nothing to translate.
    const words = entries.filter(([, texts]) => /\p{L}/u.test(texts['zh-hans']!.replace(/\{\w+\}/g, '')));
    const untranslated = words.filter(([, texts]) => !HAN.test(texts['zh-hans']!) || texts['zh-hans'] === texts.en);
    expect(untranslated.map(([code]) => code)).toEqual([]);
  });
});

describe('render', () => {
  it('fills parameters in the language asked for: numbers, lists joined as that language joins them, messages', () => {
    const problem = say('fix.useOneOf', { allowed: ['nixi', 'shagou'] });
    expect(render(problem, 'zh-hans')).toBe('请用以下之一：nixi、shagou');
    expect(render(problem, 'en')).toBe('use one of: nixi, shagou');
    const nested = say('schema.field', { field: 'entries.0.unit', problem: say('schema.missing') });
    expect(render(nested, 'zh-hans')).toBe('entries.0.unit：缺少这个字段');
    expect(render(nested, 'en')).toBe('entries.0.unit: missing');
    expect(render(say('article.tooLong', { length: 70001, limit: 70000 }), 'en')).toBe(
      'the article is too long (70001 characters; the limit is 70000)',
    );
  });

  it('says alternatives with "or" in each language', () => {
    const nouns = say('files.unknownKind', { name: 'a.txt', nouns: either([say('noun.article'), say('noun.photo')]) });
    expect(render(nouns, 'zh-hans')).toBe('“a.txt”不是文章或照片');
    expect(render(nouns, 'en')).toBe('"a.txt" is not an article or a photo');
  });
});

describe('chosenLanguage', () => {
  it('is Simplified Chinese unless --lang or GONGSHI_LANG asks for English; --lang wins', () => {
    expect(chosenLanguage(['node', 'check.ts'], {})).toBe('zh-hans');
    expect(chosenLanguage(['node', 'check.ts', '--lang', 'en'], {})).toBe('en');
    expect(chosenLanguage(['node', 'check.ts'], { GONGSHI_LANG: 'en' })).toBe('en');
    expect(chosenLanguage(['node', 'check.ts', '--lang', 'zh-hans'], { GONGSHI_LANG: 'en' })).toBe('zh-hans');
  });

  it('refuses a language it has no texts in, rather than falling back silently', () => {
    expect(() => chosenLanguage(['--lang', 'fr'], {})).toThrow(/fr/);
    expect(() => chosenLanguage([], { GONGSHI_LANG: 'english' })).toThrow(/english/);
  });

  it('leaves a script its own arguments', () => {
    expect(withoutLanguage(['tally', '--lang', 'en', 'nixi-masks'])).toEqual(['tally', 'nixi-masks']);
    expect(withoutLanguage(['tally', 'nixi-masks'])).toEqual(['tally', 'nixi-masks']);
  });
});
