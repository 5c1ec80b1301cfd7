import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { LOCALES } from '../../src/config/locales.ts';
import { serveStatic, type StaticServer } from './server.ts';

/** Debian's Chromium; elsewhere (an Ubuntu CI runner, whose chromium is a snap) GONGSHI_CHROMIUM names a browser. */
export const CHROMIUM = process.env.GONGSHI_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The system Chromium, headless. Missing Chromium is a failure, not a skip: the browser tests are part of
 * `npm test`, and a green run without them would prove nothing.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}; the browser tests need it. ` +
        'Install it with: apt-get install -y chromium fonts-noto-cjk (.ci/run does this on a fresh machine).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** One path of each page type, after the locale. */
export const PAGE_TYPES = {
  home: '',
  data: 'data/',
  about: 'about/',
  search: 'search/',
  article: 'articles/nixi-wang-jinshui/',
  town: 'towns/shagou/',
} as const;

/** One chart's embed page (the first built), after the locale. */
export function embedPath(): string {
  return `embed/${readdirSync(join(inject('distDir'), LOCALES[0]!.id, 'embed'))[0]}/`;
}

/** The notice mode of an article and a town page (the page itself at `#notice`), after the locale. */
export const NOTICES = {
  'article notice': 'articles/shagou-wang-fangtai/#notice',
  'town notice': 'towns/nixi/#notice',
} as const;

/**
 * For a test file: the built site served on loopback and one browser, started before its tests and closed after.
 * Read `browser` and `origin` inside tests (they exist once `beforeAll` has run).
 */
export function useSiteInBrowser(): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(inject('distDir'))]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return server!.origin;
    },
  };
}
