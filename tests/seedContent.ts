import { join } from 'node:path';

/**
 * The content the `site` tests build and check: a copy of the seed articles (tests/fixtures/seed-content/), never
 * the office's content/, which may hold anything.
 */
export const SEED_CONTENT_DIR = join(import.meta.dirname, 'fixtures/seed-content');
