import { say } from '../../i18n/messages/message.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../config/locales.ts';
import { SEARCH_DIR } from '../../config/search.ts';
import type { Problem } from '../content/problem.ts';

/**
 * The last look before a staged site goes live: the entry pages of every locale and the search index are there.
 * A build that stopped short of them (a step skipped, an index that failed quietly) must not replace a whole site.
 */
export function checkBuiltSite(siteDir: string): Problem[] {
  const required = ['index.html', ...LOCALES.map((locale) => `${locale.id}/index.html`), `${SEARCH_DIR}pagefind.js`];
  return required
    .filter((file) => !existsSync(join(siteDir, file)))
    .map((file) => ({
      file,
      line: 1,
      column: 1,
      message: say('build.missingFile'),
      fix: say('fix.buildAgain'),
    }));
}
