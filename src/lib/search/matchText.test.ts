import { describe, expect, it } from 'vitest';
import { excerpt, folding, highlight, holdsAll, searchPhrases, type Piece } from './matchText.ts';

// Traditional → Simplified, as search-chars.json maps them.
const fold = folding({ 勸: '劝', 發: '发', 罩: '罩', 點: '点' });
const shown = (pieces: Piece[]) => pieces.map(({ text, marked }) => (marked ? `[${text}]` : text)).join('');

describe('searchPhrases', () => {
  it('cuts a query at spaces and punctuation and folds it', () => {
    expect(searchPhrases(' 勸返，COVID  發放 ', fold)).toEqual(['劝返', 'covid', '发放']);
    expect(searchPhrases('“”', fold)).toEqual([]);
  });
});

describe('holdsAll', () => {
  it('needs every phrase, its characters together and in order, in either script', () => {
    const blocks = ['标题', '他以“硬核”精神奋战', '各个勸返點'];
    expect(holdsAll(blocks, ['硬核'], fold)).toBe(true);
    expect(holdsAll(blocks, ['劝返', '精神'], fold)).toBe(true);
    expect(holdsAll(blocks, ['核酸'], fold)).toBe(false);
    expect(holdsAll(blocks, ['硬核', '核酸'], fold)).toBe(false);
    // Not across punctuation or blocks.
    expect(holdsAll(blocks, ['硬核精神'], fold)).toBe(false);
    expect(holdsAll(blocks, ['战各'], fold)).toBe(false);
    expect(holdsAll(blocks, [], fold)).toBe(false);
  });
});

describe('highlight', () => {
  it('marks every match in the text as written', () => {
    expect(shown(highlight('勸返點與劝返点', ['劝返'], fold))).toBe('[勸返]點與[劝返]点');
    expect(shown(highlight('ABC abc', ['bc'], fold))).toBe('A[BC] a[bc]');
  });
});

describe('excerpt', () => {
  const title = '王金水带头劝返';
  const para = '第一句很长很长。不论白天黑夜、刮风下雨，在各个勸返點等一线都能看到他。后面还有许多许多许多的文字';

  it('shows the text around the first match outside the title, from its sentence, marked, in its own script', () => {
    expect(shown(excerpt([title, '前言', para], ['劝返'], fold, 48))).toBe(
      '…不论白天黑夜、刮风下雨，在各个[勸返]點等一线都能看到他。后面还有许多许多许多的文字',
    );
  });

  it('starts after a pause when the sentence starts too far back, never inside a block before', () => {
    const long = '甲'.repeat(40) + '，乙乙乙乙，在各个勸返點等一线';
    expect(shown(excerpt([title, long], ['劝返'], fold, 30))).toBe('…乙乙乙乙，在各个[勸返]點等一线');
  });

  it('shows the start of the text, unmarked, when only the title matched', () => {
    expect(shown(excerpt([title, '省份', '安徽省'], ['王金水'], fold, 30))).toBe('省份 安徽省');
    expect(shown(excerpt([title, '一二三四五'], ['王金水'], fold, 3))).toBe('一二三…');
  });
});
