import type { Message } from '../../i18n/messages/message.ts';
import { describe, expect, it } from 'vitest';
import { checkInput } from './checkInput.ts';
import { createConverter } from '../conversion/createConverter.ts';
import { readProvenanceLine } from './extractProvenance.ts';
import { extractTrailingByline } from './extractTrailingByline.ts';
import { findGarbled } from './findGarbled.ts';
import { importArticle } from './importArticle.ts';
import { fixPunctuation } from './fixPunctuation.ts';
import { shapeBlocks } from './shapeBlocks.ts';
import { stripPinyin } from './stripPinyin.ts';

const converter = createConverter([]);
const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('stripPinyin', () => {
  it.each([
    ['泥溪鎮(zhèn)黨委', '泥溪鎮黨委'],
    ['領(lǐng)導(dǎo)小組', '領導小組'],
    ['責(zé)任', '責任'],
    ['綠(lǜ)色', '綠色'],
  ])('%s → %s', (input, output) => expect(stripPinyin(input).text).toBe(output));

  it.each(['(李靜)', '(撰稿人:駱荷婷)', '工作（2020年）', '新冠肺炎(COVID-19)', '方案(試行)', '下载(app)'])(
    'keeps %s',
    (text) => {
      expect(stripPinyin(text)).toEqual({ text, removed: 0 });
    },
  );
});

describe('findGarbled', () => {
  it('finds spans whose characters were lost, with their position', () => {
    expect(findGarbled('剛?cè)岵?,心系群眾')).toEqual([{ index: 1, text: '?cè)岵?' }]);
    expect(findGarbled('因?qū)嵭写迩f封閉式管理')).toEqual([{ index: 1, text: '?qū)嵭写迩f' }]);
  });

  it.each([
    ['看到社会各界\uFFFD', '\uFFFD'],
    ['疫情防控??工作', '??'],
    ['全镇疫?防控工作', '?'],
    ['锟斤拷锟斤拷发放', '锟斤拷锟斤拷'],
    ['å¸‚æ”¿åºœ发放', 'å¸‚æ”¿åºœ'],
  ])('finds lost characters in %s', (text, span) => {
    expect(findGarbled(text)).toEqual([{ index: text.indexOf(span), text: span }]);
  });

  it.each(['?/p>', '?!?/p>', '?br>', '?br />'])('finds a tag whose < a bad save lost: %s', (tag) => {
    const text = `青山镇发放口罩。${tag}`;
    expect(findGarbled(text)).toEqual([{ index: text.indexOf(tag), text: tag, brokenTag: true }]);
  });

  it('leaves real question marks alone', () => {
    expect(findGarbled('你來了嗎?我不知道。What? 10?')).toEqual([]);
  });
});

describe('fixPunctuation', () => {
  it.each([
    ['自疫情發生以來,山東', '自疫情發生以來，山東'],
    ['防控就是責任!疫情', '防控就是責任！疫情'],
    ['撰稿人:駱荷婷', '撰稿人：駱荷婷'],
    ['(李靜)', '（李靜）'],
    ['你好?我', '你好？我'],
    ['共有10,000人,其中', '共有10,000人，其中'],
    ['出动消杀人员 280 余人次', '出动消杀人员280余人次'],
    ['喷洒 352.5 公斤', '喷洒352.5公斤'],
    ['截至目前,,全镇共悬挂横幅45条,,入户宣传20余次,。', '截至目前，全镇共悬挂横幅45条，入户宣传20余次。'],
    ['根据文化程度，、身体素质', '根据文化程度、身体素质'],
    ['希望居民把握难得机会。，', '希望居民把握难得机会。'],
  ])('%s → %s', (input, output) => expect(fixPunctuation(input)).toBe(output));

  it.each([
    '每天18:30通過',
    '固定6-8人的',
    '新冠肺炎(COVID-19)疫情',
    '詳見 https://a.gov.cn/x?a=1,2 網址',
    'Hello, world!',
    'COVID 19 疫情',
  ])('keeps %s', (text) => expect(fixPunctuation(text)).toBe(text));
});

