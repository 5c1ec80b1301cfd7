import { twinMetaKey } from '../config/search';
import { inLocale } from '../lib/routes/paths';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  mergeIndex(path: string, options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/**
 * The search page. Pagefind (its shards, and the character map) load only when the reader starts searching.
 *
 * There is one index, of the Simplified pages (see src/config/search.ts; the form names the indexed locale). A query typed in either script is first
 * rewritten into Simplified with the map generated at build time, because the index does not fold 發 and 发. On
 * the Simplified page a result is the page's title and Pagefind's excerpt, matches marked; on the Traditional page
 * it is the Traditional twin — its title and summary, kept in the index as metadata, and a link to it — as
 * Pagefind's excerpt is Simplified text, which cannot be converted back character by character (发 → 發 or 髮).
 */
export function search(): void {
  const form = document.querySelector<HTMLFormElement>('form.search');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('input')!;
  const status = document.querySelector<HTMLElement>('.search-status')!;
  const list = document.querySelector<HTMLOListElement>('.search-results')!;
  const { index, base, chars, searching, none, found } = form.dataset as Record<string, string>;
  // Locales by id, from the page: the build's locale list is not the browser's to know.
  const locale = { id: form.dataset.locale! };
  const indexed = { id: form.dataset.indexedLocale! };
  let loaded: Promise<[Pagefind, Record<string, string>]> | undefined;
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
      fetch(chars!).then((response) => response.json() as Promise<Record<string, string>>),
    ]));

  const show = (result: PagefindResult): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'card';
    const link = document.createElement('a');
    const excerpt = document.createElement('p');
    if (locale.id === indexed.id) {
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      // Pagefind's excerpt is escaped text with <mark> around the matches.
      excerpt.innerHTML = result.excerpt;
    } else {
      link.href = inLocale(result.url, base!, indexed, locale);
      link.textContent = result.meta[twinMetaKey('title', locale)] ?? link.pathname;
      excerpt.textContent = result.meta[twinMetaKey('summary', locale)] ?? '';
    }
    const heading = document.createElement('h2');
    heading.append(link);
    item.append(heading, excerpt);
    return item;
  };

  let latest = 0;
  const run = async (raw: string) => {
    const ticket = ++latest;
    list.replaceChildren();
    status.textContent = raw.trim() ? searching! : '';
    if (!raw.trim()) return;
    const [pagefind, map] = await load();
    const query = [...raw.trim()].map((ch) => map[ch] ?? ch).join('');
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    status.textContent = data.length ? `${found}${data.length}` : none!;
    list.replaceChildren(...data.map(show));
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
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });

  form.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button').forEach((el) => (el.disabled = false));
  document.querySelector<HTMLElement>('.search-fallback')!.hidden = true;
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
