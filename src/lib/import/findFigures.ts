import {
  CALLING_OFF,
  CATEGORIES,
  categoryById,
  unitId,
  type CategoryId,
  type KindId,
} from '../../config/categories.ts';
import {
  AMOUNTS_VARY,
  CAPACITY_PER,
  DESCRIBING_NOUNS,
  FAMILY_NOUNS,
  FOREIGN_CURRENCIES,
  FREQUENCY,
  HOME_CURRENCIES,
  isTallied,
  LOSS_WORDS,
  LOST_AFTER_WORDS,
  VIEW_COUNTER_WORDS,
  measureWord,
  measureWordAt,
  MONEY_CONTEXT,
  NUMERAL_IDIOMS,
  PAID_BY_THE_SERVED,
  POINTING_BACK,
  PRICE_WORDS,
  PRICED_PER,
  PRODUCTION_WORDS,
  EVENT_NOUNS,
  SALES_TAKINGS,
  DISPUTE_SETTLED,
  DIVIDEND_WORDS,
  INVESTED,
  SOLD_WORDS,
  SEIZED_WORDS,
  STANDING_WORDS,
  type MeasureClass,
} from '../../config/measureWords.ts';
import {
  CONTEST_TEAM_WORDS,
  MODIFIER_OPENINGS,
  NOT_NOUN_ENDINGS,
  NOUN_HEADS,
  ONE_GIVEN_VERBS,
  PEOPLE_JOINING,
  PEOPLE_TOGETHER,
  PEOPLE_MOVED,
  PEOPLE_MOBILISED,
  RELIEF,
  PEOPLE_SERVED,
  PERSONAL_ACTS,
  STAFF_NOUNS,
  TAKEN_DOWN_VERBS,
  VERB_ADVERBS,
} from '../../config/countedNouns.ts';
import { findQuantities, type FoundQuantity } from '../numbers/findQuantities.ts';
import { countsIn, guessCategory, guessCategoryFromHead, LINKING_WORDS, type CategoryGuess } from './guessCategory.ts';
import {
  endsNoun,
  endsWithVerb,
  endsWithWorkDone,
  guessKind,
  namesWorkDone,
  opensAsPlan,
  opensEventSummary,
  predicateStart,
  predicateWordAt,
  saysNotDone,
  saysStillToArrive,
  sumsUpWork,
  verbAtEnd,
} from './guessKind.ts';
import type { MonthDay } from './listDates.ts';
import type { Block, DraftFigure } from './types.ts';
import { CLAUSE_END, indexOf, lastIndexOf, SENTENCE_END } from './findInText.ts';
import { partsOfTotals, type PlacedFigure } from './partsOfTotals.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';
import { inOfficeLanguage, say, type Message, type SkipCode } from '../../i18n/messages/message.ts';

export interface SkippedNumber {
  raw: string;
  reason: SkipCode;
  line: number;
}

/** Separates the parallel items of an enumeration (each donor's gifts, each batch): every item is a fact of its own. */
const LIST_ITEM_SEPARATOR = /[；;]/u;
/** List items end at these; 和/及 join the words of one item (25公斤消毒酒精和5桶84消毒液 is split by its figures). */
const ITEM_END = /[、，,；;。！？!?：:\n]/u;
/** Words that join two things of one item (口罩和消毒液, 5剂快筛剂及每户口罩). */
const JOINING = /[和及与與]/u;
/** A village named at the start of a clause: 上流庄村30名党员. Not 各村, 全村, 农村… */
const VILLAGE = /(?<=^|[，、。；：])(?![各全本该該每农農入进進到出])\p{Script=Han}{1,4}村(?![民委级級组組干幹务務])/gu;

/** Why a number is not a figure, by what it names or counts. Shown, counted, in the import report. */
const LABEL_REASON: Readonly<Record<NonNullable<FoundQuantity['label']>, SkipCode>> = {
  ordinal: 'skipped.ordinal',
  document: 'skipped.documentNumber',
  code: 'skipped.code',
  percent: 'skipped.percent',
};
const CLASS_REASON: Partial<Record<MeasureClass, SkipCode>> = {
  duration: 'skipped.duration',
  age: 'skipped.age',
  length: 'skipped.length',
  land: 'skipped.land',
  family: 'skipped.familySize',
  cases: 'skipped.cases',
  batches: 'skipped.batches',
};

/** A package, then its weight (蔬菜包约重, 这份重量在): a size given before the figure. */
const PACKAGE_WEIGHS = /[包份袋箱盒件桶瓶][约約]?重(?:量)?(?:[约約在为是])?$/u;
/** Classes a package's size is given in (每包重约15斤, 每瓶500毫升). */
const MEASURED_BY_SIZE: readonly (MeasureClass | undefined)[] = ['weight', 'volume'];

/** A short quoted term without punctuation (“四包一跟踪”, 「三不一要」): a name or slogan. Quoted speech has punctuation. */
const SHORT_QUOTE = /[“「『‘][^“”「」『』‘’，,。；;！!？?、：:\n]{1,12}[”」』’]/gu;

/** A quotation, whole: the words of a slogan or a speaker, not the sentence's own. */
const QUOTATION = /[“「『][^“”「」『』]*[”」』]/gu;

/**
 * `text` without its quotations, and without the end of one that began before it (a clause cut at a comma inside
 * “…，出现症状要报告”等宣传标语: the 要 is the slogan's).
 */
function outsideQuotes(text: string): string {
  const rest = text.replace(QUOTATION, '');
  const lastClose = Math.max(...['”', '」', '』'].map((mark) => rest.lastIndexOf(mark)));
  return rest.slice(lastClose + 1);
}

function inShortQuote(text: string, start: number, end: number): boolean {
  return [...text.matchAll(SHORT_QUOTE)].some((m) => m.index <= start && end <= m.index + m[0].length);
}

/**
 * People and money with neither a category keyword nor a verb saying what was done are no work of the office:
 * 四位老人, or the investment and output figures of economic reports (money nobody gave, received or handed out).
 */
const NO_WORK_DONE: Partial<Record<MeasureClass, SkipCode>> = {
  people: 'skipped.peopleUnnamed',
  money: 'skipped.moneyUnnamed',
};

/** A sale's takings (SALES_TAKINGS) — not a firm's year of them (年销售额500多万元, 2023年销售额): no event's result. */
const TAKINGS = new RegExp(`(?<!年)(?:${anyOfWords(SALES_TAKINGS)})`, 'u');

/** A verb of the work straight after a figure or its people is looked for in this many characters (设立服务点, 共栽种). */
const WORK_VERB_REACH = 4;

/** What goods are sold or seized by: weight, the piece or box, the litre (never people, money or premises). */
const SOLD_OR_SEIZED_CLASSES: ReadonlySet<MeasureClass> = new Set(['weight', 'things', 'volume']);
const SOLD_OR_SEIZED_WORDS: readonly string[] = [...SOLD_WORDS, ...SEIZED_WORDS];

/** 两个, 三套, 十个: one to ten in Chinese numerals. */
const SMALL_CHINESE_NUMERAL = /^(?:[一二两兩三四五六七八九]|十)(?![十百千万萬亿億\d])/u;

interface Candidate {
  q: FoundQuantity;
  start: number;
  end: number;
  unit: string;
  /** Set when the number has no measure word and the context makes it money (38万捐款). */
  moneyNote?: string;
}

/**
 * Every count in the paragraphs, as draft tally figures; every other number is listed as skipped with its reason.
 * A number is a figure when its measure word counts something tallied (src/config/measureWords.ts): people,
 * things, money, places, occasions, weight, volume or area. Skipped: dates, times, labels (document numbers,
 * ordinals, names, percentages), durations, ages, family members, the numeral 一 in a set phrase, package sizes
 * (5升装), populations, and people counted with no category keyword and no verb saying what they did (四位老人).
 * Rates (每天…10人, 學校各200瓶) are figures with `per`; a bare number with 万 in a money context is money (38万).
 * `simplified` is the paragraph converted to Simplified character for character (the keyword tables are
 * Simplified); `dates` are the paragraph's dates from listDates.
 */
