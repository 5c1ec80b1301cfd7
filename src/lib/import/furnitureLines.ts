/**
 * Page furniture told line by line, by its words (the lexicons in src/config/pageFurniture.ts) and its form: buttons,
 * share bars, comment boxes, site notices, login prompts, image leftovers, breadcrumbs, menus, CMS leftovers.
 */
import {
  AD_MARKS,
  ACCOUNT_QUALIFIERS,
  ACCOUNT_WORDS,
  APP_PROMPT_VERBS,
  BREADCRUMB_LABEL_ENDING,
  COMMENT_BOX,
  DATE_BAR_OPENINGS,
  DISCLAIMER_LABELS,
  EPAPER_PAGE_LABEL,
  FOLLOW_PROMPT,
  READER_SIGN_OFF,
  FORUM_CODE_TAGS,
  FURNITURE_NOTICES,
  FURNITURE_PHRASES,
  FURNITURE_WORDS,
  GROUP_PHOTO_ENDINGS,
  IMAGE_ALT_WORDS,
  LINK_GROUP_ENDINGS,
  LINK_MARKERS,
  LOGIN_PROMPT,
  PHOTO_CREDIT_LABELS,
  PREVIOUS_NEXT,
  PAGE_CODE_DELIMITERS,
  READING_PROMPT_WORDS,
  REPRINT_NOTICE,
  RIGHTS_CLAIM,
  SITE_NAME_ENDINGS,
  SITE_OWNER_ROLES,
  SCENE_CAPTION_ENDINGS,
  SHARE_LABEL_VERBS,
  SITE_NOTICES,
  SLOGAN_DOTS,
  SPEAKER_TITLE_ENDINGS,
  SUMMARY_LABELS,
  TAKEDOWN_NOTICE,
  TAG_LABELS,
  VIEWS_DISCLAIMER,
} from '../../config/pageFurniture.ts';
import { plainSlashes } from './extractProvenance.ts';
import { PHOTO_CREDIT, isPhotoNote } from './photoCredits.ts';
import { countHan } from './textMeasures.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';
import type { RemovalCode } from '../../i18n/messages/message.ts';

/** A line this long, or holding a full stop, is a sentence: never dropped for a furniture word it contains. */
const FURNITURE_MAX = 60;
/** A furniture phrase glued to the end of a line is cut when this many Han characters come before it. */
const GLUED_MIN_HAN = 8;
/** The group of FURNITURE_PHRASES whose label after the body starts other stories' teasers or the comments. */
export const RELATED = 'removed.relatedLinks';
export const COPYRIGHT = 'removed.copyrightNotice';

const WHOLE_WORDS = new Set(FURNITURE_WORDS.map((w) => w.toLowerCase()));
/** A button word, the longer first (注册会员 before 注册). */
const BUTTON_WORD = `(?:${anyOfWords([...FURNITURE_WORDS].sort((a, b) => b.length - a.length))})`;
/**
 * …(圖/記者張三攝) 大 中 小 有鑑於…: three or more button words with spaces between, set apart by spaces inside a line
 * (a font-size bar the page ran into the text). Prose puts no spaces between its words.
 */
export const BUTTON_RUN = new RegExp(`(?<=^|\\s)${BUTTON_WORD}(?:\\s+${BUTTON_WORD}){2,}(?=\\s|$)`, 'giu');
const byReason = (groups: Readonly<Partial<Record<RemovalCode, readonly string[]>>>) =>
  (Object.entries(groups) as [RemovalCode, readonly string[]][]).flatMap(([reason, phrases]) =>
    phrases.map((phrase) => ({ phrase: phrase.toLowerCase(), reason })),
  );
