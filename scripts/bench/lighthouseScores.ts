import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './serveStatic.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Lighthouse's mobile scores (its default: a throttled mid-range phone) for pages of a built site, served locally
 * and loaded in Debian's Chromium, headless. Scores are 0–100 per page.
 */
export async function lighthouseScores(dist: string, paths: string[]): Promise<Record<string, Record<string, number>>> {
  const { url, server } = await serveStatic(dist);
  const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    const scores: Record<string, Record<string, number>> = {};
    for (const path of paths) {
      const result = await lighthouse(new URL(path, url).href, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const categories = result!.lhr.categories;
      scores[`/${path}`] = Object.fromEntries(
        CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
      );
    }
    return scores;
  } finally {
    chrome.kill();
    server.close();
  }
}
