/** The calendar date (YYYY-MM-DD) at `now` in the office's time zone: the day that decides what is published. */
export function officeDate(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD, comparable with the ISO dates in content.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
