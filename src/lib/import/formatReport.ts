import { render, say, type Message, type MessageLanguage } from '../../i18n/messages/message.ts';
import { formatProblem } from '../content/problem.ts';
import type { ImportResult } from './importArticle.ts';

/**
 * The import report, in `language`: what was cleaned, what needs a human (input:line:column), the figures, the files
 * written.
 */
export function formatReport(
  result: ImportResult,
  input: string,
  written: readonly string[],
  language: MessageLanguage,
): string {
  const said = (message: Message) => render(message, language);
  const out: string[] = [];
  const { script } = result;
  out.push(said(say('report.script', script)));

  out.push('', said(say('report.cleaned', { count: result.removed.length })));
  for (const r of result.removed) out.push(`  ${input}:${r.line}  ${said(say(r.reason))}: ${r.text}`);
  // The same correction in several paragraphs is one line with a count.
  const counts = new Map<string, number>();
  for (const change of result.changes.map(said)) counts.set(change, (counts.get(change) ?? 0) + 1);
  for (const [change, count] of counts) out.push(`  ${change}${count > 1 ? ` ×${count}` : ''}`);

  const byCategory = new Map<string, number>();
  for (const f of result.figures) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
  const categories = [...byCategory].map(([c, n]) => `${c} ${n}`);
  out.push(
    '',
    said(
      say('report.figures', {
        count: result.figures.length,
        categories: categories.length ? categories : say('report.none'),
      }),
    ),
    said(
      say('report.notTallied', {
        count: result.skipped.length,
        reasons: summarise(result.skipped.map((s) => said(say(s.reason)))) ?? say('report.none'),
      }),
    ),
  );
  for (const f of result.figures.filter((x) => x.doubts))
    out.push(
      `  ${input}:${f.line}  ${f.quantity}${f.unit} — ${f.doubts!.map(said).join(language === 'en' ? '; ' : '；')}`,
    );

  out.push('', ...townLines(result, input, written, said));

  out.push('', said(say('report.needsHuman', { count: result.review.length })));
  for (const item of result.review) out.push(`  ${formatProblem({ file: input, ...item }, language)}`);

  out.push(
    '',
    written.length
      ? `${said(say('report.written'))}\n${written.map((w) => `  ${w}`).join('\n')}`
      : said(say('report.nothingWritten')),
  );
  return out.join('\n');
}

/** The townships found (known, new with their file, or only named), the villages, and each figure's town. */
function townLines(
  result: ImportResult,
  input: string,
  written: readonly string[],
  said: (message: Message) => string,
): string[] {
  const { found, places } = result.towns;
  const fresh = new Set(result.towns.new.map((t) => t.slug));
  const status = (town: (typeof found)[number]): Message => {
    if (town.known) return say('report.townKnown');
    if (!fresh.has(town.slug)) return say('report.townOnlyNamed');
    const file = written.find((w) => w.endsWith(`towns/${town.slug}.yaml`));
    return file ? say('report.townCreated', { file }) : say('report.townNotWritten', { slug: town.slug });
  };
  const towns = found.map((t) =>
    say('report.town', { name: t.name, slug: t.slug, status: status(t), mentions: t.mentions }),
  );
  const out = [
    said(say('report.towns', { towns: towns.length ? towns : say('report.none'), town: result.frontmatter.town })),
  ];
  if (places.length) out.push(said(say('report.places', { places })));
  const { notRecognised } = result.towns;
  if (notRecognised.length) out.push(said(say('report.townsNotRecognised', { names: notRecognised })));
  if (found.length > 1) {
    const names = new Map(found.map((t) => [t.slug, t.name]));
    out.push(said(say('report.figureTowns')));
    for (const f of result.figures)
      out.push(
        `  ${input}:${f.line}  ${f.quantity}${f.unit} ${f.category} → ${f.town ? `${names.get(f.town) ?? f.town}（${f.town}）` : '—'}`,
      );
  } else if (result.figures.length)
    out.push(said(say('report.allInArticleTown', { count: result.figures.length, town: result.frontmatter.town })));
  return out;
}

/** Each reason with how often it was given, or undefined for none. */
function summarise(reasons: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n}× ${r}`).join('; ') || undefined;
}
