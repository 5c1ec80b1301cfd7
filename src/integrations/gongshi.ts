import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentDir } from '../config/build.ts';
import { LOCALES } from '../config/locales.ts';
import { SEARCH_LOCALE } from '../config/search.ts';
import { formatBuildStats } from '../build/buildStats.ts';
import { prepareSite, type PreparedSite } from '../build/prepareSite.ts';
import { buildSearchIndex } from '../build/searchIndex.ts';
import { checkCachesAreCold } from '../build/buildCaches.ts';
import { warmCaches, type Warmed } from '../build/warmCaches.ts';
import { reloadOnContentChange } from '../build/devReload.ts';
import { previewError } from '../build/previewError.ts';
import { articlesThatStopAstro } from '../lib/content/articlesThatStopAstro.ts';
import type { SiteAddress } from '../lib/i18n/localizer.ts';
import { ContentError, formatProblemList, formatRefusal, type Problem } from '../lib/content/problem.ts';
import { chosenLanguage, render, say } from '../i18n/messages/message.ts';
import { takeBuildLock } from '../lib/publish/buildLock.ts';
import { checkBuiltSite } from '../lib/publish/checkBuiltSite.ts';
import { describeBuildError } from '../lib/publish/describeBuildError.ts';
import { prepareStaging, stagedOutput, swapIntoPlace, type StagedOutput } from '../lib/publish/stagedOutput.ts';
import { searchCharMap } from '../lib/search/searchCharMap.ts';
import type { Site } from '../lib/site/createSite.ts';
import { provideSite } from '../site.ts';

/**
 * Everything the site needs from the build besides Astro's pages, so `astro build` alone makes the whole site:
 *
 * - setup: one build at a time per output folder (a lock), written into a staging folder beside it, so the live
 *   site is only ever replaced by a complete one; articles that would stall or stop Astro's own reading of the
 *   content (runaway YAML or Markdown, frontmatter its parser refuses) are checked before Astro reads them; on a
 *   cold build, a second thread fills the check's caches meanwhile (src/build/warmCaches.ts);
 * - build start: the content check (every problem at file:line:column, and nothing is written), then the site the
 *   pages show (src/site.ts);
 * - build done: the caches saved, `search-chars.json` and the search index written, the result checked, and the
 *   staging folder swapped into place.
 *
 * Errors go through Astro's logger as the check's problems, never as a stack trace. `astro dev` gets the site alone,
 * made again after any change in the content folder (src/build/devReload.ts).
 */
