import type { KindId } from '../../config/categories.ts';
import {
  EVENT_SUMMARY_OPENINGS,
  NAMES_HOLDING_VERBS,
  NOUN_SUFFIXES_AFTER_VERBS,
  OTHER_WORK_VERBS,
  PEOPLE_JOINING,
  PREDICATE_STARTS,
  SUMMED_UP,
} from '../../config/countedNouns.ts';
import {
  DONE_AGAIN,
  DONE_IN_CLAUSE,
  NOT_DONE_WORDS,
  PLAN_OPENINGS,
  STILL_TO_ARRIVE,
  type NotDoneWord,
} from '../../config/notDone.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';

/** Persuading people to call something off is work done, though what it counts is simply counted. */
const PERSUADED = ['劝解', '劝导', '劝停', '取消'];

/** Verbs (Simplified) that say what happened to what was counted. Anything else is `counted`. */
const VERBS: readonly [KindId, readonly string[]][] = [
  [
    'donated',
    [
      ...['捐赠', '捐献', '捐款', '捐助', '捐物', '捐出', '捐资', '捐给', '赠送', '致赠', '赠予', '赠与', '馈赠'],
      // Gifts built or sent (捐建了30个班级图书角, 2500个福袋送予东涌).
      ...['捐建', '送予'],
    ],
  ],
  [
    'distributed',
    [
      ...['发放', '拨付', '下拨', '发到', '送去', '送来', '送到', '送上', '送出', '配备', '分发', '发给', '配送'],
      ...['提供', '派发', '印发', '配发'],
      // What each person is handed, said from their side (每名乡民可领取防疫金1000元).
      ...['领取', '领到'],
      // Wages paid out to workers on their behalf (垫付了17360元工人工资).
      ...['垫付', '兑付'],
    ],
  ],
  // 收缴: dues collected (收缴参合资金412.14万元); 追回: wages recovered for workers (为45名农民工追回231万元欠薪).
  [
    'received',
    [
      ...['到位', '收到', '接收', '接过', '筹集', '采购', '调拨', '购置', '受赠', '收缴'],
      ...['追回', '讨回', '要回', '追讨'],
    ],
  ],
  [
    'set-up',
    [
      '设立',
      '成立',
      '悬挂',
      // Banners strung up (拉起了横幅, 拉挂横幅, 挂出标语), slogans painted or laid out (刷写标语, 绘制标语和漫画).
      '拉起',
      '拉挂',
      '挂出',
      '张挂',
      '布置',
      '刷写',
      '喷涂',
      '绘制',
      '张贴',
      '下设',
      '建立',
      '设置',
      '组建',
      '搭建',
      '制作',
      '印制',
      '预设',
      '增设',
      '开设',
      '共设',
      '设有',
    ],
  ],
  [
    'mobilised',
    [
      ...['组织', '动员', '发动', '号召', '报名', '加入', '招募', '出动', '派出', '投入', '集合', '集结'],
      ...['抽调', '选派', '遴选', '挑选'],
    ],
  ],
  // Persuaded to cancel, or simply counted: listed so that they win over a farther verb.
  ['counted', [...PERSUADED, '共有', '现有', '累计排查']],
];

/**
 * The kind of a figure from the verb nearest to it: first within its list item (up to 、), then its clause (either
 * side), then before it in its sentence; a verb inside a body's name (派出所) is none. `text` must be Simplified.
 */
export function guessKind(
  text: string,
  figure: { start: number; end: number },
  clause: readonly [number, number],
  sentenceStart: number,
): KindId {
  // 张贴《禁火令》100多张、发放宣传单500余份: the item's own verb first, not the next item's, however near.
  const itemStart = Math.max(clause[0], text.lastIndexOf('、', figure.start) + 1);
  const nextItem = text.indexOf('、', figure.end);
  const item = [itemStart, nextItem === -1 ? clause[1] : Math.min(nextItem, clause[1])] as const;
  const windows: (readonly [number, number])[] = [item, clause, [sentenceStart, figure.start]];
  const bare = withoutNamesHoldingVerbs(text);
  for (const [from, to] of windows) {
    let best: { kind: KindId; distance: number } | undefined;
    for (const [kind, verbs] of VERBS) {
      for (const verb of verbs) {
        for (let at = bare.indexOf(verb, from); at !== -1 && at + verb.length <= to; at = bare.indexOf(verb, at + 1)) {
          const distance = at >= figure.end ? at - figure.end : figure.start - (at + verb.length);
          if (distance >= 0 && (!best || distance < best.distance)) best = { kind, distance };
        }
      }
    }
    if (best) return best.kind;
  }
  return 'counted';
}

