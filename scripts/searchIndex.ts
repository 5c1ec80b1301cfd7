import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index into `<siteDir>/pagefind/`: one index per `<html lang>` (so zh-Hans and zh-Hant
 * pages are searched separately), over each page's `data-pagefind-body`. Run after every build, and by the tests'
 * global setup, so the index always matches the pages.
 */
export async function buildSearchIndex(siteDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
