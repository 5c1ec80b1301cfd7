import { ConverterFactory, Locale, Trie, type DictGroup } from 'opencc-js';
import type { CompiledRules } from './contextRules.ts';
import { ruleForms } from './contextRules.ts';
import { wordsOf, type Words } from './wordBoundaries.ts';

/** The OpenCC configurations the site converts its two scripts with (opencc-js `cn`→`tw` and `tw`→`cn`). */
export type PhraseConfig = 's2tw' | 'tw2s';

export interface PhraseConverter {
  /** `text` converted: OpenCC's dictionaries, a split that keeps the sentence's words whole, and the rules. */
  (text: string): string;
  /** `text` as plain OpenCC converts it (its forward longest match, no rules), for judging glossary entries. */
  plain(text: string): string;
}

/** opencc-js's trie nodes: code point → child, and the replacement where a dictionary key ends. */
interface TrieNode extends Map<number, TrieNode> {
  trie_val?: string;
}

/** A configuration of opencc-js's presets (`Locale.configs`), as they are (its types call `segmentation` one dictionary and leave out `normalizationChain`). */
interface OpenccConfig {
  normalizationChain?: DictGroup[];
  segmentation: DictGroup;
  conversionChain: readonly DictGroup[];
}

/** Ideographic description sequences (⿰氵每): OpenCC steps over each as one unit; such text is converted as OpenCC does. */
const IDS = /[\u2ff0-\u2fff]/u;

/**
 * The dictionary side of a split: OpenCC's phrase matches at a place, and a piece converted as OpenCC converts it.
 * What a split criterion (`Split`) chooses among.
 */
export interface PhraseDictionary {
  /** Into `ends`, ascending: where each dictionary phrase that starts at UTF-16 index `start` ends. */
  phraseEnds(text: string, start: number, ends: number[]): void;
  /** `piece` through OpenCC's conversion dictionaries (their own longest match inside it). */
  convertPiece(piece: string): string;
}

/** Characters a context rule decided: UTF-16 index → Traditional form. No phrase may hold one. */
export type Forced = ReadonlyMap<number, { hant: string }>;

/**
 * A split criterion: given the dictionary, converts one clause (no clause boundary inside), with the characters the
 * rules decided and the clause's words (asked for only when needed). The site's is `segmenterSplit`;
 * scripts/conversion-accuracy.ts measures the others against it (`--split`).
 */
export type Split = (dictionary: PhraseDictionary) => (text: string, forced: Forced, words: () => Words) => string;

/**
 * OpenCC's conversion with a better split (`split`, the site's by default), the context rules first: `rules`
 * (Simplified → Traditional only) decide single characters by their context (src/config/conversionRules.ts).
 */
export function createPhraseConverter(
  name: PhraseConfig,
  rules: CompiledRules,
  split: Split = segmenterSplit,
): PhraseConverter {
  const config = (Locale.configs as unknown as Record<PhraseConfig, OpenccConfig>)[name];
  const normalize = config.normalizationChain ? ConverterFactory(...config.normalizationChain) : null;
  const segmentation = new Trie();
  segmentation.loadDictGroup(config.segmentation);
  const root = (segmentation as unknown as { map: TrieNode }).map;
  const chain = config.conversionChain.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  const dictionary: PhraseDictionary = {
    phraseEnds: (text, start, ends) => phraseEnds(root, text, start, ends),
    convertPiece: (piece) => chain.reduce((text, trie) => trie.convert(text), piece),
  };
  const plainClause = (text: string) => segmentation.segment(text).map(dictionary.convertPiece).join('');
  const splitClause = split(dictionary);
  const clause = (text: string): string => {
    if (IDS.test(text)) return plainClause(text);
    // The segmenter is the costly part: asked only when a phrase or a rule is to be judged.
    let known: Words | undefined;
    const words = () => (known ??= wordsOf(text));
    return splitClause(text, ruleForms(text, rules, words), words);
  };
  const byLine = (convertClause: (text: string) => string) => (text: string) =>
    (normalize ? normalize(text) : text).split('\n').map(convertClause).join('\n');
  return Object.assign(byLine(clause), { plain: byLine(plainClause) });
}

/**
 * The site's split. OpenCC cuts a sentence into its dictionary's phrases by forward longest match and converts each
 * piece: 十年历程 becomes 十|年历|程 (年曆), 加大冲刺 becomes 加|大冲|刺 (大沖). Here, at each place, the longest
 * dictionary phrase that splits no word of the sentence (wordBoundaries.ts; with one exception, see
 * decidesOnlyWholeWords) is taken instead, so 十年|历程 gives 歷程; where no phrase fits, the characters are
 * converted one by one. Where the sentence's words and OpenCC's phrases agree, which is almost everywhere, the
 * result is exactly OpenCC's. Measured against forward longest match, fewest words and bidirectional maximum
 * matching in docs/conversion-accuracy.md.
 */
