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

  it('draws one square per dark module, with a quiet zone', () => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const dark = [...modules.data].filter(Boolean).length;
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(dark);
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
  });

  it('escapes the label', () => {
    expect(qrSvg('x', 'a"<b')).toContain('aria-label="a&#34;&#60;b"');
  });
});
