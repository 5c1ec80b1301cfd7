import { describe, expect, it } from 'vitest';
import { findQuantities } from './findQuantities.ts';

const one = (text: string) => {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const values = (text: string) => findQuantities(text).map((q) => q.value);

describe('findQuantities: quantities', () => {
  it.each([
    ['16萬餘份', 160000, true, '份'],
    ['廿七位', 27, false, '位'],
    ['16万余份', 160000, true, '份'],
    ['10餘萬元', 100000, true, '元'],
    ['三萬餘元', 30000, true, '元'],
    ['1萬餘隻', 10000, true, '隻'],
    ['1200餘幅', 1200, true, '幅'],
    ['2700餘名', 2700, true, '名'],
    ['500余人次', 500, true, '人次'],
    ['20多天', 20, true, '天'],
    ['一千多人', 1000, true, '人'],
    ['二十余万元', 200000, true, '元'],
    ['2000只', 2000, false, '只'],
    ['110名', 110, false, '名'],
    ['97處', 97, false, '處'],
    ['97处', 97, false, '处'],
    ['6.7萬人', 67000, false, '人'],
    ['1.2万份', 12000, false, '份'],
    ['2噸', 2, false, '噸'],
    ['24小時', 24, false, '小時'],
    ['100千克', 100, false, '千克'],
    ['两千份', 2000, false, '份'],
    ['一家', 1, false, '家'],
    ['四處', 4, false, '處'],
    ['10,000份', 10000, false, '份'],
    ['1萬2,000片', 12000, false, '片'],
    ['5千2百劑', 5200, false, '劑'],
    ['1萬2千個', 12000, false, '個'],
    ['2萬伍仟元', 25000, false, '元'],
    ['1万两千份', 12000, false, '份'],
    ['1万2千3百元', 12300, false, '元'],
  ])('%s', (text, value, approx, unit) => {
    expect(one(text)).toMatchObject({ raw: text, value, approx, unit, index: 0, kind: 'quantity' });
  });

  it('gives no unit when none follows', () => {
    expect(one('84消毒液')).toMatchObject({ raw: '84', value: 84, approx: false, unit: undefined });
    expect(one('一千二百')).toMatchObject({ value: 1200, unit: undefined });
    expect(one('二十')).toMatchObject({ value: 20 });
  });

  it('reports where each quantity starts', () => {
    const text = '張貼公告200餘份，懸掛過街條幅1200餘幅';
    expect(findQuantities(text).map((q) => [q.index, text.slice(q.index, q.index + q.raw.length)])).toEqual([
      [4, '200餘份'],
      [16, '1200餘幅'],
    ]);
  });

  it('finds every figure of a list', () => {
    const text =
      '累計為基層發放口罩1萬餘隻、消毒水100餘桶、84消毒液及消毒酒精各2噸、一次性手套200副、噴霧器54個、防寒服100餘套、防護服40餘套';
    expect(values(text)).toEqual([10000, 100, 84, 2, 200, 54, 100, 40]);
    expect(findQuantities(text).map((q) => q.unit)).toEqual(['隻', '桶', undefined, '噸', '副', '個', '套', '套']);
  });

  it('reads both numbers of 30名黨員中有20名', () => {
    expect(values('上流莊村30名黨員中有20名加入了黨員先鋒崗')).toEqual([30, 20]);
  });
});

describe('findQuantities: Chinese words that are not numbers', () => {
  it.each([
    '一是嚴密部署',
    '萬無一失',
    '老百姓',
    '農村“兩委”幹部',
    '千方百計',
    '一次性口罩',
    '守護一方淨土',
    '黨支部',
    '万一发生',
    '十分重要',
    '週五禮拜',
    '一一对应',
    '救援队伍对挡水堤进行开挖',
    '參天古樹',
  ])('%s', (text) => expect(findQuantities(text)).toEqual([]));

  it('labels ordinals', () => {
    expect(findQuantities('第一批防疫物資').map((q) => [q.kind, q.label])).toEqual([['label', 'ordinal']]);
    expect(findQuantities('第2次').map((q) => [q.kind, q.label])).toEqual([['label', 'ordinal']]);
  });

  it.each(['新冠肺炎（COVID-19）', 'N95口罩', 'KN95口罩', '3D口罩', '500ml装', '電話13912345678', '1090411'])(
    'labels names, models, sizes and long codes: %s',
    (text) => expect(findQuantities(text).map((q) => [q.kind, q.label])).toEqual([['label', 'code']]),
  );

  it.each(['方东村4组村民', '十字村沙戈7组的村民', '翰林村16社'])(
    'labels a village group number as an address: %s',
    (text) => {
      expect(findQuantities(text).map((q) => [q.kind, q.label])).toEqual([['label', 'document']]);
    },
  );

  it('labels every number of a list of village groups as an address, and still counts groups formed', () => {
    expect(findQuantities('保证2组、7组、8組和9组之间村民的正常通行').map((q) => q.label)).toEqual([
      'document',
      'document',
      'document',
      'document',
    ]);
    expect(findQuantities('全村分成3组，每组5人').map((q) => q.kind)).toEqual(['quantity', 'quantity']);
  });

  it.each(['47号通告', '第47號通告', '〔2020〕3号', '3号店'])('labels document and shop numbers: %s', (text) => {
    expect(findQuantities(text).map((q) => q.kind)).toEqual(['label']);
  });

  it.each(['75%酒精', '下滑4.51个百分点', '提高3個百分點', '上升2百分点', '百分之八十的村民', '百分之30'])(
    'labels percentages and percentage points: %s',
    (text) => expect(one(text)).toMatchObject({ kind: 'label', label: 'percent' }),
  );

  it('reads 47号 before a document noun as a label, never as a day (8月47日)', () => {
    expect(findQuantities('47号公文').map((q) => q.kind)).toEqual(['label']);
  });

  it('keeps a time of day whole when a counter is glued to it (17:23 then 0)', () => {
    expect(findQuantities('17:230项').map((q) => [q.kind, q.raw])).toEqual([
      ['time', '17:23'],
      ['quantity', '0项'],
    ]);
  });
});

describe('findQuantities: numerals in every form', () => {
  it.each([
    ['两千只', 2000, '只'],
    ['一万二份', 12000, '份'],
    ['一萬二千份', 12000, '份'],
    ['3千份', 3000, '份'],
    ['2萬5000份', 25000, '份'],
    ['1.5万余', 15000, undefined],
    ['38万', 380000, undefined],
    ['壹佰份', 100, '份'],
    ['貳拾名', 20, '名'],
    ['伍元', 5, '元'],
    ['１２００份', 1200, '份'],
    ['三百余份', 300, '份'],
  ])('%s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ raw: text, value, unit, kind: 'quantity' });
  });

  it.each([
    ['十几名', 10],
    ['二十几个', 20],
    ['21万多', 210000],
    ['10人以上', 10],
    ['逾3萬人', 30000],
  ])('%s is a lower bound', (text, value) => {
    expect(findQuantities(text)).toEqual([expect.objectContaining({ value, approx: true })]);
  });

  it.each([
    ['约340人', 340],
    ['近400只', 400],
    ['50人左右', 50],
  ])('%s is rounded', (text, value) => {
    expect(findQuantities(text)).toEqual([expect.objectContaining({ value, approx: false, about: true })]);
  });

  it('reads a hundred, a thousand or ten thousand written as the power alone, with a word or 余/多 saying it is a number', () => {
    expect(one('上千吨')).toMatchObject({ value: 1000, unit: '吨', approx: true, raw: '千吨' });
    expect(one('萬多份')).toMatchObject({ value: 10000, unit: '份', approx: true });
    expect(one('千余名')).toMatchObject({ value: 1000, unit: '名', approx: true });
    expect(one('近万元')).toMatchObject({ value: 10000, unit: '元', approx: false, about: true });
    expect(one('超千條')).toMatchObject({ value: 1000, unit: '條', approx: true });
    expect(one('百余件')).toMatchObject({ value: 100, unit: '件', approx: true });
    expect(one('近百人')).toMatchObject({ value: 100, unit: '人', about: true });
    // Without a measure word, or as part of a word, it is no number.
    expect(findQuantities('上万群众，老百姓')).toEqual([]);
    expect(findQuantities('千万不要聚集，数千名')).toEqual([]);
  });

  it('takes no number from 几十 or 数百 (too vague to tally)', () => {
    expect(findQuantities('几十名')).toEqual([]);
    expect(findQuantities('數十名')).toEqual([]);
  });

  it('keeps compound measure words whole: 人次, 輛次, 个小时, 周岁', () => {
    expect(findQuantities('500人次、300輛次、十多个小时、80周岁').map((q) => q.unit)).toEqual([
      '人次',
      '輛次',
      '个小时',
      '周岁',
    ]);
  });

  it('reads a measure word that starts another word as none (一次性, 口罩)', () => {
    expect(findQuantities('2000次性').map((q) => q.unit)).toEqual([undefined]);
    expect(findQuantities('84口罩').map((q) => q.unit)).toEqual([undefined]);
  });
});