describe('readProvenanceLine and extractTrailingByline', () => {
  const read = (text: string) => readProvenanceLine(text, converter.t2s(text));

  it('reads metadata fields in either script, and bare date lines', () => {
    expect(read('来源：青山县人民政府网  发布时间：2020-02-20 10:32')).toMatchObject({
      publication: '青山县人民政府网',
      published: '2020-02-20',
    });
    expect(read('作者：黃曉雯 責任編輯：周立')).toMatchObject({ authors: ['黃曉雯'], editors: ['責任編輯：周立'] });
    expect(read('2020年3月2日')?.published).toBe('2020-03-02');
    // A government office's sign-off chain.
    expect(read('(撰稿人:林红岭;审核人:李科;审签人:胡敏)')).toMatchObject({
      authors: ['林红岭'],
      editors: ['审核人：李科', '审签人：胡敏'],
    });
    // The site's address among the fields, its opening bracket lost.
    expect(read('www.qingshan.gov.cn 】 【 2026-02-10 11:20:26 】 【 来源:青山政法')).toMatchObject({
      publication: '青山政法',
      published: '2026-02-10',
    });
  });

  it('keeps a sentence that only mentions an author', () => {
    expect(read('作者：这是引用的一句话的开头，后面还有很多内容，所以不是页眉。')).toBeUndefined();
  });

  it.each([
    ['不利影響。(李靜)', '李靜', '不利影響。'],
    ['一份答卷。(撰稿人:駱荷婷)', '駱荷婷', '一份答卷。'],
    ['（通讯员 刘明 陈芳）', '刘明 陈芳', undefined],
  ])('%s: byline %s', (text, byline, rest) => {
    const result = extractTrailingByline(lines(text), (t) => converter.t2s(t));
    expect(result.read?.authors).toEqual([byline]);
    expect(result.lines[0]?.text).toBe(rest);
  });

  it('does not take a document title’s （试行） for a name', () => {
    expect(extractTrailingByline(lines('印发了工作方案（试行）'), (t) => converter.t2s(t)).read).toBeUndefined();
  });

  it.each([
    ['投资结构趋稳。（青山县发改局）', '青山县发改局'],
    ['物資到位。(青山鎮黨政辦)', '青山鎮黨政辦'],
  ])('%s: the office that wrote it, as the publication', (text, office) => {
    const result = extractTrailingByline(lines(text), (t) => converter.t2s(t));
    expect(result.read?.publication).toBe(office);
    expect(result.lines[0]?.text).toBe(text.slice(0, text.indexOf('。') + 1));
  });

  it('keeps a closing bracket that names no office', () => {
    expect(
      extractTrailingByline(lines('全镇共发放口罩。（数据截至当日）'), (t) => converter.t2s(t)).read,
    ).toBeUndefined();
  });
});

describe('shapeBlocks', () => {
  it('makes short standalone lines headings and splits 一是/二是', () => {
    const { blocks } = shapeBlocks(
      [
        { text: '帶頭履責，他始終沖在最前面', line: 1 },
        { text: '導語。一是部署。二是宣傳。', line: 2 },
      ].map((l) => ({ ...l, breakBefore: false })),
    );
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', '帶頭履責，他始終沖在最前面'],
      ['paragraph', '導語。'],
      ['paragraph', '一是部署。'],
      ['paragraph', '二是宣傳。'],
    ]);
  });

  it('makes no heading of a sentence cut over lines (果农说, / ，今年的小果特别多，)', () => {
    const { blocks } = shapeBlocks(
      [
        { text: '果农廖春波说，', line: 1 },
        { text: '，今年的小果特别多，', line: 2 },
        { text: '有些外皮还粗糙变黑。', line: 3 },
      ].map((l) => ({ ...l, breakBefore: false })),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('drops the bullet a page sets before a section label from the heading (■西谷乡)', () => {
    const { blocks } = shapeBlocks(
      [
        { text: '■西谷乡', line: 1 },
        { text: '本报讯春节前夕，西谷乡走访慰问困难群众。', line: 2 },
      ].map((l) => ({ ...l, breakBefore: false })),
    );
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: '西谷乡' });
  });

  it('promotes a parallel lead sentence after a caption, for review', () => {
    const { blocks, review } = shapeBlocks([
      {
        text: '鐵肩扛責任，嚴密安排部署，確保疫情防控萬無一失。疫情就是命令，防控就是責任！',
        line: 9,
        breakBefore: true,
      },
    ]);
    expect(blocks[0]).toEqual({ kind: 'heading', text: '鐵肩扛責任，嚴密安排部署，確保疫情防控萬無一失', line: 9 });
    expect(review).toHaveLength(1);
  });
});