export function findFigures(
  block: Block,
  simplified: string,
  dates: readonly MonthDay[],
): {
  figures: DraftFigure[];
  skipped: SkippedNumber[];
} {
  const { text, line } = block;
  const figures: (PlacedFigure & { raw: string })[] = [];
  const skipped: SkippedNumber[] = [];
  const skip = (raw: string, reason: SkipCode) => skipped.push({ raw, reason, line });

  /** Where each figure so far starts and its category, for a later one that leaves its noun out. */
  const placed: { start: number; category: CategoryId }[] = [];
  /** The list item the last figure stands in: its sentence, its number, where its figure ends. */
  let lastItem = { sentence: -1, item: 0, end: 0 };
  const candidates: Candidate[] = [];
  const examples = exampleSeries(simplified);
  for (const q of findQuantities(text)) {
    const reason = whyNotAFigure(q, text, simplified, examples);
    if (reason === 'silent') continue;
    if (typeof reason === 'string') skip(q.raw, reason);
    else candidates.push(reason);
  }

  candidates.forEach((c, i) => {
    const { q, start, end } = c;
    const clauseStart = lastIndexOf(text, CLAUSE_END, start) + 1;
    const clauseEnd = indexOf(text, CLAUSE_END, end);
    const clause = simplified.slice(clauseStart, clauseEnd);
    const sentenceStart = lastIndexOf(text, SENTENCE_END, start) + 1;
    const sentenceEnd = indexOf(text, SENTENCE_END, end);
    const itemStart = lastIndexOf(text, ITEM_END, start) + 1;
    const itemEnd = indexOf(text, ITEM_END, end);
    if (
      saysNotDone(outsideQuotes(simplified.slice(clauseStart, start))) ||
      opensAsPlan(simplified.slice(sentenceStart, start)) ||
      saysStillToArrive(simplified.slice(end, clauseEnd))
    ) {
      skip(q.raw, 'skipped.notDone');
      return;
    }
    if (POINTING_BACK.some((w) => simplified.slice(0, start).endsWith(w))) {
      skip(q.raw, 'skipped.pointsBack');
      return;
    }
    const counts = measureWord(c.unit)?.counts;
    // The figure's own words: from the figure before it in the item to the figure after it.
    const every = rateOf(text, simplified, clauseStart, start);
    // 3元/天, 1.5公斤/包: what a slash after the figure names is what it is per, before any 每 (每户2包白米（1.5公斤/包）).
    const per = slashRate(text, end, c.unit) ?? every;
    if (per && isFrequency(per.text, c.unit)) {
      skip(q.raw, 'skipped.frequency');
      return;
    }
    // 排涝能力为每秒1.1立方米: a rate per second or minute is a machine's capacity.
    const perInSimplified = per === every ? every?.simplified : slashRate(simplified, end, c.unit)?.text;
    if (perInSimplified && (CAPACITY_PER as readonly string[]).includes(perInSimplified)) {
      skip(q.raw, 'skipped.production');
      return;
    }
    // 每餐10元 is a price; 每餐补助5元 is money given per meal.
    if (
      counts === 'money' &&
      every &&
      per === every &&
      (PRICED_PER as readonly string[]).includes(every.simplified) &&
      /^(?:的?\p{Script=Han}{0,3}[费价])?(?:[约为仅只需按]|只有)*$/u.test(simplified.slice(every.end, start))
    ) {
      skip(q.raw, 'skipped.unitPrice');
      return;
    }
    // 每包重约15斤: a weight or volume per bag or box is the size of the package, not an amount handed out.
    if (per && measureWord(per.text)?.counts === 'things' && MEASURED_BY_SIZE.includes(counts)) {
      skip(q.raw, 'skipped.packageSize');
      return;
    }
    // …not counting the 每 phrase: 每名返乡人员固定6-8人 counts team members, not returnees.
    const previousEnd = candidates[i - 1]?.end ?? 0;
    // 250件防护服和29支防护镜: what stands between the figure before and 和 is that figure's noun, not this one's.
    const joinedAt = previousEnd > itemStart ? lastIndexOf(text, JOINING, start) : -1;
    const ownFrom = Math.max(itemStart, previousEnd, joinedAt + 1, every?.end ?? 0);
    const next = candidates[i + 1];
    const ownTo = Math.min(itemEnd, next?.start ?? text.length);
    const unit = c.unit;
    // 1000张三层无纺布口罩: the noun after the measure word is what is counted, up to 和/及 (5剂快筛剂及每户口罩).
    // A count followed straight by another (24件480瓶矿泉水: cases, then the bottles in them) counts the same thing.
    // 240箱价值3万余元的牛奶: a value between the count and its noun describes the noun.
    const valueBetween = next !== undefined && simplified.slice(end, next.start) === '价值' && text[next.end] === '的';
    // 19支由乡干部、村两委成员、志愿者组成的入户宣传队: the noun after a modifier listing words over 、.
    const modified = headAfterModifier(simplified, end, Math.min(clauseEnd, next?.start ?? text.length));
    const nounFrom = next?.start === end ? next.end : valueBetween ? next.end + 1 : (modified ?? end);
    const nounTo =
      nounFrom === end
        ? ownTo
        : modified !== undefined
          ? clauseEnd
          : Math.min(itemEnd, candidates[i + 2]?.start ?? text.length);
    // People joined by 和/及 are one group (工作人员及志愿者380名); things joined by them are two (快筛剂及口罩).
    const joinsPeople = counts === 'people' || measureWord(unit)?.ofPeople === true;
    const nounLimit = joinsPeople ? nounTo : Math.min(nounTo, indexOf(text, JOINING, nounFrom));
    // 10条推广条幅, 6支抢修队伍: a verb straight after the measure word, before a noun of a thing the unit counts,
    // describes that noun and ends no noun phrase.
    const modifier = modifyingVerbEnd(simplified, nounFrom, unit);
    // 五个区域防控全面摸排小组: a verb inside a team's name ends no noun phrase.
    const nounAfterEnd = Math.max(
      predicateStart(simplified, modifier ?? nounFrom, nounLimit),
      countsIn('teams', unit) ? teamNameEnd(simplified, nounFrom, clauseEnd) : 0,
    );
    // 防护服80套医用口罩2万个: a noun running straight into the next figure is that figure's, when this one names its
    // thing before the number.
    const before = simplified.slice(ownFrom, start);
    const nextOwnsIt =
      nounAfterEnd === next?.start &&
      /\p{Script=Han}{2}$/u.test(before) &&
      !endsWithVerb(before) &&
      !NOT_NOUN_ENDINGS.some((c) => before.endsWith(c));
    const nounAfter = [nounFrom, nextOwnsIt ? nounFrom : nounAfterEnd] as const;
    // 劝返小组走访了8个家庭: when a noun follows the figure, what stands before the last verb of the work ahead of it is
    // the subject doing the work, not the thing counted.
    const ownWords = [
      nounAfter[1] > nounAfter[0] ? lastWorkVerbStart(simplified, ownFrom, start) : ownFrom,
      start,
    ] as const;
    const windows: (readonly [number, number])[] = [
      nounAfter,
      ownWords, // 宣传标语3820张
      // 横幅、标语和海报135个; with no noun of its own, the clauses before it too (采摘蔬菜，共采了37筐约有2000斤).
      [numberlessItemsBefore(text, itemStart, sentenceStart, candidates, nounAfter[1] === nounAfter[0]), itemStart],
    ];
    const money = counts === 'money';
    // 十条禁令5000张: a small count in Chinese numerals of things, whose noun the next figure counts, is part of a
    // name (三人带着35桶 is no name: people).
    if (
      SMALL_CHINESE_NUMERAL.test(q.raw) &&
      counts === 'things' &&
      next &&
      /^\d/u.test(next.q.raw) &&
      /^\p{Script=Han}+$/u.test(text.slice(end, next.start)) &&
      // 两袋面和2000元现金: a list of things given, not a name.
      !JOINING.test(text.slice(end, next.start))
    ) {
      skip(q.raw, 'skipped.inName');
      return;
    }
    // Money takes the donation context from its whole sentence (凑齐的2万元…把钱捐给武汉): public funds are other.
    if (money) windows.push([sentenceStart, sentenceEnd]);
    // The noun right after the measure word is what is counted, by keyword or by its head, before any keyword
    // standing before the number (为卡点工作人员送去10箱泡面: food, not checkpoints).
    const figure = { start, end, unit };
    const afterGuess = guessCategory(simplified, figure, [nounAfter]);
    const headAfter =
      afterGuess.category === 'other' && !money
        ? guessCategoryFromHead(simplified, unit, nounAfter, [start, start])
        : undefined;
    // Then the figure's own words before it, by keyword or head (发放图文并茂的《全民反诈手册》300余份), before the
    // numberless items the count may share (横幅、标语和海报135个).
    const ownGuess = guessCategory(simplified, figure, [windows[1]!]);
    const ownHead = money ? undefined : guessCategoryFromHead(simplified, unit, [start, start], ownWords);
    // The numberless items before share the count only when it names no noun of its own: 山村路口采样点、南方茶叶市场
    // 采样点等9个采样点 counts sampling points, not tea. People counted by an act they do for themselves are donors,
    // trainees or patients, whoever they are (共有65人捐献热血 after 组织…志愿者和居民, 培训党员7300余人次) — volunteers
    // only when called so (培训了50名新志工).
    const actForThemselves = PERSONAL_ACTS.some((act) => clause.includes(act));
    const personalAct = joinsPeople && actForThemselves;
    const named = [afterGuess, headAfter, ownGuess, ownHead].find((g) => g !== undefined && g.category !== 'other');
    const guessedByName =
      named ??
      guessCategory(simplified, figure, (nounAfter[1] > nounAfter[0] && !money) || personalAct ? [] : windows.slice(1));
    const calledSo = named === afterGuess || named === ownGuess;
    const namedGuess: CategoryGuess =
      personalAct && !calledSo && guessedByName.category === PEOPLE_MOBILISED ? { category: 'other' } : guessedByName;
    // The noun left out after a verb (累计出动100余人次), or in a part of what came before (…口罩30万个，其中捐赠龙田镇4万个).
    const leftOut = endsWithVerb(simplified.slice(ownFrom, start)) || simplified.startsWith('其中', clauseStart);
    const inherited =
      namedGuess.category === 'other' && !money && leftOut ? elided(placed, sentenceStart, unit) : undefined;
    // No noun of its own: what the same verb took earlier in the sentence (发放宣传材料，…，共发放12380多份).
    const sameVerbGuess =
      namedGuess.category === 'other' && !money && !inherited && !/\p{Script=Han}/u.test(simplified.slice(end, ownTo))
        ? objectOfSameVerb(simplified, figure, [sentenceStart, ownFrom])
        : undefined;
    const kind = guessKind(simplified, { start, end }, [clauseStart, clauseEnd], sentenceStart);
    // People a verb of their own clause sends out (出动480余人进行执勤) are people mobilised, unless the text calls them
    // staff; a verb of an earlier clause sends out no one of this one (组织委员全程参加，发展积极分子19名).
    const clauseKind = guessKind(simplified, { start, end }, [clauseStart, clauseEnd], clauseStart);
    // …nor people counted by an act they do for themselves (献血49人次).
    const namedStaff =
      [nounAfter, [ownFrom, start] as const].some(([from, to]) =>
        STAFF_NOUNS.some((n) => simplified.slice(from, to).includes(n)),
      ) || actForThemselves;
    // …and so are people said to join the work (200多人参加了这次植树活动; not 为200名居民发放口罩: recipients).
    const afterNoun = simplified.slice(nounAfter[1], clauseEnd);
    // …or to do it, maybe together (村民50余人清理河道垃圾, 100余人共栽种樱花树200棵) — unless the work was done for them
    // (为200名居民发放口罩, 对30名老人进行走访, 55人转移到安全地点).
    const doing =
      counts === 'people' &&
      !PEOPLE_MOVED_AFTER.test(afterNoun) &&
      (nounAfter[0] === nounAfter[1] || PEOPLE_TOGETHER.includes(simplified.slice(...nounAfter))) &&
      namesWorkDone(afterNoun.slice(0, WORK_VERB_REACH)) &&
      ![WEI, DUI, BA, GEI].some((preposition) => isObjectOf(simplified, start, preposition));
    // …or counted as the people who joined (参与人数730人次, 参加人员50名).
    const joiners = PEOPLE_JOINING.some((verb) => simplified.slice(ownFrom, start).includes(`${verb}人`));
    const joining = joinsPeople && (PEOPLE_JOINING.some((verb) => afterNoun.startsWith(verb)) || joiners || doing);
    // …or moved out of danger (32名村民开始转移): the work done for them.
    const moved = joinsPeople && PEOPLE_MOVED_AFTER.test(afterNoun);
    // …nor players and performers of a contest or a show (24个代表队49名队员参加比赛): they take part, not work.
    const contestants = CONTEST_TEAM_WORDS.some((word) => clause.includes(word));
    // …nor the people the work was for (组织慰问留守儿童近百人, 其中贫困人口53人).
    const served =
      SERVED_WORDS.some((word) => simplified.slice(ownFrom, nounAfter[1]).includes(word)) ||
      PEOPLE_SERVED.verbs.some((verb) => {
        const at = simplified.lastIndexOf(verb, start - verb.length);
        // 服务队6支 带动1000余名群众: a verb that is part of a noun (服务队) serves no one.
        return (
          at >= clauseStart &&
          !endsNoun(simplified, at + verb.length) &&
          predicateStart(simplified, at + verb.length, start) === start
        );
      });
    const mobilised =
      (clauseKind === 'mobilised' || joining) &&
      countsIn(PEOPLE_MOBILISED, unit) &&
      !namedStaff &&
      !contestants &&
      !served
        ? { category: PEOPLE_MOBILISED }
        : undefined;
    // 组建应急队7支200余人: people counted straight after a count of teams (TEAM_THEN_MEMBERS between) are the members.
    const previous = candidates[i - 1];
    const members =
      joinsPeople &&
      !namedStaff &&
      ((previous !== undefined &&
        placed.at(-1)?.start === previous.start &&
        placed.at(-1)?.category === 'teams' &&
        TEAM_THEN_MEMBERS.test(simplified.slice(previous.end, start))) ||
        // …and so are people counted as the size of a team formed (组建120人抗洪抢险突击连, 1000人抢险队): the noun after
        // them has a team's head, asked as a count by 支, a team's measure word.
        (kind === 'set-up' && guessCategoryFromHead(simplified, '支', nounAfter, [start, start])?.category === 'teams'))
        ? { category: PEOPLE_MOBILISED }
        : undefined;
    // Money handed out to people in need (受灾户发放一万元, 发放低收入户每户700元) is relief, filed with gifts.
    const relief =
      money && kind === 'distributed' && PEOPLE_SERVED.needs.some((word) => clause.includes(word))
        ? { category: RELIEF }
        : undefined;
    const guessed: CategoryGuess =
      inherited ??
      sameVerbGuess ??
      (namedGuess.category === 'other' ? (mobilised ?? members ?? relief) : undefined) ??
      namedGuess;
    // Goods sold for their growers (已销售西瓜30余万斤) are a sale's result, verb or not, and no food given.
    // …and so are goods seized (共收缴“山寨食品”饼干3箱) — but a team is no goods: it does the seizing (分10个工作组入村
    // 收缴散煤).
    const soldOrSeized =
      counts !== undefined &&
      guessed.category !== 'teams' &&
      SOLD_OR_SEIZED_CLASSES.has(counts) &&
      SOLD_OR_SEIZED_WORDS.some((word) => clause.includes(word));
    // A dividend is earnings paid out (现场为100名股东共分红50万元), no gift.
    const dividend = counts === 'money' && DIVIDEND_WORDS.some((word) => clause.includes(word));
    // Nor is money spent on works (资金投入约820万元), whatever aid its sentence names.
    const putIntoWorks =
      counts === 'money' && INVESTED.straightBefore.some((w) => wordsStraightBefore(simplified, start).endsWith(w));
    // Banners taken down (铲除小广告300余条) are street clean-up, no publicity put up.
    const takenDown =
      guessed.category === 'banners' &&
      TAKEN_DOWN_VERBS.some((verb) => simplified.slice(clauseStart, start).includes(verb));
    // 共设宴席30桌: a banquet held for the elderly is no gathering called off; without a word of calling off in its
    // sentence, it is counted as other.
    const guess: CategoryGuess =
      soldOrSeized ||
      dividend ||
      putIntoWorks ||
      takenDown ||
      (guessed.category === 'events-cancelled' &&
        !CALLING_OFF.some((w) => simplified.slice(sentenceStart, sentenceEnd).includes(w)))
        ? { category: 'other' }
        : guessed;
    // The work is said before the figure, or straight after it (在…等6处设立服务点), or after what 对 takes
    // (对辖区300多家企业进行清查)…
    // …or, of people, as their joining the work (380名工作人员及志愿者投入一线).
    const workAfter =
      (ADVERBS_ONLY.test(simplified.slice(...nounAfter)) &&
        namesWorkDone(
          simplified.slice(nounAfter[0], clauseEnd).replace(LEADING_ADVERBS, '').slice(0, WORK_VERB_REACH),
        )) ||
      joining ||
      moved ||
      // …or people doing an act for themselves that the drive was for (有112位村民献血, 200人接种): its result.
      (joinsPeople && PERSONAL_ACTS.some((act) => afterNoun.replace(LEADING_ADVERBS, '').startsWith(act))) ||
      saidDoneAfter(afterNoun) ||
      (isObjectOf(simplified, start, DUI) && namesWorkDone(afterNoun)) ||
      // …or after what 将 or 把 puts before its verb (将96本《卫生健康历书》送到了农户手中)…
      (isObjectOf(simplified, start, BA) && namesWorkDone(afterNoun)) ||
      // …but not people, who are recipients (为200名居民发放口罩), nor the places each of which got something
      // (为10个社区各配送图书107册: the 107册 is the figure).
      (counts !== 'people' &&
        isObjectOf(simplified, start, WEI) &&
        namesWorkDone(afterNoun) &&
        !/各|分别/u.test(simplified.slice(end, clauseEnd)));
    // A sale's takings are a result the office reports, verb or not (庙会期间交易额达3000万元).
    const takings = counts === 'money' && TAKINGS.test(clause);
    // Money put into works the sentence names (投资600万余元，新修农村公路5.21公里).
    const invested =
      counts === 'money' &&
      INVESTED.verbs.some((word) => simplified.slice(clauseStart, start).includes(word)) &&
      INVESTED.works.some((word) => simplified.slice(end, sentenceEnd).includes(word));
    // Events counted after the noun of an event were held (此次活动共9场).
    const held = counts === 'occasions' && EVENT_NOUNS.some((noun) => before.replace(LINKING_WORDS, '').endsWith(noun));
    // A count of vehicles is the office's means, verb or not (10辆宣传车划区包片).
    if (
      guess.category === 'other' &&
      !per &&
      !workAfter &&
      !takings &&
      !held &&
      !invested &&
      !dividend &&
      !soldOrSeized &&
      counts !== 'vehicles' &&
      !namesWorkDone(simplified.slice(sentenceStart, start)) &&
      !sumsUpWork(simplified.slice(clauseStart, start)) &&
      !opensEventSummary(simplified.slice(sentenceStart, start))
    ) {
      skip(q.raw, 'skipped.noWorkDone');
      return;
    }

    const uncounted = counts && NO_WORK_DONE[counts];
    // People with a verb of the work in their clause, or said to join it (80余名企业职工参加), are at work or its
    // outcome (返岗工人3100人, 复学复课200多名); money needs a verb saying it was given, received or handed out
    // (economic reports name 开工 too), or to be a sale's takings, a dispute's sum settled or money put into works. A
    // rate of money too: without such a verb it is a wage, a price, an income or a rent (每天工钱80元, 每斤最高卖到30元).
    const settled = counts === 'money' && DISPUTE_SETTLED.some((word) => clause.includes(word));
    const projectMoney =
      putIntoWorks && INVESTED.projects.some((word) => simplified.slice(sentenceStart, sentenceEnd).includes(word));
    const atWork =
      (counts === 'people' && (namesWorkDone(clause) || joining)) ||
      takings ||
      settled ||
      invested ||
      projectMoney ||
      dividend;
    if (uncounted && guess.category === 'other' && kind === 'counted' && (!per || counts === 'money') && !atWork) {
      skip(q.raw, uncounted);
      return;
    }
    // Counts are written in Arabic digits in official texts (GB/T 15835); a small number in Chinese numerals of
    // nothing a category counts is a turn of phrase: 两个关键, 三个群体, 两套方案 — but not events straight after the verb
    // holding them (开展了三场培训讲座, 共舉辦三場次).
    if (
      guess.category === 'other' &&
      kind === 'counted' &&
      !per &&
      SMALL_CHINESE_NUMERAL.test(q.raw) &&
      !(counts === 'occasions' && endsWithWorkDone(simplified.slice(clauseStart, start)))
    ) {
      skip(q.raw, 'skipped.smallChineseNumeral');
      return;
    }

    // Items of one enumeration are told apart by ； (each donor's gift) or by nothing but nouns between two figures
    // (方便面50箱，饮料50箱); a verb between them (捐赠2000个口罩，…将购买的2000个口罩送到…) may restate one fact.
    const gap = simplified.slice(lastItem.end, start);
    const item =
      lastItem.sentence !== sentenceStart
        ? 1
        : LIST_ITEM_SEPARATOR.test(gap) || !namesWorkDone(gap)
          ? lastItem.item + 1
          : lastItem.item;
    lastItem = { sentence: sentenceStart, item, end };
    const date = [...dates].reverse().find((d) => d.index < start && d.index >= sentenceStart);
    const place = [...text.slice(sentenceStart, start).matchAll(VILLAGE)].at(-1)?.[0];
    const doubts: Message[] = [];
    if (guess.implausible) doubts.push(say('doubt.unusualUnit', { unit, thing: guess.keyword!.text }));
    if (inherited) doubts.push(say('doubt.inheritedCategory'));
    if (c.moneyNote) doubts.push(say('doubt.moneyWithoutYuan'));
    const common = {
      quantity: q.value,
      ...(q.kind === 'range' ? { quantityMax: q.max! } : {}),
      qualifier: q.kind === 'range' ? 'range' : q.approx ? 'approx-more-than' : q.about ? 'about' : 'exact',
      unit,
      kind,
      ...(date ? { monthDay: { month: date.month, day: date.day } } : {}),
      ...(place ? { place } : {}),
      ...(c.moneyNote ? { note: c.moneyNote } : {}),
      quote: text.slice(clauseStart, clauseEnd),
      line,
      listItem: { sentence: sentenceStart, item },
    } as const;
    // One entry of this number: the fields every entry of it has, its category and what else it carries, its doubts.
    const push = (category: CategoryId, fields: Partial<DraftFigure>, more: readonly Message[]) => {
      const all = [...doubts, ...more];
      figures.push({
        start,
        raw: q.raw,
        figure: { ...common, category, ...fields, ...(all.length ? { doubts: all } : {}) },
      });
    };
    const counted = itemOf(text, guess.keyword, { start, end }, [clauseStart, clauseEnd]);

    const eachAt = eachBefore(simplified, clauseStart, start);
    if (eachAt !== undefined) {
      // 小区两栋楼各三名, 5个村各2名: parties counted right before 各 are one kind of party, each with as much: a rate
      // per that kind, whatever the list before them names.
      const partyCount = candidates[i - 1];
      const partyNoun = partyCount && text.slice(partyCount.end, eachAt);
      if (partyCount && partyCount.start >= clauseStart && /^\p{Script=Han}{1,6}$/u.test(partyNoun!)) {
        placed.push({ start, category: guess.category });
        push(guess.category, { per: partyNoun!, ...counted }, [say('doubt.rate', { per: partyNoun! })]);
        return;
      }
      const listed = eachList(text, numberlessItemsBefore(text, itemStart, clauseStart, candidates), eachAt);
      // 學校各200瓶防疫酒精: the thing counted follows, so what precedes 各 is who each got it.
      // 桂花及茶花各1,000株及有機肥200包: what follows a joining word is the next item, not the thing counted.
      const after = text.slice(end, ownTo);
      if ((/\p{Script=Han}/u.test(after) && !JOINING.test(after[0] ?? '')) || listed.length === 1) {
        // The parties are named after the verb or preposition that hands the thing to them (捐給員榮醫院和員生醫院).
        const givenAt = listed.findLastIndex((part) => GIVEN_TO.test(part.text));
        const recipients = listed
          .slice(Math.max(givenAt, 0))
          .map((part) => part.text.replace(GIVEN_TO, '') || part.text);
        placed.push({ start, category: guess.category });
        // 員榮醫院和員生醫院各200杯: each party named got as much, one fact each; one party is a rate (學校各200瓶).
        for (const recipient of recipients) {
          const party = recipients.length === 1 ? { per: recipient } : { place: recipient };
          push(guess.category, { ...party, ...counted }, [say('doubt.eachParty')]);
        }
        return;
      }
      // 84消毒液及消毒酒精各2吨: "each", one figure per thing listed before 各, named by its keyword, else by its head
      // (鸡蛋、馒头、橘子各1000斤: 馒头 and 橘子 are food by their head).
      for (const part of listed) {
        const span = [part.index, part.index + part.text.length] as const;
        const byKeyword = guessCategory(simplified, { start: span[0], end: span[1], unit }, [span]);
        const partGuess =
          byKeyword.category === 'other'
            ? (guessCategoryFromHead(simplified, unit, [span[0], span[0]], span) ?? byKeyword)
            : byKeyword;
        push(partGuess.category, { item: part.text }, [say('doubt.eachThing')]);
      }
      return;
    }

    placed.push({ start, category: guess.category });
    push(guess.category, { ...(per ? { per: per.text } : {}), ...counted }, [
      ...(per ? [say('doubt.rate', { per: per.text })] : []),
      ...(guess.category === 'other' && !money ? [say('doubt.noCategory')] : []),
    ]);
  });
  const parts = partsOfTotals(simplified, figures);
  for (const i of parts) skip(figures[i]!.raw, 'skipped.partOfTotal');
  return { figures: figures.filter((_, i) => !parts.has(i)).map((f) => f.figure), skipped };
}

