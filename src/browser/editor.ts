/**
 * The office's web editor at /admin/ (never on residents' pages): starts Decap CMS with the configuration the site
 * generated from its schemas (src/lib/editor/editorConfig.ts), previews an article and a tally as the site shows them
 * in both scripts, and removes what a form leaves in optional fields before a file is saved.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import siteStyles from '../styles/global.css?inline';
import { CATEGORIES, KINDS } from '../config/categories.ts';
import { localeByScript, type Script } from '../config/locales.ts';
import { rehypeDropActiveContent } from '../lib/markdown/rehypeDropActiveContent.ts';
import { createConverter } from '../lib/conversion/createConverter.ts';
import { escapeHtml } from '../lib/conversion/escapeHtml.ts';
import { toScript } from '../lib/conversion/toScript.ts';
import { toScriptHtml } from '../lib/conversion/toScriptHtml.ts';
import type { DecapConfig, DecapField } from '../lib/editor/editorConfig.ts';
import { emptyValuePaths, type ValuePath } from '../lib/editor/emptyValuePaths.ts';
import type { GlossaryEntry } from '../lib/schema/glossary.ts';

/** What the page holds for this script (written by src/integrations/editor.ts). */
export interface EditorData {
  config: DecapConfig;
  glossary: GlossaryEntry[];
}

/** The parts of Decap's Immutable.js values the previews read. */
interface Immutable {
  get(key: string): unknown;
  getIn(path: ValuePath): unknown;
  deleteIn(path: ValuePath): Immutable;
  toJS(): Record<string, unknown>;
}
interface PreviewProps {
  entry: Immutable;
}
/** A preview made with createClass: its props and its state. */
interface PreviewComponent {
  props: PreviewProps;
  state: { figures: Record<string, unknown>[] };
  setState(state: { figures: Record<string, unknown>[] }): void;
}
interface Decap {
  init(options: { config: DecapConfig }): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(style: string, options: { raw: true }): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: Immutable }) => Immutable }): void;
}
declare global {
  interface Window {
    CMS: Decap;
    /** React.createElement and a class component's maker, which Decap's bundle provides. */
    h: (type: string, props: object | null, ...children: unknown[]) => unknown;
    createClass: (spec: object) => unknown;
  }
}

const data = JSON.parse(document.getElementById('editor-data')!.textContent!) as EditorData;
const converter = createConverter(data.glossary);
const markdown = unified()
  .use(remarkParse)
  .use([remarkGfm, remarkCjkFriendly])
  // Raw HTML dropped and active content removed, as on the site: content is not trusted.
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeDropActiveContent)
  .use(rehypeStringify);

const SCRIPTS: readonly Script[] = ['hans', 'hant'];
const categoryLabel = new Map<string, string>(CATEGORIES.map((c) => [c.id, c.label]));
const kindLabel = new Map<string, string>(KINDS.map((k) => [k.id, k.label]));

/** Text converted into a script and escaped; `from`: its script, when known (else detected). */
type Text = (value: unknown, from?: Script) => string;

/**
 * The written script first, then the other: the same text converted, as the site's two pages show it. `written`:
 * the content's script, when it says (an article), else detected (a tally's quotes and items).
 */
function inBothScripts(written: Script | undefined, render: (target: Script, text: Text) => string): string {
  const first = written ?? 'hans';
  return [first, ...SCRIPTS.filter((script) => script !== first)]
    .map((target) => {
      const locale = localeByScript(target);
      const text: Text = (value, from = written) => escapeHtml(toScript(String(value ?? ''), target, converter, from));
      const converted = target === first ? '' : text('（自动转换）', 'hans');
      return `<section lang="${locale.lang}"><p class="preview-script">${escapeHtml(locale.label)}${converted}</p>${render(target, text)}</section>`;
    })
    .join('<hr>');
}

