/**
 * Where the words of a text begin and end, by the Chinese word segmenter built into the JavaScript runtime (ICU's
 * dictionary, through `Intl.Segmenter`): 十年历程 is 十年|历程, 关于书记处 is 关于|书记|处. Conversion uses it to judge
 * a dictionary phrase or a glossary word against the sentence it sits in: OpenCC's phrase 年历 in 十年历程, or the
 * glossary's 于书记 in 关于书记处, would split a word and so is not the word written there.
 */
export interface Words {
  /** The number of UTF-16 code units of the text. */
  readonly length: number;
  /** Whether a word begins (or the text ends) at UTF-16 index `i`: true at 0 and at the text's length. */
  boundary(i: number): boolean;
  /** Whether `[start, end)` holds whole words: a word begins at `start` and one begins (or the text ends) at `end`. */
  whole(start: number, end: number): boolean;
  /** Whether `[start, end)` is one word. */
  isWord(start: number, end: number): boolean;
  /**
   * Whether `[start, end)` cuts a word apart from the rest of it while also reaching into another word: it overlaps
   * some word partly, but neither lies within the other. A phrase inside one long word (人民 in 中华人民共和国) or
   * spanning whole words (一只只 over 一只|只) splits none.
   */
  splits(start: number, end: number): boolean;
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

export function wordsOf(text: string): Words {
  // A word begins at each marked index; the text's end is one too.
  const starts = new Uint8Array(text.length + 1);
  for (const { index } of SEGMENTER.segment(text)) starts[index] = 1;
  starts[text.length] = 1;
  const boundary = (i: number) => starts[i] === 1;
  const anyBoundaryWithin = (start: number, end: number) => {
    for (let i = start + 1; i < end; i++) if (starts[i]) return true;
    return false;
  };
  return {
    length: text.length,
    boundary,
    whole: (start, end) => boundary(start) && boundary(end),
    isWord: (start, end) => boundary(start) && boundary(end) && !anyBoundaryWithin(start, end),
    // Partial overlap: one of the span's ends falls inside a word, and a word boundary falls inside the span.
    splits: (start, end) => (!boundary(start) || !boundary(end)) && anyBoundaryWithin(start, end),
  };
}
