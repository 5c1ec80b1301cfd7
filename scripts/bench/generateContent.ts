import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { stringify } from 'yaml';
import { CATEGORIES, KINDS, UNITS, type UnitId } from '../../src/config/categories.ts';

/** Town names: real-sounding 2-character roots, 镇 or 乡 appended. */
const TOWN_ROOTS = [...'泥溪沙沟东流花园青山白云黄河石门柳林桃源松岗梅岭龙潭凤凰金田银川马场牛头羊角新桥'];
const COUNTIES = ['东至县', '沂水县', '石台县', '青阳县', '蒙阴县', '平邑县'];
const PROVINCES = ['安徽省', '山东省'];
const NAMES = ['王金水', '李静', '张建国', '刘芳', '陈明', '骆荷婷', '赵红梅', '徐宏伟', '周强', '孙丽'];
/** Simplified templates for generated sentences; {town} {n} {m} {d} {name} are filled in. */
const TEMPLATES = [
  '{town}党委书记{name}带领机关干部深入各村，检查疫情防控工作落实情况。',
  '{m}月{d}日，{town}召开疫情防控工作推进会，部署下一阶段重点任务。',
  '连日来，{town}各村党员志愿者坚守岗位，做好进出人员和车辆的检查登记。',
  '“疫情就是命令，防控就是责任。”{name}在会上强调，要把工作做细、做实。',
  '为保障群众生活，{town}组织志愿服务队为居家隔离户代购蔬菜、粮油等生活物资。',
  '{town}卫生院医务人员每天两次上门为重点人员测量体温，并做好记录。',
  '截至{m}月{d}日，{town}未发现确诊病例，群众生产生活秩序总体平稳。',
  '镇里通过广播、微信群、宣传车等多种方式，把防疫知识送到千家万户。',
  '在{name}的协调下，爱心企业为一线人员送来了方便面、牛奶和防寒衣物。',
  '各村严格落实网格化管理，做到不漏一户、不漏一人。',
  '下一步，{town}将继续压实责任，统筹做好疫情防控和复工复产工作。',
  '{name}说：“只要大家齐心协力，就一定能打赢这场疫情防控阻击战。”',
];
const TAGS = ['疫情防控', '新冠肺炎', '防疫物资', '志愿者', '检查站', '复工复产', '党员先锋岗', '宣传'];

/** A small deterministic generator, so two runs build the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `count` realistic articles into `dir` (articles/, towns/, tallies/, glossary.yaml): sentences of the
 * bundled articles recombined with generated ones, 500–5,000 characters each, about two in three written in
 * Simplified and the rest in Traditional, with headings, emphasis, lists and tables, and a tally file for most
 * articles whose figures are quoted from the article itself. Deterministic for a given count.
 */