/** Words naming people as the ones served: in need, or the public an event drew (PEOPLE_SERVED). */
const SERVED_WORDS = [...PEOPLE_SERVED.needs, ...PEOPLE_SERVED.public];

/**
 * What may stand between a count of teams and the count of their members: the teams' noun only (应急队7支200余人),
 * or a comma and the word for members (行动队50多支，成员930多人).
 */
const TEAM_THEN_MEMBERS = /^(?:\p{Script=Han}{0,8}|[，,]\s*(?:成员|队员)[共有达]{0,2})$/u;

/** Where the last verb of the work in [from, to) of `text` (Simplified) starts, or `from` when there is none. */
function lastWorkVerbStart(text: string, from: number, to: number): number {
  for (let at = to - 1; at > from; at--) if (namesWorkDone(text.slice(at, to))) return at;
  return from;
}

/** 被安全转移, 开始转移, 已被安置: people moved out of danger, said after them. */
const LEADING_ADVERBS = new RegExp(`^(?:${anyOfWords(VERB_ADVERBS)})*`, 'u');
/** Nothing but adverbs after the measure word (报警器3051个已全部发放完毕): no noun, the verb comes next. */
const ADVERBS_ONLY = new RegExp(`${LEADING_ADVERBS.source}$`, 'u');
const PEOPLE_MOVED_AFTER = new RegExp(`${LEADING_ADVERBS.source}(?:${anyOfWords(PEOPLE_MOVED)})`, 'u');

