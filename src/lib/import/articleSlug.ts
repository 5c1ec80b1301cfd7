import { createHash } from 'node:crypto';

/**
 * An ASCII slug for an imported article. There is no pinyin dictionary among the dependencies, so the slug is the
 * publication date (or `import`) plus a short hash of the cleaned text: unique per text, stable on re-import (so a
 * second import of the same text is caught as "file exists"). `--slug` chooses a readable one.
 */
export function articleSlug(text: string, published?: string): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return `${published ?? 'import'}-${hash}`;
}
