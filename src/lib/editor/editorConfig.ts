import { z } from 'zod';
import { articleSchema } from '../schema/article.ts';
import { glossarySchema } from '../schema/glossary.ts';
import { tallyFileSchema } from '../schema/tally.ts';
import { townSchema } from '../schema/town.ts';
import {
  FIELD_OPTIONS,
  FIELD_WORDS,
  FIELD_DEFAULTS,
  FIELD_RELATIONS,
  LONG_TEXT_FIELDS,
  PATTERN_MESSAGES,
  COMMIT_MESSAGES,
  WORKFLOW_BACKENDS,
  type EditorBackend,
} from '../../config/editor.ts';

/** The part of JSON Schema zod writes for the content schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  default?: unknown;
}

/** A field of Decap CMS's configuration (https://decapcms.org/docs/widgets/). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  fields?: DecapField[];
  [option: string]: unknown;
}

export interface DecapCollection {
  name: string;
  label: string;
  fields?: DecapField[];
  [option: string]: unknown;
}

export interface DecapConfig {
  load_config_file: false;
  locale: 'zh_Hans';
  backend: Record<string, unknown>;
  publish_mode?: 'editorial_workflow';
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true };
  collections: DecapCollection[];
}

export interface EditorSettings {
  /** The content folder relative to the repository's root, with `/` (Decap's paths are the repository's). */
  contentFolder: string;
  /**
   * `local`: decap-server on this computer, reached through the dev server at `proxyUrl`; saving commits at once.
   * Otherwise the office's repository: on GitHub each save a pull request (the editorial workflow), on Gitea a commit
   * to the configured (review) branch.
   */
  backend: { local: true; proxyUrl: string; branch: string } | ({ local?: false } & EditorBackend);
}

/** The JSON Schema of what a file may hold as written (defaults make a field optional). */
function jsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/**
 * A field of a content schema as a Decap form field: label, help, widget, required, pattern and range. `collection`:
 * the words of `collection.name` go before those of `name`, which a name has in most files.
 */
