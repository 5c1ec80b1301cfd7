import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrCode, qrSvg } from './qrSvg.ts';

describe('qrSvg', () => {
  const url = 'https://gongshi.example.org/zh-hans/articles/nixi-wang-jinshui/';
  const svg = qrSvg(qrCode(url), '本页网址的二维码');

  it('is a labelled, self-contained SVG image', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="本页网址的二维码"/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('strokes exactly the dark modules, a run at a time, inside a quiet zone', () => {
    const { modules } = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
      errorCorrectionLevel: 'M',
    });
    // Follow the path: M moves to a row's middle, m skips light modules, h strokes a run of dark ones.
    const drawn = new Set<number>();
    let x = 0;
    let y = 0;
    for (const [, command, a, b] of svg.match(/ d="([^"]*)"/)![1]!.matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
      const [dx, dy] = [Number(a), Number(b)];
      if (command === 'M') [x, y] = [dx, dy];
      else if (command === 'm') [x, y] = [x + dx, y + dy];
      else {
        expect(y % 1).toBe(0.5);
        for (let i = 0; i < dx; i++) drawn.add((y - 0.5 - 4) * modules.size + x - 4 + i);
        x += dx;
      }
    }
    const dark = [...modules.data].flatMap((on, i) => (on ? [i] : []));
    expect([...drawn].sort((a, b) => a - b)).toEqual(dark);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
  });

  it('escapes the label', () => {
    expect(qrSvg(qrCode('x'), 'a"<b')).toContain('aria-label="a&#34;&#60;b"');
  });
});
