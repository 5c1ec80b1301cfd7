/** The headline among the candidate lines near the metadata line and the body, and its text without affixes. */
import {
  BREADCRUMB_HOMES,
  FORUM_POST_VERBS,
  HEADLINE_PHOTO_MARKS,
  IN_PROGRESS_WORDS,
  LEAD_OPENINGS,
  LIST_ITEM_MARKERS,
  NET_VERBS,
  ORGANISATION_ENDINGS,
  SITE_NAME_ENDINGS,
} from '../../config/pageFurniture.ts';
import { COUNTY_MARKERS, NAME_LENGTH, TOWN_ENDINGS } from '../../config/townWords.ts';
import type { Role } from './classifyLines.ts';
import { readDateline } from './extractTrailingByline.ts';
import { foldText } from './foldText.ts';
import { namesWorkDone } from './guessKind.ts';
import { PHRASES, RELATED, SCENE_CAPTION, gluedTail } from './furnitureLines.ts';
import { isCaption } from './photoCredits.ts';
import { CARRIED_ON, countHan, SENTENCE_CLOSE } from './textMeasures.ts';
import { anyOfWords, escapeRegExp } from '../text/escapeRegExp.ts';
import type { SourceLine } from './types.ts';

/** Headlines are short; a longer line is a paragraph. */
const HEADLINE_MAX = 60;
const HEADLINE_MIN_HAN = 4;
/** How far above the body a headline is looked for, in lines. */
const HEADLINE_REACH = 8;
/** A headline may hold one comma (更合镇总商会捐赠防疫物资，齐心筑牢战“疫”堡垒); a longer line with one is a lead. */
const HEADLINE_CLAUSE_MAX = 40;
/** A neighbour of the chosen headline scoring at least this is its kicker or deck, not a site or section name. */
const TITLE_PAIR_MIN = -3;
/**
 * 捐赠口罩2000只, 发放1.2万份: a number and the word it counts, what makes a title state a fact. Digits in a Latin
 * token (a site's k8) or before a bar (查看: 697|) count nothing.
 */
const FIGURE = /(?<![A-Za-z\d.])\d+(?:\.\d+)?\p{Script=Han}/u;
/** 标题(图), 标题（组图）: the mark of a headline over photos (HEADLINE_PHOTO_MARKS). */
const PHOTO_MARK = new RegExp(`\\s*[(（[【](?:${anyOfWords(HEADLINE_PHOTO_MARKS)})[)）\\]】]$`, 'u');

/** The headline without the mark closing it that says photos follow (标题(组图) → 标题): no part of the headline. */
export function withoutPhotoMark(text: string, toSimplified: (text: string) => string): string {
  return text.slice(0, PHOTO_MARK.exec(toSimplified(text))?.index);
}
/** ——某社区开展外来人员摸排工作: a deck (副题) opens with a dash and stands under its headline. */
const DECK = /^(?:[—–]{1,2}|-{1,2}(?!\s))(?![—–-])/u;
/** 一、返乡人员摸排情况, 2. 卡点布置, （三）宣传: a numbered section heading, never the headline. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．](?!\d)|[(（][一二三四五六七八九十\d]+[)）])/u;
/** “这里还有枯枝垃圾未清理……注意安全……”: a line that is someone's words in full, with a pause or a close inside. */
const SPEECH = /^[“「][^“”「」]*(?:……|…|[。！？!?])[^“”「」]*[”」]$/u;
/** 某某镇东风街——: a kicker closing with a dash (one or two), the headline on the line under it. */
const KICKER_DASH = /[^—–-][—–]{1,2}$/u;
/** (为64名优秀学生颁发奖学金): a line wholly in brackets is a photo's caption, never the headline. */
const BRACKETED_WHOLE = /^[(（][^()（）]+[)）]$/u;
/** 广大村(居)民朋友们：, 各位居民：: a notice's salutation under its title, a short line closed by a colon. */
const SALUTATION = /^[^，。！？；：,;!?:]{2,20}[:：]$/u;
/** A forum poster's profile between the name and the post's header: this many lines at most, each this short. */
const PROFILE_REACH = 12;
const PROFILE_LINE_MAX_HAN = 6;
/** 作者: or 来源: in a metadata line: it names the author or source itself. */
const AUTHOR_LABEL = /(?:作者|来源)\s*[:：]/u;
/** A word alone, shorter than any headline (时讯, 要闻): a column's label. */
const COLUMN_WORD = new RegExp(`^\\p{Script=Han}{1,${HEADLINE_MIN_HAN - 1}}$`, 'u');
/** 緊 急 通 知: three or more Han characters, each set apart by spaces. */
const SPACED_OUT = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){2,}$/u;
/**
 * 近日，第七次全国人口普查…, 2020年2月6日，某村种植户…: a lead's opening time word (LEAD_OPENINGS) or date, and its
 * comma.
 */