describe('findQuantities: dates, times and ranges', () => {
  it.each([
    ['1月27日', 27],
    ['2月14日', 14],
    ['16日', 16],
    ['2020年1月25日', 25],
    ['2020年', 2020],
    ['二〇二〇年', 2020],
    ['一月二十五日', 25],
    ['3月', 3],
    ['大年初一', 1],
    ['2020-01-25', 25],
  ])('%s is a date', (text, value) => {
    expect(findQuantities(text)).toEqual([expect.objectContaining({ kind: 'date', value })]);
  });

  it('keeps a date range as two dates', () => {
    expect(findQuantities('1月25日至2月16日').map((q) => [q.kind, q.raw])).toEqual([
      ['date', '1月25日'],
      ['date', '2月16日'],
    ]);
  });

  it.each([
    ['18:30', 18.5],
    ['8：15', 8.25],
  ])('%s is a time of day', (text, value) => {
    expect(one(text)).toMatchObject({ kind: 'time', value });
  });

  it.each([
    ['6-8人', 6, 8, '人'],
    ['6～8人', 6, 8, '人'],
    ['3至5天', 3, 5, '天'],
    ['三四个', 3, 4, '个'],
    ['六七天', 6, 7, '天'],
  ])('%s is a range', (text, value, max, unit) => {
    expect(one(text)).toMatchObject({ raw: text, kind: 'range', value, max, unit, approx: false });
  });

  it('lets callers keep only quantities', () => {
    const text = '每天18:30調度，1月27日發放2000只口罩，每名返鄉人員固定6-8人的工作專班';
    const quantities = findQuantities(text).filter((q) => q.kind === 'quantity');
    expect(quantities.map((q) => q.raw)).toEqual(['2000只']);
  });

  it('a 4-digit year is a date but a short count of years is a quantity', () => {
    expect(one('3年')).toMatchObject({ kind: 'quantity', value: 3, unit: '年' });
  });
});
