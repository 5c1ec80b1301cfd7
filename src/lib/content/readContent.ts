import { say, type Message } from '../../i18n/messages/message.ts';
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import type { z } from 'zod';
import { articleSchema, type Article } from '../schema/article.ts';
import { townSchema, type Town } from '../schema/town.ts';
import { tallyFileSchema, type TallyFile } from '../schema/tally.ts';
import { glossarySchema, type GlossaryEntry } from '../schema/glossary.ts';
import { parseYamlFile, type ParsedYaml, type Position, type Remember } from './parseYamlFile.ts';
import { pendingEntryIndices, saysDraft, tallyArticle, withoutFailedPendingEntries } from './draftValues.ts';
import { splitFrontmatter } from './splitFrontmatter.ts';
import { listContentFiles, reason } from './listContentFiles.ts';
import { checkMdx, type ComponentUse } from './checkMdx.ts';
import { markdownExcess } from './markdownExcess.ts';
import { invisibleCharacterProblems } from './checkInvisibleCharacters.ts';
import type { Problem } from './problem.ts';

export interface Located<T> {
  slug: string;
  file: string;
  data: T;
  locate: (path: (string | number)[]) => Position;
}

export interface ArticleSource extends Located<Article> {
  body: string;
  /** Line of the file where the body starts, to place problems found in it. */
  bodyLine: number;
  /** An MDX article's components, each used as src/config/mdxComponents.ts allows (see checkMdx). */
  components?: ComponentUse[];
}

export interface Content {
  articles: ArticleSource[];
  towns: Located<Town>[];
  tallies: Located<TallyFile>[];
  glossary: GlossaryEntry[];
  /** Names of files that exist but could not be read: references to them are not reported a second time. */
  unreadable?: { articles: string[]; towns: string[] };
  /** Where each glossary entry is, for problems between entries. */
  glossaryFile?: Located<{ entries: GlossaryEntry[] }>;
  /** What only drafts say, valid or not. */
  drafts?: DraftParts;
}

/** What only drafts say: their problems wait for review instead of stopping the site (src/lib/check/draftProblems.ts). */
export interface DraftParts {
  /** Draft articles (`draft: true`) and the tally files of their figures. */
  files: string[];
  /** Each tally entry marked `review: pending` in the other tally files, from its start to its end. */
  pendingEntries: { file: string; start: Position; end: Position }[];
}

/** Larger than any real article or tally: a file this big is a paste or export accident. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Reads and validates every file under `contentDir`. Never throws for bad content: returns what was valid and
 * every problem found, each with file:line:column, so one run reports them all.
 */