/**
 * 平均, 最高达到, 最多有, 最高的领到了, 分红最低的: words before a figure that make it an average, a maximum or a
 * minimum; 户均获补贴, 人均销售额超: an average per household or head, a few words before it.
 */
const STATISTIC_BEFORE =
  /(?:(?:平均|最高|最低|最多|最少)的?(?:达到|达|为|在|是|有|领到了?|拿到了?)?|(?:户均|人均)\p{Script=Han}{0,4})$/u;
const STATISTIC_LOOKBACK = 7;

/** A weight closing the text before a figure (10斤, 2.5公斤); the few characters looked back over to find it. */
const WEIGHT_BEFORE = /(?:\d|[一二两三四五六七八九十百千])(?:斤|公斤|千克|克)$/u;
const WEIGHT_LOOKBACK = 4;
/** The name of the home currency closing the text before an amount (酌收新台币30元). */
const HOME_CURRENCY_AT_END = new RegExp(`(?:${anyOfWords(HOME_CURRENCIES)})$`, 'u');
/** Money straight after a figure (3公斤18元). */
const MONEY_AFTER = /^(?:\d|[一二两三四五六七八九十])[\d.一二两三四五六七八九十百千]*(?:元|块)/u;

/** 达到, 突破, 增加, 超: a verb of reaching between an output or income and its figure (收入突破1235万元). */
const REACHING = /(?:达到|突破|增加|超)$/u;

