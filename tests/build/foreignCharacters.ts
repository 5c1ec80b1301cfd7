import { execFileSync } from 'node:child_process';

/** Debian's opencc CLI, an implementation independent of the one the build uses. */
function opencc(config: string, text: string): string {
  return execFileSync('opencc', ['-c', config], { input: text, encoding: 'utf8' });
}

/** The opencc configuration that leaves text in `script` unchanged and changes the other script's characters. */
export const OPENCC_CHECK = { hans: 't2s.json', hant: 's2tw.json' } as const;

/**
 * Characters of `text` that belong to the other script. A character counts only when the CLI changes it both in
 * context and on its own: in context alone, t2s over Simplified rewrites some words (哄抬→哄擡); on its own alone,
 * valid Simplified such as 著 (著名) would be flagged. Simplified pages are checked with t2s.json, not tw2s.json:
 * tw2s first maps Taiwan variants to standard forms and so turns Simplified 抬 into 擡.
 */
export function foreignCharacters(text: string, config: string): string[] {
  const inContext = [...opencc(config, text)];
  const chars = [...text];
  if (inContext.length !== chars.length) throw new Error('opencc changed the text length; compare by hand');
  const suspects = [...new Set(chars.filter((ch, i) => ch !== inContext[i]))];
  if (suspects.length === 0) return [];
  const alone = [...opencc(config, suspects.join('\n'))].filter((ch) => ch !== '\n');
  return suspects.filter((ch, i) => ch !== alone[i]);
}
