// `npm run check`: validates all content and lists every problem at once, as file:line:column  message  (fix):
// first those that stop the site, then those in drafts and entries pending review, which wait for review.
// Messages are in Chinese; `--lang en` (or GONGSHI_LANG=en) writes them in English.
// GONGSHI_CONTENT_DIR checks another content folder (default: content/).
import { contentDir } from '../src/config/build.ts';
import { chosenLanguage, render, say, type Message } from '../src/i18n/messages/message.ts';
import { checkContent } from '../src/lib/check/checkContent.ts';
import { formatProblem } from '../src/lib/content/problem.ts';

const language = chosenLanguage();
const said = (message: Message) => render(message, language);
const { content, problems, draftProblems, warnings } = checkContent(contentDir());

for (const problem of problems) console.error(formatProblem(problem, language));
if (draftProblems.length) {
  console.error(`${problems.length ? '\n' : ''}${said(say('check.draftHeading'))}`);
  for (const problem of draftProblems) console.error(formatProblem(problem, language));
}
if (warnings.length) {
  console.error(`${problems.length || draftProblems.length ? '\n' : ''}${said(say('check.warningHeading'))}`);
  for (const warning of warnings) console.error(formatProblem(warning, language));
}
const waiting = draftProblems.length
  ? ` ${said(say('check.draftProblemsWaiting', { count: draftProblems.length }))}`
  : '';
if (problems.length) {
  console.error(`\n${said(say('check.failed', { count: problems.length }))}${waiting}`);
  process.exit(1);
}
const entries = content.tallies.reduce((n, t) => n + t.data.entries.length, 0);
const counts = { articles: content.articles.length, towns: content.towns.length, entries };
console.log(`${draftProblems.length ? '\n' : ''}${said(say('check.passed', counts))}${waiting}`);
