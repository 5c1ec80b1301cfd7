import { describe, expect, it } from 'vitest';
import { createConverter } from '../conversion/createConverter.ts';
import { articleTowns, findPlaces } from './findTowns.ts';

const converter = createConverter([]);
/** Character for character, as the import converts: positions stay those of the text. */
const toSimplified = (text: string) => [...text].map((c) => converter.t2s(c)).join('');
const towns = (text: string, known: { slug: string; name: string }[] = []) =>
  findPlaces(text, toSimplified, known)
    .filter((p) => p.kind === 'town')
    .map((p) => p.name);

describe('findPlaces', () => {
  it('finds township names ending in 镇, 乡 and 街道, wherever a clause starts', () => {
    expect(towns('近日，桃源镇组织干部入户宣传。红星乡、东湖街道也设立了卡点。')).toEqual([
      '桃源镇',
      '红星乡',
      '东湖街道',
    ]);
  });

  it('takes none of the words that end like a name', () => {
    const text =
      '全镇上下齐动员，各乡镇、城镇社区和集镇都设了卡点。本镇干部下乡入户，返乡人员和老乡、乡亲们在家乡过年，' +
      '城乡一体，乡村振兴。该镇还向镇政府报告，确保镇村两级落实，推进城镇化。这个乡过去是怎样的情况呢？';
    expect(towns(text)).toEqual([]);
  });

  it("reads no township from a Hong Kong rural committee's name (大埔鄉事委員會)", () => {
    expect(towns('大埔鄉事委員會與大埔區民間團體包裝抗疫包。')).toEqual([]);
  });

  it("reads no township from a person's name after a title, officials listed, a town's level or a township's games", () => {
    const text =
      '立法委員邱鎮軍到場致詞。书记镇长直播带货。应征青年进行征兵体检镇级检查。青山鄉提前一週舉辦鄉賽，冬山鄉也舉辦龍舟賽。';
    expect(towns(text)).toEqual(['青山鄉', '冬山鄉']);
    // A title before a name is no part of it.
    expect(towns('县委书记青山镇调研，人大代表红星乡村民到场。')).toEqual(['青山镇', '红星乡']);
  });

  it('reads no name from a verb or an office the town is the object of (结合镇直, 驻镇帮镇扶村, 镇委镇政府)', () => {
    const text = '各支部结合镇直单位实际，驻镇帮镇扶村工作队清理镇辖区死角，在镇委镇政府领导下把爱心粽送往镇内困难户。';
    expect(towns(text)).toEqual([]);
  });

  it('keeps a name that begins like one of those words: 新城镇 and 万古镇 are names, 城镇 and 古镇 are not', () => {
    expect(towns('新城镇和万古镇的志愿者走上街头。')).toEqual(['新城镇', '万古镇']);
  });

  it('reads a town the gazetteer writes with its county before it by the town alone (当阳市两河镇)', () => {
    expect(towns('当阳市两河镇召开全镇动物防疫工作会议。')).toEqual(['两河镇']);
  });

  it('reads a township before its party committee (古城乡党委), though 乡党 is a word', () => {
    expect(towns('在开班仪式上，古城乡党委书记讲话')).toEqual(['古城乡']);
    expect(towns('乡党邻里都来帮忙')).toEqual([]);
  });

  it('recognises an ethnic township with or without the peoples it is named for (江口回族镇, 于家务乡)', () => {
    const place = (text: string) => findPlaces(text, toSimplified, []).find((p) => p.kind === 'town');
    expect(place('宁陕县江口回族镇积极开展环境卫生治理活动')).toMatchObject({ name: '江口回族镇', recognised: true });
    expect(place('通州区于家务乡组织志愿者清理河道')).toMatchObject({
      name: '于家务乡',
      county: '通州区',
      recognised: true,
    });
  });

  it('reads a township whose name ends in its ending (新镇镇), but a town before its government as the town', () => {
    expect(towns('廊坊市文安县新镇镇组织献爱心活动')).toEqual(['新镇镇']);
    expect(towns('我们来到了益林镇镇政府，河北镇镇村党员干部也来了')).toEqual(['益林镇', '河北镇']);
    // 金门县's 金湖镇 before its head, though 龙游县 has a 湖镇镇: the name reaching further back is the town.
    expect(towns('社區理監事在金湖鎮鎮長的陪同下捐贈')).toEqual(['金湖鎮']);
    expect(towns('龙游县湖镇镇政府发放口罩')).toEqual(['湖镇镇']);
  });

  it('reads a title a town is given as no name (国家级卫生镇, 试点镇)', () => {
    expect(towns('创建国家级卫生镇和省级试点镇，青山镇推进改厕。')).toEqual(['青山镇']);
  });

  it('takes the words a name runs on from off its front: 在, 深入, 近日', () => {
    expect(towns('工作组深入白沙镇，又在青山乡走访。')).toEqual(['白沙镇', '青山乡']);
  });

  it('reads Traditional text, the name as written', () => {
    expect(towns('連日來，竹林鄉發放口罩，全鄉共設立3個檢查站；梅花鎮也動員了志願者。')).toEqual(['竹林鄉', '梅花鎮']);
  });

  it('reads the county and province written before the name, and starts the name after them', () => {
    const [place] = findPlaces('陕西省石泉县池河镇组织志愿者。', toSimplified, []);
    expect(place).toMatchObject({ name: '池河镇', county: '石泉县', province: '陕西省' });
    // 胡市 is a name: 市 ends a county only when a name of two characters follows it.
    expect(findPlaces('泸州市龙马潭区胡市镇', toSimplified, [])[0]).toMatchObject({
      name: '胡市镇',
      county: '龙马潭区',
    });
    // 全县 is no county's name.
    expect(findPlaces('全县桃源镇', toSimplified, [])[0]).toEqual(expect.not.objectContaining({ county: '全县' }));
  });

  it('cuts a run too long for one name to the name the text writes alone elsewhere, else to a usual length', () => {
    expect(towns('西河凤鸣镇：爱心助力。凤鸣镇干部捐款。')).toEqual(['凤鸣镇', '凤鸣镇']);
    expect(towns('南岭县志愿服务队北岗王家寨镇站')).toEqual(['王家寨镇']);
  });

  it('reports villages and communities as places, only where they start without doubt', () => {
    const places = findPlaces('桃源镇金星村、幸福社区组织村民进村入户宣传。', toSimplified, []);
    expect(places.map((p) => [p.name, p.kind])).toEqual([
      ['桃源镇', 'town'],
      ['金星村', 'village'],
      ['幸福社区', 'village'],
    ]);
  });

  it('matches a known town in either script, with its slug', () => {
    const known = [{ slug: 'meihua', name: '梅花鎮' }];
    expect(findPlaces('梅花镇发放口罩。', toSimplified, known)[0]).toMatchObject({ name: '梅花镇', known: 'meihua' });
    expect(findPlaces('梅花鎮發放口罩。', toSimplified, known)[0]).toMatchObject({ key: '梅花镇', known: 'meihua' });
  });
});

