import { SEARCH_EXCERPT_CHARS, SEARCH_MOST_RESULTS } from '../config/search';
import { indexedBlocks, phraseQuery } from '../lib/search/indexedText';
import { excerpt, folding, highlight, holdsAll, searchPhrases, type Fold, type Piece } from '../lib/search/matchText';
import { pageText } from '../lib/search/pageText';
import { inLocale } from '../lib/routes/paths';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; content: string }>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  mergeIndex(path: string, options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** A result as the page shows it: its link, and its text in the page's script (`pageText`'s blocks). */
interface Found {
  href: string;
  blocks: string[];
}

/**
 * The search page. Pagefind (its shards, and the character map) load only when the reader starts searching.
 *
 * There is one index, of the Simplified pages, each Han character a word (src/lib/search/indexedText.ts). A query is
 * folded to Simplified with the map generated at build time, cut into phrases, and each phrase asked of Pagefind as
 * characters in a row; a page is a result when its text holds every phrase (matchText). The Simplified page shows
 * the text the index keeps; the Traditional page fetches each result's Traditional twin and shows its text, so
 * title and excerpt are the twin's own words, as Simplified cannot be converted back character by character (发 →
 * 發 or 髮). The query is kept in the address (`?q=`): a search can be linked, and the script switch keeps it.
 */
export function search(): void {
  const form = document.querySelector<HTMLFormElement>('form.search');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const suggestion = document.querySelector<HTMLElement>('.search-suggestion')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  const browse = document.querySelector<HTMLElement>('.search-browse')!;
  const { index, base, chars, searching, none, found, failed } = form.dataset as Record<string, string>;
  // Locales by id, from the page: the build's locale list is not the browser's to know.
  const locale = { id: form.dataset.locale! };
  const indexed = { id: form.dataset.indexedLocale! };
  let loaded: Promise<[Pagefind, Fold]> | undefined;
  const script = `${index}pagefind.js`;
  const load = () =>
    (loaded ??= Promise.all([
      Promise.all([
        import(/* @vite-ignore */ script) as Promise<Pagefind>,
        fetch(`${index}shards.json`).then((response) => response.json() as Promise<string[]>),
      ]).then(async ([pagefind, shards]) => {
        await pagefind.options({ baseUrl: base! });
        await Promise.all(shards.map((shard) => pagefind.mergeIndex(`${index}${shard}`, { baseUrl: base! })));
        return pagefind;
      }),
      fetch(chars!)
        .then((response) => response.json() as Promise<Record<string, string>>)
        .then(folding),
    ]));

  /** The page a result stands for, in this page's script: the indexed text, or the twin page's own. */
  const inThisScript = async ({ url, content }: { url: string; content: string }): Promise<Found> => {
    if (locale.id === indexed.id) return { href: url, blocks: indexedBlocks(content) };
    const href = inLocale(url, base!, indexed, locale);
    const response = await fetch(href);
    if (!response.ok) throw new Error(`${response.status} ${href}`);
    // Only the twin's text is read. Its <style> blocks are allowed by its own CSP hashes, not this page's: parsed
    // here, the browser reports each as a violation. The page is the site's own output, so a plain cut is safe.
    const html = (await response.text()).replace(/<style\b[^>]*>[\s\S]*?<\/style>/giu, '');
    return { href, blocks: pageText(new DOMParser().parseFromString(html, 'text/html')) };
  };

  const show = ({ href, blocks }: Found, phrases: string[], fold: Fold): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'card';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = href;
    link.append(...marked(highlight(blocks[0] ?? href, phrases, fold)));
    heading.append(link);
    const text = document.createElement('p');
    text.append(...marked(excerpt(blocks, phrases, fold, SEARCH_EXCERPT_CHARS)));
    item.append(heading, text);
    return item;
  };

  let latest = 0;
  const run = async (raw: string) => {
    const ticket = ++latest;
    const query = raw.trim();
    keepInAddress(query);
    list.replaceChildren();
    suggestion.hidden = true;
    browse.hidden = true;
    status.textContent = query ? searching! : '';
    if (!query) return;
    try {
      const [pagefind, fold] = await load();
      const phrases = searchPhrases(query, fold);
      const results = await Promise.all(phrases.map((phrase) => pagefind.search(phraseQuery(phrase))));
      // Pagefind's order for the first phrase, kept when every other phrase found the page too.
      const all = results.slice(1).map(({ results: r }) => new Set(r.map((result) => result.id)));
      const candidates = (results[0]?.results ?? []).filter((result) => all.every((ids) => ids.has(result.id)));
      const shown = candidates.slice(0, SEARCH_MOST_RESULTS);
      const data = await Promise.all(shown.map((result) => result.data()));
      const matching = data.filter((page) => holdsAll(indexedBlocks(page.content), phrases, fold));
      const pages = await Promise.all(matching.map(inThisScript));
      if (ticket !== latest) return;
      const count = matching.length + candidates.length - shown.length;
      status.textContent = count ? `${found}${count}` : none!.replace('{query}', query);
      suggestion.hidden = browse.hidden = count > 0;
      list.replaceChildren(...pages.map((page) => show(page, phrases, fold)));
    } catch (error) {
      if (ticket !== latest) return;
      status.textContent = failed!;
      console.error(error);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value);
  });

  form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button').forEach((el) => (el.disabled = false));
  document.querySelector<HTMLElement>('.search-no-script')!.hidden = true;
  browse.hidden = true;
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

/** The query as the page's address (`?q=`), replacing it in the history: reloading, linking or switching keep it. */
function keepInAddress(query: string): void {
  const url = new URL(location.href);
  // Unchanged when it already says so: a query from the address stays as it was written there.
  if ((url.searchParams.get('q') ?? '') === query) return;
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

/** Pieces as nodes: text, and `<mark>` around each match. Never HTML: the text is the content's, hostile or not. */
function marked(pieces: Piece[]): Node[] {
  return pieces.map(({ text, marked: isMarked }) => {
    if (!isMarked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}
