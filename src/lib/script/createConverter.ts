import { Converter } from 'opencc-js';
import type { GlossaryEntry } from '../schema/glossary.ts';

/**
 * Everything script conversion needs, built ONCE per build and passed to `detectScript`, `toScript` and
 * `toScriptHtml`. Why an object and not module state: each opencc-js converter costs 0.2–0.55 s and ~40 MiB,
 * so the caller (one build-wide singleton) owns exactly one of these; tests can make fresh ones.
 */
export interface ScriptConverter {
  /** Traditional (Taiwan forms) → Simplified: opencc-js `{ from: 'tw', to: 'cn' }`, created on first call. */
  t2s(text: string): string;
  /** Simplified → Traditional: opencc-js `{ from: 'cn', to: 'tw' }` (not `twp`, which rewrites vocabulary). */
  s2t(text: string): string;
  /** Glossary forms (hans, hant and avoid) → entry, for longest-match protection; null when the glossary is empty. */
  readonly glossaryPattern: RegExp | null;
  readonly glossaryByForm: ReadonlyMap<string, GlossaryEntry>;
  /** Results of `toScript` keyed by target + text. Unbounded: one build's text fits easily in memory. */
  readonly cache: Map<string, string>;
  /** How often OpenCC itself ran, so tests (and curious callers) can see the cache working. */
  readonly stats: { t2sRuns: number; s2tRuns: number };
}

export function createConverter(glossary: readonly GlossaryEntry[]): ScriptConverter {
  let t2sFn: ((text: string) => string) | undefined;
  let s2tFn: ((text: string) => string) | undefined;
  const stats = { t2sRuns: 0, s2tRuns: 0 };
  // Recent results: toScript converts the very string detectScript just converted (no glossary hit), and a page's
  // twin in the other script detects the same body again a few conversions later — reuse both (halves OpenCC's
  // work on a 2,000-article build). Bounded: each entry may be a whole article.
  const recentT2s = new Map<string, string>();
  const recentS2t = new Map<string, string>();

  // Every spelling of a glossary word maps to its entry, so a word is protected whichever script (or known
  // wrong machine form) it arrives in. First entry wins on duplicates, like a dictionary.
  const glossaryByForm = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    for (const form of [entry.hans, entry.hant, ...(entry.avoid ?? [])]) {
      if (form && !glossaryByForm.has(form)) glossaryByForm.set(form, entry);
    }
  }
  // Longest first: a regex alternation takes the first alternative that matches at a position.
  const forms = [...glossaryByForm.keys()].sort((a, b) => [...b].length - [...a].length);
  const glossaryPattern = forms.length
    ? new RegExp(forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu')
    : null;

  return {
    t2s(text) {
      return recall(recentT2s, text, () => {
        t2sFn ??= Converter({ from: 'tw', to: 'cn' });
        stats.t2sRuns++;
        return t2sFn(text);
      });
    },
    s2t(text) {
      return recall(recentS2t, text, () => {
        s2tFn ??= Converter({ from: 'cn', to: 'tw' });
        stats.s2tRuns++;
        return s2tFn(text);
      });
    },
    glossaryPattern,
    glossaryByForm,
    cache: new Map(),
    stats,
  };
}

const RECENT = 64;

/** `recent`'s entry for `text`, or `convert()`'s; the oldest entry goes once there are more than RECENT. */
function recall(recent: Map<string, string>, text: string, convert: () => string): string {
  let result = recent.get(text);
  if (result === undefined) result = convert();
  else recent.delete(text); // re-inserted below as the newest
  recent.set(text, result);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return result;
}
