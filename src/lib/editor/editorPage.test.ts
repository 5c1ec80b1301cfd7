import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { editorConfig } from './editorConfig.ts';
import { EDITOR_SCRIPTS, editorPage } from './editorPage.ts';

const config = editorConfig({ contentFolder: 'content', backend: { name: 'github', repo: 'o/s', branch: 'main' } });

describe('editorPage', () => {
  it('carries hostile glossary text as data: it cannot end its <script> or add an element', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const page = parse(editorPage({ config, glossary: [{ hans: hostile, hant: hostile, note: hostile }] }));
    const scripts = page.querySelectorAll('script');
    expect(scripts.map((s) => s.getAttribute('src') ?? s.id ?? '')).toEqual([
      '',
      'editor-data',
      EDITOR_SCRIPTS.decap,
      EDITOR_SCRIPTS.editor,
    ]);
    const data = JSON.parse(page.getElementById('editor-data')!.textContent);
    expect(data.glossary[0].hans).toBe(hostile);
    expect(data.config).toEqual(config);
  });

  it('keeps the editor out of search engines and starts Decap only once the site has configured it', () => {
    const page = parse(editorPage({ config, glossary: [] }));
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toMatch(/noindex/);
    expect(page.querySelector('script')!.textContent).toContain('CMS_MANUAL_INIT = true');
  });
});
