import { join } from 'node:path';
import { checkContent } from '../../src/lib/check/checkContent.ts';
import type { MessageLanguage } from '../../src/i18n/messages/message.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

/**
 * The bad-input corpus: each folder is a small complete content folder with one mistake staff could make (the
 * `valid` one has none).
 */
export const BAD_CONTENT = join(import.meta.dirname, '../fixtures/bad-content');

/** The check's problems for a content folder, each as staff (or, in English, developers) read it, with paths from that folder. */
export const problemsIn = (dir: string, language: MessageLanguage) =>
  checkContent(dir, { displayRoot: dir }).problems.map((problem) => formatProblem(problem, language));
