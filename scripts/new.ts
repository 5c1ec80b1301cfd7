// `npm run new -- article <slug> [town]` or `npm run new -- tally <article-slug>`: writes a new content file to
// fill in (see docs/publishing.md). Never overwrites a file. `--lang en` (or GONGSHI_LANG=en): English messages.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentDir } from '../src/config/build.ts';
import { OFFICE } from '../src/consts.ts';
import { chosenLanguage, render, say, withoutLanguage, type Message } from '../src/i18n/messages/message.ts';
import { slugSchema } from '../src/lib/schema/article.ts';
import { scaffold } from '../src/lib/scaffold/scaffold.ts';
import { officeDate } from '../src/lib/site/officeDate.ts';

const language = chosenLanguage();
const said = (message: Message) => render(message, language);
const [kind, slug, town] = withoutLanguage(process.argv.slice(2));
if ((kind !== 'article' && kind !== 'tally') || !slug || !slugSchema.safeParse(slug).success) {
  console.error(said(say('new.usage')));
  process.exit(1);
}

const dir = contentDir();
const today = officeDate(new Date(), OFFICE.timeZone);
// A tally's units are written in its article's script.
const articlePath = ['md', 'mdx'].map((ext) => join(dir, 'articles', `${slug}.${ext}`)).find((p) => existsSync(p));
const script = articlePath && /^script:\s*hant/m.test(readFileSync(articlePath, 'utf8')) ? 'hant' : 'hans';
if (kind === 'tally' && !articlePath) console.warn(said(say('new.noArticleYet', { slug })));

const file = scaffold(kind, { slug, today, town, script });
const path = join(dir, file.path);
if (existsSync(path)) {
  console.error(said(say('new.exists', { path: relative('.', path) })));
  process.exit(1);
}
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, file.text);
console.log(said(say('new.written', { path: relative('.', path) })));
