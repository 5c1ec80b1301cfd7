import { say } from '../../i18n/messages/message.ts';
import { detectScript, type ScriptDetection } from '../conversion/detectScript.ts';
import type { ScriptConverter } from '../conversion/createConverter.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

const NAMES = { hans: say('script.hans'), hant: say('script.hant'), mixed: say('script.mixed') } as const;

/**
 * Each article is written in one script, the one its `script:` says: a page converted from mixed text would be
 * wrong in both scripts. HTML comments (editors' notes) and inline overrides ([[简|繁]]) hold both on purpose.
 */
/** Script detection of a whole text; the build passes one that remembers verdicts across builds. */
export type Detect = (text: string, converter: ScriptConverter) => ScriptDetection;

export function checkScripts(
  content: Content,
  converter: ScriptConverter,
  detectWith: Detect = detectScript,
): Problem[] {
  const detect = (text: string) => detectWith(text, converter);
  return content.articles.flatMap((article) => {
    // A wrong `script:` shows in every field at once: one problem says it.
    const body = checkBodyScript(article, converter, detect);
    return body.length ? body : checkFrontmatterScripts(article, detect);
  });
}

/** Frontmatter text shown on pages: pages convert it from the article's script, so it must be in that script. */
const SHOWN_FIELDS = [
  ['title'],
  ['summary'],
  ['byline'],
  ['undated', 'period'],
  ['source', 'publication'],
  ['source', 'note'],
];

type Article = Content['articles'][number];

function checkFrontmatterScripts(article: Article, detect: (text: string) => ScriptDetection): Problem[] {
  const declared = article.data.script;
  const fields = [...SHOWN_FIELDS, ...article.data.tags.map((_, i) => ['tags', i])];
  return fields.flatMap((path): Problem[] => {
    const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], article.data);
    if (typeof value !== 'string') return [];
    const found = detect(value).script;
    if (found === 'neutral' || found === declared) return [];
    return [
      {
        file: article.file,
        ...article.locate(path),
        message: say('script.fieldMismatch', {
          field: path.join('.'),
          found: NAMES[found],
          declared,
          declaredName: NAMES[declared],
        }),
        fix: say('fix.writeFieldInScript', { declaredName: NAMES[declared] }),
      },
    ];
  });
}

function checkBodyScript(
  article: Article,
  converter: ScriptConverter,
  detect: (text: string) => ScriptDetection,
): Problem[] {
  // Blank what is exempt but keep its line breaks, so line numbers still point into the file.
  const text = article.body
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/\[\[[^\]\n]*\]\]/g, ' ');
  const whole = detect(text);
  const declared = article.data.script;
  if (whole.script === 'neutral' || whole.script === declared) return [];
  const lines = text.split('\n');
  const other = declared === 'hans' ? 'hant' : 'hans';
  const index = lines.findIndex((line) => {
    const found = detectScript(line, converter);
    return found.script === 'mixed' || found[other] > 0;
  });
  const line = article.bodyLine + Math.max(0, index);
  const column = index < 0 ? 1 : firstForeign(lines[index]!, other, converter) + 1;
  if (whole.script === 'mixed') {
    return [
      {
        file: article.file,
        line,
        column,
        message: say('script.textMixed', { hans: whole.hans, hant: whole.hant }),
        fix: say('fix.writeArticleInScript', { declaredName: NAMES[declared], declared }),
      },
    ];
  }
  return [
    {
      file: article.file,
      ...article.locate(['script']),
      message: say('script.declaredOther', {
        declared,
        declaredName: NAMES[declared],
        foundName: NAMES[whole.script],
      }),
      fix: say('fix.writeScript', { script: whole.script }),
    },
  ];
}

/** Index (in UTF-16 units, as editors count columns) of the first character only the other script writes. */
function firstForeign(line: string, other: 'hans' | 'hant', converter: ScriptConverter): number {
  let offset = 0;
  for (const char of line) {
    if (detectScript(char, converter).script === other) return offset;
    offset += char.length;
  }
  return 0;
}
