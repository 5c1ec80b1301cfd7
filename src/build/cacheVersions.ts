/**
 * What decides a cached result besides its key, per cache: a cache written under another version is ignored
 * (diskCache.ts), so editing our code, upgrading a library or the glossary never serves a stale result.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GlossaryEntry } from '../lib/schema/glossary.ts';

const packageVersion = (name: string): string =>
  (JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

const digest = (...parts: (string | Buffer)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url');
};

/** The source files of one of our code folders (tests aside), in name order. */
const codeOf = (dir: string): Buffer[] =>
  readdirSync(resolve(dir))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => readFileSync(join(resolve(dir), name)));

/** Our conversion code (src/lib/conversion/), the locale list and OpenCC's version: script detections. */
export function detectionVersion(): string {
  return digest(
    ...codeOf('src/lib/conversion'),
    readFileSync(resolve('src/config/locales.ts')),
    packageVersion('opencc-js'),
  );
}

/** Conversions: what decides a detection, and the glossary. */
export function conversionVersion(glossary: readonly GlossaryEntry[]): string {
  return digest(detectionVersion(), JSON.stringify(glossary));
}

/** YAML values: our parsing code and the parser's version. */
export function yamlVersion(): string {
  return digest(readFileSync(resolve('src/lib/content/parseYamlFile.ts')), packageVersion('yaml'));
}

/** QR codes: our drawing code and the encoder's version. */
export function qrVersion(): string {
  return digest(readFileSync(resolve('src/lib/share/qrSvg.ts')), packageVersion('qrcode'));
}

/** The search index's text: our code that reads a page's text for search (src/lib/search/), its settings, the parser. */
export function searchTextVersion(): string {
  return digest(
    ...codeOf('src/lib/search'),
    readFileSync(resolve('src/config/search.ts')),
    packageVersion('node-html-parser'),
  );
}