describe('checkInput', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it.each([
    [new Uint8Array(), 'input.empty'],
    [bytes('   \n'), 'input.onlyWhitespace'],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'input.binary'],
    [new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xd6, 0xd0, 0xce, 0xc4]), 'input.notUtf8'],
    [bytes('This is an English press release about masks and gloves.'), 'input.notChinese'],
  ])('refuses %#: %s', (input, code) => {
    expect((checkInput(input) as { error: Message }).error.code).toBe(code);
  });

  it('accepts Chinese text and drops BOM and CRLF', () => {
    expect(checkInput(bytes('\uFEFF泥溪镇党委书记王金水坚持靠前指挥。\r\n第二行。'))).toEqual({
      text: '泥溪镇党委书记王金水坚持靠前指挥。\n第二行。',
    });
  });
});

describe('lost characters through the whole import', () => {
  it('are flagged at line:column and left exactly as scraped, never made ？', () => {
    const raw =
      '青山镇发放口罩\n1月27日，全镇疫?防控工作有序开展，发放口罩2000只。\n每个人都遇到了各种困难，看到社会各界\uFFFD';
    const result = importArticle(raw, { converter, glossary: [], towns: [] });
    expect(result.body).toContain('全镇疫?防控');
    expect(result.body).not.toContain('疫？防控');
    expect(result.body).toContain('\uFFFD');
    expect(
      result.review.filter((r) => r.message.code === 'import.charactersLost').map((r) => [r.line, r.column]),
    ).toEqual([
      [2, 10],
      [3, 19],
    ]);
  });
});

describe('lost characters outside the body', () => {
  it('stand as scraped in the title, the summary, the source and the figures, never as a placeholder', () => {
    const raw = [
      '金海一居民发现燃气泄漏?紧急抢修!排除小区隐患!',
      '2023-05-06 来源：青山日?',
      '5月6日，青山镇金海社区居民发现燃?泄漏，社区立即联系燃气公司紧急抢修。当天共出动抢?人员12人。',
    ].join('\n');
    const result = importArticle(raw, { converter, glossary: [], towns: [] });
    const { removed, ...rest } = result;
    expect(JSON.stringify([rest, removed])).not.toMatch(/[\uE000-\uF8FF]/u);
    expect(result.frontmatter.title).toBe('金海一居民发现燃气泄漏?紧急抢修！排除小区隐患！');
    expect(result.frontmatter.summary).toContain('燃?泄漏');
    expect(result.frontmatter.source.publication).toBe('青山日?');
    expect(result.figures[0]?.quote).toContain('出动抢?人员12人');
  });

  it("takes a page's own private-use characters (an icon font's glyphs) out, reported, apart from the lost spans", () => {
    const raw = ['青山镇发放口罩', '1月27日，全镇疫?防控工作有序开展，发放口罩2000只。\uE000\uE001 分享'].join('\n');
    const result = importArticle(raw, { converter, glossary: [], towns: [] });
    expect(result.body).toContain('疫?防控');
    expect(result.body).not.toMatch(/[\uE000-\uF8FF]/u);
    expect(
      result.review.filter((r) => r.message.code === 'import.charactersLost').map((r) => r.message.params),
    ).toEqual([{ text: '?' }]);
    expect(result.review.filter((r) => r.message.code === 'import.privateUse').map((r) => r.message.params)).toEqual([
      { codes: 'U+E000 U+E001' },
    ]);
  });
});

describe('a tag broken by mojibake through the whole import', () => {
  it('is flagged at line:column and taken out of the text, never kept or silently dropped', () => {
    const raw = '青山镇发放口罩\n1月27日，青山镇向居民发放口罩2000只。?!?/p>\n各村同步开展消杀工作，共出动人员50人次。';
    const result = importArticle(raw, { converter, glossary: [], towns: [] });
    expect(result.body).not.toContain('/p>');
    expect(result.body).toContain('发放口罩2000只。');
    expect(
      result.review
        .filter((r) => r.message.code === 'import.brokenTag')
        .map((r) => [r.line, r.column, r.message.params.text]),
    ).toEqual([[2, 23, '?!?/p>']]);
  });
});

describe('every imported article', () => {
  it('is a draft, even when nothing is missing: a person reviews it before it is published', () => {
    const raw =
      '青山镇发放口罩2000只\n来源：青山县人民政府网 发布时间：2020-02-20\n1月27日，青山镇向居民发放口罩2000只。';
    const result = importArticle(raw, { converter, glossary: [], towns: [{ slug: 'qingshan', name: '青山镇' }] });
    expect(result.frontmatter).toMatchObject({ title: '青山镇发放口罩2000只', town: 'qingshan', draft: true });
  });
});
