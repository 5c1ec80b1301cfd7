/**
 * Characters that end or start something in HTML — in text (< &), in a quoted attribute value (" '), in an
 * unquoted one (whitespace = `) — as character references, so `text` is read as text wherever it is put.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=\t\n\f\r ]/gu, (c) => `&#${c.charCodeAt(0)};`);
}
