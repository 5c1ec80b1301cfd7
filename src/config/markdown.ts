/**
 * How articles' Markdown becomes HTML: the site's `markdown` option, and the benchmark's bare Astro build uses it
 * too, so the two differ only in what the site adds (conversion, charts, search).
 */
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { rehypeDropActiveContent } from '../lib/markdown/rehypeDropActiveContent.ts';

// Astro's default Markdown processor keeps the asterisks in CJK emphasis (**“重点”**内容); remark-cjk-friendly fixes it.
export const remarkPlugins = [remarkGfm, remarkCjkFriendly];

export const markdown = {
  // No code blocks in news: no syntax highlighter (Shiki's inline styles would need 'unsafe-inline').
  syntaxHighlight: false,
  processor: unified({
    remarkPlugins,
    // remark-gfm is in remarkPlugins already (before remark-cjk-friendly); Astro's own copy would run it twice.
    gfm: false,
    // SmartyPants is English typography (three dots into one "…", where Chinese writes ……), and it costs a full
    // retext parse of every article.
    smartypants: false,
    // Raw HTML in an article (a pasted <script>, <iframe> or style) is dropped, never published: articles are text.
    // Editors' <!-- notes --> go with it, which is right, as readers never saw them.
    remarkRehype: { allowDangerousHtml: false },
    rehypePlugins: [rehypeDropActiveContent],
  }),
} as const;