export const PHRASES = byReason(FURNITURE_PHRASES);
const NOTICES = byReason(FURNITURE_NOTICES);
/** Furniture found inside articles as well as around them (dropped all the same). */
export const IN_ARTICLES = new Set<RemovalCode>([
  'removed.imageFileName',
  'removed.imageAltText',
  'removed.photoCredit',
  'removed.imageEnlargePrompt',
  'removed.linkRow',
  'removed.pageCode',
  'removed.watermark',
]);
/** 摘要：… or 【导读】… at the start of a line. */
const SUMMARY_LABEL = `(?:${anyOfWords(SUMMARY_LABELS)})`;
const SUMMARY_BOX = new RegExp(`^(?:【${SUMMARY_LABEL}】|\\[${SUMMARY_LABEL}\\]|${SUMMARY_LABEL}\\s*[:：])`, 'u');
/** 免责声明：…, 【版权及免责声明】… opening a line, or 特别声明 alone on one: a disclaimer however long. */
const DISCLAIMER = new RegExp(
  `^(?:[【[](?:${anyOfWords(DISCLAIMER_LABELS)})[】\\]]|(?:${anyOfWords(DISCLAIMER_LABELS)})\\s*(?:[:：]|$))`,
  'u',
);
/** 分享到：, 分享此文：FacebookX: a share bar's label. */
const SHARE_LABEL = new RegExp(`^(?:${anyOfWords(SHARE_LABEL_VERBS)})[^\\s:：]{0,4}[:：]`, 'u');
/** A comment box's line is short. */
const COMMENT_BOX_MAX = 40;
/** (hai_xiantao)官方微信。, 微信号：qsfb2020: an account's Latin handle in brackets or after a colon. */
const ACCOUNT_HANDLE = /[(（]\s*[A-Za-z][\w.-]{3,}\s*[)）]|[:：]\s*[A-Za-z][\w.-]{3,}/u;
const ACCOUNT_LINE_MAX = 40;
/**
 * 区委宣传部赠送 - 副本.jpg 微信图片_20200207092638.jpg: a line of one or more image file names, however the names
 * are written (spaces, a copy's suffix, a chat app's prefix), where the photos stood — a forum's attachment with its
 * size and downloads too (微信图片_2020.jpg (5.93 MB, 下载次数: 5064)).
 */
const IMAGE_FILE_NAMES =
  /^(?:[^。，！？；,;!?]{1,40}?\.(?:jpe?g|png|gif|webp|bmp)(?:\s*[(（][^()（）]{0,12}[KMG]B\b[^()（）]{0,30}[)）])?\s*)+$/iu;
/** 台灣新聞網(Logo-image) 台灣新聞網(Logo-text): names each with a bracketed Latin label of an image's role. */
const IMAGE_ALT_TEXTS = new RegExp(
  `^(?:[^\\s()（）]{0,20}[(（]\\s*[A-Za-z-]*(?:${anyOfWords(IMAGE_ALT_WORDS)})[A-Za-z-]*\\s*[)）]\\s*)+$`,
  'iu',
);
/**
 * 微信图片_20200203132203, IMG_20200203, 20250415183338x6U3, 1600242097(1): a file name without its extension, a name
 * and the timestamp it was saved at, the timestamp and a few letters and digits an upload gave it, or a timestamp and
 * the number of its copy.
 */
const FILE_NAME_STEM =
  /^(?:[^\s。，！？；,;!?]{1,20}[_-]\d{8,}|\d{12,}(?=[\dA-Za-z]*[A-Za-z])[\dA-Za-z]{1,6}|\d{8,}[(（]\d{1,3}[)）])$/u;
