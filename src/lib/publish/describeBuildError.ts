import { say, type Message } from '../../i18n/messages/message.ts';
import { relative } from 'node:path';
import { ContentError, type Problem } from '../content/problem.ts';

/** The parts of the errors a build meets (Astro's, Vite's, Rolldown's, Node's) that say where and what. */
interface BuildErrorLike {
  message?: string;
  hint?: string;
  code?: string;
  path?: string;
  id?: string;
  loc?: { file?: string; line?: number; column?: number };
  cause?: unknown;
  /** A bundler's "Build failed with N errors": the errors themselves. */
  errors?: unknown[];
}

/**
 * What to tell the office when a build fails after the content check passed: the content problems if the error
 * carries them (Astro wraps what its hooks throw), else one problem in the check's format, placed at the file the
 * error names, in plain words for the failures that are not the content's (a full disk, a folder that may not be
 * written). Never a stack trace: the office cannot act on one.
 */
export function describeBuildError(error: unknown, root = process.cwd()): Problem[] {
  for (let cause: unknown = error; cause; cause = (cause as BuildErrorLike).cause) {
    if (cause instanceof ContentError) return cause.problems;
  }
  let failure = (error ?? {}) as BuildErrorLike;
  while (failure.errors?.length) failure = failure.errors[0] as BuildErrorLike;
  const system = failure.code ? SYSTEM_FAILURES[failure.code] : undefined;
  const file = failure.loc?.file ?? failure.id ?? failure.path;
  return [
    {
      file: file ? relative(root, file) : '(build)',
      line: failure.loc?.line ?? 1,
      column: Math.max(1, failure.loc?.column ?? 1),
      message: system?.message ?? firstLine(failure.message ?? String(error)),
      fix: system?.fix ?? (failure.hint ? say('fix.toolHint', { hint: failure.hint }) : say('fix.correctNamedFile')),
    },
  ];
}

/** Node's error codes for failures of the machine, not of the content. */
const SYSTEM_FAILURES: Record<string, Pick<Problem, 'message' | 'fix'>> = {
  ENOSPC: { message: say('build.diskFull'), fix: say('fix.freeDisk') },
  EDQUOT: { message: say('build.quotaUsed'), fix: say('fix.freeDisk') },
  EACCES: { message: say('build.noPermission'), fix: say('fix.checkPermissionsNamed') },
  EPERM: { message: say('build.noPermission'), fix: say('fix.checkPermissionsNamed') },
  EROFS: { message: say('build.readOnly'), fix: say('fix.writableDisk') },
};

/** Library messages append code frames and stack lines; the first line says what went wrong. */
function firstLine(message: string): Message {
  const line = message
    .split('\n')
    .find((text) => text.trim())
    ?.trim();
  return line ? say('build.error', { error: line }) : say('build.failed');
}
