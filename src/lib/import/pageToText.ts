import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseFullDate } from '../numbers/parseFullDate.ts';
import { mergeProvenance, readProvenanceLine } from './extractProvenance.ts';

/**
 * A saved web page as import input: the article is found with @mozilla/readability over linkedom. Tried against
 * defuddle on the six open pages of tests/fixtures/import-corpus/html: readability kept every body whole and let 9 of
 * 85 furniture strings through (mostly header lines the text pipeline reads anyway), defuddle fell back to the whole
 * page on two of them (33 through) and lost one body, and it pulls in six more packages.
 *
 * Hostile pages: linkedom only parses (it runs no script, loads no image, stylesheet or frame, and has no network
 * code) and readability only reads the tree, so nothing on the page is executed or fetched.
 */

/** Named in the import report. */
export const PAGE_EXTRACTOR = '@mozilla/readability（linkedom 解析）';

/** Larger than any news page (the corpus's largest is 0.35 MB); a bigger file is not an article page. */
export const MAX_PAGE_SIZE = 5 * 1024 * 1024;

export interface PageText {
  /** The article as lines: headline and provenance lines first, then one heading, paragraph, item or table row a line. */
  text: string;
  title?: string;
  /** YYYY-MM-DD. */
  published?: string;
  byline?: string;
  siteName?: string;
  url?: string;
}

/**
 * Page metadata the import reads, by `<meta name|property>`, in order of trust. PubDate, ArticleTitle and SiteName are
 * the metadata Chinese government site CMSs write; og:time is written by some portals; the rest are Open Graph.
 */
const META = {
  published: ['article:published_time', 'PubDate', 'og:time'],
  title: ['og:title', 'ArticleTitle'],
  siteName: ['og:site_name', 'SiteName'],
  url: ['og:url', 'url'],
} as const;

/** A byline is a few names: longer, or holding a field label (作者：…), it is a scrap of page header. */
const BYLINE_MAX = 30;
/** Provenance lines left out by readability are looked for this many lines above and below the article. */
const AROUND_LINES = 8;
/** What sites put between the headline and their name in <title>. */
const TITLE_SEPARATOR = /[\s_|｜\-–—:：·•]/u;

/** Elements that start and end a line. */
export const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
/** Elements whose content is never visible text. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'select', 'svg', 'iframe', 'object']);
/** Table cells stay on their row's line, apart by a full-width space as in Chinese print. */
const CELL_GAP = '\u3000';
/** Marks a cell boundary while walking; control characters are removed from page text, so it cannot collide. */
const CELL_MARK = '\u0001';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/** Says whether input is a web page: by its file name, or by its first bytes for stdin and odd names. */
export function isWebPage(name: string | undefined, bytes: Uint8Array): boolean {
  if (name && /\.html?$/iu.test(name)) return true;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 256)).replace(/^[\uFEFF\s]+/u, '');
  return /^<(?:!doctype\s+html|html)[\s>]/iu.test(head);
}

/**
 * Decodes a page's bytes by its declared charset (a BOM, `<meta charset>` or `http-equiv` Content-Type), UTF-8 when it
 * declares none: Chinese pages are often GBK, GB2312 or Big5. Bytes that are valid UTF-8 are read as UTF-8 whatever
 * the page declares: a browser saving a GB2312 page writes UTF-8 and keeps the old `<meta charset>`, and GBK or Big5
 * text is practically never valid UTF-8.
 */
export function decodePage(bytes: Uint8Array): { html: string } | { error: string } {
  if (bytes.length > MAX_PAGE_SIZE) return { error: tooLarge(bytes.length) };
  const declared = declaredCharset(bytes);
  if (!declared?.startsWith('utf-16') && bytes.some((b) => b >= 0x80)) {
    try {
      return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // Not UTF-8: the declared charset decides.
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared ?? 'utf-8');
  } catch {
    return { error: `网页声明的字符编码“${declared}”无法识别；请将网页另存为 UTF-8 后再导入` };
  }
  return { html: decoder.decode(bytes) };
}

