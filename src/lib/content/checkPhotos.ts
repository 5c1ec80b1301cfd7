import { say, type Message } from '../../i18n/messages/message.ts';
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MAX_PHOTO_BYTES, PHOTO_FORMATS } from '../../config/photos.ts';
import { didYouMean } from './didYouMean.ts';
import type { ArticleSource } from './readContent.ts';
import type { Problem } from './problem.ts';

/** The mdast nodes this check reads. */
interface Node {
  type: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

const parser = unified().use(remarkParse);
const EXTENSIONS = PHOTO_FORMATS.flatMap((format) => format.extensions as readonly string[]);

/**
 * Every photo an article shows is one the build can show: a file of a photo format beside the article (never a
 * picture from another website, which residents' phones would fetch from that site), that exists, is what its
 * name says, is not huge, and has a description for readers who cannot see it. Astro would otherwise fail the
 * whole build on a missing photo, naming no article.
 */
export function checkPhotos(articles: readonly ArticleSource[], articlesDir: string): Problem[] {
  let besideArticles: string[] | undefined;
  const photosBeside = () =>
    (besideArticles ??= readdirSync(articlesDir).filter((name) => EXTENSIONS.includes(extensionOf(name))));
  return articles.flatMap((article) => {
    // Most articles have no photo: parse only those that could.
    if (!article.body.includes('![')) return [];
    const tree = parser.parse(article.body) as Node;
    const definitions = new Map<string, string>();
    const images: Node[] = [];
    visit(tree, (node) => {
      if (node.type === 'definition') definitions.set(node.identifier!, node.url!);
      if (node.type === 'image' || node.type === 'imageReference') images.push(node);
    });
    return images.flatMap((image) => {
      const url = image.type === 'image' ? image.url! : definitions.get(image.identifier!);
      if (url === undefined) return []; // not an image to Markdown either: shown as text
      const start = image.position!.start;
      const problem = (message: Message, fix: Message): Problem[] => [
        { file: article.file, line: article.bodyLine + start.line - 1, column: start.column, message, fix },
      ];
      return photoProblem(url, image.alt ?? '', articlesDir, photosBeside, problem);
    });
  });
}

function photoProblem(
  url: string,
  alt: string,
  articlesDir: string,
  photosBeside: () => string[],
  problem: (message: Message, fix: Message) => Problem[],
): Problem[] {
  const howTo = say('fix.photoBeside');
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) {
    return problem(say('photo.elsewhere', { url }), howTo);
  }
  const name = decodeName(url.replace(/^\.\//, ''));
  if (name.includes('/') || name.includes('\\') || name.startsWith('.')) {
    return problem(say('photo.notBeside', { url }), howTo);
  }
  const extension = extensionOf(name);
  if (!EXTENSIONS.includes(extension)) {
    return problem(say('photo.notPhoto', { name, extensions: EXTENSIONS }), say('fix.savePhotoAs'));
  }
  const path = join(articlesDir, name);
  const size = fileSize(path);
  if (size === undefined) {
    const guess = didYouMean(name, photosBeside());
    return problem(say('photo.missing', { name }), guess ? say('fix.photoDidYouMean', { guess }) : say('fix.addPhoto'));
  }
  if (size > MAX_PHOTO_BYTES) {
    return problem(
      say('photo.tooLarge', {
        name,
        size: (size / 1024 / 1024).toFixed(1),
        limit: MAX_PHOTO_BYTES / 1024 / 1024,
      }),
      say('fix.smallerPhoto'),
    );
  }
  const format = PHOTO_FORMATS.find((f) => (f.extensions as readonly string[]).includes(extension))!;
  if (!startsAsFormat(path, format)) {
    return problem(say('photo.wrongFormat', { name, format: format.name }), say('fix.resavePhoto'));
  }
  if (!alt.trim()) {
    return problem(say('photo.noDescription', { name }), say('fix.describePhoto'));
  }
  return [];
}

function visit(node: Node, each: (node: Node) => void): void {
  each(node);
  node.children?.forEach((child) => visit(child, each));
}

function extensionOf(name: string): string {
  return extname(name).slice(1).toLowerCase();
}

/** `%E7%85%A7%E7%89%87.jpg` as the file name it stands for (a Markdown editor may have encoded it). */
function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function fileSize(path: string): number | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

function startsAsFormat(path: string, format: (typeof PHOTO_FORMATS)[number]): boolean {
  const head = Buffer.alloc(16);
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false; // unreadable: not a photo the build could use
  }
  return format.starts.every(({ at, bytes }) => bytes.every((byte, i) => head[at + i] === byte));
}