const LEAD_OPENING = new RegExp(
  `^(?:${anyOfWords(LEAD_OPENINGS)}|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:[上下]午|晚上?|早上?)?)[，,]`,
  'u',
);

/**
 * The headline's line and text: among the body's first line and the text lines above the body (up to
 * HEADLINE_REACH, passing over furniture and metadata), the best scored. The body's first line is a candidate
 * because a headline with punctuation in it (集结爱心！嘉市民间捐防疫品) scores as prose and is taken into the body.
 * A line next to the metadata line or the body, repeated elsewhere on the page, equal to a footer 标题：… or holding
 * the 原标题：… wins; site and section names, photo captions and lines reading like a sentence lose. Of a headline and
 * its kicker or deck on the next line, the main title is the one that states the fact with a figure. When none wins,
 * a headline-like line of the body that the page repeats (as captions under its photos) is the headline.
 */
export function chooseHeadline(
  lines: readonly SourceLine[],
  roles: readonly Role[],
  [bodyStart, bodyEnd]: readonly [number, number],
  { footerTitle, originalTitle }: { footerTitle?: string; originalTitle?: string },
  toSimplified: (text: string) => string,
): { at: number; text: string } | undefined {
  const folded = lines.map((l) => foldText(l.text));
  const textOf = (i: number) => headlineText(lines[i]!.text, i, folded, toSimplified);
  const carriedOn = (i: number) => CARRIED_ON.test(lines[i + 1]?.text ?? '');
  const scored = new Map<number, { at: number; text: string; score: number }>();
  let best: { at: number; text: string; score: number } | undefined;
  let reach = 0;
  const above = Array.from({ length: bodyStart }, (_, k) => bodyStart - 1 - k);
  // A line right above the page's dated metadata line is where headlines stand, even inside the run or after it: a
  // page stored out of order puts its headline and date line in the middle (a later paragraph first) or at the end.
  const dated = (i: number) => {
    const role = roles[i + 1];
    return role?.kind === 'provenance' && Boolean(role.read.published);
  };
  // 发表于 2022-5-17 11:23 | 显示全部楼层: a forum post's header opening with its verb has the poster's name and rank
  // (最佳新人) above it, never the thread's title.
  // (发表于:2024-04-20 作者:某某 names its author itself: a CMS's metadata line, under the headline.) The poster's
  // profile may stand between (信息监察员 / Rank: 9 / 积分 / 350): short lines and counts, not the share bar that
  // closes the thread's title.
  const poster = (i: number) => {
    for (let k = i + 1; k < lines.length && k <= i + PROFILE_REACH; k++) {
      const role = roles[k]!;
      if (role.kind === 'provenance') {
        const header = toSimplified(lines[k]!.text);
        return FORUM_POST_VERBS.some((verb) => header.startsWith(verb)) && !AUTHOR_LABEL.test(header);
      }
      const profileLine =
        role.kind === 'furniture'
          ? role.reason === 'removed.counter' || role.reason === 'removed.buttonOrLabel'
          : countHan(lines[k]!.text) <= PROFILE_LINE_MAX_HAN && !SENTENCE_CLOSE.test(lines[k]!.text);
      if (!profileLine) return false;
    }
    return false;
  };
  // 来源：… 发布时间：… opening the page, nothing but furniture above it: a headline above the body stands right
  // under it (the body's first line there is the lead).
  const opening = roles.findIndex((r) => r.kind !== 'furniture');
  const underOpeningDate = (i: number) =>
    dated(opening - 1) && roles.slice(opening + 1, i).every((r) => r.kind === 'furniture');
  // The article's parts of the page titles over the text (标题_青山新闻网, cut short or not): what they name is the
  // headline, as a footer 标题：… names it.
  const pageTitles = lines.flatMap((l, j) =>
    roles[j]!.kind === 'repeat' ? [pageTitleArticle(l.text, j, folded, toSimplified)] : [],
  );
  // The words before the copy are a breadcrumb or a tag, shorter than it; a longer lead-in is the first half of a
  // headline stacked over lines (全国人民代表大会常务委员会 / 关于…及 / 调整…的决议).
  const aloneByDate = (text: string) => {
    const whole = foldText(text);
    return roles.findIndex((r, j) => {
      const at = whole.indexOf(folded[j]!);
      return (
        r.kind === 'repeat' &&
        (dated(j) || dated(j - 2)) &&
        at > 0 &&
        at < folded[j]!.length &&
        headlineLike(toSimplified(lines[j]!.text))
      );
    });
  };
  // …but not under a related-stories label (热门推荐): the dated lines there are other stories'.
  const related = roles.findIndex((r, j) => j > bodyStart && r.kind === 'furniture' && r.reason === RELATED);
  const headed = Array.from({ length: lines.length - 1 - bodyStart }, (_, k) => bodyStart + 1 + k).filter(
    (i) => dated(i) && (related === -1 || i < related),
  );
  for (const i of bodyEnd > bodyStart ? [bodyStart, ...above, ...headed] : above) {
    if (reach >= HEADLINE_REACH) break;
    if (roles[i]!.kind !== 'text') continue;
    const text = textOf(i);
    // Scraps of a share bar or a toolbar the lexicon does not know (Mastodon, 02-13) are passed over unseen.
    if (scrap(toSimplified(text))) continue;
    if (poster(i)) continue;
    reach++;
    // 緊 急 通 知: a heading spaced out letter by letter is the close of a title the page writes whole elsewhere
    // (關於…的緊急通知): that line is the headline, not the part set out for show.
    if (
      SPACED_OUT.test(text) &&
      folded.some((f, j) => j !== i && f.length > folded[i]!.length && f.includes(folded[i]!))
    )
      continue;
    // Above a date line, a headline may close with a full stop (全面防疫 某鎮公所消毒。), one clause.
    const closed = dated(i) && /^[^，。；,;]+。$/u.test(text) ? text.slice(0, -1) : text;
    // A township's name alone labels a part of a roundup or sits over the page: it names no story.
    if (!headlineLike(toSimplified(closed)) || namesPlaceAlone(toSimplified(text))) continue;
    // A line the next one carries on from is part of a sentence cut over lines, or a keyword a spam mirror put inside
    // one (…石井村從來沒有自來水管, / 韓國泡菜 / ,居民洗澡…): never a headline.
    if (carriedOn(i)) continue;
    // Another line written twice (标题标题, a page's title and heading run together) is that line's copy.
    if (folded.some((f, j) => j !== i && f !== '' && folded[i] === f + f)) continue;
    // Next to the body, or to the metadata line between the headline and the body (photo captions aside).
    const inBody = i === bodyStart;
    const next = roles.slice(i + 1, inBody ? i + 2 : bodyStart).find((r, k) => {
      const below = toSimplified(lines[i + 1 + k]!.text);
      // A masthead (北京青年报客户端) between the headline and the date line stands aside like a caption; so do a
      // share bar's button in Latin letters (Spread the love), a caption whose credit the page put on the next
      // line and a notice's salutation (各位居民：).
      const under = roles[i + 2 + k];
      const creditBelow = under?.kind === 'furniture' && under.reason === 'removed.photoCredit';
      const aside =
        isCaption(below) ||
        creditBelow ||
        (r.kind === 'text' && countHan(below) === 0) ||
        DECK.test(below) ||
        (r.kind === 'text' && SALUTATION.test(below)) ||
        namesSiteAlone(below) ||
        // …and a column's label, a word too short to say anything (时讯), over the site's name.
        COLUMN_WORD.test(below) ||
        poster(i + 1 + k);
      return r.kind !== 'furniture' && r.kind !== 'repeat' && !aside;
    });
    let score = 3 - reach;
    if ((!next && !inBody) || next?.kind === 'provenance') score += 3;
    // A line reading like a sentence is a lead, or a banner above the page (※防範…,勤洗手、戴口罩,避免感染).
    // A line of clauses opening the page and its text, closed by no stop, is its title (a pasted article).
    if (readsAsSentence(text) && !(i === 0 && inBody && openingTitle(text))) score -= 3;
    if (!inBody && underOpeningDate(i)) score += 3;
    if (folded.some((f, j) => j !== i && f.includes(foldText(text)))) score += 3;
    // …or written again right under it, without its place (新郑市龙湖镇开展… / 龙湖镇开展…).
    else if (roles[i + 1]?.kind === 'repeat' && repeatsWithin(folded[i + 1]!, foldText(text))) score += 3;
    if (footerTitle && namesLaterLine(footerTitle, [foldText(text)])) score += 10;
    if (pageTitles.some((title) => namesLaterLine(title, [foldText(text)]))) score += 10;
    if (originalTitle && foldText(text).includes(foldText(originalTitle))) score += 10;
    if (PHOTO_MARK.test(toSimplified(lines[i]!.text))) score += 10;
    const simplified = toSimplified(text);
    const siteName = namesSiteAlone(simplified) || namesOrganisationAlone(simplified);
    if (siteName) score -= 6;
    if (siteSeparated(simplified)) score -= 6;
    // The dated metadata line belongs to the headline above it, not to a site or section name: lines between it and
    // the body are captions.
    else if (!siteName && next?.kind === 'provenance' && next.read.published) score += 4;
    const candidate = { at: i, text, score };
    scored.set(i, candidate);
    if (!best || score > best.score) best = candidate;
  }
  // A page labelling its title (标题：…) names the headline: a line that is not it is no headline, however placed.
  // (The label may cut the title short, as page titles do: 文章标题:…掀开罗 names …掀开罗甸县普查工作序幕.)
  if (footerTitle && ![...scored.values()].some((c) => namesLaterLine(footerTitle, [foldText(c.text)])))
    return undefined;
  if (best && best.score > 0) {
    // A line set apart in parts (熱血雜誌第326期 - 花蓮版 更多本地文章) is a page's or a section's title, no kicker.
    const pair = [best.at - 1, best.at + 1]
      .map((j) => scored.get(j))
      .find(
        (c) =>
          c &&
          c.score >= TITLE_PAIR_MIN &&
          FIGURE.test(c.text) &&
          !/[，,；;]|[。！？!?]$/u.test(c.text) &&
          !PAGE_TITLE_SEPARATOR.test(c.text),
      );
    // 某某镇东风街—— over “禁毒宣传进社区”: a line closing with a dash leads into the line under it, the headline.
    const leadsInto = KICKER_DASH.test(best.text) ? scored.get(best.at + 1) : undefined;
    const main =
      leadsInto ??
      (pair && !FIGURE.test(best.text) ? pair : (stackedAbove(best, scored.get(best.at - 1), toSimplified) ?? best));
    // 首页 国内资讯 标题, 【资讯】标题美丽桐: the page writes the headline alone next to its dated metadata line too; a
    // line above the body holding it after more carries a breadcrumb, a tag or stray words. (A copy the line starts
    // with is the headline cut short: 平村乡：春早人勤 万象.)
    const alone = main.at < bodyStart ? aloneByDate(main.text) : -1;
    return alone === -1 ? { at: main.at, text: main.text } : { at: alone, text: lines[alone]!.text };
  }
  if (footerTitle) return undefined;
  for (let i = bodyStart; i <= bodyEnd; i++) {
    const repeated = folded.some((f, j) => j !== i && f === folded[i]);
    const text = textOf(i);
    if (
      roles[i]!.kind === 'text' &&
      repeated &&
      headlineLike(toSimplified(text)) &&
      !readsAsSentence(text) &&
      !carriedOn(i)
    )
      return { at: i, text };
  }
  // 某某网首页 > 资讯中心 > 行业动态 > 因地制宜精准扶贫 发鹅苗扶持养鹅业: a breadcrumb right above the dated metadata line
  // or the body, its last step reading like a headline and longer than a section's name, names the article the page
  // writes no headline line for.
  for (const i of above.slice(0, HEADLINE_REACH)) {
    const role = roles[i]!;
    if (role.kind !== 'furniture' || role.reason !== 'removed.breadcrumb' || !(dated(i) || i === bodyStart - 1))
      continue;
    const steps = lines[i]!.text.split(BREADCRUMB_STEP);
    const last = steps.at(-1)!.trim();
    const simplified = toSimplified(last);
    if (
      steps.length >= 3 &&
      countHan(simplified) > SITE_NAME_MAX_HAN &&
      headlineLike(simplified) &&
      !readsAsSentence(last)
    )
      return { at: i, text: last };
  }
  return undefined;
}