/** 图片1, 圖2, 活動圖片, 现场照片3: a photo's label, maybe after a word and with its number, where a photo stood. */
const PHOTO_PLACEHOLDER = new RegExp(`^\\p{Script=Han}{0,4}(?:${anyOfWords(PHOTO_CREDIT_LABELS)})\\s*\\d{0,3}$`, 'u');
/** 上一篇：标题 下一篇：标题, on one line. */
const PREVIOUS_AND_NEXT = new RegExp(
  `(?:${anyOfWords(PREVIOUS_NEXT.previous)})\\s*[:：].*(?:${anyOfWords(PREVIOUS_NEXT.next)})\\s*[:：]`,
  'u',
);
/** A menu's items are short: a few Han characters, maybe with digits (宝宝0-1岁). */
const MENU_ITEM_HAN = 4;
const MENU_ITEM_MAX = 6;
/** A notice is a paragraph at most: a longer line holding such words is an article about them. */
const NOTICE_MAX = 200;
/** A reading prompt is a short line. */
const READING_PROMPT_MAX = 30;
/** A forum's login prompt is one short sentence. */
const LOGIN_PROMPT_MAX = 60;
/** A login bar (手机号码，快捷登录) is a few words. */
const LOGIN_BAR_MAX = 20;
/** 今天是2024年04月28日 星期日, 今日：2024年4月28日 欢迎您访问某某网: a short line of today's date, no sentence. */
const DATE_BAR = new RegExp(`^(?:${anyOfWords(DATE_BAR_OPENINGS)})\\s*[:：]?\\s*\\d{4}\\s*年[^。]{0,50}$`, 'u');

/** 国务院部门网站, 各省、直辖市政府网站: a group of links, names and 、 only, no sentence. */
const LINK_GROUP = new RegExp(`^[\\p{Script=Han}、]{0,10}(?:${anyOfWords(LINK_GROUP_ENDINGS)})$`, 'u');

/** A site's bar of today's date: the day the page was saved, no metadata of the article. */
export function isDateBar(simplified: string): boolean {
  return DATE_BAR.test(simplified);
}

/** 3184, 1万, 2.3w: a line that is only a number, a page's counter of views, replies or likes. */
export const BARE_COUNTER = /^\d+(?:\.\d+)?\s*[万千wWkK]?\+?$/u;
/** 写了7763篇文章,获得2次喜欢: an author's counters, two or more clauses of a verb and a count of posts or likes. */
const AUTHOR_COUNTERS = /^(?:\p{Script=Han}{1,2}了?\s*\d+\s*[篇次]\s*\p{Script=Han}{1,3}[,，\s]*){2,}$/u;
/** 《西藏日报》 《西藏商报》 《西藏法制报》: a row of the group's other papers, three titles or more and nothing else. */
const TITLES_ROW = /^(?:《[^《》]{1,20}》[\s|｜、]*){3,}$/u;
/** 鲜花( 1) 鸡蛋( 0): a forum post's vote buttons, two or more words each with its count in brackets. */
const BRACKETED_COUNTERS = /^(?:\p{Script=Han}{1,4}\s*[(（]\s*\d+\s*[)）]\s*){2,}$/u;
/**
 * 天涯百科 百科知识 42 0: a site's or a section's words, a space after each, closing with two counters or more (views,
 * comments): a breadcrumb and its counters, no headline (whose number counts something: 新建 15 所).
 */
const WORDS_AND_COUNTERS = /^(?:[^\s\d，。！？；、：,.;:!?]{1,8}\s+)+\d+(?:\s+\d+)+$/u;
/** 精准·省心·可靠: three or more words of a few Han characters joined by a dot, a site's slogan. */
const SLOGAN = new RegExp(`^\\p{Script=Han}{2,4}(?:\\s*[${SLOGAN_DOTS.join('')}]\\s*\\p{Script=Han}{2,4}){2,}$`, 'u');
/** 标签: 三国演义人物, 已用关键字:减碳,环保,: a tag label and short terms, no sentence. */
const TAG_TERM = '[^\\s,，、。！？；:：!?;]{1,10}';
const TAG_LINKS = new RegExp(
  `^\\p{Script=Han}{0,2}(?:${anyOfWords(TAG_LABELS)})\\s*[:：]\\s*(?:${TAG_TERM}(?:[,，、\\s]+${TAG_TERM})*[,，、]?)?$`,
  'iu',
);
/**
 * 北京哪家医院治疗白癜风正规 https://…: a few words and a web address after a space, no punctuation: a link (an
 * advertiser's, slipped into the page). A sentence or a label before the address (报名网址：https://…) is text.
 */
