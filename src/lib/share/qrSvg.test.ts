import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSvg } from './qrSvg.ts';

describe('qrSvg', () => {
  const url = 'https://gongshi.example.org/zh-hans/articles/nixi-wang-jinshui/';
  const svg = qrSvg(url, '本页网址的二维码');

  it('is a labelled, self-contained SVG image', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="本页网址的二维码"/);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('draws exactly the dark modules, as runs, inside a quiet zone', () => {
    const { modules } = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
      errorCorrectionLevel: 'M',
    });
    const drawn = new Set<number>();
    for (const [, x, y, run, back] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
      expect(back).toBe(run);
      for (let i = 0; i < Number(run); i++) drawn.add((Number(y) - 4) * modules.size + Number(x) - 4 + i);
    }
    const dark = [...modules.data].flatMap((on, i) => (on ? [i] : []));
    expect([...drawn].sort((a, b) => a - b)).toEqual(dark);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
  });

  it('escapes the label', () => {
    expect(qrSvg('x', 'a"<b')).toContain('aria-label="a&#34;&#60;b"');
  });
});
