import { pinyin } from 'pinyin-pro';
import { categoryById } from '../../config/categories.ts';

/** A township's name in a text: two to four characters before 镇, 乡 or 街道 (either script). */
const TOWNSHIP = /(\p{Script=Han}{2,4}?)(?:镇|鎮|乡|鄉|街道)/u;
/** How many syllables of the title stand for the topic when no figure says it. */
const TOPIC_SYLLABLES = 4;

export interface SlugParts {
  /** The town's slug, when the import recognised a town of the site. */
  townSlug?: string;
  /** The headline (or the first sentence), where a township's name and the topic are looked for. */
  title: string;
  /** The category most of the article's figures belong to (other, the catch-all, names no topic). */
  category?: string;
  /** YYYY-MM-DD. */
  published?: string;
}

/**
 * A readable ASCII slug for an imported article, from pinyin (pinyin-pro, which reads polyphones by word: 乐平 is
 * leping): the town, the topic and the day, `daxin-kouzhao-0220`. The town is the site's slug for it, else the
 * township the headline names; the topic is the pinyin of the main category's name (口罩), else of the headline's first
 * words. Parts that cannot be known are left out; nothing is a hash.
 */
export function articleSlug({ townSlug, title, category, published }: SlugParts): string {
  const township = TOWNSHIP.exec(title);
  const town = townSlug ?? (township && syllables(township[1]!).join(''));
  // 其他 names no topic: an article mostly of other figures would be qita-0907, qita-0907-2…
  const topicText = category && category !== 'other' ? categoryById(category)?.label : undefined;
  const topic = topicText
    ? syllables(topicText).join('')
    : syllables(title.replace(township?.[0] ?? '', ''))
        .slice(0, TOPIC_SYLLABLES)
        .join('');
  const day = published?.slice(5).replace('-', '');
  // Only lowercase ASCII letters, digits and single hyphens (slugSchema), whatever a town's slug or --town holds.
  const slug = [town, topic, day]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'article';
}

/** The pinyin of the Han characters in `text`, syllable by syllable, without tones; other characters dropped. */
function syllables(text: string): string[] {
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  if (!han) return [];
  return pinyin(han, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * `slug`, or `slug-2`, `slug-3`… : the first that `taken` says is free. Two imports of one article get one slug only
 * if the caller's `taken` says the first is the same article.
 */
export function freeSlug(slug: string, taken: (candidate: string) => boolean): string {
  let candidate = slug;
  for (let n = 2; taken(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}
