import { describe, expect, it } from 'vitest';
import { createConverter } from '../lib/script/createConverter.ts';
import { toScriptHtml } from '../lib/script/toScriptHtml.ts';
import { startHtmlConverterThread } from './convertHtml.ts';

const glossary = [{ hans: '干部', hant: '幹部', note: 'test' }];

describe('the HTML conversion thread', () => {
  it('converts as this thread would, with the same glossary, and counts its time', async () => {
    const thread = startHtmlConverterThread(glossary);
    const html = '<p>乡镇干部发放“口罩”<a href="/zh-hans/x/" title="后面">下载</a></p>';
    const here = toScriptHtml(html, 'hant', createConverter(glossary), 'hans');
    expect(await thread.convert(html, 'hant', 'hans')).toBe(here);
    // Several at once come back each to its own caller.
    const texts = ['发', '后来', '干部'].map((t) => `<p>${t}</p>`);
    expect(await Promise.all(texts.map((t) => thread.convert(t, 'hant', 'hans')))).toEqual([
      '<p>發</p>',
      '<p>後來</p>',
      '<p>幹部</p>',
    ]);
    expect(thread.stats.ms).toBeGreaterThan(0);
  });

  it('fails the page waiting for it, and every later one, when the thread dies', async () => {
    const thread = startHtmlConverterThread(glossary);
    // Not a string: toScriptHtml throws inside the thread, which ends it.
    await expect(thread.convert(undefined as unknown as string, 'hant', 'hans')).rejects.toThrow();
    await expect(thread.convert('<p>发</p>', 'hant', 'hans')).rejects.toThrow();
  });
});
