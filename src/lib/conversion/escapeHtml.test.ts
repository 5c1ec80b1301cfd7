import { describe, expect, it } from 'vitest';
import { createConverter } from './createConverter.ts';
import { escapeHtml } from './escapeHtml.ts';
import { toScript } from './toScript.ts';
import { toScriptHtml } from './toScriptHtml.ts';

const META = '<meta http-equiv=refresh content="0;url=https://evil.example">';
/** Made directly, as if the content check had let the entry through. */
const hostile = createConverter([{ hans: '泥溪镇', hant: META, note: 'hostile' }]);

describe('escapeHtml', () => {
  it('turns what starts or ends markup, an attribute or a value into character references', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`=\t `)).toBe(
      '&#60;a&#32;href&#61;&#34;x&#34;&#32;title&#61;&#39;y&#39;&#62;&#38;&#96;&#61;&#9;&#32;',
    );
    expect(escapeHtml('泥溪镇、于書記')).toBe('泥溪镇、于書記');
  });
});

describe('glossary forms put into HTML', () => {
  it('go in as text, never as an element', () => {
    const html = toScriptHtml('<p>泥溪镇发放口罩</p>', 'hant', hostile);
    expect(html).toBe(`<p>${escapeHtml(META)}發放口罩</p>`);
    expect(html).not.toContain('<meta');
  });

  it('stay inside the attribute they are put into, quoted or not', () => {
    expect(toScriptHtml('<img alt="泥溪镇" title=泥溪镇 src="a.png">', 'hant', hostile)).toBe(
      `<img alt="${escapeHtml(META)}" title=${escapeHtml(META)} src="a.png">`,
    );
  });

  it('go into plain text as written: the page escapes plain text when it shows it', () => {
    expect(toScript('泥溪镇发放口罩', 'hant', hostile)).toBe(`${META}發放口罩`);
  });

  it("an override's forms are the HTML's own text: an entity stays an entity, never becomes a tag", () => {
    const plain = createConverter([]);
    expect(toScriptHtml('<p>[[泥溪镇|&lt;meta&gt;]]</p>', 'hant', plain)).toBe('<p>&lt;meta&gt;</p>');
  });
});
