import { say } from '../../i18n/messages/message.ts';
import { describe, expect, it } from 'vitest';
import { ContentError, type Problem } from '../content/problem.ts';
import { describeBuildError } from './describeBuildError.ts';

const problem: Problem = {
  file: 'content/a.md',
  line: 3,
  column: 7,
  message: say('reference.unknownTown', { town: 'x' }),
  fix: say('fix.articleFileName'),
};

describe('a failed build, told in the check’s format', () => {
  it('gives the content problems an error carries, however deeply Astro wrapped it', () => {
    const wrapped = new Error('An unhandled error occurred while running a hook', {
      cause: new Error('inner', { cause: new ContentError([problem]) }),
    });
    expect(describeBuildError(wrapped)).toEqual([problem]);
  });

  it('places an error at the file, line and column it names, with its hint as the fix, and no stack', () => {
    const error = Object.assign(new Error('Could not find requested image `./a.jpg`.\n    at render (x.js:1:1)'), {
      loc: { file: '/site/content/articles/a.md', line: 12, column: 4 },
      hint: 'Is the path correct?',
    });
    expect(describeBuildError(error, '/site')).toEqual([
      {
        file: 'content/articles/a.md',
        line: 12,
        column: 4,
        message: say('build.error', { error: 'Could not find requested image `./a.jpg`.' }),
        fix: say('fix.toolHint', { hint: 'Is the path correct?' }),
      },
    ]);
  });

  it('tells the first error a bundler gathered, not its "Build failed with 1 error"', () => {
    const bundled = Object.assign(new Error('Build failed with 1 error:'), {
      errors: [Object.assign(new Error('Could not find requested image `./missing.jpg`. Does it exist?'), {})],
    });
    expect(describeBuildError(bundled)[0]!.message).toEqual(
      say('build.error', { error: 'Could not find requested image `./missing.jpg`. Does it exist?' }),
    );
  });

  it('says a full disk or an unwritable folder in plain words, at the path', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      path: '/site/.dist.staging/index.html',
    });
    expect(describeBuildError(full, '/site')).toEqual([
      {
        file: '.dist.staging/index.html',
        line: 1,
        column: 1,
        message: say('build.diskFull'),
        fix: say('fix.freeDisk'),
      },
    ]);
  });
});