export const segmenterSplit: Split = ({ phraseEnds, convertPiece }) => {
  // Per phrase: the UTF-16 offsets of the characters it converts otherwise than they convert alone (all of them
  // when the lengths differ), what the phrase decides; and whether the segmenter knows it as one word.
  const phrases = new Map<string, { decided: number[]; isWord: boolean }>();
  const judged = (phrase: string) => {
    let found = phrases.get(phrase);
    if (!found) {
      const whole = convertPiece(phrase);
      const alone = [...phrase].map(convertPiece);
      const decided: number[] = [];
      let offset = 0;
      if (whole.length !== alone.join('').length) for (let k = 0; k < phrase.length; k++) decided.push(k);
      else {
        for (const char of alone) {
          if (whole.slice(offset, offset + char.length) !== char) decided.push(offset);
          offset += char.length;
        }
      }
      phrases.set(phrase, (found = { decided, isWord: wordsOf(phrase).isWord(0, phrase.length) }));
    }
    return found;
  };

  return (text, forced, words) => {
    const out: string[] = [];
    // A run: characters no phrase covers, converted together as OpenCC converts them (its later dictionaries, such
    // as Taiwan variant phrases, may match across them), but cut where a refused phrase crosses a word boundary,
    // so that the run's own conversion cannot take that phrase after all.
    let runStart = -1;
    const cuts: number[] = [];
    const endRun = (at: number) => {
      if (runStart < 0) return;
      let from = runStart;
      for (const cut of cuts.filter((c) => c > runStart && c < at).sort((a, b) => a - b)) {
        if (cut > from) out.push(convertPiece(text.slice(from, cut)));
        from = cut;
      }
      out.push(convertPiece(text.slice(from, at)));
      runStart = -1;
    };
    /**
     * A phrase that splits a word is still right when the segmenter does not know it as a word (so never weighed
     * it) and what it decides lies in the words it holds whole: 周线 in 周|线图 decides 週 for 周, a word of its
     * own. It is wrong when the segmenter knew the word and chose otherwise (头发 in 街头|发|口罩), when it decides a
     * character of the word it cuts (年历 in 十年|历程 decides 曆 for 历 of 历程), and useless when it decides nothing
     * (行复 in 进行|复检, which only keeps 复检 from matching).
     */
    const decidesOnlyWholeWords = (start: number, end: number) => {
      const { decided, isWord } = judged(text.slice(start, end));
      if (decided.length === 0 || isWord) return false;
      return decided.every((offset) => {
        const at = start + offset;
        let wordStart = at;
        while (!words().boundary(wordStart)) wordStart--;
        let wordEnd = at + 1;
        while (!words().boundary(wordEnd)) wordEnd++;
        return wordStart >= start && wordEnd <= end;
      });
    };
    const consequential = (start: number, end: number) => {
      if (judged(text.slice(start, end)).decided.length) return true;
      for (let k = start + 1; k < end; k++) if (startsPhrase(phraseEnds, text, k)) return true;
      return false;
    };
    const ends: number[] = [];
    for (let i = 0; i < text.length;) {
      const rule = forced.get(i);
      if (rule) {
        endRun(i);
        out.push(rule.hant);
        i += 1;
        continue;
      }
      phraseEnds(text, i, ends);
      let best = 0;
      for (const end of ends) {
        if (hasForced(forced, i, end)) break; // a rule decides a character inside: no longer phrase can hold it
        // A phrase that decides nothing and that no other phrase overlaps converts as its characters would: taking
        // it is what OpenCC does, and the segmenter need not be asked.
        if (!consequential(i, end)) best = end;
        else if (words().splits(i, end) && !decidesOnlyWholeWords(i, end)) {
          for (let p = i + 1; p < end; p++) if (words().boundary(p)) cuts.push(p);
        } else best = end;
      }
      if (best) {
        endRun(i);
        out.push(convertPiece(text.slice(i, best)));
        i = best;
      } else {
        if (runStart < 0) runStart = i;
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      }
    }
    endRun(text.length);
    return out.join('');
  };
};

/** Into `ends`, ascending: where each dictionary phrase that starts at UTF-16 index `start` ends. */
function phraseEnds(root: TrieNode, text: string, start: number, ends: number[]): void {
  ends.length = 0;
  let node: TrieNode | undefined = root;
  for (let j = start; j < text.length;) {
    const code = text.codePointAt(j)!;
    j += code > 0xffff ? 2 : 1;
    node = node.get(code);
    if (!node) return;
    if (node.trie_val !== undefined) ends.push(j);
  }
}

/** Whether a dictionary phrase starts at UTF-16 index `start`. */
function startsPhrase(phraseEnds: PhraseDictionary['phraseEnds'], text: string, start: number): boolean {
  const ends: number[] = [];
  phraseEnds(text, start, ends);
  return ends.length > 0;
}

function hasForced(forced: ReadonlyMap<number, unknown>, start: number, end: number): boolean {
  if (forced.size === 0) return false;
  for (let i = start; i < end; i++) if (forced.has(i)) return true;
  return false;
}