/** A line repeating this much of a headline at least, in characters, is the headline written again. */
const REPEAT_MIN = 8;
const repeatsWithin = (repeat: string, headline: string) =>
  repeat.length >= REPEAT_MIN && repeat.length < headline.length && headline.endsWith(repeat);

/** 首页 > 资讯中心 > 标题: the mark between a breadcrumb's steps. */
const BREADCRUMB_STEP = /\s*[>»›]\s*/u;

/** The evidence a page gives for its headline (a footer 标题：…, a page title naming it) weighs this much. */
const NAMED_TITLE = 10;

/** A main title over its deck is this long at least, in Han characters: a shorter line is a section's name. */
const STACKED_TITLE_MIN_HAN = 8;
/** A kicker leading into the title under it is this much shorter than the title at least. */
const KICKER_SHORTER_HAN = 5;

/**
 * 返乡大学生积极参与疫情防控志愿服务 / 大学生开展入户宣传与排查信息登记, 某镇推进“敲门行动” / 挨家挨户排查返乡人员: of two
 * headline lines stacked, the upper is the main title and the lower its deck, when the lower states no figure or
 * runs on over clauses (累计赠餐逾3380份，工作人员均为志愿者), unless the upper is much shorter or closes with a dash (a
 * kicker leading into the title: 集体出资+个人奉献, 某区社会力量倾情支援疫情防控——) or the page names the lower as its
 * headline. A line with a figure is weighed by the title-pair rule; one with a bar, Latin letters, a clause or a
 * site's word in it (中新网福建新闻正文, 选择其他日期报纸) is a page's or a site's title, no main title. The upper one, or
 * undefined.
 */
