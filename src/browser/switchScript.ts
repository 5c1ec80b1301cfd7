/**
 * The script switch (简体 / 繁體) keeps the reader's place: the address's query (a search's `?q=`) and fragment go
 * along with the link, and the reading position is handed to the other page, which scrolls there. Without this the
 * plain links still work, from the top of the other page.
 *
 * A position is the nearest heading above the top of the window and how far the reader is from it towards the next
 * (or towards the end): both scripts' pages have the same headings in the same order, and text of the same length
 * between them. Where the headings differ, the share of the page scrolled is kept instead.
 */
const KEY = 'gongshi:script-switch';

interface Place {
  /** The page it is for (the other script's), so a place never scrolls a page it was not meant for. */
  path: string;
  /** How many headings the page had, and which the reader was past (-1: none). */
  headings: number;
  after: number;
  /** How far from that heading (or the top) to the next (or the end), 0–1. */
  towards: number;
  /** The share of the page scrolled, when the headings do not agree. */
  scrolled: number;
}

/** How long after scrolling up to the switch the place read before still counts as the reader's. */
const CAME_UP_MS = 30_000;

export function keepPlaceAcrossScripts(): void {
  restorePlace();
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.script-switch a')];
  if (links.length === 0) return;
  // The switch is at the top of the page: a reader scrolls up to it from where they were reading, so the place is
  // remembered whenever the switch is out of sight, with the time; a click soon after carries that place.
  const switcher = links[0]!.parentElement!;
  let read: { place: Omit<Place, 'path'>; at: number } | undefined;
  let pending = false;
  addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (switcher.getBoundingClientRect().bottom <= 0) read = { place: currentPlace(), at: Date.now() };
      });
    },
    { passive: true },
  );
  for (const link of links) {
    link.addEventListener('click', () => {
      const target = new URL(link.href);
      target.search = location.search;
      target.hash = location.hash;
      link.href = target.href;
      const fresh = read && Date.now() - read.at < CAME_UP_MS;
      try {
        sessionStorage.setItem(
          KEY,
          JSON.stringify({ path: target.pathname, ...(fresh ? read!.place : currentPlace()) }),
        );
      } catch {
        // No storage (a private window, a locked-down browser): the other page opens at the top.
      }
    });
  }
}

/** Landmarks: the page's top, its headings, and the furthest it scrolls, as scroll positions. */
function landmarks(): { headings: number; stops: number[] } {
  const headings = [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, h4, h5, h6)')].filter(
    (heading) => heading.getClientRects().length > 0,
  );
  const end = Math.max(0, document.documentElement.scrollHeight - innerHeight);
  const tops = headings.map((heading) => Math.min(end, heading.getBoundingClientRect().top + scrollY));
  return { headings: headings.length, stops: [0, ...tops, end] };
}

function currentPlace(): Omit<Place, 'path'> {
  const { headings, stops } = landmarks();
  const y = scrollY;
  // The last stop at or above the window's top, among the top and the headings.
  let i = 0;
  while (i + 1 < stops.length - 1 && stops[i + 1]! <= y) i++;
  const span = stops[i + 1]! - stops[i]!;
  return {
    headings,
    after: i - 1,
    towards: span > 0 ? Math.min(1, (y - stops[i]!) / span) : 0,
    scrolled: stops[stops.length - 1]! > 0 ? y / stops[stops.length - 1]! : 0,
  };
}

function restorePlace(): void {
  let place: Place | undefined;
  try {
    place = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Place | undefined;
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  if (!place || place.path !== location.pathname) return;
  const go = ({ headings, after, towards, scrolled }: Place) => {
    const { headings: here, stops } = landmarks();
    const y =
      here === headings
        ? stops[after + 1]! + towards * (stops[after + 2]! - stops[after + 1]!)
        : scrolled * stops[stops.length - 1]!;
    scrollTo({ top: y, behavior: 'instant' });
    return scrollY;
  };
  const at = go(place);
  // Images and fonts still loading can move the text: once they are in, again, unless the reader scrolled meanwhile.
  if (document.readyState !== 'complete') {
    addEventListener('load', () => scrollY === at && go(place), { once: true });
  }
}
