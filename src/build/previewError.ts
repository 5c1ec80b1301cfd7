import { resolve } from 'node:path';
import { chosenLanguage, render, say } from '../i18n/messages/message.ts';
import { formatProblem, type ContentError } from '../lib/content/problem.ts';

/**
 * Content problems as `astro dev`'s overlay shows them to staff: every problem, the first one's file around its line
 * (the overlay reads `loc`), what to do next, and no stack trace into the project's code.
 */
export function previewError(error: ContentError): Error {
  const language = chosenLanguage();
  const first = error.problems[0]!;
  return Object.assign(new Error(error.problems.map((problem) => formatProblem(problem, language)).join('\n')), {
    name: render(say('preview.name'), language),
    title: render(say('preview.title', { count: error.problems.length }), language),
    hint: render(say('preview.hint'), language),
    loc: { file: resolve(first.file), line: first.line, column: first.column },
    stack: '',
  });
}