function stackedAbove<T extends { text: string; score: number }>(
  best: T,
  upper: T | undefined,
  toSimplified: (text: string) => string,
): T | undefined {
  if (!upper || upper.score < TITLE_PAIR_MIN || best.score - upper.score >= NAMED_TITLE) return undefined;
  if (FIGURE.test(upper.text) || (FIGURE.test(best.text) && !/[，,；;]/u.test(best.text))) return undefined;
  if (/[，,；;|｜A-Za-z]|[。！？!?—–-]$/u.test(upper.text) || PAGE_TITLE_SEPARATOR.test(upper.text)) return undefined;
  const simplified = toSimplified(upper.text);
  if (SITE_NAME_ENDINGS.some((word) => simplified.includes(word))) return undefined;
  const han = countHan(upper.text);
  return han >= STACKED_TITLE_MIN_HAN && han + KICKER_SHORTER_HAN > countHan(best.text) ? upper : undefined;
}

/** Mastodon, 02-13: a scrap of a share bar or a toolbar the lexicon does not know, too short to say anything. */
function scrap(simplified: string): boolean {
  return countHan(simplified) < HEADLINE_MIN_HAN && !SENTENCE_CLOSE.test(simplified);
}

/** A site or section name is short: a longer line ending in 网 is a headline (雷州某村扎牢基层防疫网). */
const SITE_NAME_MAX_HAN = 10;
/** An organisation's full name runs longer than a site's (长安镇新型冠状病毒肺炎疫情防控指挥部办公室). */
const ORGANISATION_MAX_HAN = 24;

