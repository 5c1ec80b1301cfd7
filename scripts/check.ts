// `npm run check`: validates all content and lists every problem at once, as file:line:column  message  (fix):
// first those that stop the site, then those in drafts and entries pending review, which wait for review.
// GONGSHI_CONTENT_DIR checks another content folder (default: content/).
import { contentDir } from '../src/config/build.ts';
import { checkContent } from '../src/lib/check/checkContent.ts';
import { draftProblemsWaiting } from '../src/lib/check/draftProblems.ts';
import { formatProblem } from '../src/lib/content/problem.ts';

const { content, problems, draftProblems, warnings } = checkContent(contentDir());

for (const problem of problems) console.error(formatProblem(problem));
if (draftProblems.length) {
  console.error(`${problems.length ? '\n' : ''}草稿中的问题（不影响发布）：`);
  for (const problem of draftProblems) console.error(formatProblem(problem));
}
if (warnings.length) {
  console.error(`${problems.length || draftProblems.length ? '\n' : ''}值得一看（不影响发布）：`);
  for (const warning of warnings) console.error(formatProblem(warning));
}
const waiting = draftProblems.length ? ` ${draftProblemsWaiting(draftProblems.length)}。` : '';
if (problems.length) {
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} found. Fix them and run npm run check again.${waiting}`,
  );
  process.exit(1);
}
const entries = content.tallies.reduce((n, t) => n + t.data.entries.length, 0);
console.log(
  `${draftProblems.length ? '\n' : ''}Content OK: ${content.articles.length} articles, ${content.towns.length} towns, ${entries} tally entries.${waiting}`,
);
