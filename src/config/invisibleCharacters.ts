/**
 * Characters refused anywhere in content: nobody can see them in an editor or on the page, yet they change what the
 * text says. A right-to-left override shows 3000 as 0003, a zero-width space splits a word so a search or a quote no
 * longer finds it. Ranges are inclusive; tab and newline are the only control characters content needs (line ends
 * and a leading byte-order mark are normalised before the scan). Names are Unicode's, for the message.
 */
export const INVISIBLE_CHARACTERS: readonly { from: number; to: number; name: string }[] = [
  { from: 0x00, to: 0x08, name: 'control character' },
  { from: 0x0b, to: 0x1f, name: 'control character' },
  // DELETE and the C1 controls.
  { from: 0x7f, to: 0x9f, name: 'control character' },
  { from: 0x061c, to: 0x061c, name: 'ARABIC LETTER MARK' },
  { from: 0x200b, to: 0x200b, name: 'ZERO WIDTH SPACE' },
  { from: 0x200c, to: 0x200c, name: 'ZERO WIDTH NON-JOINER' },
  { from: 0x200d, to: 0x200d, name: 'ZERO WIDTH JOINER' },
  { from: 0x200e, to: 0x200e, name: 'LEFT-TO-RIGHT MARK' },
  { from: 0x200f, to: 0x200f, name: 'RIGHT-TO-LEFT MARK' },
  { from: 0x202a, to: 0x202a, name: 'LEFT-TO-RIGHT EMBEDDING' },
  { from: 0x202b, to: 0x202b, name: 'RIGHT-TO-LEFT EMBEDDING' },
  { from: 0x202c, to: 0x202c, name: 'POP DIRECTIONAL FORMATTING' },
  { from: 0x202d, to: 0x202d, name: 'LEFT-TO-RIGHT OVERRIDE' },
  { from: 0x202e, to: 0x202e, name: 'RIGHT-TO-LEFT OVERRIDE' },
  { from: 0x2060, to: 0x2060, name: 'WORD JOINER' },
  { from: 0x2066, to: 0x2066, name: 'LEFT-TO-RIGHT ISOLATE' },
  { from: 0x2067, to: 0x2067, name: 'RIGHT-TO-LEFT ISOLATE' },
  { from: 0x2068, to: 0x2068, name: 'FIRST STRONG ISOLATE' },
  { from: 0x2069, to: 0x2069, name: 'POP DIRECTIONAL ISOLATE' },
  { from: 0xfeff, to: 0xfeff, name: 'ZERO WIDTH NO-BREAK SPACE' },
];