function nameSized(simplified: string): boolean {
  return countHan(simplified) <= SITE_NAME_MAX_HAN;
}

/** 中国文明网, 北京青年报客户端: a line that is only a site's or an app's name. */
function namesSiteAlone(simplified: string): boolean {
  return namesSite(simplified) && nameSized(simplified) && !/[，、：:！？!?“”「」《》]/u.test(simplified);
}

/** 临颍县瓦店镇: a kicker naming only a township, maybe after its county, over the headline: never a headline itself. */
const PLACE_ALONE = new RegExp(
  `^(?:\\p{Script=Han}{2,6}(?:${anyOfWords(COUNTY_MARKERS)}))?\\p{Script=Han}{${NAME_LENGTH.min},${NAME_LENGTH.max}}(?:${anyOfWords(TOWN_ENDINGS)})$`,
  'u',
);

export function namesPlaceAlone(simplified: string): boolean {
  return PLACE_ALONE.test(simplified);
}

/** 伊通满族自治县人民政府, 长安镇疫情防控指挥部办公室: a line that is only an organisation's name. */
export function namesOrganisationAlone(simplified: string): boolean {
  return (
    ORGANISATION_ENDINGS.some((e) => simplified.trim().endsWith(e)) &&
    countHan(simplified) <= ORGANISATION_MAX_HAN &&
    !/[，、：:！？!?“”「」《》|｜]/u.test(simplified) &&
    !namesWorkDone(simplified)
  );
}

function namesSite(simplified: string): boolean {
  // 织密反诈防护网, 扎牢基层防疫网: a net woven or fastened is a headline's figure of speech, no site.
  if (NET_VERBS.some((verb) => simplified.includes(verb))) return false;
  const name = simplified.trim().replace(RADIO_FREQUENCY, '');
  return SITE_NAME_ENDINGS.some((e) => name.endsWith(e));
}

/** A radio station's frequency after its name (大汉之音FM97.1). */
const RADIO_FREQUENCY = /\s*(?:FM|AM|调频)\s*\d{2,4}(?:\.\d)?$/iu;

/**
 * 标题 | 青山新闻网, 首页 | 要闻 | 正文, 乡镇 / 动态: a `|` or spaced slash that sets a site or section name apart, or
 * several of them (a bar). A single `|` between a column tag and the headline (战“疫”有你|一箱箱水果…) is no marker.
 */
function siteSeparated(simplified: string): boolean {
  if (/\s[>/]\s/u.test(simplified)) return true;
  // 众志成城 抗击疫情 || 爱，从四面八方来: a run of bars is one separator (a box-drawing bar too: 好声音│大汉之音), and so
  // is a bullet set apart by spaces (南方都市报APP • 南都中山).
  const parts = simplified.split(/[|｜│┃]+|\s[•●]\s/u);
  return parts.length > 2 || (parts.length === 2 && parts.some((part) => !part.trim() || namesSite(part)));
}

