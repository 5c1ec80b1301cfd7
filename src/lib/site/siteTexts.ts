import type { Script } from '../../config/locales.ts';
import { CATEGORIES, KINDS } from '../../config/categories.ts';
import { UI, UI_SCRIPT } from '../../i18n/ui.ts';
import type { SiteModel } from './siteModel.ts';

/** A text the site shows, as written, with its script where it is known (else conversion detects it). */
export interface SiteText {
  text: string;
  script?: Script;
}

/** Every text the site shows, as written (before conversion): what the search character map learns from. */
export function siteTexts(model: SiteModel): SiteText[] {
  const inScript = (script: Script | undefined) => (text: string) => ({ text, script });
  return [
    ...model.articles.flatMap((a) =>
      [a.data.title, a.data.summary, a.body, ...a.data.tags].map(inScript(a.data.script)),
    ),
    ...model.towns.flatMap((t) => [t.data.name, t.data.county, t.data.province]).map(inScript(undefined)),
    ...model.records.flatMap((r) => [r.item ?? '', r.place ?? '']).map(inScript(undefined)),
    ...[...CATEGORIES.map((c) => c.label), ...KINDS.map((k) => k.label), ...Object.values(UI)].map(inScript(UI_SCRIPT)),
  ].filter(({ text }) => text);
}