/**
 * The text before a figure with the linking words and the verb of reaching that may stand between a word and its
 * figure taken off (总产值达到3.85亿元, 协议投资额达2亿元), so that the word ends it.
 */
function wordsStraightBefore(simplified: string, start: number): string {
  return simplified.slice(0, start).replace(LINKING_WORDS, '').replace(REACHING, '');
}

/** 捐赠一辆救护车, 出动了一台挖掘机: one thing given, bought or sent out straight after the verb is a count, no set phrase. */
const ONE_GIVEN_BEFORE = new RegExp(`(?:${anyOfWords(ONE_GIVEN_VERBS)})了?$`, 'u');
/**
 * 消毒液一桶, 食用油一壶和大米一袋: one thing (not a household, a place, a time) written after its noun closes its item,
 * as a tally writes a count; a set phrase puts 一 before its noun (一份力量, 一支队伍).
 */
const ONE_CLOSING_ITS_ITEM = /^(?:$|[、，,；;。！？!?]|[和及与][^\d，,。；;、]{0,6}?[一二两三四五六七八九十\d])/u;
/** Whether a noun closes the text before the one: a Han character, no particle (尝了一个, 不可缺失的一块), not each (每日一剂). */
const nounBeforeOne = (before: string) =>
  /\p{Script=Han}$/u.test(before) && !/每|[了过着的是]$/u.test(before.slice(-3));

/**
 * A figure, or why the number is not one ('silent' for dates and times, which are read elsewhere).
 */
