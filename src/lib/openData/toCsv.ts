/** A number written as text (-12, 3.5): a spreadsheet reads it as that number, never as a formula. */
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/u;
/** How a cell starts when Excel or LibreOffice would run it as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * CSV that opens correctly in Excel on a Chinese Windows PC: a UTF-8 byte-order mark (else Excel guesses GBK),
 * CRLF line ends, and every field that holds a comma, quote or line break quoted, with quotes doubled (RFC 4180).
 * Text that a spreadsheet would run as a formula (=HYPERLINK(…) as a tally's item) gets a leading ' so it shows as
 * written; numbers stay numbers. Every CSV the site offers is made here: the open data and each chart's download.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (value: string | number | null | undefined) => {
    let text = `${value ?? ''}`;
    if (typeof value === 'string' && FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return '\uFEFF' + rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}
