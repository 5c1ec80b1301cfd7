/**
 * Characters that end or start something in HTML — in text (< &), in a quoted attribute value (" '), in an
 * unquoted one (whitespace = `) — as character references, so `text` is read as text wherever it is put.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=\t\n\f\r ]/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `text` for a double-quoted attribute value in HTML people read or copy (an embed snippet, search metadata):
 * only what would end the value or start markup is escaped, so the rest reads as written.
 */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
