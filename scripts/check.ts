// `npm run check`: validates all content and lists every problem at once, as file:line:column  message  (fix).
// GONGSHI_CONTENT_DIR checks another content folder (default: content/).
import { contentDir } from '../src/config/build.ts';
import { checkContent } from '../src/lib/check/checkContent.ts';
import { formatProblem } from '../src/lib/content/problem.ts';

const { content, problems } = checkContent(contentDir());

if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} found. Fix them and run npm run check again.`,
  );
  process.exit(1);
}
const entries = content.tallies.reduce((n, t) => n + t.data.entries.length, 0);
console.log(
  `Content OK: ${content.articles.length} articles, ${content.towns.length} towns, ${entries} tally entries.`,
);
