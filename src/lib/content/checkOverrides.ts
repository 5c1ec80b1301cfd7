import { say } from '../../i18n/messages/message.ts';
import { OVERRIDE } from '../conversion/toScript.ts';
import { findMarkup } from '../schema/plainText.ts';
import { blankComments } from './blankComments.ts';
import { bodyPositions } from './bodyPositions.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/** The override syntax conversion resolves (`[[简体|繁體]]`, `[[=文字]]`), matched only where it is tried. */
const OVERRIDE_HERE = new RegExp(OVERRIDE.source, 'uy');

/** Where a problem found at `offset` of an article's body is in its file. */
type Locate = (offset: number) => { line: number; column: number };

/**
 * Every `[[` in an article's text starts an override that conversion resolves: one it cannot resolve (`[[于书记|]]`,
 * `[[甲|乙|丙]]`, an unclosed `[[`) is shown to readers with its brackets. Overrides are plain text, like the
 * glossary. Comments are not shown, so what is in them is not checked.
 */
export function checkOverrides(content: Content): Problem[] {
  return content.articles.flatMap((article) => {
    if (!article.body.includes('[[')) return [];
    // Comments are blanked character for character, so offsets in the text are offsets in the body.
    const text = blankComments(article.body);
    return overrideProblems(text, bodyPositions(article.body, article.bodyLine).at).map((p) => ({
      file: article.file,
      ...p,
    }));
  });
}

function overrideProblems(text: string, locate: Locate): Omit<Problem, 'file'>[] {
  const problems: Omit<Problem, 'file'>[] = [];
  let at = text.indexOf('[[');
  while (at >= 0) {
    OVERRIDE_HERE.lastIndex = at;
    const override = OVERRIDE_HERE.exec(text);
    if (override) {
      const markup = override
        .slice(1)
        .map((form) => form && findMarkup(form))
        .find(Boolean);
      if (markup) {
        problems.push({
          ...locate(at),
          message: say('override.holdsMarkup', { override: override[0], markup }),
          fix: say('fix.plainText'),
        });
      }
      at = text.indexOf('[[', at + override[0].length);
      continue;
    }
    if (text[at + 2] === '[') {
      at += 1; // [[[: an override may start at the next bracket
      continue;
    }
    const newline = text.indexOf('\n', at);
    const close = text.indexOf(']]', at + 2);
    if (close < 0 || (newline >= 0 && close > newline)) {
      problems.push({
        ...locate(at),
        message: say('override.notClosed'),
        fix: say('fix.closeOverride'),
      });
      at = text.indexOf('[[', at + 2);
    } else {
      problems.push({
        ...locate(at),
        message: say('override.malformed', { text: text.slice(at, close + 2) }),
        fix: say('fix.overrideForms'),
      });
      at = text.indexOf('[[', close + 2);
    }
  }
  return problems;
}
