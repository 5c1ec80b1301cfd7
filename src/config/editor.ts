/**
 * The office's web editor at /admin/ (Decap CMS): where it saves, and how the content's fields are presented to staff.
 * Which fields exist, which are required and what they accept come from the content schemas (src/lib/schema/); the
 * options of the selects from src/config/categories.ts. Here only what a schema cannot say: words for people.
 * See docs/editor.md.
 */
import { z } from 'zod';
import { slugSchema } from '../lib/schema/article.ts';
import { CATEGORIES, KINDS, UNITS, type Qualifier } from './categories.ts';

/** Where the editor is, under the site's base: never linked from residents' pages (tests/build/budgets.test.ts). */
export const EDITOR_PATH = 'admin/';

/**
 * Where the editor saves on the site as built: the office's repository on GitHub or on its own Gitea (see
 * WORKFLOW_BACKENDS). A deployment sets its own without a commit: GONGSHI_EDITOR_BACKEND holds JSON of these fields.
 */
export interface EditorBackend {
  name: 'github' | 'gitea';
  /** owner/name */
  repo: string;
  branch: string;
  /** Gitea: the API of the office's server, e.g. https://git.example.gov.cn/api/v1 */
  api_root?: string;
  /** Gitea: where the OAuth login runs (the server itself), e.g. https://git.example.gov.cn */
  base_url?: string;
  /** Gitea: the OAuth application's client id (Gitea → 设置 → 应用). */
  app_id?: string;
}

/**
 * The backends on which Decap runs the editorial workflow (each save a pull request: draft → ready → published). Its
 * Gitea backend refuses it (decap-cms-backend-gitea: "does not support editorial workflow"): there, saves go to the
 * configured branch, which the office makes a review branch merged into the published one by a pull request
 * (docs/editor.md).
 */
export const WORKFLOW_BACKENDS: readonly EditorBackend['name'][] = ['github'];

/** The office's repository, as configured here; a deployment's GONGSHI_EDITOR_BACKEND (JSON) overrides fields of it. */
const CONFIGURED_BACKEND: EditorBackend = { name: 'github', repo: 'gongshi-office/gongshi', branch: 'main' };

export function editorBackend(
  json = typeof process === 'undefined' ? undefined : process.env.GONGSHI_EDITOR_BACKEND,
): EditorBackend {
  if (!json?.trim()) return CONFIGURED_BACKEND;
  let settings: Partial<EditorBackend>;
  try {
    settings = JSON.parse(json) as Partial<EditorBackend>;
  } catch {
    throw new Error(`GONGSHI_EDITOR_BACKEND is not JSON: ${json}`);
  }
  if (settings.name !== undefined && settings.name !== 'github' && settings.name !== 'gitea')
    throw new Error(`GONGSHI_EDITOR_BACKEND's "name" must be "github" or "gitea", not "${settings.name}"`);
  return { ...CONFIGURED_BACKEND, ...settings };
}

/** The editor's commit messages, in the office's language (Decap's placeholders in braces). */
export const COMMIT_MESSAGES = {
  create: '新建{{collection}}：{{slug}}',
  update: '修改{{collection}}：{{slug}}',
  delete: '删除{{collection}}：{{slug}}',
  uploadMedia: '上传图片：{{path}}',
  deleteMedia: '删除图片：{{path}}',
};

/** A field as staff see it: its name in the form and, when useful, a line of help under it. */
export interface FieldWords {
  label: string;
  hint?: string;
}

/** Chinese labels of the qualifiers (what the number in the source is). */
export const QUALIFIER_LABELS: Readonly<Record<Qualifier, string>> = {
  exact: '确切数字',
  'approx-more-than': '下限（原文写“余”“多”“以上”）',
  about: '约数（原文写“约”“近”“左右”）',
  range: '范围（原文写“6至8人”这样的）',
};

/** The options of each select the schemas leave open or name by id, with the labels staff read. */
export const FIELD_OPTIONS: Readonly<Record<string, readonly { label: string; value: string }[]>> = {
  script: [
    { label: '简体', value: 'hans' },
    { label: '繁体', value: 'hant' },
  ],
  category: CATEGORIES.map((category) => ({ label: category.label, value: category.id })),
  kind: KINDS.map((kind) => ({ label: kind.label, value: kind.id })),
  unit: Object.keys(UNITS).map((unit) => ({ label: unit, value: unit })),
  qualifier: Object.entries(QUALIFIER_LABELS).map(([value, label]) => ({ label, value })),
  review: [
    { label: '待核实', value: 'pending' },
    { label: '已核实', value: 'reviewed' },
  ],
  countedFrom: [{ label: '原文列举了所数的事物', value: 'enumeration' }],
};

/** Which units each category is counted in, as the help under the unit select. */
const unitsByCategory = CATEGORIES.filter((category) => category.id !== 'other')
  .map((category) => `${category.label}：${category.units.join('、')}`)
  .join('；');

