import { describe, expect, it, vi } from 'vitest';
import { editorBackend } from '../../config/editor.ts';
import { decapField, editorConfig, type DecapField } from './editorConfig.ts';
import { emptyValuePaths } from './emptyValuePaths.ts';

// A category the office adds to src/config/categories.ts: the editor must offer it with no edit of its own config.
vi.mock('../../config/categories.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../config/categories.ts')>();
  const sandbags = { id: 'sandbags', label: '防汛沙袋', units: ['袋'], colour: '#000000', keywords: ['沙袋'] };
  return {
    ...original,
    CATEGORIES: [...original.CATEGORIES, sandbags],
    categoryById: (id: string) => [...original.CATEGORIES, sandbags].find((c) => c.id === id),
  };
});

const local = editorConfig({
  contentFolder: 'site/content',
  backend: { local: true, proxyUrl: '/admin/api/v1/', branch: 'main' },
});
const collection = (name: string) => local.collections.find((c) => c.name === name)!;
const field = (fields: readonly DecapField[] | undefined, ...path: string[]): DecapField => {
  const [first, ...rest] = path;
  const found = fields!.find((f) => f.name === first)!;
  return rest.length ? field(found.fields, ...rest) : found;
};
const entryField = (name: string) => field(collection('tallies').fields, 'entries', name);

describe('editorConfig', () => {
  it('offers every category of the config, a newly added one too, by its Chinese label', () => {
    expect(entryField('category').widget).toBe('select');
    expect(entryField('category').options).toContainEqual({ label: '防汛沙袋', value: 'sandbags' });
    expect(entryField('category').options).toContainEqual({ label: '口罩', value: 'masks' });
    expect(entryField('unit').hint).toContain('防汛沙袋：袋');
  });

  it('takes required fields, patterns and ranges from the schemas', () => {
    const articles = collection('articles').fields;
    expect(field(articles, 'title').required).toBe(true);
    expect(field(articles, 'summary').required).toBe(true);
    expect(field(articles, 'source').required).toBe(true);
    expect(field(articles, 'published').required).toBe(false);
    // Inside an optional group the form cannot require anything (Decap would refuse every save): the check does.
    expect(field(articles, 'undated', 'period').required).toBe(false);
    expect(field(articles, 'undated').required).toBe(false);
    expect(entryField('quantity')).toMatchObject({ widget: 'number', min: 0, required: true });
    expect(entryField('quote').required).toBe(true);
    expect(entryField('item').required).toBe(false);
    const [pattern, message] = entryField('id').pattern as [string, string];
    expect(new RegExp(pattern).test('masks-distributed')).toBe(true);
    expect(new RegExp(pattern).test('口罩')).toBe(false);
    expect(message).toMatch(/小写英文字母/);
    expect(field(collection('tallies').fields, 'entries').min).toBe(1);
  });

  it('offers only the values a schema allows, with the labels staff read', () => {
    const population = field(collection('towns').fields, 'population', 'qualifier');
    expect((population.options as { value: string }[]).map((o) => o.value)).toEqual(['exact', 'about']);
    expect(entryField('review').options).toContainEqual({ label: '待核实', value: 'pending' });
  });

  it('keeps content in the configured folder, and new articles as drafts', () => {
    expect(collection('articles').folder).toBe('site/content/articles');
    expect(collection('tallies').folder).toBe('site/content/tallies');
    expect((collection('glossary').files as { file: string }[])[0]!.file).toBe('site/content/glossary.yaml');
    expect(field(collection('articles').fields, 'draft').default).toBe(true);
    expect(collection('articles').view_filters).toContainEqual({ label: '草稿', field: 'draft', pattern: true });
  });

  it('saves at once in local mode, and through the office repository otherwise (pull requests on GitHub)', () => {
    expect(local.backend).toMatchObject({ name: 'proxy', proxy_url: '/admin/api/v1/', branch: 'main' });
    expect(local.publish_mode).toBeUndefined();
    const gitea = editorConfig({
      contentFolder: 'content',
      backend: { name: 'gitea', repo: 'office/site', branch: 'main', api_root: 'https://git.example.cn/api/v1' },
    });
    expect(gitea.backend).toMatchObject({
      name: 'gitea',
      repo: 'office/site',
      branch: 'main',
      api_root: 'https://git.example.cn/api/v1',
    });
    // Decap's Gitea backend refuses the editorial workflow; its saves go to the configured (review) branch.
    expect(gitea.publish_mode).toBeUndefined();
    const github = editorConfig({ contentFolder: 'content', backend: { name: 'github', repo: 'o/s', branch: 'main' } });
    expect(github.publish_mode).toBe('editorial_workflow');
  });

  it("takes a deployment's repository from GONGSHI_EDITOR_BACKEND, over the configured one", () => {
    const gitea = editorBackend('{"name":"gitea","branch":"shenhe","api_root":"https://git.example.cn/api/v1"}');
    expect(gitea).toMatchObject({ name: 'gitea', branch: 'shenhe', api_root: 'https://git.example.cn/api/v1' });
    expect(gitea.repo).toBe(editorBackend('').repo);
    expect(() => editorBackend('{"name":"gitlab"}')).toThrow(/github.*gitea/);
    expect(() => editorBackend('name=gitea')).toThrow(/not JSON/);
  });

  it('refuses a schema field it has no words for, rather than show staff a bare key', () => {
    expect(() => decapField('articles', 'mystery', { type: 'string' }, false)).toThrow(/FIELD_WORDS/);
    expect(() => decapField('tallies', 'qualifier', { type: 'string', enum: ['exact', 'guess'] }, true)).toThrow(
      /guess/,
    );
  });
});

describe('emptyValuePaths', () => {
  const fields = collection('articles').fields!;

  it('finds what a form leaves in optional fields, and nothing required or defaulted', () => {
    const article = {
      title: '',
      byline: '',
      draft: false,
      tags: [],
      undated: { period: '', note: '' },
      source: { publication: '县融媒体中心', url: '' },
    };
    expect(emptyValuePaths(article, fields)).toEqual([['undated'], ['byline'], ['source', 'url'], ['tags']]);
  });

  it('removes an unticked checkbox the schema only knows ticked, inside each list item', () => {
    const tally = {
      entries: [
        { cumulative: false, quantity: 0 },
        { cumulative: true, note: '' },
      ],
    };
    expect(emptyValuePaths(tally, [field(collection('tallies').fields, 'entries')])).toEqual([
      ['entries', 0, 'cumulative'],
      ['entries', 1, 'note'],
    ]);
  });
});
