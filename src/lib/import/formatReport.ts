import { formatProblem } from '../content/problem.ts';
import type { ImportResult } from './importArticle.ts';

/** The import report: what was cleaned, what needs a human (input:line:column), the figures, the files written. */
export function formatReport(result: ImportResult, input: string, written: readonly string[]): string {
  const out: string[] = [];
  const { script } = result;
  out.push(
    `Script: detected ${script.detected} (${script.hans} Simplified-only, ${script.hant} Traditional-only characters); stored as ${script.stored}.`,
  );

  out.push('', `Cleaned (${result.removed.length} lines or parts removed):`);
  for (const r of result.removed) out.push(`  ${input}:${r.line}  ${r.reason}: ${r.text}`);
  // The same correction in several paragraphs is one line with a count.
  const counts = new Map<string, number>();
  for (const change of result.changes) counts.set(change, (counts.get(change) ?? 0) + 1);
  for (const [change, count] of counts) out.push(`  ${change}${count > 1 ? ` ×${count}` : ''}`);

  const byCategory = new Map<string, number>();
  for (const f of result.figures) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
  out.push(
    '',
    `Figures: ${result.figures.length} draft tally entries (review: pending) — ${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}.`,
    `  Not tallied: ${result.skipped.length} numbers (${summarise(result.skipped.map((s) => s.reason))}).`,
  );
  for (const f of result.figures.filter((x) => x.doubt))
    out.push(`  ${input}:${f.line}  ${f.quantity}${f.unit} — ${f.doubt}`);

  out.push('', ...townLines(result, input, written));

  out.push('', `Needs a human (${result.review.length}):`);
  for (const item of result.review) out.push(`  ${formatProblem({ file: input, ...item })}`);

  out.push('', written.length ? `Written:\n${written.map((w) => `  ${w}`).join('\n')}` : 'Nothing written.');
  return out.join('\n');
}

/** The townships found (known, new with their file, or only named), the villages, and each figure's town. */
function townLines(result: ImportResult, input: string, written: readonly string[]): string[] {
  const { found, places } = result.towns;
  const fresh = new Set(result.towns.new.map((t) => t.slug));
  const status = (town: (typeof found)[number]) => {
    if (town.known) return '已有';
    if (!fresh.has(town.slug)) return '仅提及，未写文件';
    const file = written.find((w) => w.endsWith(`towns/${town.slug}.yaml`));
    return file ? `新建 ${file}` : `新乡镇，未写入 towns/${town.slug}.yaml`;
  };
  const out = [
    `乡镇：${found.map((t) => `${t.name}（${t.slug}，${status(t)}，提及 ${t.mentions} 次）`).join('；') || '无'}。文章的乡镇：${result.frontmatter.town}。`,
  ];
  if (places.length) out.push(`  村、社区（地点，不作乡镇）：${places.join('、')}`);
  if (found.length > 1) {
    const names = new Map(found.map((t) => [t.slug, t.name]));
    out.push('  每条数据的乡镇：');
    for (const f of result.figures)
      out.push(
        `  ${input}:${f.line}  ${f.quantity}${f.unit} ${f.category} → ${f.town ? `${names.get(f.town) ?? f.town}（${f.town}）` : '—'}`,
      );
  } else if (result.figures.length)
    out.push(`  全部 ${result.figures.length} 条数据归于文章的乡镇 ${result.frontmatter.town}。`);
  return out;
}

function summarise(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n}× ${r}`).join('; ') || 'none';
}