/** A saved page's bytes to its article text: decodePage, then pageToText. */
export function readPage(bytes: Uint8Array): PageText | { error: string } {
  const decoded = decodePage(bytes);
  return 'error' in decoded ? decoded : pageToText(decoded.html);
}

/** The charset a page declares, read as the HTML standard's prescan does: BOM, then a meta tag near the top. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Charset names are ASCII, and every charset these pages use keeps ASCII bytes as they are.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  for (const tag of head.match(/<meta\b[^>]*>/giu) ?? []) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(tag);
    if (charset) return charset[1]!.toLowerCase();
  }
  return undefined;
}

/**
 * Turns a page into the text the import takes: the article's lines, preceded by the headline and the provenance
 * lines (来源：…, 发布时间：…, 作者：…) the text pipeline reads from pasted articles. Passing metadata as those lines keeps
 * one path for pasted text and pages: the pipeline alone decides what a title, source or date is, and reports it.
 */
export function pageToText(html: string): PageText | { error: string } {
  if (html.length > MAX_PAGE_SIZE) return { error: tooLarge(html.length) };
  const { document } = parseHTML(html);
  if (!document.body) return { error: '网页没有正文部分（<body>）' };

  // Metadata and the page's own lines are read first: readability rewrites the document it is given.
  const meta = (names: readonly string[]) => {
    for (const name of names) {
      const content = document
        .querySelector(`meta[property="${name}" i], meta[name="${name}" i]`)
        ?.getAttribute('content')
        ?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const pageTitle = oneLine(document.title ?? '');
  const headingText = (tags: string) =>
    [...document.querySelectorAll(tags)].map((h) => oneLine(blockLines(h).join(''))).filter(Boolean);
  const headings = headingText('h1');
  const anyHeadings = new Set(headingText('h1, h2, h3, h4, h5, h6'));
  const pageLines = blockLines(document.body);
  const titleMeta = meta(META.title);
  // The <title> is often 标题_站点 or 站点 - 标题: the headline is the part of it that the page also shows.
  const titlePart = (line: string) =>
    line === pageTitle ||
    (pageTitle.startsWith(line) && TITLE_SEPARATOR.test(pageTitle[line.length]!)) ||
    (pageTitle.endsWith(line) && TITLE_SEPARATOR.test(pageTitle.at(-line.length - 1)!));
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute('href')?.trim();

  const article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  if (!article?.content) return { error: '在网页中找不到文章正文；请复制正文文字，粘贴为文本后再导入' };
  const lines = blockLines(article.content);
  const around = provenanceAround(pageLines, lines);
  // A CMS whose <title> names only the column (新闻动态--学会官网) shows the headline as a heading of any level just
  // above the article, past its date and source lines.
  const articleStart = pageLines.indexOf(lines[0] ?? '');
  const headingAbove = pageLines
    .slice(Math.max(0, articleStart - AROUND_LINES), Math.max(0, articleStart))
    .reverse()
    .find((line) => anyHeadings.has(line));
  const title =
    headings.find(titlePart) ??
    (titleMeta && oneLine(titleMeta)) ??
    pageLines.filter(titlePart).sort((a, b) => b.length - a.length)[0] ??
    headingAbove ??
    headings[0] ??
    (pageTitle || undefined);

  const published = parseFullDate(meta(META.published) ?? article.publishedTime ?? '')?.iso ?? around.published;
  const byline = article.byline ? oneLine(article.byline) : undefined;
  const result: PageText = {
    text: '',
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(byline && [...byline].length <= BYLINE_MAX && !/[:：]/u.test(byline) ? { byline } : {}),
    ...withValue('siteName', meta(META.siteName) ?? article.siteName ?? undefined),
    ...withValue('url', meta(META.url) ?? canonical),
  };
  // The page's own lines first: what it shows (来源：青石镇党政办) says more than its metadata (the site's name).
  const header = [
    result.title,
    ...around.lines,
    result.siteName && `来源：${result.siteName}`,
    result.published && `发布时间：${result.published}`,
    result.byline && `作者：${result.byline}`,
    result.url && `原文链接：${result.url}`,
  ].filter(Boolean);
  return { ...result, text: [...header, ...lines].join('\n') };
}

/** Inline elements an editor's markup holds besides the blocks. */
export const INLINE = new Set([
  'a',
  'b',
  'big',
  'br',
  'em',
  'font',
  'i',
  'img',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
]);
/** Something shaped like an HTML tag: <p class="ql-block">, </p>, <br/>. */
const TAG = /<\/?([a-z][a-z0-9]*)\b[^<>]*>/giu;

/**
 * Pasted text that holds HTML markup (a blog editor's <p class="ql-block">…</p> copied as source) is read as HTML:
 * one line a block, tags gone, entities decoded. A line without tags of HTML elements is returned as it is, so that
 * a 《书名》 or a 5<6 in ordinary text is never touched. Like a page, it is only parsed, never run.
 */
export function markupToLines(line: string): string[] {
  const tags = [...line.matchAll(TAG)].map((m) => m[1]!.toLowerCase());
  if (!tags.some((tag) => BLOCKS.has(tag) || INLINE.has(tag))) return [line];
  const { document } = parseHTML(`<!doctype html><html><body>${line}</body></html>`);
  return blockLines(document.body);
}

/**
 * The page's own provenance lines (发布日期：… 责任编辑：…) just above and below the article, which readability leaves
 * out with the rest of the page header and footer. The text pipeline's own reader picks them, so that page lines
 * reach the pipeline only when it will read them as provenance. Its labels are Simplified: on a Traditional page
 * only the labels written alike are found here (the article's own lines are read in full by the pipeline).
 */
function provenanceAround(pageLines: readonly string[], article: readonly string[]) {
  const first = pageLines.indexOf(article[0] ?? '');
  const last = pageLines.lastIndexOf(article.at(-1) ?? '');
  const near = [
    ...(first < 0 ? [] : pageLines.slice(Math.max(0, first - AROUND_LINES), first)),
    ...(last < 0 ? [] : pageLines.slice(last + 1, last + 1 + AROUND_LINES)),
  ];
  // Lines that only hold counters or a font-size bar (浏览次数：356, 字号：大 中 小) say nothing worth passing on.
  const read = near.flatMap((line) => {
    const fields = readProvenanceLine(line, line);
    const says = fields && Object.values(fields).some((value) => (Array.isArray(value) ? value.length : value));
    return says ? [{ line, fields }] : [];
  });
  return { published: mergeProvenance(read.map((r) => r.fields)).published, lines: read.map((r) => r.line) };
}

/** The visible text under `root` as lines: one a block, a `<br>` or a table row (its cells apart); images drop out. */
function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const endLine = () => {
    lines.push(current);
    current = '';
  };
  const walk = (node: Node, preformatted: boolean) => {
    if (node.nodeType === 3) {
      const text = (node.textContent ?? '').replace(CONTROL, '');
      current += preformatted ? text : text.replace(/[ \t\n\r\f]+/gu, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).localName;
    if (HIDDEN.has(tag)) return;
    if (tag === 'br') return endLine();
    if (tag === 'td' || tag === 'th') current += CELL_MARK;
    const block = BLOCKS.has(tag);
    if (block) endLine();
    for (const child of node.childNodes) walk(child, preformatted || tag === 'pre');
    if (block) endLine();
  };
  walk(root, false);
  endLine();
  return lines
    .flatMap((line) => line.split('\n'))
    .map((line) =>
      line
        .split(CELL_MARK)
        .map((cell) => cell.trim())
        .filter(Boolean)
        .join(CELL_GAP),
    )
    .filter(Boolean);
}

function oneLine(text: string): string {
  return text.replace(CONTROL, '').replace(/\s+/gu, ' ').trim();
}

function withValue<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const trimmed = value && oneLine(value);
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}

function tooLarge(size: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `网页过大（${mb(size)} MB，上限 ${mb(MAX_PAGE_SIZE)} MB），不像单篇文章；请另存为只含正文的网页，或复制正文粘贴导入`;
}