/** A line of one clause holding an action in progress (IN_PROGRESS_WORDS): a photo's caption. */
const IN_PROGRESS_CAPTION = new RegExp(`^[^，,；;]*(?:${anyOfWords(IN_PROGRESS_WORDS)})[^，,；;]*$`, 'u');

/**
 * Short, with a few Han characters, not ending like a clause or with a photographer's credit, not a scene's caption
 * (活动现场), not a numbered section, not a deck, not opening like a lead, not someone's words quoted whole, not a
 * caption wholly in brackets.
 */
function headlineLike(simplified: string): boolean {
  const han = countHan(simplified);
  return (
    han >= HEADLINE_MIN_HAN &&
    [...simplified].length <= HEADLINE_MAX &&
    !/[。，；：,;:]$/u.test(simplified) &&
    !isCaption(simplified) &&
    !SCENE_CAPTION.test(simplified) &&
    !IN_PROGRESS_CAPTION.test(simplified) &&
    !SECTION_NUMBER.test(simplified) &&
    !DECK.test(simplified) &&
    !LEAD_OPENING.test(simplified) &&
    !SPEECH.test(simplified) &&
    !BRACKETED_WHOLE.test(simplified)
  );
}

/**
 * 青山镇新建15所“幸福食堂”,80岁以上老人免费就餐,暖意融融传递社会关爱: a line of clauses closed by no stop and holding
 * no sentence reads as a title, however many clauses it runs to (a lead closes with a stop).
 */
function openingTitle(text: string): boolean {
  return !/[。！？!?；;，,：:…”」』]$/u.test(text) && !SENTENCE_INSIDE.test(text);
}

/** 。 closing a sentence with more text after it: a line of two sentences. */
const SENTENCE_INSIDE = /。[”」』]?[^”」』]/u;

/**
 * A lead's first line rather than a headline: it ends with a full stop, holds two sentences or runs on over clauses.
 */
function readsAsSentence(text: string): boolean {
  const clauses = text.match(/[，,；;]/gu)?.length ?? 0;
  return (
    /。[”」』]?$/u.test(text) ||
    SENTENCE_INSIDE.test(text) ||
    clauses >= 2 ||
    (clauses === 1 && [...text].length > HEADLINE_CLAUSE_MAX)
  );
}

/**
 * A line as a headline: without a border or a furniture phrase glued to its end, and without the parts around a `_`
 * that the page writes alone elsewhere or that name the site (爱心人士捐赠物资疫情_周覃镇爱心人士…, 标题_某某网), or
 * the first part of a page title that ends with the site's name.
 */
function headlineText(text: string, at: number, folded: readonly string[], toSimplified: (text: string) => string) {
  // 青山一道 同擔風雨 禮嘉鎮:上門服務 |: a table cell's border around the title is no part of it, nor is a rule
  // of dashes the page draws before or after it (----青山镇…开幕), nor a list's marker (- 标题).
  const bordered = withoutTrailingFurniture(text, toSimplified)
    .replace(/^[|｜\s]+|[\s|｜]+$/gu, '')
    .replace(RULE, '')
    .replace(LIST_MARKER, '');
  // 新华社上海4月2日电 题:标题: a news agency's dispatch line and its title label before the title.
  const dispatched = bordered
    .slice(readDateline(bordered, toSimplified(bordered))?.length ?? 0)
    .replace(TITLE_LABEL, '');
  const bare = withoutPhotoMark(dispatched, toSimplified);
  const clean = untagged(bare.slice(sitePrefix(bare, toSimplified)?.length ?? 0).trim(), at, folded);
  return pageTitleArticle(clean, at, folded, toSimplified) ?? clean;
}

/**
 * 题:标题: a dispatch's label of its title; 主旨: 标题: an official letter's subject (a Taiwanese office's notice);
 * 标题[新闻]标题: a forum post header's label, with the board's tag of the post (PTT writes 標題 [新聞] …).
 */
const TITLE_LABEL = /^(?:(?:[题題]|主旨)\s*[:：]|[标標][题題]\s*[[［][^\]］]{1,6}[\]］])\s*/u;

/** - 标题: a list's marker and the space after it, opening a line a page set out as a list. */
export const LIST_MARKER = new RegExp(`^[${LIST_ITEM_MARKERS.map((m) => `\\${m}`).join('')}]\\s+`, 'u');

