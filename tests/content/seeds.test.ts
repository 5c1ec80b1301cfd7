/**
 * Checks the hand-cleaned seed content (a copy in tests/fixtures/seed-content/): schemas, tallies against their articles, leftovers of
 * scraping, script purity and the glossary's claims about OpenCC.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema, type Article } from '../../src/lib/schema/article.ts';
import { glossarySchema } from '../../src/lib/schema/glossary.ts';
import { tallyFileSchema, type TallyFile } from '../../src/lib/schema/tally.ts';
import { townSchema } from '../../src/lib/schema/town.ts';
import { findQuantities } from '../../src/lib/numbers/findQuantities.ts';
import { unitId } from '../../src/config/categories.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';

const root = SEED_CONTENT_DIR;
const filesIn = (dir: string, ext: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => ({ slug: basename(f, ext), path: join(root, dir, f), text: readFileSync(join(root, dir, f), 'utf8') }));

const articles = filesIn('articles', '.md').map(({ slug, text }) => {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${slug}: no frontmatter`);
  return { slug, text, data: parse(m[1]!) as unknown, body: m[2]! };
});
const towns = filesIn('towns', '.yaml').map((f) => ({ ...f, data: parse(f.text) as unknown }));
const tallies = filesIn('tallies', '.yaml').map((f) => ({ ...f, data: parse(f.text) as unknown }));
const glossary = glossarySchema.parse(parse(readFileSync(join(root, 'glossary.yaml'), 'utf8')));

const meta = new Map<string, Article>(articles.map((a) => [a.slug, articleSchema.parse(a.data)]));
const bodyOf = (slug: string) => articles.find((a) => a.slug === slug)!.body;
/** HTML comments are not shown to readers; the restoration notes in them quote the scraped text verbatim. */
const withoutComments = (text: string) => text.replace(/<!--[\s\S]*?-->/g, '');

