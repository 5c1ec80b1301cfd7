/** The first full date (year, month and day) in `text` as YYYY-MM-DD: 2020-02-20, 2020/2/20, 2020.2.20, 2020年2月20日. */
const FULL_DATE = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/u;

export function parseFullDate(text: string): { iso: string; index: number } | undefined {
  const m = FULL_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [m[1]!, m[2]!, m[3]!].map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, index: m.index };
}
