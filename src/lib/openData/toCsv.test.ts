import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv.ts';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(toCsv([['组织群众，捐款', 'a,b', '说"好"', 'x\ny', '“全角”']])).toBe(
      '\uFEFF组织群众，捐款,"a,b","说""好""","x\ny",“全角”\r\n',
    );
  });

  it('keeps spreadsheets from running text as a formula, with a leading quote', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")', '+1+cmd', '-2+3', '@SUM(A1)', '\tx', '\r=1', '口罩=1']])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"",""y"")",\'+1+cmd,\'-2+3,\'@SUM(A1),\'\tx,"\'\r=1",口罩=1\r\n',
    );
  });

  it('leaves numbers as numbers, whether given as numbers or as text', () => {
    expect(toCsv([[-5, 2.5, '-12', '+3', '-0.5']])).toBe('\uFEFF-5,2.5,-12,+3,-0.5\r\n');
  });

  it('writes nothing for a missing value', () => {
    expect(toCsv([[null, undefined, 0]])).toBe('\uFEFF,,0\r\n');
  });
});