const cn2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const tw2cn = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('schemas', () => {
  it('finds the seed content', () => {
    expect(articles.map((a) => a.slug)).toEqual(expect.arrayContaining(['nixi-wang-jinshui', 'shagou-wang-fangtai']));
    expect(tallies.map((t) => t.slug)).toEqual(expect.arrayContaining(['nixi-wang-jinshui', 'shagou-wang-fangtai']));
  });

  it.each(articles.map((a) => [a.slug, a] as const))('article %s validates', (_, a) => {
    const result = articleSchema.safeParse(a.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(towns.map((t) => [t.slug, t] as const))('town %s validates', (_, t) => {
    const result = townSchema.safeParse(t.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(tallies.map((t) => [t.slug, t] as const))('tally %s validates', (_, t) => {
    const result = tallyFileSchema.safeParse(t.data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('each article names a town that has a file', () => {
    for (const [slug, a] of meta)
      expect(
        towns.map((t) => t.slug),
        slug,
      ).toContain(a.town);
  });
});

describe('towns', () => {
  it.each(towns.map((t) => [t.slug, townSchema.parse(t.data)] as const))('%s: population is quoted', (_, town) => {
    if (!town.population) return;
    const { article, quote, quantity } = town.population;
    expect(meta.has(article)).toBe(true);
    expect(bodyOf(article)).toContain(quote);
    expect(findQuantities(quote).map((q) => q.value)).toContain(quantity);
  });
});

describe('tallies', () => {
  const parsed = tallies.map((t) => [t.slug, tallyFileSchema.parse(t.data)] as [string, TallyFile]);

  it.each(parsed)('%s: article exists and file is named after it', (slug, file) => {
    expect(file.article).toBe(slug);
    expect(meta.has(file.article)).toBe(true);
  });

  it.each(parsed)('%s: ids are unique and partOf points at a larger entry', (_, file) => {
    const ids = file.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of file.entries) {
      if (!e.partOf) continue;
      const whole = file.entries.find((w) => w.id === e.partOf);
      expect(whole, `${e.id} partOf ${e.partOf}`).toBeDefined();
      expect(e.quantity, e.id).toBeLessThanOrEqual(whole!.quantity);
      expect(e.partOf).not.toBe(e.id);
    }
  });

  it.each(parsed)('%s: each quote is verbatim and holds its number', (_, file) => {
    const body = bodyOf(file.article);
    for (const e of file.entries) {
      expect(body, `${e.id}: quote not in article`).toContain(e.quote);
      if (e.countedFrom === 'enumeration') continue;
      const found = findQuantities(e.quote);
      const match = found.find((q) =>
        e.qualifier === 'range'
          ? q.kind === 'range' && q.value === e.quantity && q.max === e.quantityMax
          : q.kind === 'quantity' && q.value === e.quantity,
      );
      expect(match, `${e.id}: ${e.quantity} not in ${JSON.stringify(found)}`).toBeDefined();
      expect(match!.approx, `${e.id}: 余/餘/多 and qualifier disagree`).toBe(e.qualifier === 'approx-more-than');
      expect(match!.unit && unitId(match!.unit), `${e.id}: unit`).toBe(unitId(e.unit));
    }
  });

  it.each(parsed)('%s: units and dates are in the article’s script and words', (_, file) => {
    const a = meta.get(file.article)!;
    const body = bodyOf(file.article);
    for (const e of file.entries) {
      expect(e.quote.includes(e.unit) || e.countedFrom === 'enumeration', `${e.id}: unit as written`).toBe(true);
      if (e.place) expect(body, `${e.id}: place`).toContain(e.place);
      if (e.date) {
        // Month and day come from the source; only the year is inferred (see the article's undated note).
        const [, month, day] = e.date.split('-').map(Number);
        expect(body, `${e.id}: date`).toContain(`${month}月${day}日`);
        expect(a.undated?.note ?? '', `${e.id}: year inference is stated`).toContain(e.date.slice(0, 4));
      }
    }
  });

  // Figures the brief requires, by article: [category, quantity, unit (canonical id), kind].
  const required: Record<string, [string, number, string, string][]> = {
    'shagou-wang-fangtai': [
      ['leaflets', 160000, '份', 'distributed'],
      ['banners', 1200, '幅', 'set-up'],
      ['notices', 200, '份', 'set-up'],
      ['teams', 73, '个', 'set-up'],
      ['people-isolated', 110, '名', 'counted'],
      ['other', 6, '人', 'counted'], // 6-8人 per returnee (a range)
      ['teams', 5, '个', 'set-up'],
      ['teams', 7, '个', 'set-up'],
      ['party-branches', 94, '个', 'counted'],
      ['party-branches', 67, '个', 'counted'],
      ['volunteers', 2700, '名', 'counted'],
      ['checkpoints', 1, '处', 'set-up'],
      ['checkpoints', 4, '处', 'set-up'],
      ['checkpoints', 97, '处', 'set-up'],
      ['checkpoints', 71, '处', 'set-up'],
      ['volunteers', 1200, '名', 'mobilised'],
      ['volunteers', 30, '名', 'counted'],
      ['volunteers', 20, '名', 'mobilised'],
      ['donations', 30000, '元', 'donated'],
      ['donations', 100000, '元', 'donated'],
      ['masks', 10000, '只', 'distributed'],
      ['disinfectant', 100, '桶', 'distributed'],
      ['disinfectant', 2, '吨', 'distributed'],
      ['alcohol', 2, '吨', 'distributed'],
      ['gloves', 200, '副', 'distributed'],
      ['sprayers', 54, '个', 'distributed'],
      ['winter-clothing', 100, '套', 'distributed'],
      ['protective-suits', 40, '套', 'distributed'],
    ],
    'nixi-wang-jinshui': [
      ['teams', 2, '个', 'set-up'],
      ['masks', 2000, '只', 'distributed'],
      ['thermometers', 16, '支', 'distributed'],
      ['thermometers', 36, '支', 'distributed'],
      ['masks', 10000, '只', 'donated'],
      ['thermometers', 40, '支', 'donated'],
      ['protective-suits', 25, '套', 'received'],
      ['goggles', 11, '只', 'received'],
      ['masks', 20000, '只', 'received'],
      ['volunteers', 500, '人次', 'mobilised'],
      ['leaflets', 10000, '份', 'distributed'],
      ['events-cancelled', 187, '家', 'counted'],
      ['food', 102, '箱', 'distributed'],
    ],
  };

  it.each(Object.entries(required))('%s: has every required figure', (slug, figures) => {
    const file = parsed.find(([s]) => s === slug)![1];
    const have = file.entries.map((e) => [e.category, e.quantity, unitId(e.unit), e.kind].join(' '));
    for (const f of figures) expect(have).toContain(f.join(' '));
  });

  it('links the parts the source gives as parts', () => {
    const shagou = new Map(parsed.find(([s]) => s === 'shagou-wang-fangtai')![1].entries.map((e) => [e.id, e]));
    expect(shagou.get('shangliuzhuang-donations')!.partOf).toBe('town-donations');
    expect(shagou.get('shangliuzhuang-vanguard')!.partOf).toBe('shangliuzhuang-members');
    expect(shagou.get('rural-party-branches')!.partOf).toBe('party-branches');
    const range = shagou.get('returnee-team-size')!;
    expect([range.qualifier, range.quantity, range.quantityMax]).toEqual(['range', 6, 8]);
  });
});

describe('article bodies are clean', () => {
  const bodies = articles.map((a) => [a.slug, withoutComments(a.body), a] as const);

  it.each(bodies)('%s: no pinyin artifacts', (_, body) => {
    expect(body).not.toMatch(/\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňḿ][a-zü]*\)/);
    expect(body).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    expect(body).not.toMatch(/\?/); // 剛?cè)岵? style breakage
  });

  it.each(bodies)('%s: no share bar, related links or QR prompt', (_, body) => {
    expect(body).not.toMatch(/分享到|相[關关]文章|掃一掃|扫一扫|在手[機机]打[開开]|當前頁|当前页/);
  });

  it.each(bodies)('%s: bylines are in frontmatter, not in the body', (slug, body) => {
    expect(body).not.toMatch(/撰稿人|\(李靜\)|（李靜）/);
    expect(meta.get(slug)!.byline).toBeTruthy();
  });

  it.each(bodies)('%s: no repeated headline or paragraph lines', (slug, body) => {
    const lines = body.split('\n').filter((l) => l.trim() !== '');
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines).not.toContain(meta.get(slug)!.title);
  });

  it.each(bodies)('%s: full-width punctuation next to Chinese characters', (_, body) => {
    expect(body).not.toMatch(/\p{Script=Han}[,:;!?()]|[,:;!?()]\p{Script=Han}/u);
    // …but numbers keep theirs.
    expect(body).not.toMatch(/\d[，：；]\d/);
  });

  it.each(bodies)('%s: sections are ## headings and long paragraphs are split', (_, body) => {
    expect(body.split('\n').filter((l) => l.startsWith('## ')).length).toBeGreaterThanOrEqual(3);
    for (const paragraph of body.split(/\n\s*\n/)) {
      // 一是/二是/三是 start their own paragraphs.
      expect(paragraph.slice(1), paragraph.slice(0, 20)).not.toMatch(/。[一二三]是/);
    }
  });

  it('restored 剛柔並濟 is marked by hand', () => {
    const body = bodyOf('nixi-wang-jinshui');
    expect(body).toContain('## 刚柔并济，心系群众，他始终不忘后方');
    expect(body).toContain(
      '<!-- 「刚柔并济」restored by hand: the scraped text had lost these characters (剛?cè)岵?) -->',
    );
  });
});

describe('script purity', () => {
  // Strings exempt from the check, each for an exact reason: they quote the scraped text verbatim inside the
  // HTML comments that record a hand restoration (its lost characters and the GBK bytes of 實行村莊), so they are
  // neither script and must not be converted.
  const EXEMPT = ['剛?cè)岵?', '?qū)嵭写迩f', 'GBK encoding of 實行村莊'];
  const strip = (text: string) => EXEMPT.reduce((t, s) => t.replaceAll(s, ''), text);

  it.each(articles.map((a) => [a.slug, a] as const))('%s is purely in its script', (slug, a) => {
    const text = strip(a.text);
    if (meta.get(slug)!.script === 'hans') {
      expect(tw2cn(text)).toBe(text);
      expect(cn2tw(text)).not.toBe(text);
    } else {
      expect(cn2tw(text)).toBe(text);
      expect(tw2cn(text)).not.toBe(text);
    }
  });

  it('exempt strings occur only inside HTML comments', () => {
    for (const a of articles) {
      for (const s of EXEMPT) expect(withoutComments(a.text), a.slug).not.toContain(s);
    }
  });

  it.each(towns.map((t) => [t.slug, t] as const))('town %s is in its article’s script', (slug, t) => {
    const article = [...meta.entries()].find(([, a]) => a.town === slug)!;
    const script = article[1].script;
    const convert = script === 'hans' ? tw2cn : cn2tw;
    expect(convert(t.text)).toBe(t.text);
  });

  it.each(tallies.map((t) => [t.slug, t] as const))('tally %s is in its article’s script', (slug, t) => {
    const convert = meta.get(slug)!.script === 'hans' ? tw2cn : cn2tw;
    expect(convert(t.text)).toBe(t.text);
  });
});

describe('glossary', () => {
  it('every entry corrects OpenCC in at least one direction, or a seed form', () => {
    for (const e of glossary.entries) {
      const opencWrong = cn2tw(e.hans) !== e.hant || tw2cn(e.hant) !== e.hans;
      expect(opencWrong || Boolean(e.avoid?.length), `${e.hans}/${e.hant}: OpenCC gets it right and no avoid`).toBe(
        true,
      );
    }
  });

  it('avoided forms are wrong Traditional that tw→cn repairs to the Simplified word', () => {
    for (const e of glossary.entries) {
      for (const wrong of e.avoid ?? []) {
        expect(wrong).not.toBe(e.hant);
        expect(tw2cn(wrong), wrong).toBe(e.hans);
      }
    }
  });

  it('the stored Traditional article uses no avoided form', () => {
    for (const a of articles.filter((x) => meta.get(x.slug)!.script === 'hant')) {
      for (const e of glossary.entries) for (const wrong of e.avoid ?? []) expect(a.body, wrong).not.toContain(wrong);
    }
  });

  it('the Simplified article converts to clean Traditional with the glossary', () => {
    for (const a of articles.filter((x) => meta.get(x.slug)!.script === 'hans')) {
      let hant = cn2tw(withoutComments(a.body));
      // Without the glossary the measure word 只 after Arabic digits stays 只 (2000只一次性口罩).
      expect(hant).toMatch(/\d只/);
      for (const e of glossary.entries) hant = hant.replaceAll(cn2tw(e.hans), e.hant);
      expect(hant).not.toMatch(/\d只/);
      expect(hant).toContain('2000隻一次性口罩');
      expect(hant).toContain('11隻醫用護目鏡');
      for (const e of glossary.entries) for (const wrong of e.avoid ?? []) expect(hant, wrong).not.toContain(wrong);
      // Round trip: back to the stored Simplified text.
      expect(tw2cn(hant)).toBe(withoutComments(a.body));
    }
  });
});