/** A tally's figures as a table (labels and units are written in Simplified), pending ones marked. */
function figuresTable(figures: readonly Record<string, unknown>[], text: Text): string {
  const label = (words: unknown) => text(words, 'hans');
  const head = ['类别', '做了什么', '数量', '所数的事物', '日期', '核实'].map((h) => `<th>${label(h)}</th>`).join('');
  const rows = figures.map((figure) => {
    const quantity =
      (figure.qualifier === 'about' ? label('约') : '') +
      escapeHtml(String(figure.quantity ?? '')) +
      (figure.quantityMax === undefined ? '' : escapeHtml(`–${figure.quantityMax}`)) +
      (figure.qualifier === 'approx-more-than' ? label('余') : '') +
      label(figure.unit) +
      (figure.per ? `／${text(figure.per)}` : '');
    const pending = figure.review === 'pending';
    const cells = [
      label(categoryLabel.get(String(figure.category)) ?? figure.category),
      label(kindLabel.get(String(figure.kind)) ?? figure.kind),
      quantity,
      text(figure.item),
      escapeHtml(String(figure.date ?? '')),
      pending ? `<strong>${label('待核实')}</strong>` : label('已核实'),
    ];
    return `<tr${pending ? ' class="pending"' : ''}>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  });
  return `<table class="records"><caption>${label('文章中的数字')}</caption><tr>${head}</tr>${rows.join('')}</table>`;
}

/**
 * The figures the site publishes, by article: its open data (data/tallies.json, in the tallies' own fields), read
 * once, when an article is first previewed. An article not yet published has none there: its tally's preview shows them.
 */
let publishedFigures: Promise<Map<string, Record<string, unknown>[]>> | undefined;
async function figuresOf(article: string): Promise<Record<string, unknown>[]> {
  publishedFigures ??= fetch(new URL('../data/tallies.json', location.href))
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, unknown>[]>) : []))
    .catch(() => [])
    .then((rows) => {
      const byArticle = new Map<string, Record<string, unknown>[]>();
      for (const row of rows) {
        const figure = { ...row, quantityMax: row.quantity_max ?? undefined, unit: row.unit_hans, item: row.item_hans };
        byArticle.set(String(row.article), [...(byArticle.get(String(row.article)) ?? []), figure]);
      }
      return byArticle;
    });
  return (await publishedFigures).get(article) ?? [];
}

/** An article as its page shows it, in both scripts, with the figures the site publishes from it. */
const ArticlePreview = window.createClass({
  getInitialState: () => ({ figures: [] }),
  componentDidMount(this: PreviewComponent) {
    const slug = this.props.entry.get('slug');
    if (slug) void figuresOf(String(slug)).then((figures) => this.setState({ figures }));
  },
  render(this: PreviewComponent) {
    const article = this.props.entry.get('data') as Immutable;
    const written: Script = article.get('script') === 'hant' ? 'hant' : 'hans';
    const body = String(markdown.processSync(String(article.get('body') ?? '')));
    const { figures } = this.state;
    const html = inBothScripts(written, (target, text) => {
      const draft = article.get('draft') ? `<p class="note">${text('草稿：网站上不显示', 'hans')}</p>` : '';
      return (
        `${draft}<h1>${text(article.get('title'))}</h1>` +
        `<p class="summary">${text(article.get('summary'))}</p>` +
        `<div class="article-body">${toScriptHtml(body, target, converter, written)}</div>` +
        (figures.length ? figuresTable(figures, text) : '')
      );
    });
    return window.h('div', { dangerouslySetInnerHTML: { __html: html } });
  },
});

/** A tally's figures as the article's table shows them, in both scripts; items are detected, not given, a script. */
function tallyPreview({ entry }: PreviewProps) {
  const figures = ((entry.get('data') as Immutable).toJS().entries ?? []) as Record<string, unknown>[];
  const html = inBothScripts(undefined, (_target, text) => figuresTable(figures, text));
  return window.h('div', { dangerouslySetInnerHTML: { __html: html } });
}

const { CMS } = window;
CMS.registerPreviewStyle(siteStyles, { raw: true });
CMS.registerPreviewStyle(
  '.preview-script{color:var(--muted);font-size:.875rem}.pending td{background:#fff4d6}body{padding:0 1rem}',
  { raw: true },
);
CMS.registerPreviewTemplate('articles', ArticlePreview);
CMS.registerPreviewTemplate('tallies', tallyPreview);

// What a form leaves in optional fields (an emptied box, an unticked 累计) is not saved: the schemas refuse it.
// A collection of one file (the glossary) has its fields on the file.
const fieldsOf = new Map(
  data.config.collections.map((collection) => [
    collection.name,
    collection.fields ?? (collection.files as { fields: DecapField[] }[])[0]!.fields,
  ]),
);
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const values = entry.get('data') as Immutable;
    const fields = fieldsOf.get(String(entry.get('collection'))) ?? [];
    return emptyValuePaths(values.toJS(), fields).reduce((kept, path) => kept.deleteIn(path), values);
  },
});

CMS.init({ config: data.config });

export {};