const WORDS_AND_LINK = /^[\p{Script=Han}A-Za-z\d]{2,20}\s+https?:\/\/\S+$/u;
/** http://www.aiganyu.com/, http://…/2020.mp4?332: a web address alone (no words), a link or a media file left. */
const BARE_LINK = /^(?:https?:\/\/|www\.)[\x21-\x7e]+$/iu;
/**
 * 罕见出土五件古代“蒸锅”,其中一件大有玄2025-02-05: another story's title, cut short, with the date it is listed under
 * glued to it: a teaser of a related-stories list (no sentence closes before the date).
 */
const DATED_TEASER = /^[^。！？!?]*\p{Script=Han}[”」』]?\d{4}-\d{1,2}-\d{1,2}$/u;
/**
 * 活动现场, 会议掠影: a word or two before a scene's ending, a photo's caption naming no event (SCENE_CAPTION_ENDINGS):
 * dropped wherever it stands, and never a headline.
 */
export const SCENE_CAPTION = new RegExp(`^\\p{Script=Han}{1,4}(?:${anyOfWords(SCENE_CAPTION_ENDINGS)})$`, 'u');
const GROUP_PHOTO = new RegExp(`^[^。，！？；,!?;]+(?:${anyOfWords(GROUP_PHOTO_ENDINGS)})$`, 'u');
/** A site's notice is a short paragraph at most. */
const SITE_NOTICE_MAX = 100;
const NOTICE_WORDS = SITE_NOTICES.map(({ subjects, asks }) => ({
  subjects: subjects.map((w) => w.toLowerCase()),
  asks: asks.map((w) => w.toLowerCase()),
}));
const MAIL_ADDRESS = /[a-z0-9._-]+[@#][a-z0-9-]+(?:\.[a-z0-9-]+)+/u;
export const COMMENT_DELIMITERS = [...PAGE_CODE_DELIMITERS.open, ...PAGE_CODE_DELIMITERS.close];
/** [align=center][color=rgb(0, 0, 0)][b]: a run of a forum's formatting tags (FORUM_CODE_TAGS). */
const FORUM_TAGS = `(?:\\[/?(?:${anyOfWords(FORUM_CODE_TAGS)})(?:=[^\\[\\]]{0,40})?\\]\\s*)+`;
/** & u3 Y! Q% j* ]: four marks or more, each one to three Latin letters, digits or signs, a space between. */
const MARKS = '(?:[!-~]{1,3}\\s+){3,}[!-~]{1,3}';
/** A forum's formatting code or anti-copy marks inside a line, each run a part of its own (splitIntoParts). */
export const FORUM_CODE = new RegExp(`${FORUM_TAGS}|(?<=^|\\s|\\])${MARKS}(?=\\s|$)`, 'giu');
const FORUM_TAGS_ONLY = new RegExp(`^${FORUM_TAGS}$`, 'iu');
const MARKS_ONLY = new RegExp(`^${MARKS}$`, 'u');

/**
 * A line or a run FORUM_CODE found is page code when it is tags only, or marks only holding a Latin letter and signs
 * in two of them at least: a row of numbers (1 2 3 4) or of short words is text.
 */
export function isForumCode(run: string): boolean {
  if (FORUM_TAGS_ONLY.test(run)) return true;
  const marks = run.split(/\s+/u);
  return MARKS_ONLY.test(run) && /[A-Za-z]/u.test(run) && marks.filter((m) => /[^A-Za-z\d]/u.test(m)).length >= 2;
}
/** 2025-09-25,12026| 2025-09-24,12018|: an e-paper's calendar or an archive's list of dates. */
const DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/gu;
const LINK_ITEM = new RegExp(`[${LINK_MARKERS.join('')}]([^${LINK_MARKERS.join('')}]*)`, 'gu');
/**
 * 01 礁溪鄉長 張永德: a TV script's name super. The serial number is what tells it from a headline of two phrases
 * (青山鎮長 親自帶隊).
 */
const SPEAKER_SUPER = new RegExp(
  `^\\d{1,2}\\s*\\p{Script=Han}{0,10}(?:${anyOfWords(SPEAKER_TITLE_ENDINGS)})\\s+[\\p{Script=Han}·]{2,4}$`,
  'u',
);
/** What stands before a name's ending: a few characters, no space and no punctuation. */
const BEFORE_NAME_ENDING = '[^\\s，。！？,.!?]{0,10}';
/** 东北网, 青山发布, 网易新闻: the name of a site, an app or an account, by its ending. */
const APP_NAME = `${BEFORE_NAME_ENDING}(?:${anyOfWords([...SITE_NAME_ENDINGS, ...FOLLOW_PROMPT.accountEndings])})`;
/**
 * 某某县委宣传部主办，某某融媒体中心承办, 中共中央宣传部委托新华通讯社主办: clauses each naming an owner of the site by
 * its role, and nothing else — not who held an event (本次活动由镇妇联主办).
 */
const SITE_OWNERS = new RegExp(
  `^(?!.*由)(?:[^，,。！？；;\\s]{2,30}?\\s?(?:${anyOfWords(SITE_OWNER_ROLES)})(?:[，,、;；]\\s*|\\s+|$))+$`,
  'u',
);
/** 安全文化网 www.anquan.com.cn: a site's name and its web address, and nothing else. */
const SITE_AND_ADDRESS = new RegExp(
  `^${BEFORE_NAME_ENDING}(?:${anyOfWords(SITE_NAME_ENDINGS)})\\s*(?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}/?$`,
  'iu',
);
const AD_MARK_LINE = new RegExp(`^(?:(?:${anyOfWords(AD_MARKS)})\\s*)+$`, 'u');
/** 关注东北网, 订阅青山发布: a follow prompt naming the site or one of its accounts. */
const FOLLOW = new RegExp(
  `^(?:(?:${anyOfWords(FOLLOW_PROMPT.readVerbs)})\\s*${APP_NAME}[,，、\\s]+)*(?:${anyOfWords(FOLLOW_PROMPT.verbs)})\\s*${APP_NAME}$`,
  'u',
);
/** 打开网易新闻 查看精彩图片: an app's prompt, opening with the app's name. */
const APP_PROMPT = new RegExp(`^(?:${anyOfWords(APP_PROMPT_VERBS)})\\s*(?:${APP_NAME}|\\S{0,10}app)(?:\\s|$)`, 'iu');
/** 官方微博, 微信公众号: an account's label alone. */
const ACCOUNT_LABEL = new RegExp(`^(?:${anyOfWords([...ACCOUNT_QUALIFIERS, ...ACCOUNT_WORDS])})+$`, 'u');
/**
 * 青山融媒客户端>时事: a breadcrumb of two short names; > 政务公开: one step of a breadcrumb the page wrote a line
 * each.
 */
const SHORT_BREADCRUMB = /^(?:[^>»›，。！？,.!?]{1,12})?\s*[>»›]\s*[^>»›，。！？,.!?]{1,12}$/u;

/**
 * 现在位置: 首页 - 资讯中心 - 标题: a breadcrumb's label (a few Han characters), then steps of a word or two (a
 * clause after the label is no step), then the last one.
 */
const BREADCRUMB_STEP_MAX = 6;
const LABELLED_BREADCRUMB = new RegExp(
  `^\\p{Script=Han}{0,5}${BREADCRUMB_LABEL_ENDING}\\s*[:：](?:\\s*[^\\s，,、。]{1,${BREADCRUMB_STEP_MAX}}(?:\\s[-–/]\\s|\\s*[>»›]))+\\s*\\S`,
  'u',
);

export function furnitureReason(simplified: string): RemovalCode | undefined {
  const text = simplified.trim();
  const bare = text.replace(/^[\s[【(（‖|]+|[\s\]】)）|]+$/gu, '').toLowerCase();
  // ::: (an access-key marker), ——, ***: no letter and no digit.
  if (!/[\p{L}\p{N}]/u.test(bare)) return 'removed.separator';
  // 网友：, 分享: a label left without its value is a label all the same.
  // 删除 删除: a row of button words however many.
  if (bare.split(/\s+/u).every((w) => WHOLE_WORDS.has(w.replace(/[:：]$/u, '')))) return 'removed.buttonOrLabel';
  if (AUTHOR_COUNTERS.test(bare) || BRACKETED_COUNTERS.test(text)) return 'removed.counter';
  if (TITLES_ROW.test(text)) return 'removed.navigation';
  // 【更多新闻】强化传统市场防疫 …: a related-stories label opening a line of teasers, however long the line.
  const label = /^[【[]([^】\]]{2,8})[】\]]/u.exec(text)?.[1];
  if (label && PHRASES.some((p) => p.reason === RELATED && p.phrase === label)) return RELATED;
  if (IMAGE_FILE_NAMES.test(text) || FILE_NAME_STEM.test(text)) return 'removed.imageFileName';
  if (IMAGE_ALT_TEXTS.test(text) || PHOTO_PLACEHOLDER.test(text)) return 'removed.imageAltText';
  if (!plainSlashes(text).replace(PHOTO_CREDIT, '').trim() || isPhotoNote(text)) return 'removed.photoCredit';
  if (SUMMARY_BOX.test(text)) return 'removed.summaryBox';
  if (DISCLAIMER.test(text)) return 'removed.copyrightNotice';
  if (SHARE_LABEL.test(text) && !text.includes('。')) return 'removed.shareBar';
  if (isAccountLine(text)) return 'removed.appPrompt';
  if (COMMENT_DELIMITERS.some((d) => text.includes(d)) || isForumCode(text)) return 'removed.pageCode';
  const lowered = text.toLowerCase();
  const notice = [...text].length <= NOTICE_MAX ? NOTICES.find((p) => lowered.includes(p.phrase)) : undefined;
  if (notice) return notice.reason;
  if (isReprintNotice(text)) return COPYRIGHT;
  if (isShortWithWordOfEach(text, NOTICE_MAX, READER_SIGN_OFF.openings, READER_SIGN_OFF.asks))
    return 'removed.shareBar';
  if (isSiteNotice(lowered)) return 'removed.standingReminder';
  if (isShortWithWordOfEach(text, LOGIN_PROMPT_MAX, LOGIN_PROMPT.verbs, LOGIN_PROMPT.asks)) return 'removed.navigation';
  if (
    isShortWithWordOfEach(text, LOGIN_BAR_MAX, LOGIN_PROMPT.verbs, LOGIN_PROMPT.credentials) &&
    !/[。！？]/u.test(text)
  )
    return 'removed.navigation';
  if (isLoginForm(text)) return 'removed.navigation';
  if (BARE_COUNTER.test(text) || WORDS_AND_COUNTERS.test(text)) return 'removed.counter';
  if (SLOGAN.test(text)) return 'removed.standingReminder';
  if (WORDS_AND_LINK.test(text) || BARE_LINK.test(text)) return 'removed.linkRow';
  if (TAG_LINKS.test(text)) return 'removed.navigation';
  if (LABELLED_BREADCRUMB.test(text) && !/[。！？]/u.test(text)) return 'removed.breadcrumb';
  if (PREVIOUS_AND_NEXT.test(text) || LINK_GROUP.test(text)) return 'removed.navigation';
  // Rows of dates and of links, however long.
  if (!/\p{Script=Han}/u.test(text) && (text.match(DATE)?.length ?? 0) >= 2) return 'removed.navigation';
  const links = [...text.matchAll(LINK_ITEM)];
  if (
    LINK_MARKERS.some((m) => text.startsWith(m)) &&
    links.length >= 2 &&
    links.every((l) => !/[，。；！？、：,;!?]/u.test(l[1]!))
  )
    return 'removed.linkRow';
  if ([...text].length > FURNITURE_MAX || text.includes('。')) return undefined;
  // A phrase glued to the end of a headline (…“迷彩”线相关信息) leaves the line a headline: cut when chosen.
  const named = withoutQuotedTerms(lowered);
  const phrase = PHRASES.find((p) => named.includes(p.phrase) && !gluedAtEnd(lowered, p.phrase));
  if (phrase) return phrase.reason;
  if (isCommentBox(lowered) || isReadingPrompt(text) || DATED_TEASER.test(text)) return RELATED;
  if (FOLLOW.test(text) || APP_PROMPT.test(text)) return 'removed.appPrompt';
  if (SITE_AND_ADDRESS.test(text) || SITE_OWNERS.test(text) || AD_MARK_LINE.test(text)) return 'removed.siteFooter';
  if (ACCOUNT_LABEL.test(bare)) return 'removed.shareBar';
  if (SPEAKER_SUPER.test(text) || SCENE_CAPTION.test(text) || GROUP_PHOTO.test(text)) return 'removed.photoCredit';
  if (EPAPER_PAGE_LABEL.test(text)) return 'removed.navigation';
  // 首页 > 乡镇动态 > 正文, 中国文明网 / 安徽文明网群, 客户端>时事: breadcrumbs; 即时 热门 政治 军武 …: a menu.
  if ((text.match(/\s[>»›/]\s|\s*[>»›]\s*/gu)?.length ?? 0) >= 2 || SHORT_BREADCRUMB.test(text))
    return 'removed.breadcrumb';
  // 首页 > 县区正阳县 王勿桥乡…: a trail opening with a page's button word, down to the headline it ends with.
  const trailStart = /^([^>»›]{1,6}?)\s*[>»›]/u.exec(text)?.[1];
  if (trailStart && WHOLE_WORDS.has(trailStart.toLowerCase())) return 'removed.breadcrumb';
  const words = text.split(/\s+/u);
  const menuItem = (w: string) => [...w].length <= MENU_ITEM_MAX && countHan(w) <= MENU_ITEM_HAN;
  if (words.length >= 5 && words.every(menuItem) && !/[，。！？；、：,.;!?]/u.test(text)) return 'removed.menu';
  return undefined;
}

