import { pickLocale } from '../lib/routes/pickLocale';

/**
 * On the script chooser (`/`): go straight to the locale the browser asks for, among the links (each says the
 * browser languages its locale serves). The links work without this.
 */
export function chooseScript(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a.choose')];
  const lang = pickLocale(
    navigator.languages,
    links.map((a) => ({ lang: a.dataset.lang!, browserLanguages: a.dataset.languages!.split(' ') })),
  );
  const target = links.find((a) => a.dataset.lang === lang);
  if (target) location.replace(target.href);
}