const ALL_VERBS = VERBS.flatMap(([, verbs]) => verbs);
/** Verbs of the office's work: every kind's verbs but those that merely count, persuasion, and OTHER_WORK_VERBS. */
const WORK_VERBS = [
  ...VERBS.filter(([kind]) => kind !== 'counted').flatMap(([, verbs]) => verbs),
  ...PERSUADED,
  ...OTHER_WORK_VERBS,
];

/** The text (Simplified) holds a verb of the office's work (发放, 张贴, 出动, 关停…). */
export function namesWorkDone(text: string): boolean {
  const bare = withoutNamesHoldingVerbs(text);
  return WORK_VERBS.some((verb) => bare.includes(verb));
}

const NAME_HOLDING_VERB = new RegExp(anyOfWords(NAMES_HOLDING_VERBS), 'gu');

/** The text with the names that hold a verb (NAMES_HOLDING_VERBS) blanked, at the same length. */
function withoutNamesHoldingVerbs(text: string): string {
  return text.replace(NAME_HOLDING_VERB, (name) => '\u3000'.repeat(name.length));
}

/** The last total word (SUMMED_UP) in a text and the words after it, up to its end. */
const SUM_OPENING = new RegExp(
  `^.*(?<!${anyOfWords(SUMMED_UP.notAfter)})(?:${anyOfWords(SUMMED_UP.openings)})(\\p{Script=Han}[^，。；]*)$`,
  'u',
);
/**
 * The clause before a figure (Simplified) sums up work done (共捕8只, 累计回收…920余斤): its last total word is followed by
 * a Han word that is no standing or sharing word, with no punctuation after it.
 */
export function sumsUpWork(clauseBefore: string): boolean {
  const rest = SUM_OPENING.exec(clauseBefore)?.[1];
  return rest !== undefined && !SUMMED_UP.notWork.some((word) => rest.startsWith(word));
}

/** The sentence (Simplified, up to a figure) tells what an event achieved (EVENT_SUMMARY_OPENINGS): its counts are results. */
export function opensEventSummary(sentence: string): boolean {
  const opening = sentence.trimStart();
  return EVENT_SUMMARY_OPENINGS.some((word) => opening.startsWith(word));
}

/**
 * The text (Simplified) ends with a verb and at most a linking word (累计出动100余人次, 再提供3000瓶): the number is its
 * object, with the noun left out because the sentence named it before.
 */
export function endsWithVerb(text: string): boolean {
  return verbAtEnd(text) !== undefined;
}

const PREDICATE_WORDS = [...ALL_VERBS, ...OTHER_WORK_VERBS, ...PREDICATE_STARTS, ...PEOPLE_JOINING];

/**
 * Where the first verb or predicate adverb (PREDICATE_STARTS) in `text` (Simplified) stands in [from, to), or `to`;
 * a verb that is part of a noun (劝导站) does not count.
 */
export function predicateStart(text: string, from: number, to: number): number {
  let first = to;
  for (const word of PREDICATE_WORDS) {
    for (let at = text.indexOf(word, from); at !== -1 && at < first; at = text.indexOf(word, at + 1)) {
      if (endsNoun(text, at + word.length)) continue;
      first = at;
    }
  }
  return first;
}

/** A verb ending at `end` is part of a noun (劝导站, 服务队): a noun's suffix follows it. */
export function endsNoun(text: string, end: number): boolean {
  return NOUN_SUFFIXES_AFTER_VERBS.includes(text[end] ?? '');
}

/** The verb or predicate word (PREDICATE_WORDS) `text` (Simplified) has at `at`, the longest, or undefined. */
export function predicateWordAt(text: string, at: number): string | undefined {
  return PREDICATE_WORDS.filter((word) => text.startsWith(word, at)).reduce<string | undefined>(
    (longest, word) => (longest && longest.length >= word.length ? longest : word),
    undefined,
  );
}