/** A term in quotation marks: “扫码关”, 「場所碼」. */
const QUOTED_TERM = /[“「『]([^“”「」『』]+)[”」』]/gu;

/**
 * 把好“扫码关”: a furniture phrase inside a longer quoted term is the article naming a slogan or a campaign, no
 * button; a quote holding just the phrase (点击“阅读原文”) is a button's label. The line without such terms.
 */
function withoutQuotedTerms(lowered: string): string {
  return lowered.replace(QUOTED_TERM, (quoted, term: string) =>
    PHRASES.some((p) => p.phrase === term) ? quoted : ' ',
  );
}

/** 乖乖在家看影片:, (往下還有更多精彩文章!): a short line in brackets or ending with a colon that points at more to see. */
export function isReadingPrompt(text: string): boolean {
  const framed = /^[(（【[].*[)）】\]]$|[:：]$/u.test(text);
  return framed && [...text].length <= READING_PROMPT_MAX && READING_PROMPT_WORDS.some((w) => text.includes(w));
}

/**
 * 未经许可，任何渠道、平台请勿转载: a condition and a reprint act in one paragraph; 本网站所刊载信息，不代表…观点: the site
 * disclaiming the views it carries; 凡本网注明…版权均属…: the site claiming the rights to it.
 */
function isReprintNotice(text: string): boolean {
  return (
    isShortWithWordOfEach(text, NOTICE_MAX, REPRINT_NOTICE.conditions, REPRINT_NOTICE.acts) ||
    isShortWithWordOfEach(text, NOTICE_MAX, VIEWS_DISCLAIMER.sites, VIEWS_DISCLAIMER.denials, VIEWS_DISCLAIMER.views) ||
    isShortWithWordOfEach(text, NOTICE_MAX, RIGHTS_CLAIM.sites, RIGHTS_CLAIM.claims) ||
    isShortWithWordOfEach(text, NOTICE_MAX, TAKEDOWN_NOTICE.infringements, TAKEDOWN_NOTICE.removals)
  );
}

