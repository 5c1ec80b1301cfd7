// Regenerates the README's screenshots (docs/screenshot-<page>-<locale>.png) from dist/ at phone width.
// Run through `npm run screenshots`, which builds first.
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../src/config/locales.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/server.ts';

const PAGES = { home: '', article: 'articles/nixi-wang-jinshui/', data: 'data/' };
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const docs = fileURLToPath(new URL('../docs/', import.meta.url));

const [browser, server] = await Promise.all([launchBrowser(), serveStatic(dist)]);
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  for (const locale of LOCALES) {
    for (const [name, path] of Object.entries(PAGES)) {
      await page.goto(`${server.origin}/${locale.id}/${path}`);
      // The data page's first chart (below the contents list) draws when near the viewport: bring it into view, and
      // give it its entry animation.
      if (name === 'data') {
        await page.locator('figure[data-chart]').first().scrollIntoViewIfNeeded();
        await page.locator('figure[data-chart] canvas').first().waitFor();
      }
      await page.waitForTimeout(name === 'data' ? 1200 : 100);
      const file = `${docs}screenshot-${name}-${locale.id}.png`;
      await page.screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