function whyNotAFigure(
  q: FoundQuantity,
  text: string,
  simplified: string,
  examples: readonly (readonly [number, number])[],
): Candidate | SkipCode | 'silent' {
  if (q.kind === 'date' || q.kind === 'time') return 'silent';
  if (q.kind === 'label') return LABEL_REASON[q.label!];
  const start = q.index;
  const end = q.index + q.raw.length;
  const after = simplified.slice(end);
  const clauseStart = lastIndexOf(simplified, CLAUSE_END, start) + 1;
  const isMoney = !q.unit || measureWord(q.unit)?.counts === 'money';
  const lost =
    LOSS_WORDS.some((w) => simplified.slice(clauseStart, start).includes(w)) ||
    LOST_AFTER_WORDS.some((w) => after.slice(0, indexOf(after, CLAUSE_END, 0)).includes(w));
  if (isMoney && lost) return 'skipped.loss';
  if (VIEW_COUNTER_WORDS.some((w) => simplified.slice(clauseStart, start).includes(w))) return 'skipped.viewCounter';
  if (
    isMoney &&
    FOREIGN_CURRENCIES.some(
      (c) => after.replace(/^[元块]/u, '').startsWith(c) || simplified.slice(0, start).endsWith(c),
    )
  )
    return 'skipped.foreignCurrency';
  if (!q.unit) {
    const sentence = simplified.slice(
      lastIndexOf(simplified, SENTENCE_END, start) + 1,
      indexOf(simplified, SENTENCE_END, end),
    );
    if (q.kind === 'quantity' && /[万萬亿億]/u.test(q.raw) && MONEY_CONTEXT.some((w) => sentence.includes(w))) {
      // The note is kept in the tally file, which is the office's.
      return { q, start, end, unit: '元', moneyNote: inOfficeLanguage(say('note.moneyWithoutYuan', { raw: q.raw })) };
    }
    return 'skipped.noMeasureWord';
  }
  if (inShortQuote(text, start, end)) return 'skipped.quotedName';
  if (NUMERAL_IDIOMS.some((idiom) => isIdiomAt(simplified, start, q.unit!, idiom))) return 'skipped.idiom';
  const word = measureWord(q.unit)!;
  if (!isTallied(word)) return CLASS_REASON[word.counts] ?? 'skipped.notCounting';
  if (q.value === 0) return 'skipped.zero';
  if (
    q.kind === 'quantity' &&
    /^一(?![\d万萬千百十])/u.test(q.raw) &&
    !ONE_GIVEN_BEFORE.test(simplified.slice(0, start)) &&
    !(word.counts === 'things' && nounBeforeOne(simplified.slice(0, start)) && ONE_CLOSING_ITS_ITEM.test(after))
  )
    return 'skipped.setPhraseOne';
  // 5升装, 50只装: the size of a package — never money (投资7万元装修厂房: 装 opens a verb).
  if (!isMoney && /^[装裝]/u.test(after)) return 'skipped.packageSize';
  // 蔬菜包约重6斤, 这份蔬菜包重量在6斤左右: what one package weighs — not a total weighed (共收集垃圾重达3吨).
  if (MEASURED_BY_SIZE.includes(word.counts) && PACKAGE_WEIGHS.test(simplified.slice(0, start))) {
    return 'skipped.packageSize';
  }
  // 猪肉13块1斤, 青黄瓜1块5一斤: 块 before a weight is the spoken yuan of a price.
  if (unitId(q.unit) === '块' && /^\d?[一每]?(?:斤|公斤)/u.test(after)) return 'skipped.unitPrice';
  // 火龙果10斤25元: money straight after a weight is what that weight costs, and the weight is the price's too.
  if (isMoney && WEIGHT_BEFORE.test(simplified.slice(Math.max(0, start - WEIGHT_LOOKBACK), start)))
    return 'skipped.unitPrice';
  if (word.counts === 'weight' && MONEY_AFTER.test(after)) return 'skipped.unitPrice';
  // 原价是320元, 售价为…: a linking word may stand between the price word and the money.
  const priceBefore = wordsStraightBefore(simplified, start).replace(/则?是$/u, '');
  if (
    PRICE_WORDS.some((w) => after.startsWith(w) || priceBefore.endsWith(w)) ||
    (isMoney &&
      PAID_BY_THE_SERVED.some((w) => simplified.slice(0, start).replace(HOME_CURRENCY_AT_END, '').endsWith(w)))
  )
    return 'skipped.unitPrice';
  // 年产量约3.2万吨, 总产值达到3.85亿元: linking words, or a verb of reaching, may stand between the word of production
  // and its figure.
  const beforeLinking = wordsStraightBefore(simplified, start);
  if (PRODUCTION_WORDS.some((w) => beforeLinking.endsWith(w))) return 'skipped.production';
  if (FAMILY_NOUNS.some((n) => after.startsWith(n))) return 'skipped.family';
  // The place noun must be the whole noun phrase (在5个村民小组设立…, 20个村的院落, 6个片区内, 10个社区各开展…), not its
  // first word (村级监测点)…
  const nounPhrase = after.slice(0, predicateStart(after, 0, indexOf(after, ITEM_END, 0)));
  const { places, abstractions } = DESCRIBING_NOUNS;
  // …unless the places are what the work was done to (对36个小区出入人员进行排查, 对32个物业小区和8个开放式小区进行摸排).
  const placesWorkedOn = isObjectOf(simplified, start, DUI)
    ? nounPhrase.split(JOINING)[0]!.replace(/[（(][^）)]*[）)]$/u, '')
    : undefined;
  // …or, with no noun after the figure, a place noun of two characters or more right before it, with no verb of the
  // work saying the figure went there (划分责任片区6个, not 发给青山社区500个 or 其中东村200个).
  const wordsBefore = nounPhrase ? '' : (/\p{Script=Han}+$/u.exec(simplified.slice(0, start))?.[0] ?? '');
  const nounBefore = namesWorkDone(wordsBefore) ? '' : wordsBefore;
  if (
    places.some(
      (n) => nounPhrase.startsWith(n) && /^(?:$|的|[内里中外各]|\P{Script=Han})/u.test(nounPhrase.slice(n.length)),
    ) ||
    places.some((n) => n.length >= 2 && nounBefore.endsWith(n)) ||
    (placesWorkedOn && places.some((n) => placesWorkedOn.startsWith(n) || placesWorkedOn.endsWith(n))) ||
    abstractions.some((n) => after.startsWith(n))
  )
    return 'skipped.describingNoun';
  // 两次共向镇政府捐赠, 两次上门随访: how often something was done, said before the doing, is no count of anything.
  const unitWord = unitId(q.unit);
  if (
    unitWord !== undefined &&
    (FREQUENCY.units as readonly string[]).includes(unitWord) &&
    after !== '' &&
    (predicateStart(after, 0, after.length) === 0 || /^(?:共|累计|先后|分别|向|为|对|上门)/u.test(after))
  )
    return 'skipped.howOften';
  // 1000元以上的大额捐款, 65岁以上的: a bound that picks out a class; 限制在5桌以下, 控制在50人以内: a cap. Not amounts.
  if (/^(?:及)?(?:以[上下]的|以下|以内)/u.test(after)) return 'skipped.threshold';
  // 高于80户250人标准: a standard set, however many figures state it.
  if (/^(?:[\d.]+\p{Script=Han}{1,2})*的?标准/u.test(after)) return 'skipped.threshold';
  // 平均在100户400余人, 最高达到140户: an average, a maximum or a minimum of many, not an amount done.
  if (STATISTIC_BEFORE.test(simplified.slice(Math.max(0, start - STATISTIC_LOOKBACK), start)))
    return 'skipped.statistic';
  // 前30名捐血者: the first so many people, a rank that picks out a class (not 目前42名, 之前: a time).
  if (/(?<![目之提此以当日月年天])前$/u.test(simplified.slice(0, start)) && ['名', '位'].includes(unitId(q.unit) ?? ''))
    return 'skipped.threshold';
  const clauseRest = after.slice(0, indexOf(after, CLAUSE_END, 0));
  if (AMOUNTS_VARY.some((w) => clauseRest.includes(w))) return 'skipped.amountsVary';
  // “100元、200元、300元……”, 无论是200元还是5000元: examples of what each person gave.
  if (examples.some(([from, to]) => from <= start && end <= to)) return 'skipped.amountsVary';
  if (/^\p{Script=Han}{0,4}(?:之中|当中|中)(?:[，,、：:]|$)/u.test(after)) return 'skipped.groupTotal';
  if (word.counts === 'people' && isStanding(simplified, clauseStart, start)) return 'skipped.groupTotal';
  // 每2人一组, 两人一组, 每5户一个网格: the size of each group, not a count of anything done.
  if (simplified[start - 1] === '每' || /^一[组队班]/u.test(after)) return 'skipped.groupSize';
  // …but people moved or housed are work done, whatever the text calls them (紧急转移安置人口1500余人).
  if (
    unitId(q.unit) === '人' &&
    q.value >= 1000 &&
    (/(?:[镇鎮县縣乡鄉村市区區]|人口[为為是达達约約共有]*)$/u.test(text.slice(0, start)) || text[end] === '口') &&
    !namesWorkDone(simplified.slice(clauseStart, start))
  ) {
    return 'skipped.population';
  }
  return { q, start, end, unit: q.unit };
}

/** Words closing a verb of the work that say it was finished (安装完成, 整改到位, 走访一遍). */
const FINISHED = /^(?:完成|完毕|到位|竣工|一遍)/u;

/**
 * A verb of the work said done right after the noun counted (20盏路灯全部安装完成, 7处消防隐患已经整改): the thing
 * counted is what the work was done to. Not a verb alone (10户村民清理垃圾: those may be the people doing it).
 */
function saidDoneAfter(afterNoun: string): boolean {
  const adverbs = LEADING_ADVERBS.exec(afterNoun)![0];
  const rest = afterNoun.slice(adverbs.length, adverbs.length + WORK_VERB_REACH + 2);
  if (adverbs.includes('已')) return namesWorkDone(rest.slice(0, WORK_VERB_REACH));
  return [...rest].some((_, at) => at > 0 && FINISHED.test(rest.slice(at)) && namesWorkDone(rest.slice(0, at)));
}

/**
 * Where a verb at `at` (Simplified) that modifies the noun after it ends: the noun is one a category counts in `unit`,
 * by keyword or head (推广条幅, 抢修队伍). Undefined when no verb stands there, or it takes an object (发放口罩 after
 * 20人: masks are never counted in 人).
 */
function modifyingVerbEnd(simplified: string, at: number, unit: string): number | undefined {
  const verb = predicateWordAt(simplified, at);
  if (!verb) return undefined;
  const rest = at + verb.length;
  const names = (category: CategoryId, words: readonly string[]) =>
    countsIn(category, unit) && words.some((word) => simplified.startsWith(word, rest));
  const counted =
    CATEGORIES.some((c) => c.id !== 'other' && names(c.id, c.keywords)) ||
    (Object.entries(NOUN_HEADS) as [CategoryId, readonly string[]][]).some(([category, heads]) =>
      names(category, heads),
    );
  return counted ? rest : undefined;
}

/** A team's name is a run of at most this many Han characters (区域防控全面摸排小组). */
const TEAM_NAME_RUN = /^\p{Script=Han}{1,16}/u;
const TEAM_HEADS = [...(NOUN_HEADS.teams ?? []), ...categoryById('teams')!.keywords];

/**
 * Where a team's name that runs from `from` ends, if any: at a team's head (队, 小组…) that closes the run of Han
 * characters or stands before a predicate. Its words may hold a verb (全面摸排小组); 及 joins another noun (11个村及驻村
 * 工作队).
 */
function teamNameEnd(simplified: string, from: number, to: number): number {
  const run = TEAM_NAME_RUN.exec(simplified.slice(from, to))?.[0] ?? '';
  let end = 0;
  for (let length = 1; length <= run.length; length++) {
    if (JOINING.test(run[length - 1]!)) break;
    const closes = length === run.length || predicateWordAt(simplified, from + length) !== undefined;
    if (closes && TEAM_HEADS.some((head) => run.slice(0, length).endsWith(head))) end = from + length;
  }
  return end;
}

/** A standing word, then a number of what it has with no other number between (现有党员905名). */
const STANDING = new RegExp(`(?:${anyOfWords(STANDING_WORDS)})\\D*$`, 'u');
const STANDING_TOTAL = new RegExp(`(?:${anyOfWords(STANDING_WORDS)})\\D*\\d`, 'u');