/** `text` has at most `max` characters and holds a word of each list: how a widget's or a notice's line is told. */
function isShortWithWordOfEach(text: string, max: number, ...lists: readonly (readonly string[])[]): boolean {
  return [...text].length <= max && lists.every((words) => words.some((w) => text.includes(w)));
}

/** 评论一下, 评论 0人参与，0条评论, 还没有评论，快来抢沙发吧！: a comment box's short line, no sentence of an article. */
function isCommentBox(lowered: string): boolean {
  return isShortWithWordOfEach(lowered, COMMENT_BOX_MAX, COMMENT_BOX.subjects, COMMENT_BOX.widgets);
}

/** 检索: 帐户 密码 记录帐户: a login form's fields, two or more words holding a credential, in a few words, no sentence. */
function isLoginForm(text: string): boolean {
  const fields = text.split(/\s+/u).filter((w) => LOGIN_PROMPT.credentials.some((c) => w.includes(c)));
  return [...text].length <= LOGIN_BAR_MAX && fields.length >= 2 && !/[，,。！？!?]/u.test(text);
}

/** (hai_xiantao)官方微信。: an account word and a Latin handle in one short line. */
function isAccountLine(text: string): boolean {
  return (
    [...text].length <= ACCOUNT_LINE_MAX && ACCOUNT_HANDLE.test(text) && ACCOUNT_WORDS.some((w) => text.includes(w))
  );
}