describe('findPlaces: towns listed before a collective 等乡镇', () => {
  it('reads each item as a town, written without its ending, in either script', () => {
    expect(towns('在城关、河口、黄龙等乡镇张贴标语')).toEqual(['城关', '河口', '黄龙']);
  });

  it('gives an item the ending the gazetteer knows it by, one town with the name written in full', () => {
    expect(towns('衛生所包括北港、土庫、崙背等鄉鎮')).toEqual(['北港鎮', '土庫鎮', '崙背鄉']);
    const [listed, written] = findPlaces('在新港、民雄等鄉。新港鄉也發放了口罩。', toSimplified, []).filter((p) =>
      p.name.startsWith('新港'),
    );
    expect(listed!.key).toBe(written!.key);
  });

  it("reads a single ending without 等 as the last item's own, unless an earlier item is a township by it", () => {
    expect(towns('縣府社會處、苑裡鎮長劉育育協同慰問受災戶')).toEqual(['苑裡鎮']);
    expect(towns('衛生所包括大埤、崙背鄉')).toEqual(['大埤鄉', '崙背鄉']);
  });

  it('reads no town from a verb before 镇 (联合镇妇联) or from a year before 城乡, but a 联合镇 after its county', () => {
    expect(towns('赵庙镇文化站联合镇妇联、团委开展宣传')).toEqual(['赵庙镇']);
    expect(towns('绿塘乡在集市开展2026年度城乡居民医保征缴宣传')).toEqual(['绿塘乡']);
    expect(towns('广安市广安区联合镇发放口罩3000只')).toEqual(['联合镇']);
  });

  it("reads no town from a township office's words for its own territory", () => {
    expect(towns('永靖鄉公所擴大鄉內24村大清消')).toEqual(['永靖鄉']);
  });

  it('matches a known town by its name without the ending', () => {
    const found = findPlaces('在河口、黄龙等镇', toSimplified, [{ slug: 'hekou', name: '河口镇' }]);
    expect(found.map((p) => [p.name, p.known])).toEqual([
      ['河口', 'hekou'],
      ['黄龙', undefined],
    ]);
  });
});