/**
 * The people counted at `start` are those a place or body has (现有党员905名), or a part of them (…，其中无职党员786名),
 * not people at work; 拥有服务队20余支250余人 counts the teams' members, a number after the teams'.
 */
function isStanding(simplified: string, clauseStart: number, start: number): boolean {
  if (STANDING.test(simplified.slice(clauseStart, start))) return true;
  if (!simplified.startsWith('其中', clauseStart)) return false;
  return STANDING_TOTAL.test(simplified.slice(lastIndexOf(simplified, CLAUSE_END, clauseStart - 1) + 1, clauseStart));
}

/** Bare amounts of one unit, one after another over 、 (100元、200元、300元), then …… or 等. */
const EXAMPLE_SERIES = /(?:\d+(?:\.\d+)?(\p{Script=Han})、)+\d+(?:\.\d+)?\1(?:…|等)/gu;
/** "Whether … or …" up to its 都 (无论是200元还是5000元，都…): what it names are examples, not amounts given. */
const WHETHER_OR = /(?:无论|不论|不管)[^。；！？都]*?还是[^。；！？都]*/gu;

/** Where the paragraph's examples stand (EXAMPLE_SERIES, WHETHER_OR), found once per paragraph. */
function exampleSeries(simplified: string): (readonly [number, number])[] {
  return [EXAMPLE_SERIES, WHETHER_OR].flatMap((pattern) =>
    [...simplified.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as const),
  );
}

/**
 * The preposition 对 naming what the work was done to (对辖区300多家企业进行清查). 针对, 面对, 应对 name a topic or a
 * problem (针对四处检查站远离村庄的问题), not the places worked on.
 */
const DUI = /(?<![针面应相绝])对(?![于接象])[^对]*$/u;
/** The preposition 为 naming what the work was done for (为60余只犬接种); not 因为, 作为, 为期… */
const WEI = /(?<![因作成认以称行])为(?![了何止主期由])[^为]*$/u;
/** The prepositions 给 and 向 naming whom the work was for (给30名老人送去月饼, 向200名群众发放). */
const GEI = /[给向][^给向]*$/u;
/** Up to the verb or preposition that hands a thing to whom it names next (捐給員榮醫院, 为学校). */
const GIVEN_TO = /^.*[赠贈给給向为為对對送供]/u;
/** 将 or 把 putting the thing handled before its verb (将96本《卫生健康历书》送到了农户手中); not 即将, 必将, 将近… */
const BA = /(?<![即必终并])[将把](?![近要会来])[^将把]*$/u;

/** The number stands after `preposition` in its clause with no verb between: what follows is what the work was on. */
function isObjectOf(simplified: string, start: number, preposition: RegExp): boolean {
  const lead = simplified.slice(lastIndexOf(simplified, CLAUSE_END, start) + 1, start);
  const at = lead.search(preposition);
  return at !== -1 && !namesWorkDone(lead.slice(at + 1));
}

/** The idiom stands at `start` (an adverb only before words that name nothing counted in `unit`). */
function isIdiomAt(
  text: string,
  start: number,
  unit: string,
  { words, beforeAWord }: (typeof NUMERAL_IDIOMS)[number],
): boolean {
  if (!text.startsWith(words, start)) return false;
  if (!beforeAWord) return true;
  const end = start + words.length;
  const following = [end, indexOf(text, ITEM_END, end)] as const;
  return (
    /^(?!的)\p{Script=Han}/u.test(text.slice(end)) &&
    guessCategory(text, { start, end, unit }, [following]).category === 'other'
  );
}

/** Times per stretch of time (每天…两次): a schedule (FREQUENCY). `per` is what the 每 phrase counts by. */
function isFrequency(per: string, unit: string): boolean {
  const inSimplified = unitId(unit);
  return (
    (FREQUENCY.per as readonly string[]).includes(per) &&
    inSimplified !== undefined &&
    (FREQUENCY.units as readonly string[]).includes(inSimplified)
  );
}

/**
 * The category of the nearest earlier figure in the sentence that this one continues (每天出动民兵10人，累计出动100余人次:
 * volunteers), when that category counts in this unit.
 */
function elided(
  placed: readonly { start: number; category: CategoryId }[],
  sentenceStart: number,
  unit: string,
): CategoryGuess | undefined {
  const previous = placed.findLast((p) => p.start >= sentenceStart);
  if (!previous || previous.category === 'other') return undefined;
  return countsIn(previous.category, unit) ? { category: previous.category } : undefined;
}

/**
 * 发放宣传材料，普及防控知识，共发放12380多份: a number whose noun is left out after a verb counts what the same verb took
 * as its object earlier in the sentence, when that object had no number of its own; the category from the object's
 * keyword or head.
 */
function objectOfSameVerb(
  text: string,
  figure: { start: number; end: number; unit: string },
  [sentenceStart, ownFrom]: readonly [number, number],
): CategoryGuess | undefined {
  const verb = verbAtEnd(text.slice(ownFrom, figure.start));
  const at = verb ? text.lastIndexOf(verb, ownFrom - verb.length) : -1;
  if (!verb || at < sentenceStart) return undefined;
  const object = [at + verb.length, indexOf(text, ITEM_END, at + verb.length)] as const;
  if (/\d/u.test(text.slice(...object))) return undefined;
  const byKeyword = guessCategory(text, figure, [object]);
  if (byKeyword.category !== 'other') return byKeyword;
  return guessCategoryFromHead(text, figure.unit, object, [object[0], object[0]]);
}

/**
 * Where the run of items without a figure of their own, just before `itemStart`, begins: a list runs on over 、 only
 * (横幅、标语和海报135个), across a comma or a semicolon only for a figure without a noun (`acrossClauses`): a noun
 * of another clause is not what a figure with its own counts (…保障组了解到，…共准备了13万份生活物资包).
 */
function numberlessItemsBefore(
  text: string,
  itemStart: number,
  sentenceStart: number,
  candidates: readonly Candidate[],
  acrossClauses = false,
): number {
  let from = itemStart;
  while (from > sentenceStart && (acrossClauses || text[from - 1] === '、')) {
    const previous = lastIndexOf(text, ITEM_END, from - 1) + 1;
    if (candidates.some((c) => c.start >= previous && c.start < from - 1)) break;
    from = Math.max(previous, sentenceStart);
  }
  return from;
}

/**
 * Where the noun starts that a modifier right after a figure describes (MODIFIER_OPENINGS … 的), when the modifier
 * lists words over 、 (86份含缴费标准、时间、渠道的征缴公告): those 、 separate the modifier's words, not items of a
 * list. Undefined when there is no such modifier before `to`. `text` must be Simplified.
 */
function headAfterModifier(text: string, end: number, to: number): number | undefined {
  const de = text.lastIndexOf('的', to - 1);
  if (de <= end || !MODIFIER_OPENINGS.some((w) => text.startsWith(w, end))) return undefined;
  const modifier = text.slice(end, de);
  return modifier.includes('、') && !/\d/u.test(modifier) && /\p{Script=Han}/u.test(text[de + 1] ?? '')
    ? de + 1
    : undefined;
}

/**
 * Where the 各 stands that makes a figure "each" (口罩各500只), maybe before the verb that hands it over to the parties
 * a preposition names (为宜川路街道、长风新村街道各送上5000斤蔬菜包 — not the givers of 张三、李四各捐款200元, one fact
 * of two names); undefined when there is none. `text` must be Simplified.
 */
function eachBefore(text: string, clauseStart: number, start: number): number | undefined {
  if (text[start - 1] === '各') return start - 1;
  const verb = verbAtEnd(text.slice(clauseStart, start));
  const at = verb === undefined ? -1 : text.lastIndexOf(verb, start - verb.length) - 1;
  return at >= clauseStart && text[at] === '各' && TO_PARTIES.test(text.slice(clauseStart, at)) ? at : undefined;
}
/** 为, 向 or 给 as a preposition naming who gets a thing (not 因为, 作为, 成为, 认为, 行为). */
const TO_PARTIES = /(?<![因作成认行])[为向给]/u;

/** The things listed before 各, from `from` (公开信、告知书各60000余份). */
function eachList(text: string, from: number, eachAt: number): { text: string; index: number }[] {
  const parts: { text: string; index: number }[] = [];
  let at = from;
  for (const part of text.slice(from, eachAt).split(/[及和与與、]/u)) {
    if (part) parts.push({ text: part, index: at });
    at += part.length + 1;
  }
  return parts;
}

/** Every category keyword (Simplified), for cutting the thing counted off a rate's noun. */
const KEYWORDS = CATEGORIES.flatMap((c) => c.keywords as readonly string[]);

