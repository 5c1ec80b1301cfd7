import { pickLocale } from '../lib/routes/pickLocale';

/** On the script chooser (`/`): go straight to the script the browser asks for. The links work without this. */
export function chooseScript(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a.choose')];
  const lang = pickLocale(
    navigator.languages,
    links.map((a) => a.dataset.lang!),
  );
  const target = links.find((a) => a.dataset.lang === lang);
  if (target) location.replace(target.href);
}