export function readContent(
  contentDir: string,
  displayRoot = process.cwd(),
  remember?: Remember,
): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const shown = (path: string) => relative(displayRoot, path);
  if (!existsSync(join(contentDir, 'articles'))) {
    problems.push({
      file: shown(contentDir),
      line: 1,
      column: 1,
      message: say('files.noArticlesFolder'),
      fix: say('fix.runFromProject'),
    });
  }
  const files = listContentFiles(contentDir, shown);
  problems.push(...files.problems);

  function readText(path: string): string | undefined {
    const problem = (message: Message, fix: Message) => {
      problems.push({ file: shown(path), line: 1, column: 1, message, fix });
      return undefined;
    };
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      return problem(say('file.cannotOpen', { reason: reason(error) }), say('fix.checkPermissionsContent'));
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return problem(
        say('file.tooLarge', { size: Math.ceil(bytes.length / 1024), limit: MAX_FILE_BYTES / 1024 }),
        say('fix.splitFile'),
      );
    }
    if (bytes.includes(0)) return problem(say('file.notText'), say('fix.saveAsUtf8OrRemove'));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return problem(say('file.notUtf8'), say('fix.saveAsUtf8'));
    }
    // Editors on Windows add a byte-order mark and CRLF line ends; neither should change a line number.
    text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (text.trim() === '') return problem(say('file.empty'), say('fix.writeOrDelete'));
    problems.push(...invisibleCharacterProblems(shown(path), text));
    return text;
  }

  /** `accept` makes what the file holds of the parsed YAML (by default, its data if valid). */
  function readYamlDir<S extends z.ZodType>(
    folder: string,
    schema: S,
    accept: (
      parsed: ParsedYaml<z.output<S>>,
      file: string,
    ) => Pick<Located<z.output<S>>, 'data' | 'locate'> | undefined = (parsed) =>
      parsed.data === undefined ? undefined : { data: parsed.data, locate: parsed.locate },
  ): Located<z.output<S>>[] {
    return files.read[folder]!.flatMap((path) => {
      const text = readText(path);
      const parsed = text === undefined ? undefined : parseYamlFile(shown(path), text, schema, 0, remember);
      if (parsed) problems.push(...parsed.problems);
      const accepted = parsed && accept(parsed, shown(path));
      if (accepted === undefined) {
        unreadable.push(path);
        return [];
      }
      return [{ slug: basename(path, extname(path)), file: shown(path), ...accepted }];
    });
  }

  const unreadable: string[] = [...files.refused];
  const drafts: DraftParts = { files: [], pendingEntries: [] };
  const draftSlugs = new Set<string>();

  /** Notes what of a tally file is a draft's; keeps the file without its invalid pending entries, if that is all. */
  function acceptTally(parsed: ParsedYaml<TallyFile>, file: string) {
    if (draftSlugs.has(tallyArticle(parsed.value) ?? '')) drafts.files.push(file);
    else {
      for (const index of pendingEntryIndices(parsed.value)) {
        const entry = ['entries', index];
        drafts.pendingEntries.push({ file, start: parsed.locate(entry), end: parsed.locateEnd(entry) });
      }
    }
    return parsed.data ? { data: parsed.data, locate: parsed.locate } : withoutFailedPendingEntries(parsed);
  }
  const articles = files.read.articles!.flatMap((path): ArticleSource[] => {
    const text = readText(path);
    if (text === undefined) {
      unreadable.push(path);
      return [];
    }
    const split = splitFrontmatter(text);
    if ('problem' in split) {
      problems.push({ file: shown(path), column: 1, ...split.problem });
      unreadable.push(path);
      return [];
    }
    const parsed = parseYamlFile(shown(path), split.frontmatter, articleSchema, 1, remember);
    problems.push(...parsed.problems);
    const slug = basename(path, extname(path));
    if (saysDraft(parsed.value)) {
      drafts.files.push(shown(path));
      draftSlugs.add(slug);
    }
    // The body is checked even when the frontmatter is not valid: a draft's frontmatter problems do not stop the
    // build, and Astro reads every article's body, drafts too.
    const { body, bodyLine } = split;
    // Before anything parses the Markdown: past these limits the parser takes minutes (see markdownExcess).
    const excess = markdownExcess(body);
    if (excess) {
      const { line, ...problem } = excess;
      problems.push({ file: shown(path), line: bodyLine + line - 1, ...problem });
      unreadable.push(path);
      return [];
    }
    // MDX is Markdown plus our components; anything else in it is code, which checkMdx refuses.
    const mdx = extname(path) === '.mdx' ? checkMdx({ file: shown(path), body, bodyLine }) : undefined;
    if (mdx) problems.push(...mdx.problems);
    if (!parsed.data) {
      unreadable.push(path);
      return [];
    }
    return [
      {
        slug,
        file: shown(path),
        data: parsed.data,
        locate: parsed.locate,
        body,
        bodyLine,
        components: mdx?.components,
      },
    ];
  });

  const glossaryPath = join(contentDir, 'glossary.yaml');
  let glossaryFile: Content['glossaryFile'];
  if (files.glossary) {
    const text = readText(glossaryPath);
    const parsed =
      text === undefined ? undefined : parseYamlFile(shown(glossaryPath), text, glossarySchema, 0, remember);
    if (parsed) problems.push(...parsed.problems);
    if (parsed?.data) {
      glossaryFile = { slug: 'glossary', file: shown(glossaryPath), data: parsed.data, locate: parsed.locate };
    }
  }

  const towns = readYamlDir('towns', townSchema);
  const unreadableIn = (folder: string) =>
    unreadable.filter((path) => path.startsWith(join(contentDir, folder))).map((path) => basename(path, extname(path)));
  const content: Content = {
    articles,
    towns,
    tallies: readYamlDir('tallies', tallyFileSchema, acceptTally),
    unreadable: { articles: unreadableIn('articles'), towns: unreadableIn('towns') },
    glossary: glossaryFile?.data.entries ?? [],
    glossaryFile,
    drafts,
  };
  return { content, problems };
}
