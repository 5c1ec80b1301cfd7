import { localeByScript, type Script } from '../../config/locales.ts';
import { OFFICE } from '../../consts.ts';
import type { ArticleSource } from '../content/readContent.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { articlePath, townPath } from '../routes/paths.ts';
import { figureRows, type FigureRow } from './figureRows.ts';
import { noticeView, type DateView, type NoticeView } from './noticeView.ts';
import type { SiteModel } from './siteModel.ts';

/** An article as its page, its card and its feed entry show it, in one locale. */
export interface ArticleView {
  slug: string;
  /** Its page, after the locale, and the link to it. */
  path: string;
  href: string;
  title: string;
  summary: string;
  byline?: string;
  /** 2020年2月20日 (always with its year), or the honest "undated" line with the period covered. */
  dateLine: string;
  published?: string;
  source: { publication?: string; url?: string; note?: string };
  /** The script the article was written in. */
  script: Script;
  /** The page in the script it was written in, when this one is converted. */
  original?: { href: string; lang: string };
  town: { slug: string; name: string; href: string };
  tags: string[];
  figures: FigureRow[];
  /** A correction the office made after publication (frontmatter `corrected`): the only "updated" date shown. */
  correction?: DateView & { note: string };
  notice: NoticeView;
}

export function articleView(model: SiteModel, article: ArticleSource, l: Localizer): ArticleView {
  const { data } = article;
  // The content check verified that these fields are in the article's script.
  const t = (text: string) => l.t(text, data.script);
  const town = model.townBySlug.get(data.town)!;
  const path = articlePath(article.slug);
  const original = localeByScript(data.script);
  return {
    slug: article.slug,
    path,
    href: l.href(path),
    title: t(data.title),
    summary: t(data.summary),
    byline: data.byline && t(data.byline),
    dateLine: data.published
      ? l.date(data.published)
      : `${l.ui('article.undated')}（${l.ui('article.covers')}：${t(data.undated!.period)}）`,
    published: data.published,
    source: {
      publication: data.source.publication && t(data.source.publication),
      url: data.source.url,
      note: data.source.note && t(data.source.note),
    },
    script: data.script,
    original:
      original.id === l.locale.id
        ? undefined
        : { href: l.alternates(path).find((page) => page.locale.id === original.id)!.href, lang: original.lang },
    town: { slug: town.slug, name: l.t(town.data.name), href: l.href(townPath(town.slug)) },
    tags: data.tags.map(t),
    figures: figureRows(model.recordsByArticle.get(article.slug) ?? [], l),
    correction: data.corrected && {
      iso: data.corrected.date,
      text: l.date(data.corrected.date),
      note: t(data.corrected.note),
    },
    notice: noticeView(OFFICE, l, data.notice, data.published),
  };
}
