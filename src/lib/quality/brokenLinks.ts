export interface BuiltPageLinks {
  /** Path inside the built site, e.g. `zh-hans/data/index.html`. */
  file: string;
  /** Every href and src on the page, as written. */
  links: string[];
  /** Every id on the page: targets for #fragments. */
  ids: string[];
}

/**
 * Internal links of a built site that lead nowhere: a missing file, a missing #fragment, or a root-relative link
 * that ignores the site's `base` (/zh-hans/ on a site served from /gongshi/). Links to other hosts, mailto: and
 * data: are not checked; absolute links to `site` (canonical, alternates) are. `files` are every file of the site,
 * paths as in `file`.
 */
export function brokenLinks(
  pages: BuiltPageLinks[],
  files: ReadonlySet<string>,
  base: string,
  site = 'https://site.invalid',
): string[] {
  const origin = new URL(site).origin;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const ids = new Map(pages.map((p) => [p.file, new Set(p.ids)]));
  const broken: string[] = [];
  for (const page of pages) {
    const here = new URL(page.file, `${origin}${prefix}`);
    for (const link of page.links) {
      const url = new URL(link, here);
      if (url.origin !== origin) continue;
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(prefix)) {
        broken.push(`${page.file}: ${link} (outside ${prefix})`);
        continue;
      }
      const inside = path.slice(prefix.length);
      const target = [inside, `${inside}index.html`, `${inside}/index.html`].find((f) => f !== '' && files.has(f));
      if (!target) broken.push(`${page.file}: ${link}`);
      else if (url.hash && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${page.file}: ${link} (no #${url.hash.slice(1)} there)`);
      }
    }
  }
  return broken;
}
