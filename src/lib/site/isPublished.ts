import type { Article } from '../schema/article.ts';
import { officeDate } from './officeDate.ts';

/**
 * Whether an article may be on the site at `now`: not a draft, and not dated after today in the office's time
 * zone (a future date schedules it; the first build on or after that day publishes it). Undated articles are
 * published.
 */
export function isPublished(article: Pick<Article, 'draft' | 'published'>, now: Date, timeZone: string): boolean {
  if (article.draft) return false;
  if (!article.published) return true;
  return article.published <= officeDate(now, timeZone);
}
