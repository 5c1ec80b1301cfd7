import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema, type GlossaryEntry } from '../schema/glossary.ts';
import { createConverter } from '../conversion/createConverter.ts';
import {
  entryUseWarnings,
  glossaryEntryProblem,
  glossaryEntryUses,
  glossaryEntryWarning,
  type ArticleText,
} from './glossaryEntryProblem.ts';
import { inWords, type Problem } from './problem.ts';

const inEnglish = <T extends Pick<Problem, 'message' | 'fix'>>(said: T | undefined) => said && inWords(said, 'en');

const converter = createConverter([]);
const problem = (entry: Omit<GlossaryEntry, 'note'>) =>
  inEnglish(glossaryEntryProblem({ note: 'n', ...entry }, converter));

describe('glossaryEntryProblem', () => {
  it("passes the seeds' glossary: surnames OpenCC converts, words it splits wrongly, the seeds' wrong forms", () => {
    const glossary = glossarySchema.parse(
      parse(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/seed-content/glossary.yaml'), 'utf8')),
    );
    expect(glossary.entries.map((entry) => [entry.hans, problem(entry)]).filter(([, p]) => p)).toEqual([]);
  });

  it('keeps a word the same in both scripts when OpenCC would change it (余 is also Traditional)', () => {
    expect(problem({ hans: '余秋雨', hant: '余秋雨' })).toBeUndefined();
    expect(problem({ hans: '展示了如何', hant: '展示了如何' })).toBeUndefined();
  });

  it('refuses a common single character in any form, at that form', () => {
    expect(problem({ hans: '的', hant: '嘅' })?.path).toEqual(['hans']);
    expect(problem({ hans: '干部', hant: '幹部', avoid: ['干'] })?.path).toEqual(['avoid', 0]);
    expect(problem({ hans: '干部', hant: '幹部', avoid: ['乾部', '干'] })?.message).toBe(
      '"干" is a single character: the entry would change it in every word of every page',
    );
  });

  it('allows a single rare character of the CJK extensions (names OpenCC may not know)', () => {
    expect(problem({ hans: '\u{2B4E7}', hant: '\u{2B4E7}', avoid: ['\u4E44'] })?.path).toEqual(['avoid', 0]);
    expect(problem({ hans: '䢺', hant: '䢺', avoid: ['㐀'] })).toBeUndefined();
  });

  it('refuses a form in the other script, suggesting the right one', () => {
    expect(problem({ hans: '剛性要求', hant: '刚性要求' })).toEqual({
      path: ['hans'],
      message: 'hans "剛性要求" is not Simplified: "剛" is Traditional',
      fix: 'write the Simplified form in hans (刚性要求) and the Traditional form in hant',
    });
    expect(problem({ hans: '镇里', hant: '镇里' })).toEqual({
      path: ['hant'],
      message: 'hant "镇里" is not Traditional: "镇" is Simplified',
      fix: 'write the Traditional form in hant (鎮裡); Traditional pages show hant as written',
    });
  });

  it('refuses an entry OpenCC already agrees with both ways, unless it replaces a wrong form', () => {
    expect(problem({ hans: '冲锋', hant: '衝鋒' })).toEqual({
      path: ['hans'],
      message: 'OpenCC already converts "冲锋" to "衝鋒" and back: the entry changes nothing',
      fix: 'remove the entry, or list under avoid the wrong forms it should replace',
    });
    expect(problem({ hans: '刚性要求', hant: '剛性要求' })?.message).toContain('changes nothing');
    expect(problem({ hans: 'COVID', hant: 'COVID' })?.message).toContain('changes nothing');
    expect(problem({ hans: '冲锋', hant: '衝鋒', avoid: ['沖鋒'] })).toBeUndefined();
    expect(problem({ hans: '冲锋', hant: '衝鋒', avoid: ['冲锋'] })).toBeUndefined();
    expect(problem({ hans: '冲锋', hant: '衝鋒', avoid: ['衝鋒'] })?.message).toContain('changes nothing');
  });

  it('refuses an entry that contradicts a conversion rule', () => {
    expect(problem({ hans: '80只鸭', hant: '80只鴨' })).toMatchObject({ path: ['hant'] });
    expect(problem({ hans: '80只鸭', hant: '80只鴨' })?.message).toContain('"只" otherwise than the conversion rule');
    expect(problem({ hans: '于主任', hant: '于主任' })).toBeUndefined();
  });
});

describe('glossaryEntryWarning', () => {
  const warning = (entry: Omit<GlossaryEntry, 'note'>) =>
    inEnglish(glossaryEntryWarning({ note: 'n', ...entry }, converter));

  it('warns of an entry the converter now gets right by itself, by its split or a rule', () => {
    expect(warning({ hans: '展示了如何', hant: '展示了如何' })?.message).toBe(
      'the converter now converts "展示了如何" to "展示了如何" and back by itself: the entry is no longer needed',
    );
    expect(warning({ hans: '于主任', hant: '于主任' })?.fix).toBe('remove the entry');
  });

  it('keeps quiet about an entry still needed, or one that replaces a wrong form', () => {
    expect(warning({ hans: '余秋雨', hant: '余秋雨' })).toBeUndefined();
    expect(warning({ hans: '桶装面', hant: '桶裝麵' })).toBeUndefined();
    expect(warning({ hans: '冲锋', hant: '衝鋒', avoid: ['沖鋒'] })).toBeUndefined();
  });
});

describe('glossaryEntryUses and entryUseWarnings: what an entry does where it stands in the articles', () => {
  const entries: GlossaryEntry[] = [
    { hans: '余秋雨', hant: '余秋雨', note: 'n' },
    { hans: '只口罩', hant: '隻口罩', note: 'n' },
    { hans: '于书记', hant: '于書記', note: 'n' },
    { hans: '冲锋', hant: '衝鋒', avoid: ['沖鋒'], note: 'n' },
  ];
  const [yuQiuyu, masks, yuShuji, chongfeng] = entries as [GlossaryEntry, GlossaryEntry, GlossaryEntry, GlossaryEntry];
  const withGlossary = createConverter(entries);
  const articles: ArticleText[] = [
    {
      file: 'a.md',
      bodyLine: 10,
      script: 'hans',
      body: '余秋雨来镇里讲座。\n捐赠3000只口罩，其余秋雨季节的物资另发。\n队员冲锋在前。',
    },
    { file: 'b.md', bodyLine: 5, script: 'hant', body: '他向于书记匯報。\n<!-- 于书记 -->' },
  ];

  it('finds where an entry changes the page, where the converter gives the same without it, and where its form lies inside another word', () => {
    const uses = glossaryEntryUses(articles, withGlossary, entries);
    expect(uses.get(yuQiuyu)).toEqual([
      { file: 'a.md', line: 10, column: 1, effect: 'changes' },
      { file: 'a.md', line: 11, column: 12, effect: 'inside' }, // 其余|秋雨
    ]);
    expect(uses.get(masks)).toEqual([{ file: 'a.md', line: 11, column: 7, effect: 'same' }]); // the rule's 隻
    expect(uses.get(chongfeng)).toEqual([{ file: 'a.md', line: 12, column: 3, effect: 'same' }]);
    // The Simplified form on the Traditional page is replaced; the one in an editor's note is on no page.
    expect(uses.get(yuShuji)).toEqual([{ file: 'b.md', line: 5, column: 3, effect: 'changes' }]);
  });

  it('warns of an entry that corrects the converter but changes nothing anywhere it stands, naming the places', () => {
    const warnings = entryUseWarnings(articles, withGlossary);
    // Not 余秋雨 (needed at a.md:10), nor 冲锋 (it replaces a wrong form), nor 于书记 (unneeded by itself: glossaryEntryWarning).
    expect([...warnings.keys()]).toEqual([masks]);
    const warning = warnings.get(masks)!;
    expect(warning.path).toEqual(['hans']);
    expect(warning.involves).toEqual([{ file: 'a.md', line: 11, column: 7 }]);
    expect(inWords(warning, 'zh-hans')).toMatchObject({
      message: '词条“只口罩”在文章里出现 1 处，都用不上它：不靠词条也转换得一样（a.md:11）',
      fix: '删去这个词条；若某处仍转换错了，在那篇文章里写 [[简体|繁體]]',
    });
  });

  it('names the places inside other words', () => {
    const inside = entryUseWarnings([{ ...articles[0]!, body: '其余秋雨季节的物资另发。' }], withGlossary);
    expect(inWords(inside.get(yuQiuyu)!, 'zh-hans').message).toBe(
      '词条“余秋雨”在文章里出现 1 处，都用不上它：在别的词里、词条不适用（a.md:10）',
    );
  });
});