/** ----标题, 标题====: a rule of three dashes or more (a deck opens with one or two) drawn against a headline. */
const RULE = /^[-—–=_*~]{3,}\s*|\s*[-—–=_*~]{3,}$/gu;

/** 【夹江】标题: a tag in brackets opening a line. */
const OPENING_TAG = /^【[^【】]{1,12}】\s*/u;

/** A clause mark: a copy of the headline after one is the lead restating the fact inside a sentence. */
const CLAUSE_MARK = /[，,、；;]/u;

/**
 * 【夹江】夹江县华头镇…: a tag the page leaves out where it writes the headline again (at a line's start or after a
 * post header, 发表: …) is the site's, not the headline's. A tag kept wherever the headline stands (【扶贫】浓情关爱迎端午)
 * is its column's name and stays, and so does one a lead leaves out restating the fact mid-sentence (…当天，某社区开展…).
 */
function untagged(text: string, at: number, folded: readonly string[]): string {
  const tag = OPENING_TAG.exec(text)?.[0];
  if (!tag || tag.length === text.length) return text;
  const [whole, rest] = [foldText(text), foldText(text.slice(tag.length))];
  const elsewhere = folded.filter((_, j) => j !== at);
  const standsAlone = (f: string) =>
    [...f.matchAll(new RegExp(escapeRegExp(rest), 'gu'))].some((m) => !CLAUSE_MARK.test(f[m.index - 1] ?? ''));
  return elsewhere.some(standsAlone) && !elsewhere.some((f) => f.includes(whole)) ? text.slice(tag.length) : text;
}

/**
 * 标题_青山新闻网, 标题 - 公益 - 中工网, 标题∣某某新闻网官方网站…, 标题 | 某某新闻: the parts of a page title, cut at `_`,
 * a dash or a bar with spaces around it or a divides sign (∣, a bar no headline writes).
 */
const PAGE_TITLE_SEPARATOR = /[_＿∣]+|\s+[-–—|｜]\s+/u;
/**
 * 标题-某某网, 标题|天天滚动: a headline, one dash (not a pair, which opens a deck) or bar and a short name after it.
 * A sentence before the mark (…排名榜。|今头条) is another story's teaser, no headline.
 */
const SITE_AFTER_MARK = /^(.+?[^\s\-–—|｜。])[-–|｜]([^\s\-–—|｜]{2,12})$/u;
/** 03.03 标题: the date an aggregator lists a story under, before its title and a space. */
const LISTING_DATE = /^\d{1,4}[.．/-]\d{1,2}(?:[.．/-]\d{1,2})?(?=\s)/u;
/** 首頁/地方綜合/标题: the home and the sections before the article's step of a breadcrumb. */
const BREADCRUMB_TRAIL = new RegExp(
  `^(?:${anyOfWords(BREADCRUMB_HOMES)})(?:\\s*/\\s*[^/]{1,12}?)*\\s*/\\s*(?=\\S)`,
  'u',
);
/** 喀什-疏附县-礼包-: a page title's tail of short keywords, each closed or joined by a dash, for search engines. */
const KEYWORD_TAIL = /^(?:[^\s\-–—]{1,8}-)+[^\s\-–—]{0,8}$/u;

/**
 * The article's part of a page title (标题 - 公益 - 中工网, 爱心人士捐赠物资疫情_周覃镇爱心人士…), or undefined when the
 * line is none. A title running from the article to the site's name (标题_2007年第23号国务院公报_中国政府网) has the
 * article first; otherwise the parts the page writes alone elsewhere or that name the site are affixes, and the one
 * part left is the article's.
 */
