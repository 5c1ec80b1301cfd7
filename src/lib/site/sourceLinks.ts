import type { Localizer } from '../i18n/localizer.ts';
import type { SiteModel } from './siteModel.ts';

/** The articles a chart's figures come from, as titles in the locale's script with their page path. */
export function sourceLinks(model: SiteModel, slugs: string[], l: Localizer): { slug: string; title: string }[] {
  return slugs.flatMap((slug) => {
    const article = model.articleBySlug.get(slug);
    return article ? [{ slug, title: l.t(article.data.title) }] : [];
  });
}