/** Fields written in a few sentences rather than a line. */
export const LONG_TEXT_FIELDS: readonly string[] = ['summary', 'quote', 'note', 'period'];

/** Which content a field names by its file name (a town's, an article's): picked from that collection by this field. */
export const FIELD_RELATIONS: Readonly<Record<string, { collection: string; display: string }>> = {
  town: { collection: 'towns', display: 'name' },
  article: { collection: 'articles', display: 'title' },
};

/** Defaults the editor gives a new file where a schema's differ: an article made in the editor starts as a draft. */
export const FIELD_DEFAULTS: Readonly<Record<string, unknown>> = { draft: true };

/** What a field that does not match its schema's pattern says (the schema's pattern, as JSON Schema writes it). */
export const PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  [(z.toJSONSchema(slugSchema) as { pattern: string }).pattern]:
    '只能用小写英文字母、数字和连字符（-），例如 masks-distributed',
};

/**
 * Labels and help of every field of the content files, by name (a name means the same wherever it appears). A schema
 * field without words here stops the editor's generation, so a new field is never shown to staff as a bare key.
 */
export const FIELD_WORDS: Readonly<Record<string, FieldWords>> = {
  title: { label: '标题' },
  town: { label: '乡镇', hint: '文章或数字所属的乡镇（汇总几个乡镇的文章里，数字可另选乡镇）' },
  published: { label: '发布日期', hint: '原文的发布日期；原文没有日期时留空，填写下面的“无日期”' },
  undated: { label: '无日期', hint: '原文没有发布日期时填写：文章讲的是哪段时间' },
  period: { label: '时间段', hint: '例如：2020年1月下旬至2月中旬' },
  byline: { label: '作者' },
  source: { label: '出处', hint: '至少填一项：媒体名称、原文网址，或说明来源不明' },
  publication: { label: '媒体名称' },
  url: { label: '原文网址', hint: '从浏览器地址栏复制，以 https:// 或 http:// 开头' },
  script: { label: '文字', hint: '文章原文用简体还是繁体写成；网站自动转换成另一种' },
  summary: { label: '摘要', hint: '一两句话，显示在首页和搜索结果里' },
  tags: { label: '标签' },
  draft: { label: '草稿', hint: '打勾时网站不显示这篇文章；核对完毕后取消打勾再发布' },
  notice: { label: '公示期', hint: '这篇文章作为公示张贴时填写' },
  from: { label: '开始日期' },
  to: { label: '结束日期', hint: '不填则按网站默认的公示天数' },
  corrected: { label: '更正', hint: '发布后改正了内容时填写，页面会注明“更正”' },
  date: { label: '日期' },
  note: { label: '说明' },
  body: { label: '正文' },
  article: { label: '文章', hint: '这些数字出自哪篇文章；统计文件以文章命名' },
  entries: { label: '数字', hint: '文章里的每个数字一条' },
  id: { label: '编号', hint: '这条数字在本文件里的编号：小写英文字母、数字和连字符，例如 masks-distributed' },
  category: { label: '类别' },
  kind: { label: '做了什么' },
  quantity: { label: '数量', hint: '只填数字，不能是负数' },
  quantityMax: { label: '最大数量', hint: '只在“范围”时填写：例如6至8人，数量填6，最大数量填8' },
  qualifier: { label: '数字的性质' },
  unit: { label: '单位', hint: `已核实的数字须用类别常用的单位。${unitsByCategory}` },
  item: { label: '所数的事物', hint: '用文章里的说法，例如“一次性口罩”' },
  place: { label: '地点' },
  per: { label: '每', hint: '是比率而不是总数时填写（每天10人：填“天”），不计入合计' },
  quote: { label: '引句', hint: '数字所在的句子，从正文原样复制' },
  countedFrom: { label: '数法', hint: '原文没有写数字、而是列举了事物时选择' },
  cumulative: { label: '累计数', hint: '原文写“累计”：截至该日期的累计数字' },
  partOf: { label: '属于', hint: '这条数字是本文件另一条数字的一部分时，填那一条的编号' },
  review: { label: '核实', hint: '“待核实”的数字不进入网站的合计，核实后改为“已核实”' },
  name: { label: '名称' },
  county: { label: '县' },
  province: { label: '省' },
  population: { label: '人口', hint: '有文章给出人口时填写' },
  'glossary.entries': { label: '词条', hint: '简繁转换容易出错的词，每个一条' },
  'glossary.note': { label: '说明', hint: '为什么自动转换会出错' },
  'towns.article': { label: '出处文章', hint: '给出人口数字的文章' },
  'towns.quote': { label: '引句', hint: '人口数字所在的句子，从那篇文章原样复制' },
  hans: { label: '简体' },
  hant: { label: '繁体' },
  avoid: { label: '避免的写法', hint: '抓取的网页里出现过的错误繁体写法' },
};