describe('findPlaces and articleTowns with the gazetteer', () => {
  const paragraph = (text: string, line: number) => ({ kind: 'paragraph' as const, text, line });
  const article = (...texts: string[]) =>
    articleTowns(
      undefined,
      texts.map((text, i) => paragraph(text, i + 1)),
      [],
      toSimplified,
      [],
    );

  it('rejects a clause that happens to end in 乡 or 镇 and lists it as not recognised', () => {
    const found = article('干部群众积极响应镇党委号召，认真落实镇里部署，严格执行乡规民约。');
    expect(found.towns).toEqual([]);
    expect(found.notRecognised).toEqual(['极响应镇', '认真落实镇', '严格执行乡']);
  });

  it('finds a township the gazetteer knows in Traditional text, with its county', () => {
    const found = article('瑞穗鄉公所昨天發放快篩試劑，瑞穗鄉民踴躍領取。');
    expect(found.towns).toMatchObject([{ name: '瑞穗鄉', county: '花蓮縣', recognised: true }]);
  });

  it('knows a township by its name of either edition of the code table, and those of the cities without counties', () => {
    // 东莞市 and 中山市 have no counties: their townships are the city's, missing from the older table.
    expect(article('虎门镇组织志愿者发放口罩。').towns).toMatchObject([
      { name: '虎门镇', county: '东莞市', recognised: true },
    ]);
    expect(article('小欖鎮志願者發放口罩。').towns).toMatchObject([
      { name: '小欖鎮', county: '中山市', province: '广东省' },
    ]);
    // 南牛乡 became 南牛镇: an article of either year names its township.
    expect(article('南牛乡干部入户宣传。').towns).toMatchObject([{ name: '南牛乡', county: '正定县' }]);
    expect(article('南牛镇干部入户宣传。').towns).toMatchObject([{ name: '南牛镇', county: '正定县' }]);
  });

  it('strips a county written without its marker from the name and takes that county', () => {
    const found = article('义乌稠城街道组织志愿者值守卡点。');
    expect(found.towns).toMatchObject([{ name: '稠城街道', county: '义乌市', province: '浙江省' }]);
  });

  it('prefers the township of the county the text names when several counties have one of that name', () => {
    expect(article('浙江省江山市积极开展防控，虎山街道发放口罩。').towns[0]?.county).toBe('江山市');
    expect(article('虎山街道发放口罩。').towns[0]?.county).toBeUndefined();
  });

  it('reads a Taiwanese 鄉 or 鎮 as a town, never a district or city (區, 市)', () => {
    expect(article('臺南市將軍區公所發放口罩，嘉義縣朴子市也發放。').towns).toEqual([]);
    expect(article('嘉義縣新港鄉發放口罩。').towns.map((t) => t.name)).toEqual(['新港鄉']);
    expect(article('城区和开发区各设卡点。').towns).toEqual([]);
  });

  it('proposes a township the gazetteer does not know on strong evidence: named again, or after its county', () => {
    expect(article('云溪谷镇干部入户宣传。', '云溪谷镇还设立了卡点。').towns.map((t) => t.name)).toEqual(['云溪谷镇']);
    expect(article('石泉县云溪谷镇发放口罩。').towns.map((t) => t.name)).toEqual(['云溪谷镇']);
    expect(article('向云溪谷镇发放口罩。').notRecognised).toEqual(['云溪谷镇']);
  });

  it('takes a township of one character before its ending only where the text names its county and it stands alone', () => {
    expect(article('奈曼旗新镇组织志愿者入户宣传。').towns).toMatchObject([{ name: '新镇', county: '奈曼旗' }]);
    expect(article('奈曼旗部署核酸检测。', '在新镇全域开展检测，新镇志愿者到岗。').towns.map((t) => t.name)).toEqual([
      '新镇',
    ]);
    // No county named: 新镇 is a new town; after a word (更新) it is no name at all.
    expect(article('在新镇全域开展检测，新镇志愿者到岗。').towns).toEqual([]);
    expect(article('奈曼旗部署防控，及时更新镇里的宣传栏。').towns).toEqual([]);
  });

  it('reads a sub-district written as its office as the 街道 the gazetteer has, in either script', () => {
    expect(article('广水市十里办事处组织志愿者值守。').towns).toMatchObject([{ name: '十里街道', county: '广水市' }]);
    expect(article('十里辦事處商會捐款。').towns.map((t) => [t.name, t.key])).toEqual([['十里街道', '十里街道']]);
    expect(article('西安市十里铺街办发放口罩。').towns.map((t) => t.name)).toEqual(['十里铺街道']);
    expect(article('商会驻京办事处捐赠口罩。').towns).toEqual([]);
  });

  it('takes a name that starts with a numeral, but not a count of townships, unless the text names its county', () => {
    expect(article('十里街道发放口罩。').towns.map((t) => t.name)).toEqual(['十里街道']);
    expect(article('全区三乡镇发放口罩。').towns).toEqual([]);
    expect(article('河南省宜阳县三乡镇发放口罩。').towns.map((t) => t.name)).toEqual(['三乡镇']);
  });

  it('reads no name from a numeral before a word for towns in general (三下乡, the drive; 30余名镇干部)', () => {
    const drive = article('文化科技卫生三下乡活动走进青山镇。', '三下乡活动送去图书。', '30余名镇干部参加。');
    expect(drive.towns.map((t) => t.name)).toEqual(['青山镇']);
    expect(drive.notRecognised).toEqual([]);
    // After any other character, such a word ends a name the gazetteer may lack (况场镇: 况 + 场镇).
    expect(article('况场镇干部入户。', '况场镇志愿者值守。').towns.map((t) => t.name)).toEqual(['况场镇']);
  });

  it('proposes a township the gazetteer does not know that stands as the label of a roundup’s part', () => {
    const found = article('云溪谷街道：悬挂横幅18条。', '二、白石岭乡：发放口罩300只。', '又到云雾坳镇发放口罩。');
    expect(found.towns.map((t) => t.name)).toEqual(['云溪谷街道', '白石岭乡']);
    expect(found.notRecognised).toEqual(['云雾坳镇']);
  });

  it('reads no name in a count written in digits (5个集镇)', () => {
    expect(article('在全镇5个集镇片区悬挂横幅。').notRecognised).toEqual([]);
  });

  it('reads a town of another county written right after a county as that county’s town one character off', () => {
    expect(article('蕉岭县新埔镇发放口罩。').towns).toMatchObject([{ name: '新铺镇', county: '蕉岭县' }]);
    expect(article('陕西省石泉县河池镇发放口罩。').towns.map((t) => t.name)).toEqual(['池河镇']);
    expect(article('新埔镇发放口罩。').towns).toMatchObject([{ name: '新埔镇', county: '新竹縣' }]);
    // A county named elsewhere may be a neighbour's: 喜河镇 stays, though 西乡县 has 大河镇.
    expect(article('喜河镇在通往西乡县的小路设卡。').towns.map((t) => t.name)).toEqual(['喜河镇']);
    // A county's name several cities share (市中区) says too little: 童家镇 stays, though one 市中区 has 史家镇.
    expect(article('现场的柑橘都来自市中区童家镇红光村。').towns.map((t) => t.name)).toEqual(['童家镇']);
  });

  it('reads no town from the word for townships after a phrase, nor from a deputy town head', () => {
    expect(article('上海恩捷结对帮扶云南乡镇。').towns).toEqual([]);
    expect(article('其中和平县部分乡镇受灾较严重。').towns).toEqual([]);
    expect(article('推进生态美丽村镇建设。').towns).toEqual([]);
    expect(article('南乡镇开展活动。').towns.map((t) => t.name)).toEqual(['南乡镇']);
    expect(article('鸡场镇安监站在分管安全副镇长的带领下检查。').towns.map((t) => t.name)).toEqual(['鸡场镇']);
  });

  it('reads no town from a name, an association or a home that only ends like one, after a county too', () => {
    expect(article('北京市丰台区新村街道、玉泉营街道发放礼包。').towns.map((t) => t.name)).toEqual([
      '新村街道',
      '玉泉营街道',
    ]);
    expect(article('洛江区海丝小镇公益协会组织志愿者。', '海丝小镇公益协会会长说。').towns).toEqual([]);
    expect(article('福州连江县海外侨团支援家乡防疫。').towns).toEqual([]);
    expect(article('金星村镇村干部入户宣传。').towns).toEqual([]);
  });

  it('proposes a township of a named county written with two characters swapped', () => {
    expect(article('陕西省石泉县丰迎镇发放口罩。').towns.map((t) => t.name)).toEqual(['丰迎镇']);
  });
});