/** 您的浏览器版本太低，请升级…, 【投稿请邮件 …】: a short line holding a subject and an ask of one kind of site notice. */
export function isSiteNotice(lower: string): boolean {
  return NOTICE_WORDS.some(({ subjects, asks }) =>
    MAIL_ADDRESS.test(lower)
      ? isShortWithWordOfEach(lower, SITE_NOTICE_MAX, subjects)
      : isShortWithWordOfEach(lower, SITE_NOTICE_MAX, subjects, asks),
  );
}

/**
 * The phrase closes the line, alone or in brackets (…街头工作 [复制链接]), after a headline's worth of Han characters,
 * and appears nowhere else in it: how many characters at the line's end it takes (0 when it does not).
 */
export function gluedTail(line: string, phrase: string): number {
  const at = line.indexOf(phrase);
  if (at === -1 || at !== line.lastIndexOf(phrase)) return 0;
  const tail = /^(?:[\]】)]\s*)?$/u.exec(line.slice(at + phrase.length))?.[0];
  if (tail === undefined) return 0;
  const opening = tail ? /[[【(]\s*$/u.exec(line.slice(0, at)) : null;
  if (tail && !opening) return 0;
  const start = opening ? opening.index : at;
  return countHan(line.slice(0, start)) >= GLUED_MIN_HAN ? line.length - start : 0;
}

/** The phrase closes the line after a headline's worth of Han characters (gluedTail). */
export function gluedAtEnd(line: string, phrase: string): boolean {
  return gluedTail(line, phrase) > 0;
}
