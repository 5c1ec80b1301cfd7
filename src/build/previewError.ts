import { resolve } from 'node:path';
import { formatProblem, type ContentError } from '../lib/content/problem.ts';

/**
 * Content problems as `astro dev`'s overlay shows them to staff: every problem, the first one's file around its line
 * (the overlay reads `loc`), what to do next, and no stack trace into the project's code.
 */
export function previewError(error: ContentError): Error {
  const first = error.problems[0]!;
  return Object.assign(new Error(error.problems.map(formatProblem).join('\n')), {
    name: '内容检查',
    title: '内容有问题，页面暂时无法显示',
    hint: '按每行括号里的说明改好文件并保存，这一页会自动刷新。',
    loc: { file: resolve(first.file), line: first.line, column: first.column },
    stack: '',
  });
}