export function pageTitleArticle(
  text: string,
  at: number,
  folded: readonly string[],
  toSimplified: (text: string) => string,
): string | undefined {
  const trail = BREADCRUMB_TRAIL.exec(toSimplified(text));
  if (trail) return text.slice(trail[0].length);
  // 新国学网:新疆疏附县见闻…_…: the site's label before the article's part is the title's too, and so is an
  // aggregator's listing date (03.03 标题).
  const titled = text.slice(sitePrefix(text, toSimplified)?.length ?? 0);
  const stamp = LISTING_DATE.exec(titled)?.[0] ?? '';
  const parts = titled
    .slice(stamp.length)
    .split(PAGE_TITLE_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (stamp && parts.length === 1) return parts[0];
  const site = (part: string) => namesSite(toSimplified(part));
  const elsewhere = (part: string) => folded.some((f, j) => j !== at && f === foldText(part));
  if (parts.length < 2) {
    // 标题-九游会登录入口首页, 标题-菠菜app, 标题|天天滚动: a single dash or bar without spaces sets the site's name
    // apart only when what follows names one, or when the page writes what stands before it alone elsewhere; a
    // column's name may stand between (标题-海南政企信息-政公网).
    let article = titled;
    for (
      let dashed = SITE_AFTER_MARK.exec(article);
      dashed && (site(dashed[2]!) || elsewhere(dashed[1]!)) && !site(dashed[1]!);
      dashed = SITE_AFTER_MARK.exec(article)
    )
      article = dashed[1]!;
    return article === titled ? undefined : article;
  }
  // The headline shown again under its page title is written alone elsewhere too: the site's name decides first,
  // closing the title or opening its last part (某某新闻网官方网站地区新闻-…: the site's tagline).
  const last = toSimplified(parts.at(-1)!);
  // …and a part longer than any site's or column's name, written alone elsewhere, is that headline (淨灘常態化 壯圍
  // 海灘巡護隊成軍運作 – 我是在地人, a blog's name no ending marks).
  const shownAlone = parts.filter((part) => elsewhere(part) && countHan(part) > SITE_NAME_MAX_HAN);
  if (shownAlone.length === 1) return shownAlone[0];
  if ((site(last) || opensWithSiteName(last)) && !site(parts[0]!)) return parts[0];
  // 详情民声·看花城: a channel and a column joined by a dot, the column written alone elsewhere, is an affix too.
  const affix = (part: string) =>
    site(part) || KEYWORD_TAIL.test(part) || elsewhere(part) || part.split(/[·・]/u).slice(1).some(elsewhere);
  const kept = parts.filter((part) => !affix(part));
  if (kept.length === 1) return kept[0];
  return affix(parts.at(-1)!) && !affix(parts[0]!) ? parts[0] : undefined;
}

/** 花莲新闻网官方网站…: a part opening with a site's name, a name-sized run of Han characters up to its ending. */
export function opensWithSiteName(simplified: string): boolean {
  const name = /^\p{Script=Han}+/u.exec(simplified)?.[0] ?? '';
  return SITE_NAME_ENDINGS.some((e) => {
    const at = name.indexOf(e);
    return at > 0 && nameSized(name.slice(0, at + e.length));
  });
}

/** A page title's part this long may be cut short: a line it starts is the one it names. */
const CUT_TITLE_MIN = 8;

/** The article's part of a page title is one of the `later` lines (folded), or the start of one when long enough. */
export function namesLaterLine(titled: string | undefined, later: readonly string[]): boolean {
  const part = foldText(titled ?? '');
  return Boolean(part) && later.some((f) => f === part || (part.length >= CUT_TITLE_MIN && f.startsWith(part)));
}

/**
 * 每日快讯!“爱心蔬菜包”送到居民家, 要闻：…: a short label and a mark set apart before the headline. (A label before `|`
 * may be a site's name before a section's, 青山要闻|防疫专题: such lines lose as site names, siteSeparated.)
 */
const LABEL_BEFORE = /^([^\s!！|｜:：]{2,12})\s*[!！:：]\s*/u;

/**
 * 【大众报业·大众日报客户端2022.12.9】: a site and the date it ran the story, tagged before a headline a page copied —
 * unlike a column's tag (【战疫一线】, 【环球播资讯】), which is the headline's, it dates the copy.
 */
const SOURCE_TAG = /^【([^【】]{2,24}?)\s*\d{2,4}[.．\-/年]\d{1,2}(?:[.．\-/月]\d{1,2}日?)?】\s*/u;

/**
 * The site's or a column's name set before a headline (每日快讯!, 要闻：), with its mark, or a dated source tag
 * (SOURCE_TAG), when it names one: a town before a colon (青山镇：…) is part of the headline.
 */
export function sitePrefix(text: string, toSimplified: (text: string) => string): string | undefined {
  const label = LABEL_BEFORE.exec(text) ?? SOURCE_TAG.exec(text);
  if (!label) return undefined;
  // 大众报业·大众日报客户端: a group's name may stand before its site's.
  const name = toSimplified(label[1]!).split(/[·・]/u).at(-1)!;
  const rest = toSimplified(text.slice(label[0].length));
  const named = namesSite(name) && nameSized(name);
  return named && countHan(rest) >= HEADLINE_MIN_HAN ? label[0].trim() : undefined;
}

/**
 * 民兵筑就最强防疫“迷彩”线相关信息, …慰问496位街头工作 [复制链接]: a furniture phrase glued to the end of a line by the
 * scraper, alone or in brackets, is cut off.
 */
function withoutTrailingFurniture(text: string, toSimplified: (text: string) => string): string {
  const simplified = toSimplified(text).toLowerCase();
  const tail = Math.max(0, ...PHRASES.map((p) => gluedTail(simplified, p.phrase)));
  return tail ? text.slice(0, text.length - tail).trimEnd() : text;
}
