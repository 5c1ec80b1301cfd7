import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative } from 'node:path';
import { CONTENT_FOLDERS, REFUSED_FILES, type FileKind } from '../../config/contentFiles.ts';
import { slugSchema } from '../schema/article.ts';
import type { Problem } from './problem.ts';
import { suggestName } from './suggestName.ts';

export interface ContentFiles {
  /** Per folder of CONTENT_FOLDERS, the files the check reads, sorted by name. */
  read: Record<string, string[]>;
  glossary?: string;
  /** Files of a kind the check reads that it cannot read as one (in a subfolder, a broken link…). */
  refused: string[];
  problems: Problem[];
}

/** What a path is to the check: a file or folder it may read, nothing, or why it may not read it. */
type Entry = 'file' | 'folder' | 'missing' | { message: string; fix: string };

/**
 * The files under `contentDir` the check reads, and a problem for everything else in its folders: a folder or
 * link where a file should be, a file in a subfolder (Astro's loader would find an article there that the check
 * never read), a file of no known kind, a refused one (SVG). Links are followed only to files inside the content
 * folder: content may not make the build read files outside it. Never throws.
 */
export function listContentFiles(contentDir: string, shown: (path: string) => string): ContentFiles {
  const problems: Problem[] = [];
  const refused: string[] = [];
  const report = (path: string, message: string, fix: string) =>
    problems.push({ file: shown(path), line: 1, column: 1, message, fix });
  const root = realPath(contentDir) ?? contentDir;

  const read: Record<string, string[]> = {};
  for (const { folder, kinds } of CONTENT_FOLDERS) {
    const dir = join(contentDir, folder);
    const entry = entryAt(dir, root);
    read[folder] = [];
    if (entry === 'folder') {
      listFolder(dir, '', folder, kinds, read[folder]!);
    } else if (entry === 'file') {
      report(
        dir,
        `"${folder}" is a file, where a folder is needed`,
        `keep the ${folder} in a folder content/${folder}/`,
      );
    } else if (entry !== 'missing') {
      report(dir, `"${folder}" ${entry.message}`, entry.fix);
    }
  }

  const glossaryPath = join(contentDir, 'glossary.yaml');
  const glossary = entryAt(glossaryPath, root);
  if (glossary === 'folder') {
    report(
      glossaryPath,
      '"glossary.yaml" is a folder, where a file is needed',
      'keep the glossary in the file content/glossary.yaml',
    );
  } else if (typeof glossary === 'object') {
    report(glossaryPath, `"glossary.yaml" ${glossary.message}`, glossary.fix);
  }
  return { read, glossary: glossary === 'file' ? glossaryPath : undefined, refused, problems };

  /** Adds the readable files in `dir` to `files`, reporting the rest; `sub` is the path below the folder. */
  function listFolder(dir: string, sub: string, folder: string, kinds: readonly FileKind[], files: string[]): void {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      report(dir, `the folder cannot be opened (${reason(error)})`, 'check its permissions, or remove it');
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue; // .DS_Store, .gitkeep: an editor's or system's, not content
      const path = join(dir, name);
      const extension = extname(name).toLowerCase();
      const kind = kinds.find((k) => k.extensions.includes(extension));
      const entry = entryAt(path, root);
      const named = `"${sub}${name}"`;
      if (kind?.read && entry !== 'file') refused.push(path);
      if (entry === 'folder') {
        if (kind)
          report(
            path,
            `${named} is a folder, not ${kind.noun}`,
            `rename the folder: its name cannot end in ${extension}`,
          );
        listFolder(path, `${sub}${name}/`, folder, kinds, files);
        continue;
      }
      if (typeof entry === 'object') {
        report(path, `${named} ${entry.message}`, entry.fix);
        continue;
      }
      const refusal = REFUSED_FILES.find((r) => r.extensions.includes(extension));
      if (refusal) {
        report(path, `${named} ${refusal.message}`, refusal.fix);
      } else if (!kind) {
        report(
          path,
          `${named} is not ${kinds.map((k) => k.noun).join(' or ')}`,
          `remove it from content/${folder}/ (${kinds[0]!.noun} is a ${kinds[0]!.extensions.join(' or ')} file)`,
        );
      } else if (sub) {
        if (kind.read) refused.push(path);
        report(
          path,
          `${kind.noun.replace(/^an? /, 'the ')} "${name}" is in a subfolder (${sub}), where it is not read`,
          `put it directly in content/${folder}/`,
        );
      } else if (kind.read) {
        files.push(path);
        const base = name.slice(0, -extension.length);
        if (kind.address && (!slugSchema.safeParse(base).success || extname(name) !== extension)) {
          const suggestion = suggestName(base);
          report(
            path,
            `the file name "${name}" cannot be a web address`,
            `use lowercase letters, digits and hyphens${suggestion ? `, e.g. ${suggestion}${extension}` : ''}`,
          );
        }
      }
    }
  }
}

/** What `path` is, following a link only to a file inside `root` (the content folder's real path). */
function entryAt(path: string, root: string): Entry {
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    return { message: `cannot be opened (${reason(error)})`, fix: 'check its permissions, or remove it' };
  }
  if (stats.isSymbolicLink()) {
    const target = realPath(path);
    if (target === undefined) {
      return { message: 'is a link to a file that does not exist', fix: 'put the file itself here, not a link' };
    }
    const inside = relative(root, target);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      return {
        message: 'is a link to a file outside the content folder, which the site may not read',
        fix: 'put the file itself here, not a link',
      };
    }
    stats = statSync(path);
    if (stats.isDirectory())
      return { message: 'is a link to a folder', fix: 'put the files themselves here, not a link' };
  }
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile()) return 'file';
  // A pipe would make reading it wait forever; a device or socket is no content either.
  return { message: 'is not an ordinary file', fix: 'remove it from content/' };
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Why the system refused, in words: permission, or the system's code. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'no permission to read it' : (code ?? String(error));
}