describe('articleTowns', () => {
  const paragraph = (text: string, line: number) => ({ kind: 'paragraph' as const, text, line });

  it('gives each figure of a roundup the town named before it in its sentence or paragraph', () => {
    const blocks = [
      paragraph('桃源镇：发放宣传单1200份，设立卡点5个。', 1),
      paragraph('红星乡：组织志愿者60名。另悬挂横幅30条。', 2),
      paragraph('全县共发放口罩2000只。', 3),
    ];
    const figures = [
      { line: 1, quote: '发放宣传单1200份' },
      { line: 1, quote: '设立卡点5个' },
      { line: 2, quote: '组织志愿者60名' },
      { line: 2, quote: '另悬挂横幅30条' },
      { line: 3, quote: '全县共发放口罩2000只' },
    ];
    const found = articleTowns('各镇工作动态', blocks, figures, toSimplified, []);
    expect(found.towns.map((t) => t.name)).toEqual(['桃源镇', '红星乡']);
    expect(found.figureTowns).toEqual(['桃源镇', '桃源镇', '红星乡', '红星乡', undefined]);
  });

  it('finds a figure in its own paragraph when one input line was split into several (一是…二是…)', () => {
    const blocks = [paragraph('一是桃源镇发放口罩300只。', 1), paragraph('二是红星乡发放口罩200只。', 1)];
    const figures = [
      { line: 1, quote: '一是桃源镇发放口罩300只' },
      { line: 1, quote: '二是红星乡发放口罩200只' },
    ];
    expect(articleTowns(undefined, blocks, figures, toSimplified, []).figureTowns).toEqual(['桃源镇', '红星乡']);
  });

  it('takes the nearest town before the figure in its sentence over an earlier one in the paragraph', () => {
    const blocks = [paragraph('桃源镇发放口罩300只，红星乡发放口罩200只。', 1)];
    const figures = [
      { line: 1, quote: '桃源镇发放口罩300只' },
      { line: 1, quote: '红星乡发放口罩200只' },
    ];
    expect(articleTowns(undefined, blocks, figures, toSimplified, []).figureTowns).toEqual(['桃源镇', '红星乡']);
  });

  it('gives a figure after a list of towns none of them, since it tells all of theirs together', () => {
    const blocks = [
      paragraph('桃源镇、红星乡和青山镇的16家企业共捐款80万元。', 1),
      paragraph('红星乡发放口罩200只。', 2),
    ];
    const figures = [
      { line: 1, quote: '共捐款80万元' },
      { line: 2, quote: '红星乡发放口罩200只' },
    ];
    expect(articleTowns(undefined, blocks, figures, toSimplified, []).figureTowns).toEqual([undefined, '红星乡']);
  });

  it('lists a town named only where no number stands, beside the town the figures stand with, as a place', () => {
    const blocks = [
      paragraph('大桥连接着南田岛和石浦镇，是要道。高塘岛乡安排48名干部驻守。', 1),
      paragraph('红星乡、桃源镇同是重灾区。', 2),
    ];
    const found = articleTowns(undefined, blocks, [{ line: 1, quote: '安排48名干部驻守' }], toSimplified, []);
    expect(found.towns.map((t) => t.name)).toEqual(['高塘岛乡']);
    expect(found.places).toEqual(expect.arrayContaining(['石浦镇', '红星乡', '桃源镇']));
    // With no figure, every town named is the article's.
    expect(articleTowns(undefined, blocks, [], toSimplified, []).towns).toHaveLength(4);
  });

  it('makes the town of the headline the article’s, else the one named most', () => {
    const blocks = [paragraph('红星乡、红星乡和桃源镇的干部。', 1)];
    expect(articleTowns('桃源镇：防疫一线', blocks, [], toSimplified, []).main).toBe('桃源镇');
    expect(articleTowns(undefined, blocks, [], toSimplified, []).main).toBe('红星乡');
    expect(articleTowns(undefined, [paragraph('全县各乡镇。', 1)], [], toSimplified, []).main).toBeUndefined();
    // A name run on from the county in the headline is the name the body writes alone.
    const found = articleTowns('西河凤鸣镇：爱心助力', [paragraph('凤鸣镇干部捐款。', 1)], [], toSimplified, []);
    expect(found.towns.map((t) => [t.name, t.mentions, t.inHeadline])).toEqual([['凤鸣镇', 2, true]]);
  });
});