export function decapField(collection: string, name: string, schema: JsonSchema, required: boolean): DecapField {
  const words = FIELD_WORDS[`${collection}.${name}`] ?? FIELD_WORDS[name];
  if (!words) throw new Error(`src/config/editor.ts has no FIELD_WORDS for the content field "${name}"`);
  const field: DecapField = { name, label: words.label, widget: 'string', required };
  if (words.hint) field.hint = words.hint;
  const fallback = FIELD_DEFAULTS[name] ?? schema.default;
  if (fallback !== undefined) field.default = fallback;
  const relation = FIELD_RELATIONS[name];
  const options = FIELD_OPTIONS[name];
  const allowed = schema.enum ?? (typeof schema.const === 'string' ? [schema.const] : undefined);
  if (relation) {
    Object.assign(field, {
      widget: 'relation',
      collection: relation.collection,
      value_field: '{{slug}}',
      search_fields: [relation.display],
      display_fields: [relation.display],
    });
  } else if (allowed || options) {
    const choices = (options ?? []).filter((option) => !allowed || allowed.includes(option.value));
    const missing = (allowed ?? []).filter((value) => !choices.some((option) => option.value === value));
    if (missing.length) throw new Error(`src/config/editor.ts has no FIELD_OPTIONS.${name} for ${missing.join(', ')}`);
    Object.assign(field, { widget: 'select', options: choices });
  } else if (schema.type === 'string' && schema.format === 'date') {
    Object.assign(field, { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
    field.picker_utc = true;
  } else if (schema.type === 'string') {
    if (LONG_TEXT_FIELDS.includes(name)) field.widget = 'text';
    if (schema.pattern) field.pattern = [schema.pattern, PATTERN_MESSAGES[schema.pattern] ?? '格式不对'];
  } else if (schema.type === 'number' || schema.type === 'integer') {
    Object.assign(field, { widget: 'number', value_type: schema.type === 'integer' ? 'int' : 'float' });
    const min = schema.minimum ?? schema.exclusiveMinimum;
    if (min !== undefined) field.min = min;
    if (schema.maximum !== undefined) field.max = schema.maximum;
  } else if (schema.type === 'boolean') {
    field.widget = 'boolean';
  } else if (schema.type === 'array' && schema.items?.type === 'object') {
    Object.assign(field, { widget: 'list', fields: decapFields(collection, schema.items) });
    if (schema.minItems) field.min = schema.minItems;
  } else if (schema.type === 'array') {
    field.widget = 'list';
  } else if (schema.type === 'object') {
    // Decap checks the fields of an optional group even when it is left empty, so their being required is left to
    // the content check (an `undated` without `period`); a list's items, added on purpose, keep theirs.
    Object.assign(field, { widget: 'object', fields: decapFields(collection, schema, required) });
  } else {
    throw new Error(`The content field "${name}" has a type the editor cannot show: ${JSON.stringify(schema)}`);
  }
  return field;
}

/** Every property of an object schema, in the schema's order; none required when the object itself is optional. */
function decapFields(collection: string, schema: JsonSchema, required = true): DecapField[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    decapField(collection, name, property, required && (schema.required?.includes(name) ?? false)),
  );
}

/**
 * Decap CMS's configuration for the content folder, generated from the content schemas (src/lib/schema/) and the
 * editor's words and options (src/config/editor.ts): articles, tallies, towns and the glossary.
 */
export function editorConfig({ contentFolder, backend }: EditorSettings): DecapConfig {
  const folder = (name: string) => (contentFolder ? `${contentFolder}/${name}` : name);
  const articleFields = decapFields('articles', jsonSchema(articleSchema));
  const tallyFields = decapFields('tallies', jsonSchema(tallyFileSchema));
  const entries = tallyFields.find((field) => field.name === 'entries')!;
  // Each figure's line in the list before it is opened (which are pending review, the preview pane marks).
  entries.summary = '{{fields.quantity}}{{fields.unit}} {{fields.item}}';
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: {
      ...(backend.local
        ? { name: 'proxy', proxy_url: backend.proxyUrl, branch: backend.branch }
        : Object.fromEntries(Object.entries(backend).filter(([key]) => key !== 'local'))),
      commit_messages: COMMIT_MESSAGES,
    },
    ...(!backend.local && WORKFLOW_BACKENDS.includes(backend.name)
      ? { publish_mode: 'editorial_workflow' as const }
      : {}),
    // Photos live beside the articles that show them.
    media_folder: folder('articles'),
    public_folder: '.',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: [
      {
        name: 'articles',
        label: '文章',
        label_singular: '文章',
        folder: folder('articles'),
        extension: 'md',
        format: 'frontmatter',
        create: true,
        // A file name is the article's web address: ASCII, so the town and the moment it was created.
        slug: '{{fields.town}}-{{year}}{{month}}{{day}}-{{hour}}{{minute}}',
        summary: "{{title}}{{draft | ternary('（草稿）', '')}}",
        sortable_fields: ['title', 'published'],
        view_filters: [
          { label: '草稿', field: 'draft', pattern: true },
          { label: '已发布', field: 'draft', pattern: false },
        ],
        fields: [
          ...articleFields,
          { name: 'body', label: FIELD_WORDS.body!.label, widget: 'markdown', required: true },
        ],
      },
      {
        name: 'tallies',
        label: '统计数字',
        label_singular: '统计文件',
        folder: folder('tallies'),
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'article',
        // A tally file is named after its article (the check requires it).
        slug: '{{fields.article}}',
        summary: '{{article}}',
        fields: tallyFields,
      },
      {
        name: 'towns',
        label: '乡镇',
        label_singular: '乡镇',
        folder: folder('towns'),
        extension: 'yaml',
        format: 'yaml',
        // A town's file name is its web address, which a form cannot make from its Chinese name: see docs/editor.md.
        create: false,
        identifier_field: 'name',
        summary: '{{name}}（{{county}}）',
        view_filters: [{ label: '待核实', field: 'review', pattern: 'pending' }],
        fields: decapFields('towns', jsonSchema(townSchema)),
      },
      {
        name: 'glossary',
        label: '词汇表',
        files: [
          {
            name: 'glossary',
            label: '简繁转换词汇表',
            file: `${folder('glossary')}.yaml`,
            format: 'yaml',
            fields: decapFields('glossary', jsonSchema(glossarySchema)),
          },
        ],
      },
    ],
  };
}
