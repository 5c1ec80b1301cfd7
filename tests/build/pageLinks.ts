import { readdirSync } from 'node:fs';
import type { BuiltPageLinks } from '../../src/lib/quality/brokenLinks.ts';
import type { BuiltPage } from './distFiles.ts';

/** Every file of a built site, as paths inside it. */
export function siteFiles(distDir: string): Set<string> {
  return new Set(readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/')));
}

/** The links (href and src of every element) and ids of each page, for the link check. */
export function pageLinks(pages: BuiltPage[]): BuiltPageLinks[] {
  return pages.map(({ file, root }) => ({
    file,
    links: root
      .querySelectorAll('[href], [src]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
      .filter(Boolean),
    ids: root.querySelectorAll('[id]').map((el) => el.id),
  }));
}
