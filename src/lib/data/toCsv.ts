/**
 * CSV that opens correctly in Excel on a Chinese Windows PC: a UTF-8 byte-order mark (else Excel guesses GBK),
 * CRLF line ends, and every field that holds a comma, quote or line break quoted, with quotes doubled (RFC 4180).
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (value: string | number | null | undefined) => {
    const text = `${value ?? ''}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return '\uFEFF' + rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}
