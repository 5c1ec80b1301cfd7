/**
 * Photos beside articles: the check accepts a described photo of a real format beside its article, and refuses,
 * at the line of the image, every photo the build could not show or should not (Astro would fail the whole build
 * on a missing one, naming no article). tests/fixtures/photos/photo.jpg is a 64×48 JPEG drawn by sharp for these tests.
 */
import { appendFileSync, copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES } from '../../src/config/photos.ts';
import { checkContent } from '../../src/lib/check/checkContent.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

const valid = join(import.meta.dirname, '../fixtures/bad-content/valid');
const photo = join(import.meta.dirname, '../fixtures/photos/photo.jpg');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The valid content with the photo beside its article, and `markdown` added at the end of the article. */
function problemsWith(markdown: string, files: Record<string, string | Buffer> = {}): string[] {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-photos-'));
  cpSync(valid, dir, { recursive: true });
  copyFileSync(photo, join(dir, 'articles/nixi-masks-1.jpg'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'articles', name), bytes);
  appendFileSync(join(dir, 'articles/nixi-masks.md'), `\n${markdown}\n`);
  return checkContent(dir, { displayRoot: dir }).problems.map((p) => formatProblem(p, 'en'));
}

/** The line the added Markdown starts on: the valid article has 12 lines, then a blank one. */
const at = 'articles/nixi-masks.md:14';

it('accepts a described photo beside the article, written with or without ./, inline or by reference', () => {
  expect(
    problemsWith(
      '![发放现场](./nixi-masks-1.jpg)\n\n![发放现场][p]\n\n[p]: nixi-masks-1.jpg\n\n[![图](./nixi-masks-1.jpg)](./nixi-masks-1.jpg)',
    ),
  ).toEqual([]);
});

it.each([
  [
    '![现场](https://tracker.example.net/a.jpg)',
    `${at}:1  the photo "https://tracker.example.net/a.jpg" is on another website: the site shows only its own photos  (save the photo in content/articles/, beside the article, and write ![说明](./photo.jpg))`,
  ],
  [
    '![现场](../towns/a.jpg)',
    `${at}:1  the photo "../towns/a.jpg" is not beside the article  (save the photo in content/articles/, beside the article, and write ![说明](./photo.jpg))`,
  ],
  [
    '文中 ![现场](./logo.svg)',
    `${at}:4  "logo.svg" is not a photo the site can show (it shows jpg, jpeg, png, gif, webp, avif)  (save the photo as .jpg or .png, and change its name here)`,
  ],
  [
    '![现场](./nixi-mask-1.jpg)',
    `${at}:1  the photo "nixi-mask-1.jpg" is not in content/articles/  (did you mean "./nixi-masks-1.jpg"?)`,
  ],
  [
    '![现场](./elsewhere.png)',
    `${at}:1  the photo "elsewhere.png" is not in content/articles/  (add the photo beside the article, or correct its name here)`,
  ],
  [
    '![](./nixi-masks-1.jpg)',
    `${at}:1  the photo "nixi-masks-1.jpg" has no description  (describe it between the brackets, e.g. ![泥溪镇发放口罩现场](./photo.jpg): screen readers read it to residents who cannot see the photo)`,
  ],
])('refuses %s', (markdown, problem) => {
  expect(problemsWith(markdown)).toEqual([problem]);
});

it('refuses a file named as a photo that is something else, and a photo too large to send to phones', () => {
  expect(problemsWith('![现场](./renamed.png)', { 'renamed.png': 'not a picture at all' })).toEqual([
    `${at}:1  "renamed.png" is not a PNG image, though its name says so  (open it in a picture viewer and save it again as .jpg or .png)`,
  ]);
  const huge = Buffer.alloc(MAX_PHOTO_BYTES + 1);
  huge.set([0xff, 0xd8, 0xff]);
  expect(problemsWith('![现场](./huge.jpg)', { 'huge.jpg': huge })).toEqual([
    `${at}:1  the photo "huge.jpg" is too large (10.0 MB; the limit is 10 MB)  (save a smaller copy (a phone photo of 1–3 MB is plenty))`,
  ]);
});
