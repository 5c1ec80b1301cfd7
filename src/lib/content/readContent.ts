import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import type { z } from 'zod';
import { articleSchema, type Article } from '../schema/article.ts';
import { townSchema, type Town } from '../schema/town.ts';
import { tallyFileSchema, type TallyFile } from '../schema/tally.ts';
import { glossarySchema, type GlossaryEntry } from '../schema/glossary.ts';
import { parseYamlFile, type Position } from './parseYamlFile.ts';
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
}


export interface Content {
  articles: ArticleSource[];
  towns: Located<Town>[];
  tallies: Located<TallyFile>[];
  glossary: GlossaryEntry[];
}

/**
 * Reads and validates every file under `contentDir`. Never throws for bad content: returns what was valid and
 * every problem found, each with file:line:column, so one run reports them all.
 */
export function readContent(contentDir: string, displayRoot = process.cwd()): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const shown = (path: string) => relative(displayRoot, path);
  if (!existsSync(join(contentDir, 'articles'))) {
    problems.push({
      file: shown(contentDir),
      line: 1,
      column: 1,
      message: 'there is no articles folder here',
      fix: 'run the command from the project folder, which holds content/articles/',
    });
  }

  function readText(path: string): string | undefined {
    const bytes = readFileSync(path);
    if (bytes.includes(0)) {
      problems.push({
        file: shown(path),
        line: 1,
        column: 1,
        message: 'this is not a text file',
        fix: 'save it as UTF-8 text, or remove it from content/',
      });
      return undefined;
    }
    // Editors on Windows add a byte-order mark and CRLF line ends; neither should change a line number.
    return bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  }

  function readYamlDir<S extends z.ZodType>(dir: string, schema: S): Located<z.output<S>>[] {
    return listFiles(dir, ['.yaml', '.yml']).flatMap((path) => {
      const text = readText(path);
      if (text === undefined) return [];
      const parsed = parseYamlFile(shown(path), text, schema);
      problems.push(...parsed.problems);
      return parsed.data === undefined ? [] : [{ slug: basename(path, extname(path)), file: shown(path), data: parsed.data, locate: parsed.locate }];
    });
  }

  const articles = listFiles(join(contentDir, 'articles'), ['.md', '.mdx']).flatMap((path): ArticleSource[] => {
    const text = readText(path);
    if (text === undefined) return [];
    const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
    if (!match) {
      problems.push({
        file: shown(path),
        line: 1,
        column: 1,
        message: 'the article has no frontmatter',
        fix: 'start the file with a --- block holding title, town, summary… (see README)',
      });
      return [];
    }
    const parsed = parseYamlFile(shown(path), match[1]!, articleSchema, 1);
    problems.push(...parsed.problems);
    if (!parsed.data) return [];
    const bodyLine = match[0].split('\n').length;
    return [
      {
        slug: basename(path, extname(path)),
        file: shown(path),
        data: parsed.data,
        locate: parsed.locate,
        body: text.slice(match[0].length),
        bodyLine,
      },
    ];
  });

  const glossaryPath = join(contentDir, 'glossary.yaml');
  let glossary: GlossaryEntry[] = [];
  if (existsSync(glossaryPath)) {
    const text = readText(glossaryPath);
    const parsed = text === undefined ? undefined : parseYamlFile(shown(glossaryPath), text, glossarySchema);
    if (parsed) problems.push(...parsed.problems);
    glossary = parsed?.data?.entries ?? [];
  }

  const content: Content = {
    articles,
    towns: readYamlDir(join(contentDir, 'towns'), townSchema),
    tallies: readYamlDir(join(contentDir, 'tallies'), tallyFileSchema),
    glossary,
  };
  return { content, problems };
}

function listFiles(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => extensions.includes(extname(name)) && !name.startsWith('.'))
    .sort()
    .map((name) => join(dir, name));
}
