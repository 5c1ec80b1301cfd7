import { describe, expect, it } from 'vitest';
import { convertOutsideLocalized, LOCALIZED_END, LOCALIZED_START } from './localizedRegions.ts';

const upper = (html: string) => html.toUpperCase();

describe('convertOutsideLocalized', () => {
  it('converts HTML without marked regions as one piece', () => {
    expect(convertOutsideLocalized('<p>a</p><p>b</p>', upper)).toBe('<P>A</P><P>B</P>');
  });

  it('keeps each marked region as it is and drops the markers', () => {
    const html = `<p>a</p>${LOCALIZED_START}<figure>b</figure>${LOCALIZED_END}<p>c</p>${LOCALIZED_START}<table>d</table>${LOCALIZED_END}`;
    expect(convertOutsideLocalized(html, upper)).toBe('<P>A</P><figure>b</figure><P>C</P><table>d</table>');
  });
});
