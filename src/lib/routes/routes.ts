import { LOCALES, type Locale } from '../../config/locales.ts';
import type { UiKey } from '../../i18n/ui.ts';
import { articlePath, embedPath, PAGE_PATHS, townPath } from './paths.ts';

/**
 * Every page of the site, once per locale: what each `getStaticPaths` returns, what the navigation links to, and
 * which pages carry a share panel (and so a QR code). One list, so adding a page type is one entry here and one file
 * in src/pages/.
 */
export interface Route {
  kind: RouteKind;
  /** The page's path after the locale (`articles/<slug>/`). */
  path: string;
  /** The page's own parameter in its file name (`[slug]`, `[town]`, `[chart]`), for pages made from content. */
  params: Record<string, string>;
}

/** The kinds of page: the fixed ones, and the three made from content. */
export type RouteKind = keyof typeof PAGE_PATHS | 'article' | 'town' | 'embed';

/** Which kinds of page end with a share panel: the QR code a resident scans from a printed notice. */
export const SHARED_KINDS: ReadonlySet<RouteKind> = new Set(['article', 'town']);

/** The main navigation, in order: a page, and the interface text naming it. */
export const NAVIGATION = [
  { kind: 'home', label: 'nav.home' },
  { kind: 'data', label: 'nav.data' },
  { kind: 'search', label: 'nav.search' },
  { kind: 'about', label: 'nav.about' },
] as const satisfies readonly { kind: keyof typeof PAGE_PATHS; label: UiKey }[];

/** The site's pages after the locale: the fixed pages, an article page per article, a town page per town, an embed page per chart. */
export function siteRoutes(articleSlugs: string[], townSlugs: string[], chartIds: string[]): Route[] {
  const fixed = (Object.keys(PAGE_PATHS) as (keyof typeof PAGE_PATHS)[]).map((kind) => ({
    kind,
    path: PAGE_PATHS[kind],
    params: {},
  }));
  return [
    ...fixed,
    ...articleSlugs.map((slug) => ({ kind: 'article' as const, path: articlePath(slug), params: { slug } })),
    ...townSlugs.map((town) => ({ kind: 'town' as const, path: townPath(town), params: { town } })),
    ...chartIds.map((chart) => ({ kind: 'embed' as const, path: embedPath(chart), params: { chart } })),
  ];
}

/** A route in one locale, as a page's props. */
export interface LocalizedRoute {
  locale: Locale;
  route: Route;
}

/** `getStaticPaths` for one kind of page: each route of that kind in every locale (`lang` is the locale's id). */
export function staticPaths(routes: readonly Route[], kind: RouteKind) {
  const ofKind = routes.filter((route) => route.kind === kind);
  return LOCALES.flatMap((locale) =>
    ofKind.map((route) => ({
      params: { lang: locale.id, ...route.params },
      props: { locale, route } satisfies LocalizedRoute,
    })),
  );
}