export function gongshi(): AstroIntegration {
  let prepared: PreparedSite | undefined;
  let output: StagedOutput;
  /** The output folder as messages name it (relative to the project when inside it). */
  let outputName = '';
  let address: SiteAddress;
  /** The second thread, when the caches were cold; what it did, and how long the build waited for it. */
  let warming: Promise<Warmed> | undefined;
  const second = { scriptCheckMs: 0, waitedMs: 0 };
  /** Astro's cache folder (GONGSHI_CACHE_DIR in astro.config.mjs, or a build's own): the build's caches go there too. */
  let caches: string;
  return {
    name: 'gongshi',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        address = { base: config.base, origin: new URL(config.site ?? 'http://localhost:4321') };
        caches = fileURLToPath(config.cacheDir);
        if (command === 'dev') provideSite(() => previewSite(caches, address));
        if (command !== 'build') return;
        const live = fileURLToPath(config.outDir).replace(/\/$/, '');
        output = stagedOutput(live);
        const fromHere = relative('.', live);
        outputName = `${fromHere.startsWith('..') ? live : fromHere}/`;
        lockOrStop(output, outputName, logger);
        prepareStaging(output);
        updateConfig({ outDir: pathToFileURL(`${output.staging}/`) });
        // Astro's content sync, which comes next, would be stalled or stopped by these: check first.
        if (articlesThatStopAstro(join(contentDir(), 'articles')).length) {
          prepared = checkOrStop(caches, address, logger);
        } else if (checkCachesAreCold(caches)) warming = warmCaches(caches, address);
      },
      'astro:server:setup': ({ server }) => {
        reloadOnContentChange(server, contentDir(), () => provideSite(() => previewSite(caches, address)));
      },
      'astro:build:start': async ({ logger }) => {
        const start = performance.now();
        const warmed = await warming;
        second.waitedMs = performance.now() - start;
        if (warmed && 'failed' in warmed) {
          logger.warn(
            `The second thread, which fills the caches, stopped (${warmed.failed}): this build does its work.`,
          );
        } else if (warmed) second.scriptCheckMs = warmed.scriptCheckMs;
        const site = (prepared ??= checkOrStop(caches, address, logger)).site;
        provideSite(() => site);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        try {
          const { caches: kept, shown, scriptCheckMs } = prepared!;
          for (const cache of Object.values(kept)) cache.save();
          // Characters a reader may type in another script → the indexed script's, from the pages' own text.
          const others = LOCALES.filter((locale) => locale.id !== SEARCH_LOCALE.id);
          const pairs = function* () {
            for (const locale of others) yield* shown.pairs(locale, SEARCH_LOCALE);
          };
          writeFileSync(new URL('search-chars.json', dir), JSON.stringify(searchCharMap(pairs())));
          logger.info('Indexing the site for search…');
          const start = performance.now();
          const search = await buildSearchIndex(fileURLToPath(dir), { cacheDir: caches });
          const searchIndexMs = performance.now() - start;
          const missing = checkBuiltSite(output.staging);
          if (missing.length) stop(missing, outputName, logger);
          swapIntoPlace(output);
          const { ms, computed, diskHits, memoryHits } = kept.conversions.stats;
          logger.info(
            formatBuildStats({
              conversionMs: ms + scriptCheckMs,
              converted: computed,
              fromDiskCache: diskHits,
              fromMemory: memoryHits,
              scriptCheckMs,
              qrDrawn: kept.qrCodes.stats.computed,
              secondThreadScriptCheckMs: second.scriptCheckMs,
              waitedForSecondThreadMs: second.waitedMs,
              searchIndexMs,
              searchShards: search.shards,
              searchShardsReused: search.reused,
            }),
          );
          logger.info(
            `Built ${pages.length} pages into ${outputName}, with a search index of their ${search.pages} ` +
              `${SEARCH_LOCALE.label} pages. Preview: npm run preview, then open http://localhost:4321/`,
          );
        } catch (error) {
          stop(describeBuildError(error), outputName, logger);
        }
      },
    },
  };
}

/** Takes the output folder's lock, or stops the build: another build is writing there. */
function lockOrStop(output: StagedOutput, outputName: string, logger: AstroIntegrationLogger): void {
  let lock: ReturnType<typeof takeBuildLock>;
  try {
    lock = takeBuildLock(output.lock);
  } catch (error) {
    stop(describeBuildError(error), outputName, logger);
  }
  if (!lock.taken) {
    logger.error(render(say('build.locked', { holder: lock.holder, output: outputName }), chosenLanguage()));
    process.exit(1);
  }
  process.on('exit', lock.release);
}

/**
 * Reads and checks the content and prepares the site, or lists the content's problems and ends the build; problems
 * in drafts do not stop it, and are counted in a warning. The problems are the whole message for staff: thrown, they
 * would come wrapped in Astro's "unhandled error in a hook" with a stack trace into our code. Nothing has been
 * written at either point this runs.
 */
function checkOrStop(cacheDir: string, address: SiteAddress, logger: AstroIntegrationLogger): PreparedSite {
  let prepared: PreparedSite;
  try {
    prepared = prepareSite(cacheDir, address);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    logger.error(formatRefusal(error.problems, chosenLanguage()));
    process.exit(1);
  }
  const waiting = prepared.draftProblems.length;
  if (waiting) {
    const count = say('check.draftProblemsWaiting', { count: waiting });
    logger.warn(render(say('build.draftProblemsSeeCheck', { waiting: count }), chosenLanguage()));
  }
  return prepared;
}

/** The site `astro dev` shows; content problems go to the page's error overlay, in the words staff read. */
function previewSite(cacheDir: string, address: SiteAddress): Site {
  try {
    return prepareSite(cacheDir, address).site;
  } catch (error) {
    throw error instanceof ContentError ? previewError(error) : error;
  }
}

/** Ends the build, leaving the live site as it was. */
function stop(problems: Problem[], outputName: string, logger: AstroIntegrationLogger): never {
  logger.error(formatProblemList(say('build.stopped', { output: outputName }), problems, chosenLanguage()));
  process.exit(1);
}
