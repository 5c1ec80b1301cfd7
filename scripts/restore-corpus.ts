// `node scripts/restore-corpus.ts [folder…]`: lists the import corpus's raw texts missing on this machine, as JSON
// (folder, file, bytes, sha256, source, the query its README records, the title), for asking the search store again.
// `node scripts/restore-corpus.ts --write answers.json`: writes each text of `{"<folder>/<file>": "<text>"}` into the
// corpus only if its sha256 is the manifest's, so a restored file is exactly the text that was annotated.
// The raw texts are third-party text and never committed (see the corpus READMEs); a new machine has none of them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const corpusDir = fileURLToPath(new URL('../tests/fixtures/import-corpus/', import.meta.url));

interface RawFile {
  folder: string;
  file: string;
  bytes: number;
  sha256: string;
  source?: string;
  query?: string;
  title?: string;
}

/** A manifest row names the raw file, then its bytes and sha256; the query is in a cell, or a numbered one. */
const MANIFEST_ROW = /^\|\s*`?([\w.-]+\.txt)`?\s*\|.*?\|\s*(\d+)\s*\|\s*`?([0-9a-f]{64})`?\s*\|(.*)$/u;
const NUMBERED_QUERY = /\((\d+)\)\s*`([^`]+)`/gu;

function manifest(folder: string): RawFile[] {
  const readme = readFileSync(join(corpusDir, folder, 'README.md'), 'utf8');
  const numbered = new Map<string, string>();
  for (const [, number, query] of readme.matchAll(NUMBERED_QUERY))
    if (!numbered.has(number!)) numbered.set(number!, query!);
  return readme.split('\n').flatMap((line) => {
    const row = MANIFEST_ROW.exec(line);
    if (!row) return [];
    const [, file, bytes, sha256, rest] = row;
    const cell = /\((\d+)\)(?:\s*`([^`]+)`)?/u.exec(rest!) ?? /`([^`]+)`/u.exec(rest!);
    const query = cell?.length === 3 ? (cell[2] ?? numbered.get(cell[1]!)) : cell?.[1];
    const annotation = join(corpusDir, folder, file!.replace(/\.txt$/u, '.expected.yaml'));
    const expected = existsSync(annotation)
      ? (parse(readFileSync(annotation, 'utf8')) as { source?: string; title?: string })
      : {};
    return [
      {
        folder,
        file: file!,
        bytes: Number(bytes),
        sha256: sha256!,
        source: expected.source,
        query,
        title: expected.title,
      },
    ];
  });
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const { values, positionals } = parseArgs({ options: { write: { type: 'string' } }, allowPositionals: true });
const folders = positionals.length
  ? positionals
  : readdirSync(corpusDir)
      .filter((name) => name.startsWith('pages-'))
      .sort();
const files = folders.flatMap(manifest);

if (values.write) {
  const wanted = new Map(files.map((f) => [`${f.folder}/${f.file}`, f]));
  const answers = JSON.parse(readFileSync(values.write, 'utf8')) as Record<string, string>;
  for (const [key, text] of Object.entries(answers)) {
    const entry = wanted.get(key);
    if (!entry) console.log(`unknown  ${key}`);
    else if (sha256(text) !== entry.sha256)
      console.log(`MISMATCH ${key}: ${Buffer.byteLength(text)} bytes, the manifest says ${entry.bytes}`);
    else {
      writeFileSync(join(corpusDir, entry.folder, entry.file), text);
      console.log(`ok       ${key}`);
    }
  }
} else {
  const missing = files.filter((f) => !existsSync(join(corpusDir, f.folder, f.file)));
  console.log(JSON.stringify(missing, null, 1));
  console.error(`${missing.length} of ${files.length} raw texts missing`);
}
