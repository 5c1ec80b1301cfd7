import { describe, expect, it } from 'vitest';
import { createConverter } from '../conversion/createConverter.ts';
import { importArticle } from './importArticle.ts';
import { renderTally } from './renderTally.ts';

const converter = createConverter([]);
const read = (text: string) => importArticle(text, { converter, glossary: [], towns: [] });

describe('importArticle: figures in short lines', () => {
  const text = [
    '青石镇爱心人士助力疫情防控',
    '2月3日，青石镇收到多方捐赠，镇里对捐赠物资指定专人登记，及时发放到各个卡点。',
    '退役军人李明捐款5000元',
    '镇卫生院向卡点捐赠口罩800只，工作人员随即分发。',
    '卫生院捐赠口罩800只',
  ].join('\n');

  it('tallies a fact stated only in a caption-like line, and a fact in a caption and the body once', () => {
    const { figures, body } = read(text);
    expect(body).toContain('## 退役军人李明捐款5000元');
    expect(figures.map((f) => [f.quantity, f.unit, f.category])).toEqual([
      [5000, '元', 'donations'],
      [800, '只', 'masks'],
    ]);
  });
});

describe('importArticle: figures in the headline', () => {
  const figuresOf = (...lines: string[]) => read(lines.join('\n')).figures.map((f) => [f.quantity, f.unit, f.category]);

  it('tallies a fact the headline states and the body lost', () => {
    const headline = '青石镇累计收到捐款捐物80多万元';
    expect(
      read([headline, '2020-02-20', '疫情发生以来，青石镇爱心人士慷慨解囊，累计收到捐款捐物80多'].join('\n')).headline,
    ).toBe(headline);
    expect(figuresOf(headline, '2020-02-20', '疫情发生以来，青石镇爱心人士慷慨解囊，累计收到捐款捐物80多')).toEqual([
      [800000, '元', 'donations'],
    ]);
  });

  it('takes a headline restating the body’s figures, however worded or rounded, as the body’s', () => {
    const body = '8月3日，青石镇西山村14户、32名村民开始转移，镇里当天投入资金287万多元硬化村道。';
    expect(figuresOf('青石镇转移群众14户32人 投入280多万元硬化村道', '2023-08-04', body)).toEqual(figuresOf(body));
  });
});

describe('renderTally', () => {
  it('writes the draft file for the office in Chinese, with each doubt above its entry', () => {
    const { figures } = read('青石镇为卡点发放口罩3顶，并发放口罩500只、手套200副。');
    const file = renderTally('qingshi-kouzhao-0203', figures);
    expect(file).toMatch(/^# 由 npm run import 生成的草稿统计/u);
    expect(file).toContain('# 请核对：“顶”不是口罩常用的单位');
    expect(file).not.toMatch(/Draft|check:/u);
  });
});

describe('importArticle: a roundup', () => {
  it('keeps equal figures of two towns apart, each with its town', () => {
    const text = [
      '武进区各镇开展防疫宣传',
      '湖塘镇：在主要路口悬挂横幅10条，发放宣传单500份。',
      '牛塘镇：在集镇悬挂横幅10条，出动宣传车3辆。',
    ].join('\n');
    const { figures } = read(text);
    const banners = figures.filter((f) => f.category === 'banners');
    expect(banners.map((f) => [f.quantity, f.town])).toEqual([
      [10, expect.any(String)],
      [10, expect.any(String)],
    ]);
    expect(banners[0]!.town).not.toBe(banners[1]!.town);
  });
});

describe('importArticle: the town that publishes the article', () => {
  it('takes a township named as the source for the town of an article whose body names none', () => {
    const text = [
      '农村危房改造资金补助标准',
      '2020-12-30 12:25 来源：青山乡人民政府',
      '农村危房改造资金以农户自筹为主，政府补助为辅，重建房屋户补助2万元。',
    ].join('\n');
    expect(read(text).towns.found.map((t) => t.name)).toContain('青山乡');
  });
});

describe('importArticle: pinyin glosses', () => {
  it('takes a headline glossed with pinyin, written only as the last step of a breadcrumb, without the glosses', () => {
    const text = [
      '青山家禽網(wǎng)首頁 > 資訊中心 > 行業(yè)動(dòng)態(tài) > 因地制宜精準(zhǔn)扶貧 發(fā)鵝苗扶持養(yǎng)鵝業(yè)',
      '青山家禽網(wǎng) 時(shí)間:2016/1/14 8:48:00 來源:青山網(wǎng)',
      '日前,青山縣畜牧局為青山鎮8個村委會發(fā)放扶貧鵝苗3620多只,扶持村民們發(fā)展養(yǎng)鵝產(chǎn)業(yè)。',
    ].join('\n');
    expect(read(text).headline).toBe('因地制宜精準扶貧 發鵝苗扶持養鵝業');
  });
});

describe('importArticle: a page that stripped its punctuation', () => {
  // Made up, written as such pages print: each paragraph one run of characters, not one mark in it.
  const text = [
    '青石镇开展增殖放流活动',
    '3月5日3000尾鱼苗从县渔业站来到青石镇的水库落户这是县渔业站今年第二次在青石镇开展增殖放流活动放流点选在青石镇东湾水域这片水域水草丰美很适宜鱼类繁衍生长',
    '为营造增殖放流的浓厚氛围镇农业站在水库周边悬挂宣传横幅8条发放宣传资料200份现场群众反响强烈为确保放流效果镇里加大了巡查力度防止人为破坏',
  ].join('\n');

  it('keeps the paragraphs as the body, under the headline, and asks for the punctuation back', () => {
    const { headline, body, figures, review } = read(text);
    expect(headline).toBe('青石镇开展增殖放流活动');
    expect(body).toContain('3月5日3000尾鱼苗从县渔业站来到青石镇');
    expect(body).toContain('悬挂宣传横幅8条发放宣传资料200份');
    expect(figures.map((f) => [f.quantity, f.unit, f.category])).toEqual([
      [8, '条', 'banners'],
      [200, '份', 'leaflets'],
    ]);
    expect(review.filter((r) => r.message.code === 'import.noPunctuation').map((r) => r.line)).toEqual([2, 3]);
  });
});
