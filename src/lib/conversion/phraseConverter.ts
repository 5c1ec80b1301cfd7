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
  /** The dictionary phrases that start at UTF-16 index `start` of `text`, shortest first. */
  phrasesAt(text: string, start: number): PhraseMatch[];
  /** `piece` through OpenCC's conversion dictionaries (their own longest match inside it). */
  convertPiece(piece: string): string;
}

/** A dictionary phrase found in a clause: where it ends, and the phrase. */
export interface PhraseMatch {
  end: number;
  phrase: Phrase;
}

/** A phrase of the dictionary, judged once per build (looked up by its trie node, not by its text). */
export interface Phrase {
  /** The phrase converted as OpenCC converts it alone. */
  readonly converted: string;
  /**
   * The UTF-16 offsets of the characters it converts otherwise than they convert alone (all of them when the lengths
   * differ): what choosing the phrase decides. None: the phrase converts as its characters would.
   */
  readonly decided: readonly number[];
  /** Whether the segmenter knows it as one word: asked only when it matters (the segmenter is the costly part). */
  isWord(): boolean;
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
  const convertPiece = (piece: string) => chain.reduce((text, trie) => trie.convert(text), piece);
  const phrases = new Map<TrieNode, Phrase>();
  const judged = (node: TrieNode, text: string, start: number, end: number): Phrase => {
    let found = phrases.get(node);
    if (!found) phrases.set(node, (found = judgePhrase(text.slice(start, end), convertPiece)));
    return found;
  };
  const dictionary: PhraseDictionary = {
    phrasesAt: (text, start) => {
      const found: PhraseMatch[] = [];
      let node: TrieNode | undefined = root;
      for (let j = start; j < text.length;) {
        const code = text.codePointAt(j)!;
        j += code > 0xffff ? 2 : 1;
        node = node.get(code);
        if (!node) break;
        if (node.trie_val !== undefined) found.push({ end: j, phrase: judged(node, text, start, j) });
      }
      return found;
    },
    convertPiece,
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
export const segmenterSplit: Split =
  ({ phrasesAt, convertPiece }) =>
  (text, forced, words) => {
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
    const decidesOnlyWholeWords = (start: number, { decided, isWord }: Phrase, end: number) => {
      if (decided.length === 0 || isWord()) return false;
      return decided.every((offset) => {
        const at = start + offset;
        let wordStart = at;
        while (!words().boundary(wordStart)) wordStart--;
        let wordEnd = at + 1;
        while (!words().boundary(wordEnd)) wordEnd++;
        return wordStart >= start && wordEnd <= end;
      });
    };
    // The phrases at each place, looked up once: the main loop and the overlap test both ask.
    const matches: (PhraseMatch[] | undefined)[] = [];
    const matchesAt = (start: number) => (matches[start] ??= phrasesAt(text, start));
    /**
     * Whether taking the phrase can change the result: it decides a character, or a phrase overlapping it (or one
     * overlapping that, and so on) does. Otherwise every split of that stretch converts as its characters would, and
     * the longest phrase is taken, as OpenCC does, without asking the segmenter.
     */
    const consequential = (start: number, { decided }: Phrase, end: number) => {
      if (decided.length) return true;
      let reach = end;
      for (let k = start + 1; k < reach; k++) {
        for (const match of matchesAt(k)) {
          if (match.phrase.decided.length) return true;
          reach = Math.max(reach, match.end);
        }
      }
      return false;
    };
    for (let i = 0; i < text.length;) {
      const rule = forced.get(i);
      if (rule) {
        endRun(i);
        out.push(rule.hant);
        i += 1;
        continue;
      }
      let best: PhraseMatch | undefined;
      for (const match of matchesAt(i)) {
        const { end, phrase } = match;
        if (hasForced(forced, i, end)) break; // a rule decides a character inside: no longer phrase can hold it
        if (!consequential(i, phrase, end)) best = match;
        else if (words().splits(i, end) && !decidesOnlyWholeWords(i, phrase, end)) {
          for (let p = i + 1; p < end; p++) if (words().boundary(p)) cuts.push(p);
        } else best = match;
      }
      if (best) {
        endRun(i);
        out.push(best.phrase.converted);
        i = best.end;
      } else {
        if (runStart < 0) runStart = i;
        i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      }
    }
    endRun(text.length);
    return out.join('');
  };

/** What a dictionary phrase decides (see Phrase), by converting it whole and character by character. */
function judgePhrase(text: string, convertPiece: (piece: string) => string): Phrase {
  const converted = convertPiece(text);
  const alone = [...text].map(convertPiece);
  const decided: number[] = [];
  if (converted.length !== alone.join('').length) for (let k = 0; k < text.length; k++) decided.push(k);
  else {
    let offset = 0;
    for (const char of alone) {
      if (converted.slice(offset, offset + char.length) !== char) decided.push(offset);
      offset += char.length;
    }
  }
  let isWord: boolean | undefined;
  return { converted, decided, isWord: () => (isWord ??= wordsOf(text).isWord(0, text.length)) };
}

function hasForced(forced: ReadonlyMap<number, unknown>, start: number, end: number): boolean {
  if (forced.size === 0) return false;
  for (let i = start; i < end; i++) if (forced.has(i)) return true;
  return false;
}
