/**
 * An HTML comment as a browser ends it: at `-->` or `--!>` (`<!-->` and `<!--->` are empty ones), or at the end of
 * the text when it is never closed.
 */
const COMMENT = /<!--(?:-?>|[\s\S]*?--!?>|[\s\S]*$)/gu;

/**
 * `body` as readers see it, comments (editors' notes) blanked: each of their characters but line breaks becomes a
 * space, so positions in the result are positions in the file. A quote or a number found only in a comment is
 * never shown on the page.
 */
export function blankComments(body: string): string {
  return body.replace(COMMENT, (comment) => comment.replace(/[^\n]/gu, ' '));
}