/** Linking words between a verb and the figure it takes (开展了, 共发放, 累计达). */
const LINKS_AT_END = /(?:了|共|共计|累计|合计|约|近|达|再|又)+$/u;

/** The verb `text` (Simplified) ends with, linking words aside (共发放 → 发放), or undefined. */
export function verbAtEnd(text: string): string | undefined {
  const bare = text.replace(LINKS_AT_END, '');
  return ALL_VERBS.find((verb) => bare.endsWith(verb));
}

/** The text (Simplified) ends with a verb of the office's work (WORK_VERBS) and at most linking words (共举办, 开展了). */
export function endsWithWorkDone(text: string): boolean {
  const bare = text.replace(LINKS_AT_END, '');
  return WORK_VERBS.some((verb) => bare.endsWith(verb));
}

/**
 * The text (Simplified: a clause up to a figure) says the figure is planned, supposed, asked for or only possible
 * (NOT_DONE_WORDS), not work done — unless a word after the not-done word turns back to what was done
 * (DONE_IN_CLAUSE).
 */
export function saysNotDone(text: string): boolean {
  return NOT_DONE_WORDS.some((rule) => {
    for (let at = text.indexOf(rule.word); at !== -1; at = text.indexOf(rule.word, at + 1)) {
      if (countsAt(rule, text, at) && !DONE_IN_CLAUSE.some((w) => text.includes(w, at + rule.word.length))) return true;
    }
    return false;
  });
}

/** The not-done word `rule.word` standing at `at` in `text` counts: none of its exceptions applies around it. */
function countsAt({ word, unlessAfter = [], unlessBefore = [], onlyBefore }: NotDoneWord, text: string, at: number) {
  const before = text.slice(0, at);
  const after = text.slice(at + word.length);
  if (unlessAfter.some((w) => before.endsWith(w)) || unlessBefore.some((w) => after.startsWith(w))) return false;
  return !onlyBefore || onlyBefore.some((w) => after.startsWith(w));
}

/** How far from 将于 the verb of arriving or giving may stand (将于近日送达, 将在管控措施解除后捐给). */
const ARRIVAL_REACH = 12;

/** The rest of the clause after a figure (Simplified) says it will arrive or be given later (将于近日送达). */
export function saysStillToArrive(rest: string): boolean {
  const will = /将[于在]/u.exec(rest);
  return (
    will !== null && STILL_TO_ARRIVE.some((verb) => rest.slice(will.index, will.index + ARRIVAL_REACH).includes(verb))
  );
}

/**
 * The sentence (Simplified, up to a figure) opens with a plan word (PLAN_OPENINGS): all its figures are planned. A plan
 * word later in it (NOT_DONE_WORDS' rules apply: 按计划 is no plan) plans what follows until a word turns back to
 * what was done (DONE_AGAIN).
 */
export function opensAsPlan(sentence: string): boolean {
  if (PLAN_OPENINGS.some((word) => sentence.trimStart().startsWith(word))) return true;
  // A plan word in quotes names a programme (“十元公益计划”): blanked, places kept.
  const unquoted = sentence.replace(QUOTED, (quote) => '\u3000'.repeat(quote.length));
  const planAt = Math.max(...PLAN_OPENINGS.map((word) => lastPlanWord(unquoted, word)));
  return planAt >= 0 && !DONE_AGAIN.some((word) => unquoted.includes(word, planAt));
}

const QUOTED = /[“「『‘][^“”「」『』‘’]*[”」』’]/gu;

/** Where the plan word stands last in the sentence and counts by its NOT_DONE_WORDS rule, or -1. */
function lastPlanWord(sentence: string, word: string): number {
  const rule = NOT_DONE_WORDS.find((w) => w.word === word) ?? { word };
  for (let at = sentence.lastIndexOf(word); at !== -1; at = at === 0 ? -1 : sentence.lastIndexOf(word, at - 1)) {
    if (countsAt(rule, sentence, at)) return at;
  }
  return -1;
}
