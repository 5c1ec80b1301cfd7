/** Photo credits and captions: 记者 张三 摄, (圖/鄉公所提供), 翻攝自Pinkoi, wherever a page puts them. */
import {
  BRACKETED_SUPPLIER_ENDINGS,
  CAPTION_MARKS,
  FURNITURE_PHRASES,
  GRAPHIC_CREDIT,
  PHOTO_CREDIT_LABELS,
  PHOTO_CREDIT_SCOPE,
  PHOTO_SOURCE_NOTE,
  PHOTO_SUPPLIER_ENDINGS,
  PHOTOGRAPHER_ENDINGS,
  PHOTOGRAPHER_ROLES,
} from '../../config/pageFurniture.ts';
import { plainSlashes } from './extractProvenance.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';

const PHOTO_CREDITS = FURNITURE_PHRASES['removed.photoCredit'] ?? [];
const NAMES = '[\\p{Script=Han}·]{2,4}(?:[\\s、][\\p{Script=Han}·]{2,4})*';
const PHOTOGRAPHER_ROLE = `(?:${anyOfWords(PHOTOGRAPHER_ROLES)})`;
/** 青山镇党政办供图, 记者 张三 摄 (not 航拍摄). */
const CREDIT_WORDS =
  `(?:[^\\s()（）。！？，,]{2,20}?(?:${anyOfWords(PHOTO_SUPPLIER_ENDINGS)})` +
  `|(?:${PHOTOGRAPHER_ROLE}\\s*)?${NAMES}\\s*(?<!拍)(?:${anyOfWords(PHOTOGRAPHER_ENDINGS)}))`;
/** 本文图片均为青山日报记者张三摄: a credit for all the photos, at the start of a line or after a sentence. */
const SCOPED_CREDIT =
  `(?:^|(?<=[。！？!?]))(?:${anyOfWords(PHOTO_CREDIT_SCOPE.scopes)})(?:${anyOfWords(PHOTO_CREDIT_LABELS)})` +
  `(?:${anyOfWords(PHOTO_CREDIT_SCOPE.verbs)})[^。！？，,]{0,20}?${PHOTOGRAPHER_ROLE}\\s*${NAMES}\\s*(?:${anyOfWords(PHOTOGRAPHER_ENDINGS)})`;
/**
 * A photo credit: in brackets wherever it stands ((圖/吉安鄉公所提供), （记者 张三 摄）, (示意圖,資料照)), or without
 * them closing a line after a sentence or a space (图为志愿者在卡点值守。青山镇供图).
 */
export const PHOTO_CREDIT = new RegExp(
  `[(（]\\s*(?:(?:${anyOfWords(PHOTO_CREDIT_LABELS)})\\s*[/:：][^()（）。！？]{1,30}|${CREDIT_WORDS}` +
    // (北港鎮公所提供/張朝欣雲林傳真): the supplier's credit and the reporter's after a slash.
    `|[^\\s()（）。！？，,]{2,20}?(?:${anyOfWords(BRACKETED_SUPPLIER_ENDINGS)})(?:\\s*/[^\\s()（）。！？，,/]{2,20})?` +
    `|[^()（）]*(?:${anyOfWords(PHOTO_CREDITS)})[^()（）]*)\\s*[)）]` +
    `|(?:^|(?<=[。！？!?\\s]))(?:${CREDIT_WORDS}|(?:${anyOfWords(PHOTO_CREDIT_LABELS)})\\s*[/:：]\\s*[^\\s()（）。！？，,]{1,30})$` +
    `|${SCOPED_CREDIT}`,
  'gu',
);

/**
 * 捐赠物资交接现场茂名晚报记者吴昊摄: a photo caption closing with its photographer, never a headline (nor one closing
 * with a bracketed credit: isCaption).
 */
const CAPTION_CREDIT = new RegExp(
  `${PHOTOGRAPHER_ROLE}\\s*${NAMES}\\s*(?:${anyOfWords(PHOTOGRAPHER_ENDINGS)})[)）]?$`,
  'u',
);
/** ▲鄉公所舉辦防火宣導: a caption's mark opening the line. */
const CAPTION_MARK = new RegExp(`^[${CAPTION_MARKS.join('')}]`, 'u');
/** …巡迴峨眉海報    何高祿編製: a poster's caption closing with a space and its maker. */
const GRAPHIC_CAPTION = new RegExp(
  `(?:${anyOfWords(GRAPHIC_CREDIT.graphics)})\\s+${NAMES}\\s*(?:${anyOfWords(GRAPHIC_CREDIT.makers)})$`,
  'u',
);
/** …清潔隊防疫消毒。(鄉公所提供): a line closing with a photo credit. */
const CLOSING_CREDIT = new RegExp(`(?:${PHOTO_CREDIT.source})$`, 'u');

/** One clause of a photo's source note: 翻摄自Pinkoi, 示意图, 下同. */
const PHOTO_NOTE_CLAUSE = new RegExp(
  `^(?:(?:${anyOfWords(PHOTO_SOURCE_NOTE.words)})\\s*(?:(?:${anyOfWords(PHOTO_SOURCE_NOTE.links)})\\s*[:：]?\\s*\\S{1,30})?` +
    `|${anyOfWords(PHOTO_SOURCE_NOTE.alone)})$`,
  'u',
);
/** A photo's source note is a short line. */
const PHOTO_NOTE_MAX = 40;

/** 翻攝自Pinkoi,下同。: a short line whose every clause is a photo's source note. */
export function isPhotoNote(text: string): boolean {
  const clauses = text
    .split(/[，,。.；;]+/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
  return [...text].length <= PHOTO_NOTE_MAX && clauses.length > 0 && clauses.every((c) => PHOTO_NOTE_CLAUSE.test(c));
}

/**
 * A photo caption: a line opening with a caption's mark (▲…), closing with its photographer or a photo credit
 * (…清潔隊防疫消毒。(鄉公所提供)), or a poster's closing with its maker.
 */
export function isCaption(simplified: string): boolean {
  return (
    CAPTION_MARK.test(simplified) ||
    CAPTION_CREDIT.test(simplified) ||
    GRAPHIC_CAPTION.test(simplified) ||
    CLOSING_CREDIT.test(plainSlashes(simplified))
  );
}

/**
 * ▲县议员赠送消毒液喷罐。(示意图,非当事照), …場面壯觀。(圖/吉安鄉公所提供)吉安鄉…: the bracketed photo credits go,
 * the caption and the paragraph around them stay.
 */
export function withoutPhotoCredits(text: string, toSimplified: (text: string) => string) {
  const credits: string[] = [];
  let kept = '';
  let from = 0;
  // Positions are the same in both scripts and with plain slashes: the credits are cut from the text as written.
  for (const m of plainSlashes(toSimplified(text)).matchAll(PHOTO_CREDIT)) {
    kept += text.slice(from, m.index);
    credits.push(text.slice(m.index, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  return { text: (kept + text.slice(from)).trim(), credits };
}
