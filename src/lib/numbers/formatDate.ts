/** 2020-01-27 → 2020年1月27日 (the same in both scripts). Pass `withYear: false` for dates inside one year's timeline. */
export function formatDate(iso: string, { withYear = true } = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`formatDate: "${iso}" is not YYYY-MM-DD`);
  const [, year, month, day] = match;
  return `${withYear ? `${year}年` : ''}${Number(month)}月${Number(day)}日`;
}