export function generateContent(dir: string, count: number, seedContent: string): void {
  const rand = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const s2t = Converter({ from: 'cn', to: 'tw' });

  // Sentences of the bundled articles, by script (their frontmatter says which).
  const pool = { hans: [] as string[], hant: [] as string[] };
  // Only articles: photos and other files may sit beside them.
  for (const name of readdirSync(join(seedContent, 'articles')).filter((n) => /\.mdx?$/.test(n))) {
    const text = readFileSync(join(seedContent, 'articles', name), 'utf8');
    const script = /\nscript: (hans|hant)\n/.exec(text)?.[1] as 'hans' | 'hant' | undefined;
    if (!script) continue;
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '');
    for (const line of body.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      pool[script].push(...(line.match(/[^。！？]+[。！？]”?/g) ?? []));
    }
  }

  const townCount = Math.max(2, Math.min(TOWN_ROOTS.length / 2, Math.ceil(count / 50)));
  const towns = Array.from({ length: townCount }, (_, i) => ({
    slug: `town-${String(i + 1).padStart(2, '0')}`,
    name: `${TOWN_ROOTS[2 * i]}${TOWN_ROOTS[2 * i + 1]}${i % 4 === 3 ? '乡' : '镇'}`,
    county: COUNTIES[i % COUNTIES.length]!,
    province: PROVINCES[i % PROVINCES.length]!,
  }));
  for (const sub of ['articles', 'towns', 'tallies']) mkdirSync(join(dir, sub), { recursive: true });
  copyFileSync(join(seedContent, 'glossary.yaml'), join(dir, 'glossary.yaml'));
  for (const town of towns) {
    const { slug, ...data } = town;
    writeFileSync(join(dir, 'towns', `${slug}.yaml`), stringify(data));
  }

  for (let i = 0; i < count; i++) {
    const slug = articleSlug(i + 1);
    const town = towns[i % towns.length]!;
    const script = rand() < 0.65 ? 'hans' : 'hant';
    const inScript = (hans: string) => (script === 'hans' ? hans : s2t(hans));
    const month = 1 + Math.floor(rand() * 3);
    const fill = (template: string) =>
      template
        .replaceAll('{town}', town.name)
        .replaceAll('{name}', pick(NAMES))
        .replaceAll('{m}', String(month))
        .replaceAll('{d}', String(1 + Math.floor(rand() * 28)));

    // Figures first: each becomes a sentence of the article and an entry quoting it.
    const entries = Array.from({ length: rand() < 0.7 ? 1 + Math.floor(rand() * 6) : 0 }, (_, e) => {
      const category = pick(CATEGORIES.filter((c) => c.id !== 'other'));
      const unit: UnitId = category.units[0];
      const kind = pick(KINDS);
      const quantity = (1 + Math.floor(rand() * 99)) * (rand() < 0.5 ? 10 : 100);
      const approx = rand() < 0.3;
      const day = 1 + Math.floor(rand() * 28);
      const quote = inScript(
        `${month}月${day}日，${town.name}${kind.label}${category.label}${quantity}${approx ? '余' : ''}${UNITS[unit].hans}`,
      );
      return {
        id: `figure-${e + 1}`,
        category: category.id,
        kind: kind.id,
        quantity,
        qualifier: approx ? 'approx-more-than' : 'exact',
        unit: UNITS[unit][script],
        date: `2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        quote,
      };
    });

    const target = 500 + Math.floor(rand() ** 1.5 * 4500);
    const paragraphs: string[] = [];
    let length = 0;
    let figure = 0;
    // Every figure must be quoted in the text, however short the target.
    while (length < target || figure < entries.length) {
      const sentences = Array.from({ length: 2 + Math.floor(rand() * 4) }, () =>
        rand() < 0.5 ? pick(pool[script]) : inScript(fill(pick(TEMPLATES))),
      );
      if (figure < entries.length) sentences.push(`${entries[figure++]!.quote}。`);
      if (rand() < 0.2) sentences[0] = `**${sentences[0]!.replace(/[。！？]”?$/, '')}**。`;
      let paragraph = sentences.join('');
      const shape = rand();
      if (shape < 0.12) paragraph = `## ${inScript(fill('{town}{m}月{d}日工作动态'))}\n\n${paragraph}`;
      else if (shape < 0.18) paragraph += `\n\n${sentences.map((s) => `- ${s}`).join('\n')}`;
      else if (shape < 0.21) {
        const rows = entries.map((e) => `| ${e.date} | ${e.quantity} | ${e.unit} |`).join('\n');
        paragraph += `\n\n| ${inScript('日期')} | ${inScript('数量')} | ${inScript('单位')} |\n| --- | ---: | --- |\n${rows}`;
      }
      paragraphs.push(paragraph);
      length += paragraph.length;
    }

    const dated = rand() < 0.85;
    const lastDay = Math.max(1, ...entries.map((e) => Number(e.date.slice(8))));
    const frontmatter = {
      title: inScript(fill('{town}：{name}带领干部群众筑牢疫情防线')).slice(0, 40),
      town: town.slug,
      ...(dated
        ? {
            // Not before its latest figure: the content check rejects a figure dated after the article.
            published: `2020-${String(month).padStart(2, '0')}-${String(Math.max(lastDay, 1 + Math.floor(rand() * 28))).padStart(2, '0')}`,
          }
        : { undated: { period: inScript(`${month}月上旬至${month}月下旬`), note: inScript('原文未注明发布日期。') } }),
      byline: inScript(pick(NAMES)),
      source: rand() < 0.5 ? { publication: inScript(`${town.county}融媒体中心`) } : { note: inScript('来源不详') },
      script,
      summary: inScript(fill('{town}多措并举做好疫情防控，保障群众生活。')),
      tags: [pick(TAGS), pick(TAGS)].filter((tag, n, all) => all.indexOf(tag) === n).map(inScript),
    };
    writeFileSync(
      join(dir, 'articles', `${slug}.md`),
      // Quoted: Astro's frontmatter parser turns a bare 2020-02-20 into a Date, which the article schema rejects.
      `---\n${stringify(frontmatter).replace(/^published: (.*)$/m, "published: '$1'")}---\n\n${paragraphs.join('\n\n')}\n`,
    );
    if (entries.length) writeFileSync(join(dir, 'tallies', `${slug}.yaml`), stringify({ article: slug, entries }));
  }
}

/** The slug of the `n`th generated article, from 1: `article-00001`. */
export function articleSlug(n: number): string {
  return `article-${String(n).padStart(5, '0')}`;
}

/**
 * Writes one more article into the content `generateContent` wrote, as the office adds one: the first article's text
 * under a new slug and title. Returns its file, for the benchmark to remove again.
 */
export function addArticle(dir: string): string {
  const first = readFileSync(join(dir, 'articles', `${articleSlug(1)}.md`), 'utf8');
  const file = join(dir, 'articles', 'article-added.md');
  writeFileSync(file, first.replace(/^title: (.*)$/m, 'title: $1（续）'));
  return file;
}