/** A rate's noun ends before a currency's name (每学年新台币3千元), a modifier (每个“防疫包”内含退烧药4片) or 为. */
const RATE_NOUN_END = new RegExp(
  anyOfWords([...HOME_CURRENCIES, ...FOREIGN_CURRENCIES, ...MODIFIER_OPENINGS, '为']),
  'u',
);
/** A rate's noun: Han characters, a gloss in brackets (每村（社区）) or a quoted name (每个“防疫包”). */
const RATE_NOUN = /^(?:\p{Script=Han}|[（(][^）)]*[）)]|[“「][^”」]*[”」])*/u;

/**
 * What a 每 before the figure in its clause counts by (每天 → 天, 每个卡点 → 卡点, 每名返乡人员 → 返乡人员), and where
 * that phrase ends.
 */
function rateOf(
  text: string,
  simplified: string,
  clauseStart: number,
  start: number,
): { text: string; simplified: string; end: number } | undefined {
  // The last 每 before the figure (每餐10元、60至79岁每餐8元: 餐 for both).
  const every = /.*每一?([个個名位家所座]?)(.+)$/u.exec(text.slice(clauseStart, start));
  if (!every) return undefined;
  const classifier = every[1]!;
  const rest = every[2]!;
  const from = start - rest.length;
  const word = classifier ? undefined : measureWordAt(rest);
  // 每日播放…: a period of a schedule is the rate's whole noun, whatever follows it.
  const period = FREQUENCY.per.find((p) => rest.startsWith(p));
  // The noun ends where its predicate starts (每个家庭送去, 每户还有, 每学年新台币3千元, 每名为2000元), at the first
  // character no noun has, or at a character that opens a predicate after its first (每组 but 每人均, 每村都).
  const endAt = simplified.slice(from, start).search(RATE_NOUN_END);
  const predicate = Math.min(predicateStart(simplified, from, start) - from, endAt === -1 ? rest.length : endAt);
  const run = RATE_NOUN.exec(rest.slice(0, predicate))![0];
  // …nor at a 的 or a 共 after its first (每餐的伙食费为6.5元, 每版共18张).
  const opensPredicate = /[出安配设設派有发發组組都均需要可固由实實进進开開约約还還将將的共]/u.exec(run.slice(1));
  const noun = word?.written ?? period ?? (opensPredicate ? run.slice(0, opensPredicate.index + 1) : run);
  // 每家送去, 每名为2000元: the measure word after 每 is all the noun there is.
  if (!noun)
    return classifier ? { text: classifier, simplified: simplified.slice(from - 1, from), end: from } : undefined;
  // 每戶口罩2盒: the thing counted after the 每 noun is no part of it.
  const thing = Math.min(
    ...KEYWORDS.map((k) => simplified.indexOf(k, from + 1)).filter((at) => at !== -1 && at < from + noun.length),
  );
  const cut = Number.isFinite(thing) ? noun.slice(0, thing - from) : noun;
  return { text: cut, simplified: simplified.slice(from, from + cut.length), end: from + cut.length };
}

/**
 * The rate written with a slash straight after a figure's measure word (3元/天, 1.5公斤/包, 10元／人次). A measure word
 * of the same class after the slash is the same count in another unit (拆除燃煤锅炉74台/套): no rate.
 */
function slashRate(text: string, end: number, unit: string): { text: string } | undefined {
  const slash = /^[/／]((?:人次|\p{Script=Han}))/u.exec(text.slice(end));
  if (!slash || measureWord(slash[1]!)?.counts === measureWord(unit)?.counts) return undefined;
  return { text: slash[1]! };
}

/** A book title or a quoted name is kept whole in an item. */
const QUOTE_PAIRS = [
  ['《', '》'],
  ['“', '”'],
  ['「', '」'],
] as const;

/**
 * What was counted, in the article's words: from the figure to its keyword (2000只一次性口罩) or from the keyword
 * to the figure (悬挂过街条幅1200余幅), a title or quoted name whole (《致全县人民的一封信》). Only within the clause.
 */
function itemOf(
  text: string,
  keyword: { text: string; index: number } | undefined,
  figure: { start: number; end: number },
  [clauseStart, clauseEnd]: readonly [number, number],
): { item?: string } {
  if (!keyword) return {};
  const keywordEnd = keyword.index + keyword.text.length;
  if (keyword.index < clauseStart || keywordEnd > clauseEnd) return {};
  if (keyword.index >= figure.end) return { item: text.slice(figure.end, keywordEnd) };
  const quoted = QUOTE_PAIRS.map(([opening, closing]) => {
    const open = text.lastIndexOf(opening, keyword.index);
    return open >= clauseStart && text.indexOf(closing, open) >= keyword.index ? open : keyword.index;
  });
  const from = Math.min(...quoted);
  const item = text.slice(from, figure.start).replace(LINKING_WORDS, '');
  return item ? { item } : {};
}

/**
 * One fact stated twice is one entry: a figure repeating an earlier one (same quantity, range, qualifier, unit,
 * category and kind — a caption restating the lead, a lead repeated in the body, a total restated in a quote) is
 * dropped, and the one kept says so. A repeat with no category keyword (才买到1万多支喷罐 after 1万多支消毒液喷罐) or no
 * verb (足足有1000只 after 送来了1000只口罩) is the same fact too. Equal numbers are not enough when the text sets them apart: two items of one enumeration (each
 * donor's gift, each batch, each thing given: see DraftFigure.listItem) or two different villages or towns (a
 * roundup's sections) are two facts.
 */
export function mergeRepeatedFigures<F extends DraftFigure & { town?: string }>(figures: readonly F[]): F[] {
  const kept: F[] = [];
  for (const f of figures) {
    const same = (k: F) =>
      // Two figures of one clause are two facts (公开信、告知书各60000余份).
      !(k.line === f.line && k.quote === f.quote) &&
      k.quantity === f.quantity &&
      k.quantityMax === f.quantityMax &&
      k.qualifier === f.qualifier &&
      unitId(k.unit) === unitId(f.unit) &&
      k.per === f.per &&
      !(k.place && f.place && k.place !== f.place) &&
      !(k.town && f.town && k.town !== f.town) &&
      !inOneListApart(k, f) &&
      // A mention naming no verb (足足有1000只, a caption's 1000只口罩) restates the other.
      ((k.category === f.category && (sameKind(k, f) || restates(k, f) || restates(f, k))) || f.category === 'other');
    const earlier = kept.findIndex(same);
    if (earlier === -1) {
      kept.push(f);
      continue;
    }
    // The mention that says what was done is the one kept, with the thing the other names when it names none
    // (13万2820包红茶茶包 … 爆捐到13万2820包).
    const [keep, repeated] = unsaid(kept[earlier]!) && !unsaid(f) ? [f, kept[earlier]!] : [kept[earlier]!, f];
    const thing =
      keep.category === 'other' && repeated.category !== 'other'
        ? { category: repeated.category, ...(repeated.item ? { item: repeated.item } : {}) }
        : {};
    const repeat = say('doubt.merged', { line: repeated.line, quote: repeated.quote });
    kept[earlier] = { ...keep, ...thing, doubts: [...(keep.doubts ?? []), repeat] };
  }
  return kept;
}

/** A gift given and the same gift received are one fact (共筹集善款X元 … 总计X元 after the gifts). */
const SIDES_OF_A_GIFT: readonly KindId[] = ['donated', 'received'];
function sameKind(a: DraftFigure, b: DraftFigure): boolean {
  return a.kind === b.kind || (SIDES_OF_A_GIFT.includes(a.kind) && SIDES_OF_A_GIFT.includes(b.kind));
}

/** A mention with no verb saying what was done (足足有1000只, a caption's 1000只口罩). */
function unsaid(figure: DraftFigure): boolean {
  return figure.kind === 'counted';
}

/**
 * `mention` says no more than `other`: no verb, and no thing or the same thing in as many or fewer words (口罩 after
 * 爱心口罩). A mention that names more (四处重点路口检查站 after 镇级检查站4处) may be another fact.
 */
function restates(mention: DraftFigure, other: DraftFigure): boolean {
  const { item } = mention;
  return unsaid(mention) && (!item || (other.item?.includes(item) ?? false));
}

/** Two figures in different items of one enumeration of one paragraph. */
function inOneListApart(a: DraftFigure, b: DraftFigure): boolean {
  return (
    a.line === b.line &&
    a.listItem !== undefined &&
    b.listItem !== undefined &&
    a.listItem.sentence === b.listItem.sentence &&
    a.listItem.item !== b.listItem.item
  );
}
