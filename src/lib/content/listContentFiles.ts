import { either, say, type Message, type MessageParam } from '../../i18n/messages/message.ts';
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
type Entry = 'file' | 'folder' | 'missing' | { message: Message; fix: Message };

/**
 * The files under `contentDir` the check reads, and a problem for everything else in its folders: a folder or
 * link where a file should be, a file in a subfolder (Astro's loader would find an article there that the check
 * never read), a file of no known kind, a refused one (SVG). Links are followed only to files inside the content
 * folder: content may not make the build read files outside it. Never throws.
 */
export function listContentFiles(contentDir: string, shown: (path: string) => string): ContentFiles {
  const problems: Problem[] = [];
  const refused: string[] = [];
  const report = (path: string, message: Message, fix: Message) =>
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
      report(dir, say('files.folderIsFile', { folder }), say('fix.keepInFolder', { folder }));
    } else if (entry !== 'missing') {
      report(dir, say('files.named', { name: folder, problem: entry.message }), entry.fix);
    }
  }

  const glossaryPath = join(contentDir, 'glossary.yaml');
  const glossary = entryAt(glossaryPath, root);
  if (glossary === 'folder') {
    report(glossaryPath, say('files.glossaryIsFolder'), say('fix.glossaryFile'));
  } else if (typeof glossary === 'object') {
    report(glossaryPath, say('files.named', { name: 'glossary.yaml', problem: glossary.message }), glossary.fix);
  }
  return { read, glossary: glossary === 'file' ? glossaryPath : undefined, refused, problems };

  /** Adds the readable files in `dir` to `files`, reporting the rest; `sub` is the path below the folder. */
  function listFolder(dir: string, sub: string, folder: string, kinds: readonly FileKind[], files: string[]): void {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      report(dir, say('files.cannotOpenFolder', { reason: reason(error) }), say('fix.checkPermissions'));
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue; // .DS_Store, .gitkeep: an editor's or system's, not content
      const path = join(dir, name);
      const extension = extname(name).toLowerCase();
      const kind = kinds.find((k) => k.extensions.includes(extension));
      const entry = entryAt(path, root);
      const named = `${sub}${name}`;
      if (kind?.read && entry !== 'file') refused.push(path);
      if (entry === 'folder') {
        if (kind)
          report(
            path,
            say('files.folderNotFile', { name: named, noun: kind.noun }),
            say('fix.renameFolder', { extension }),
          );
        listFolder(path, `${sub}${name}/`, folder, kinds, files);
        continue;
      }
      if (typeof entry === 'object') {
        report(path, say('files.named', { name: named, problem: entry.message }), entry.fix);
        continue;
      }
      const refusal = REFUSED_FILES.find((r) => r.extensions.includes(extension));
      if (refusal) {
        report(path, say('files.named', { name: named, problem: refusal.message }), refusal.fix);
      } else if (!kind) {
        report(
          path,
          say('files.unknownKind', { name: named, nouns: either(kinds.map((k) => k.noun)) }),
          say('fix.removeFromFolder', { folder, noun: kinds[0]!.noun, extensions: either(kinds[0]!.extensions) }),
        );
      } else if (sub) {
        if (kind.read) refused.push(path);
        report(path, say('files.inSubfolder', { word: kind.word, name, sub }), say('fix.putDirectlyIn', { folder }));
      } else if (kind.read) {
        files.push(path);
        const base = name.slice(0, -extension.length);
        if (kind.address && (!slugSchema.safeParse(base).success || extname(name) !== extension)) {
          const suggestion = suggestName(base);
          report(
            path,
            say('files.nameNotAddress', { name }),
            suggestion
              ? say('fix.addressNameExample', { example: `${suggestion}${extension}` })
              : say('fix.addressName'),
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
    return { message: say('files.cannotOpen', { reason: reason(error) }), fix: say('fix.checkPermissions') };
  }
  if (stats.isSymbolicLink()) {
    const target = realPath(path);
    if (target === undefined) {
      return { message: say('files.brokenLink'), fix: say('fix.notALink') };
    }
    const inside = relative(root, target);
    if (inside.startsWith('..') || isAbsolute(inside)) {
      return {
        message: say('files.linkOutside'),
        fix: say('fix.notALink'),
      };
    }
    stats = statSync(path);
    if (stats.isDirectory()) return { message: say('files.linkToFolder'), fix: say('fix.notALinkFiles') };
  }
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile()) return 'file';
  // A pipe would make reading it wait forever; a device or socket is no content either.
  return { message: say('files.notOrdinary'), fix: say('fix.removeFromContent') };
}

function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** Why the system refused, in words: permission, or the system's code. */
export function reason(error: unknown): MessageParam {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? say('files.noPermission') : (code ?? String(error));
}
