// `npm run build [-- --outDir <folder>]`: builds the site into a staging folder, indexes it for search, checks it,
// and only then swaps it into dist/ — so dist/ is always the last complete site, whatever fails, and a second build
// at the same time is refused. A failure is reported like the content check's problems: file:line:column, no stack.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { buildSearchIndex } from './searchIndex.ts';
import { cacheDir, contentDir } from '../src/config/build.ts';
import { checkContent } from '../src/lib/content/checkContent.ts';
import { formatProblem, type Problem } from '../src/lib/content/problem.ts';
import { takeBuildLock } from '../src/lib/publish/buildLock.ts';
import { checkBuiltSite } from '../src/lib/publish/checkBuiltSite.ts';
import { describeBuildError } from '../src/lib/publish/describeBuildError.ts';
import { prepareStaging, stagedOutput, swapIntoPlace } from '../src/lib/publish/stagedOutput.ts';

const { values: args } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const output = stagedOutput(resolve(args.outDir));
const shown = args.outDir.replace(/\/?$/, '/');

/** Stops the build, leaving the live site as it was. */
function refuse(problems: Problem[]): never {
  console.error(
    `\nThe build failed — ${shown} was not changed (the live site stays as it was):\n` +
      problems.map((problem) => '  ' + formatProblem(problem)).join('\n'),
  );
  process.exit(1);
}

let lock: ReturnType<typeof takeBuildLock>;
try {
  lock = takeBuildLock(output.lock);
} catch (error) {
  refuse(describeBuildError(error));
}
if (!lock.taken) {
  console.error(
    `Another build (process ${lock.holder}) is writing ${shown} now: this one stops, and ${shown} is left to it.\n` +
      `Wait for it to finish, then build again.`,
  );
  process.exit(1);
}
process.on('exit', lock.release);

try {
  prepareStaging(output);
  await build({ outDir: output.staging });
  console.log(`\nIndexing the site for search…`);
  const search = await buildSearchIndex(output.staging, { cacheDir: cacheDir() });
  const missing = checkBuiltSite(output.staging);
  if (missing.length) refuse(missing);
  swapIntoPlace(output);
  const pages = readdirSync(output.live, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  console.log(
    `\nBuilt ${pages.length} pages into ${shown}, search index of ${search.pages} Simplified pages in ` +
      `${shown}pagefind/ (${search.reused} of ${search.shards} shards unchanged since the last build).\n` +
      `Preview: npm run preview, then open http://localhost:4321/`,
  );
} catch (error) {
  refuse(contentProblems() ?? describeBuildError(error));
}

/**
 * The content check's problems, if it has any: Astro reads articles' frontmatter with a parser of its own before
 * the check runs, and its message for a mistake there (a tab, an unclosed quote) is not written for staff.
 */
function contentProblems(): Problem[] | undefined {
  try {
    const { problems } = checkContent(contentDir());
    return problems.length ? problems : undefined;
  } catch {
    return undefined; // the build's own error is then told instead
  }
}
