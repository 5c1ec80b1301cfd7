import { describe, expect, it } from 'vitest';
import { createConverter } from '../conversion/createConverter.ts';
import { findFigures, mergeRepeatedFigures } from './findFigures.ts';
import { say } from '../../i18n/messages/message.ts';
import type { DraftFigure } from './types.ts';

const converter = createConverter([]);
const find = (text: string) =>
  findFigures({ kind: 'paragraph', text, line: 1 }, [...text].map((c) => converter.t2s(c)).join(''), []);
const figures = (text: string) => find(text).figures;
const brief = (text: string) => figures(text).map((f) => [f.quantity, f.unit, f.category]);
const skippedRaw = (text: string) => find(text).skipped.map((s) => s.raw);

describe('findFigures: every measure word that counts something is a figure', () => {
  it.each([
    [
      '发放红袖章300枚、宣传手册80册、展板12块',
      [
        [300, '枚', 'other'],
        [80, '册', 'leaflets'],
        [12, '块', 'banners'],
      ],
    ],
    [
      '發放紅袖章300枚、宣傳手冊80冊、展板12塊',
      [
        [300, '枚', 'other'],
        [80, '冊', 'leaflets'],
        [12, '塊', 'banners'],
      ],
    ],
    [
      '捐赠消毒液50公斤、酒精30瓶、牛奶20件',
      [
        [50, '公斤', 'disinfectant'],
        [30, '瓶', 'alcohol'],
        [20, '件', 'food'],
      ],
    ],
    [
      '捐贈消毒液50公斤、酒精30瓶、牛奶20件',
      [
        [50, '公斤', 'disinfectant'],
        [30, '瓶', 'alcohol'],
        [20, '件', 'food'],
      ],
    ],
    ['發放快篩試劑5200劑', [[5200, '劑', 'other']]],
    [
      '张贴宣传海报140张，印发疫情防控通知500份，用去消毒药物352.5公斤',
      [
        [140, '张', 'banners'],
        [500, '份', 'notices'],
        [352.5, '公斤', 'disinfectant'],
      ],
    ],
    ['在全村设立进组关卡8处', [[8, '处', 'checkpoints']]],
  ])('%s', (text, expected) => expect(brief(text)).toEqual(expected));

  it('reads the jin as Taiwan weighs it whole: a weight of food, not machines (台)', () => {
    expect(brief('青石鄉農會向照顧站捐贈高麗菜二百台斤、白米50公斤')).toEqual([
      [200, '台斤', 'food'],
      [50, '公斤', 'food'],
    ]);
  });

  it("counts a fair's takings but not a firm's year of sales", () => {
    expect(brief('庙会期间交易额达3000万元')).toEqual([[30000000, '元', 'other']]);
    expect(brief('该合作社年销售额达500多万元')).toEqual([]);
    expect(brief('土地经营权流转后，成交总价为271.14万元')).toEqual([[2711400, '元', 'other']]);
  });

  it('counts produce sold for its growers as other, verb of work or not, and produce given as food', () => {
    expect(brief('目前青石镇已销售西瓜30余万斤，帮助种植户增收')).toEqual([[300000, '斤', 'other']]);
    expect(brief('短短一个星期，十万多斤柑橘都卖掉了')).toEqual([[100000, '斤', 'other']]);
    expect(brief('当天销量就突破了2500公斤')).toEqual([[2500, '公斤', 'other']]);
    expect(brief('种植户向卡点捐赠西瓜3000斤')).toEqual([[3000, '斤', 'food']]);
  });

  it('keeps 人次, 辆次 and 家次 whole', () => {
    expect(brief('累计检查车辆300辆次，出动志愿者500人次')).toEqual([
      [300, '辆次', 'other'],
      [500, '人次', 'volunteers'],
    ]);
    expect(brief('累计检查企业120家次、隐患点30處次')).toEqual([
      [120, '家次', 'other'],
      [30, '處次', 'other'],
    ]);
  });

  it('reports, not writes, a count of nothing a category covers when no work is done before it in the sentence', () => {
    expect(brief('这里聚集了近200家中资企业')).toEqual([]);
    expect(find('这里聚集了近200家中资企业').skipped[0]).toMatchObject({
      raw: '200家',
      reason: 'skipped.noWorkDone',
    });
    expect(brief('共关停5家超市、2家娱乐场所')).toEqual([
      [5, '家', 'other'],
      [2, '家', 'other'],
    ]);
  });

  it('counts a total said of work done with a verb no list names, but not a standing total or a common-prosperity name', () => {
    expect(brief('截至目前，共捕获流浪狗8只')).toEqual([[8, '只', 'other']]);
    expect(brief('累計收回農藥空瓶920餘斤')).toEqual([[920, '斤', 'other']]);
    expect(brief('全镇共有农家乐50多家')).toEqual([]);
    expect(brief('一共发生3起伤人事件')).toEqual([]);
    expect(brief('现有共富工坊5家')).toEqual([]);
    expect(brief('中共城关镇委员会所在片区内有农家乐30家')).toEqual([]);
  });

  it('counts staff who join a training or a drive as other, not as people mobilised', () => {
    expect(brief('开展应急救护培训，共有80余名企业职工参加')).toEqual([[80, '名', 'other']]);
  });

  it("counts what a sentence telling an event's results names, whatever its verb", () => {
    expect(brief('此次活动打扫楼栋37栋')).toEqual([[37, '栋', 'other']]);
    expect(brief('活动期间展示花灯共计2280余盏')).toEqual([[2280, '盏', 'other']]);
    expect(brief('去年打扫楼栋37栋')).toEqual([]);
  });

  it('counts gifts built for a school as given', () => {
    expect(figures('基金会走进洋溪镇中心小学捐建了30个班级图书角')).toMatchObject([{ quantity: 30, kind: 'donated' }]);
  });

  it('counts people insured, the audience of a lecture and households identified for monitoring', () => {
    expect(brief('截至目前，全乡参保人数达660人')).toEqual([[660, '人', 'other']]);
    expect(brief('举办急救知识讲座，现场听课村民300余人')).toEqual([[300, '人', 'other']]);
    expect(brief('讲座在村文化礼堂举行，来自七个村的近90名妇女聆听了讲座')).toEqual([[90, '名', 'other']]);
    expect(brief('今年以来，识别监测对象6户')).toEqual([[6, '户', 'other']]);
  });

  it('reads no verb in the name of a police station, a party department or a building firm', () => {
    expect(brief('秀山派出所辖区内有9所小学')).toEqual([]);
    expect(brief('县委组织部13人走进社区')).toEqual([]);
    expect(brief('镇里派出13人走进社区')).toEqual([[13, '人', 'volunteers']]);
    expect(brief('大楼里有建设公司、物业公司等40家企业')).toEqual([]);
  });

  it('ends the noun counted at an adverb of speed or time that opens the predicate', () => {
    expect(brief('连日来，街道12支宣传队伍迅速行动，走村入户')).toEqual([[12, '支', 'teams']]);
  });

  it("reads a team's name through a verb inside it, up to the team's head, but not past 及 nor into a longer noun", () => {
    expect(brief('组建五个区域防控全面摸排小组')).toEqual([[5, '个', 'teams']]);
    expect(figures('15个村民妇女小组长都是队员').map((f) => f.category)).not.toContain('teams');
    expect(figures('全乡11个村及驻村工作队积极参与').map((f) => f.category)).not.toContain('teams');
  });

  it('never files a count as food where the food word names the place or trade it belongs to', () => {
    expect(figures('与食品流通门店签订安全责任书35份').map((f) => f.category)).toEqual(['other']);
    expect(figures('建成蔬菜种植大棚3个').map((f) => f.category)).not.toContain('food');
    expect(brief('向敬老院捐赠蔬菜2000斤')).toEqual([[2000, '斤', 'food']]);
    expect(brief('发放食品类物资200箱')).toEqual([[200, '箱', 'food']]);
  });

  it('files an order put up (《林区禁火令》, 封山令) as a notice', () => {
    expect(brief('张贴《林区禁火令》100多张')).toEqual([[100, '张', 'notices']]);
  });

  it('files job ads, bookmarks, reminder notes, stickers, booklets and publicity items handed out as leaflets', () => {
    expect(brief('现场发放企业招聘简章1500份')).toEqual([[1500, '份', 'leaflets']]);
    expect(brief('向学生发放“绿书签”50份')).toEqual([[50, '份', 'leaflets']]);
    expect(brief('派发宣传物品3000份')).toEqual([[3000, '份', 'leaflets']]);
    expect(brief('发放维权二维码贴纸16张、“温馨提醒”12份、案例汇编10份')).toEqual([
      [16, '张', 'leaflets'],
      [12, '份', 'leaflets'],
      [10, '份', 'leaflets'],
    ]);
  });

  it('counts works built or finished', () => {
    expect(brief('目前，该镇累计建设村级光伏电站30座')).toEqual([[30, '座', 'other']]);
    expect(brief('新修桥涵20余座')).toEqual([[20, '座', 'other']]);
    expect(brief('目前已完工38户')).toEqual([[38, '户', 'other']]);
  });

  it('never reads a number inside a name or slogan as a count', () => {
    expect(brief('对重点人员实行“四包一跟踪”管理，发放口罩100只')).toEqual([[100, '只', 'masks']]);
    expect(skippedRaw('对重点人员实行“四包一跟踪”管理')).toEqual(['四包']);
    expect(brief('张贴怀化市十条禁令5000张')).toEqual([[5000, '张', 'notices']]);
    const people = find('李炳立三人带着35桶消毒液').skipped.find((s) => s.raw === '三人');
    expect(people?.reason).not.toMatch(/Name/);
    // Things given joined by 和 are a list, not a name.
    expect(brief('民政干部送来了两袋大米和2000元现金')).toEqual([
      [2, '袋', 'food'],
      [2000, '元', 'donations'],
    ]);
  });

  it("reports a rate per second or minute as a machine's capacity, in either script", () => {
    const text = '泵站排涝速度为每秒1.1立方米，镇里又安装了3台水泵';
    expect(brief(text)).toEqual([[3, '台', 'other']]);
    expect(find(text).skipped).toContainEqual({ raw: '1.1立方米', reason: 'skipped.production', line: 1 });
    expect(brief('無人機每分鐘噴灑5升消毒液')).toEqual([]);
  });

  it('never tallies production rates or the size of a group the sentence picks from', () => {
    expect(brief('口罩工厂日產21萬片')).toEqual([]);
    expect(skippedRaw('该镇1270名党员中，已有1197人自发捐款')).toContain('1270名');
  });

  it('keeps the noun after the measure word apart from the next item joined by 及', () => {
    expect(brief('採購每人5劑快篩劑及每戶口罩2盒')).toEqual([
      [5, '劑', 'other'],
      [2, '盒', 'masks'],
    ]);
  });

  it('lists every number it does not tally, with a reason', () => {
    const { skipped } = find('连续工作十多个小时，发放84消毒液');
    expect(skipped.map((s) => s.raw)).toEqual(['十多个小时', '84']);
    expect(skipped.every((s) => s.reason.length > 0)).toBe(true);
  });
});

describe('findFigures: the category comes from the item counted', () => {
  it('never from the next item of a list', () => {
    expect(brief('设立宣传栏6个、展板30块')).toEqual([
      [6, '个', 'other'],
      [30, '块', 'banners'],
    ]);
    expect(brief('設立宣傳欄6個、展板30塊')[0]).toEqual([6, '個', 'other']);
  });

  it('takes the noun after the measure word before a keyword of the previous figure', () => {
    expect(brief('居民捐赠了10公斤消毒酒精和3桶84消毒液')).toEqual([
      [10, '公斤', 'alcohol'],
      [3, '桶', 'disinfectant'],
    ]);
  });

  it('shares one number among the items before it that have none', () => {
    expect(brief('张贴横幅、标语和海报90个')).toEqual([[90, '个', 'banners']]);
    // …but not when it names its own noun: the items are instances of that (sampling points, not tea).
    expect(brief('设立南方茶叶市场采样点、万盛街采样点等9个采样点')).toEqual([[9, '个', 'other']]);
  });

  it('reads a keyword that describes another noun as no keyword (废弃口罩回收点, 口罩文宣)', () => {
    expect(brief('设置废弃口罩回收点8个')).toEqual([[8, '个', 'other']]);
    expect(brief('15个妇女小组长提出献爱心请求').map((f) => f[2])).not.toContain('teams');
    expect(brief('印製了3萬份的口罩文宣')).toEqual([[30000, '份', 'leaflets']]);
  });

  it('keeps a keyword with an unusual unit, flagged; never one that counts another class of thing', () => {
    const [masks] = figures('发放口罩3顶');
    expect(masks).toMatchObject({ category: 'masks', unit: '顶' });
    expect(masks!.doubts).toEqual([say('doubt.unusualUnit', { unit: '顶', thing: '口罩' })]);
    expect(brief('为200名居民发放口罩')).toEqual([]);
    expect(skippedRaw('为200名居民发放口罩')).toEqual(['200名']);
  });

  it('takes an occasion unit only for a category that counts in that very unit (人次 people, 场 events)', () => {
    expect(brief('133名网格员开展反诈宣传活动20余场')).toEqual([
      [133, '名', 'volunteers'],
      [20, '场', 'other'],
    ]);
    expect(brief('志愿者累计服务300人次')).toEqual([[300, '人次', 'volunteers']]);
  });

  it('reads the head of the counted noun through a brand in quotes or a title in 《》, up to its arrival or a 的 before its carrier', () => {
    expect(brief('公司捐赠100盒“燕山红”有机红茶')).toEqual([[100, '盒', 'food']]);
    expect(brief('现场摆放15块《民法典》主题黑板报')).toEqual([[15, '块', 'banners']]);
    expect(brief('爱心企业捐赠的165箱日式糕点抵达镇政府大院')).toEqual([[165, '箱', 'food']]);
    expect(brief('镇里协调运送14吨猪肉的运输车进入市场')).toEqual([[14, '吨', 'food']]);
    expect(brief('经过两个小时，1500只皮薄馅多的馄饨在志愿者手中包好')).toEqual([[1500, '只', 'food']]);
  });

  it('takes the category from the head of the counted noun when no keyword decides', () => {
    expect(brief('组建20支防输入志愿巡逻队和个人防护宣传劝导队')).toEqual([[20, '支', 'teams']]);
    expect(brief('發放宣傳材料16000份')).toEqual([[16000, '份', 'leaflets']]);
    expect(brief('捐赠0.2万套隔离衣、0.2万对鞋套')).toEqual([
      [2000, '套', 'protective-suits'],
      [2000, '对', 'other'],
    ]);
    expect(brief('带着消毒壺5只来到办事处')).toEqual([[5, '只', 'sprayers']]);
    // A keyword still wins over a head: 消毒水 is no drink.
    expect(brief('捐赠消毒水20桶')).toEqual([[20, '桶', 'disinfectant']]);
  });

  it('never counts the people the work was for as people mobilised, by a verb of serving or a word of need', () => {
    expect(brief('今年以来共组织慰问留守儿童近百人')).toEqual([[100, '人', 'other']]);
    expect(brief('村里精心挑选的农家接待游客200多人')).toEqual([[200, '人', 'other']]);
    // …nor the public an event drew.
    expect(brief('此次活动成功吸引了3500余名游客参与')).toEqual([[3500, '名', 'other']]);
    expect(brief('招募大学生志愿者10名，服务留守儿童113人')).toEqual([
      [10, '名', 'volunteers'],
      [113, '人', 'other'],
    ]);
    expect(brief('组织低保户、留守妇女共计50余名妇女参加')).toEqual([[50, '名', 'other']]);
    // 服务 inside a team's name serves no one.
    expect(brief('成立志愿服务队6支，带动1000余名群众参与清洁行动')).toContainEqual([1000, '名', 'volunteers']);
  });

  it('counts people a verb sends out as people mobilised', () => {
    expect(brief('每天出动480余人进行执勤')).toEqual([[480, '人', 'volunteers']]);
    expect(brief('出动消杀人员280余人次')).toEqual([[280, '人次', 'volunteers']]);
    expect(brief('服务站共遴选7名退役军人担任调解员')).toEqual([[7, '名', 'volunteers']]);
    expect(brief('街道挑选6名应急队员组成无人机小分队')).toEqual([[6, '名', 'volunteers']]);
    // …and people said to go out among the people to do it.
    expect(brief('77名预防溺水宣传员进村入户发放倡议书')).toEqual([[77, '名', 'volunteers']]);
    expect(brief('集结驻村工作队37人、辖区教师200余人')).toEqual([
      [37, '人', 'volunteers'],
      [200, '人', 'volunteers'],
    ]);
    // …or counted as the people who joined, the verb before them.
    expect(brief('组织义务劳动18次，参与人数730人次')).toContainEqual([730, '人次', 'volunteers']);
    // A verb of another clause sends out no one: its own clause says what these people are.
    expect(brief('组织委员全程参加会议，发展积极分子19名，确定发展对象14名')).toEqual([
      [19, '名', 'other'],
      [14, '名', 'other'],
    ]);
    expect(brief('号召大家少外出，循环播出6天，受众2万余人')).toContainEqual([20000, '人', 'other']);
  });

  it('reads cards of advice, colour pages and folded sheets handed out as leaflets', () => {
    expect(brief('此次宣传活动共发放各种安全知识宣传卡3000余份')).toEqual([[3000, '份', 'leaflets']]);
    expect(brief('累计发放医保征缴彩页1000余册')).toEqual([[1000, '册', 'leaflets']]);
    expect(brief('向群众发放消防安全折页2500张')).toEqual([[2500, '张', 'leaflets']]);
  });

  it('reads people joined by 及 as one group, and what they did after them as work done', () => {
    expect(brief('共有380名工作人员及志愿者投入一线')).toEqual([[380, '名', 'volunteers']]);
    expect(brief('本次行动共有近600人次参与')).toEqual([[600, '人次', 'volunteers']]);
    expect(brief('另有5剂快筛剂及每户口罩发放到位').map((f) => f[2])).not.toContain('masks');
  });

  it('leaves staff and cadres a verb sends out in other: they are on duty, not volunteering', () => {
    expect(brief('共出动工作人员72人次')).toEqual([[72, '人次', 'other']]);
    expect(brief('组织镇村干部32人入户走访')).toEqual([[32, '人', 'other']]);
    expect(brief('组织党员干部60人入户走访')).toEqual([[60, '人', 'volunteers']]);
    // Census takers and a utility's repair crews are staff too.
    expect(brief('全镇共出动普查人员1642名')).toEqual([[1642, '名', 'other']]);
    expect(brief('供电公司第一时间出动抢修人员96人')).toEqual([[96, '人', 'other']]);
  });

  it('continues the thing of the sentence when the noun is left out', () => {
    expect(brief('每天出动民兵10人，累计出动80余人次')).toEqual([
      [10, '人', 'volunteers'],
      [80, '人次', 'volunteers'],
    ]);
  });

  it('reads a part introduced by 其中 as the thing counted before it', () => {
    expect(brief('镇里采购口罩3万个，其中发给青山村5000个')).toEqual([
      [30000, '个', 'masks'],
      [5000, '个', 'masks'],
    ]);
  });

  it('takes a left-out noun from the object the same verb had earlier in the sentence', () => {
    expect(brief('干部挨家挨户发放宣传材料，普及防控知识，共发放12380多份。')).toEqual([[12380, '份', 'leaflets']]);
    // Not when a noun follows the number, nor from an object that had its own number.
    expect(brief('甲公司捐赠900个口罩；乙公司捐赠900颗抗力球。')).toEqual([
      [900, '个', 'masks'],
      [900, '颗', 'other'],
    ]);
  });

  it('reads fruit and vegetables as food, checkpoints called 哨卡 and the people guarding them', () => {
    expect(brief('他將200斤蓮藕、4筐橘子、8提蘋果，捐贈給鎮政府')).toEqual([
      [200, '斤', 'food'],
      [4, '筐', 'food'],
      [8, '提', 'food'],
    ]);
    expect(brief('各村共設置哨卡32個，參與守卡總人數143人')).toEqual([
      [32, '個', 'checkpoints'],
      [143, '人', 'volunteers'],
    ]);
  });

  it('reads money contributed (捐资) as given', () => {
    expect(figures('企业捐资8万元为学校添置空调')).toMatchObject([
      { quantity: 80000, category: 'donations', kind: 'donated' },
    ]);
  });

  it('reads grain, eggs of any bird and oranges of any kind as food', () => {
    expect(brief('为特别困难户发放救灾粮食1.5吨')).toEqual([[1.5, '吨', 'food']]);
    expect(brief('老板个人就捐了40箱鸭蛋，还送来脐橙20筐')).toEqual([
      [40, '箱', 'food'],
      [20, '筐', 'food'],
    ]);
  });

  it('reads 义工 and 志工 as volunteers', () => {
    expect(brief('義工20人在卡點值守')).toEqual([[20, '人', 'volunteers']]);
    expect(brief('現場有志工15人協助量體溫')).toEqual([[15, '人', 'volunteers']]);
  });

  it('reads the noun before a linking word of two characters (合计, 累计) as the thing counted', () => {
    expect(figures('发放宣传材料合计300多份')[0]).toMatchObject({ category: 'leaflets', item: '材料' });
    expect(figures('發放宣傳材料累計300多份')[0]).toMatchObject({ category: 'leaflets', item: '材料' });
  });

  it('takes no category from the subject doing the work when a noun follows the figure', () => {
    expect(brief('劝返小组先后走访了8个辍学学生家庭')).toEqual([[8, '个', 'other']]);
    expect(brief('宣传横幅悬挂50条')).toEqual([[50, '条', 'banners']]);
    expect(brief('合作社向社区居民捐赠了1.2万余斤新鲜菜薹')).toEqual([[12000, '斤', 'food']]);
  });

  it('reads drinks and ready food as food, counted by the cup, tin or box', () => {
    expect(brief('超市为值守人员送去8箱泡面、3箱香肠，又送来热饮120杯')).toEqual([
      [8, '箱', 'food'],
      [3, '箱', 'food'],
      [120, '杯', 'food'],
    ]);
    expect(brief('爱心人士捐赠30听椰汁饮料')).toEqual([[30, '听', 'food']]);
    expect(brief('商户捐赠10箱水、30桶水，另有50桶钠离水').map((f) => f[2])).toEqual(['food', 'food', 'other']);
    expect(
      brief('捐赠120瓶酒精消毒液、20件隔离衣价值达2万多元')
        .filter((f) => f[1] !== '元')
        .map((f) => f[2]),
    ).toEqual(['alcohol', 'protective-suits']);
    expect(brief('村干部还自筹3800元购买口罩发放给村民')).toEqual([[3800, '元', 'donations']]);
    expect(brief('共设置户外宣传牌46个、天桥广告10条、LED电子宣传牌6块').map((f) => f[2])).toEqual([
      'banners',
      'banners',
      'other',
    ]);
    expect(brief('为隔离户送上春节礼包300份、红茶茶包2000包')).toEqual([
      [300, '份', 'food'],
      [2000, '包', 'food'],
    ]);
    expect(brief('村民自发捐赠各类果蔬2万余斤')).toEqual([[20000, '斤', 'food']]);
  });

  it('takes what is named after the measure word before a keyword standing before the number', () => {
    expect(brief('商户为卡点值守人员送去20箱饼干')).toEqual([[20, '箱', 'food']]);
    expect(brief('向检查站工作人员送去口罩300只')).toEqual([[300, '只', 'masks']]);
  });

  it('ends the counted noun where its predicate begins, not inside a noun made from a verb', () => {
    expect(brief('全镇12支志愿宣传队主动开展宣传')).toEqual([[12, '支', 'teams']]);
    expect(brief('共设置6个劝导站')).toEqual([[6, '个', 'checkpoints']]);
    expect(find('志愿者分三组同步进行发放口罩').figures).toEqual([]);
    expect(brief('8个卡点就陆续有群众排队')).toEqual([[8, '个', 'checkpoints']]);
    expect(brief('全镇组织15支宣传队每天在各村巡回宣传')).toEqual([[15, '支', 'teams']]);
    expect(brief('她又捐赠200份点心给一线工作人员')).toEqual([[200, '份', 'food']]);
  });

  it('never takes the keyword of the thing before 和 for the thing after it', () => {
    expect(brief('捐赠防护服200件和防护镜30副')).toEqual([
      [200, '件', 'protective-suits'],
      [30, '副', 'goggles'],
    ]);
    expect(brief('街道干部接过500个口罩和60余套雨衣')).toEqual([
      [500, '个', 'masks'],
      [60, '套', 'other'],
    ]);
  });

  it('gives a noun running straight into the next figure to that figure when this one names its thing before', () => {
    expect(brief('购置防护服80套医用口罩2万个')).toEqual([
      [80, '套', 'protective-suits'],
      [20000, '个', 'masks'],
    ]);
    expect(brief('组建9支宣传队伍，购置消毒液喷雾桶80个、电子测温器90个等多种防疫设备')).toEqual([
      [9, '支', 'teams'],
      [80, '个', 'sprayers'],
      [90, '个', 'thermometers'],
    ]);
  });

  it('reads the noun after a value that describes it (240箱价值3万余元的牛奶)', () => {
    expect(brief('将240箱價值3萬餘元的牛奶、方便麵送到鎮政府')[0]).toEqual([240, '箱', 'food']);
  });

  it('reads what persuasion called off, things collected and codes promoted as work done', () => {
    expect(brief('已取消全镇10个村居报备的共计217场集体聚餐活动')).toEqual([[217, '场', 'events-cancelled']]);
    expect(brief('开展收缴工作，村民交来600多个麻将子').map((f) => f[0])).toEqual([600]);
    expect(brief('已推广申领“场所码”280余家').map((f) => f[0])).toEqual([280]);
  });

  it('reports how often something was done when it is said before the doing', () => {
    const text = '爱心人士两次共向镇政府捐赠口罩1100只，医生对87名居家隔离人员两次上门随访';
    expect(brief(text).map((f) => f[0])).toEqual([1100, 87]);
    expect(find(text).skipped.filter((s) => s.reason === 'skipped.howOften')).toHaveLength(2);
    expect(brief('全镇开展环境消杀5次').map((f) => f[0])).toEqual([5]);
  });

  it('reports what a machine or a farm can do, not what was done', () => {
    expect(figures('该乡的无人机一次可喷洒近10公斤消毒液')).toEqual([]);
    expect(figures('基地每日可收获近15吨蔬菜')).toEqual([]);
    expect(brief('每名乡民可领取防疫金1000元').map((f) => f[0])).toEqual([1000]);
  });

  it('reads 可 and 所需 inside a noun (可即食干粮, 可穿戴设备, 生活所需物资) as no capacity or need', () => {
    expect(brief('爱心人士捐赠可即食干粮、泡面等230箱').map((f) => f[0])).toEqual([230]);
    expect(brief('向居民发放可穿戴医疗设备、食品安全等科普手册2000份').map((f) => f[0])).toEqual([2000]);
    expect(brief('累计为群众采购生活所需物资40多吨').map((f) => f[0])).toEqual([40]);
    expect(figures('建设所需资金500万元')).toEqual([]);
  });

  it('reads the places that then arrange something as places (44个村安排专人消毒, 共分4个片区)', () => {
    expect(figures('全乡44个村安排专人手持喷雾器消毒')).toEqual([]);
    expect(figures('双河镇共分4个片区配送物资')).toEqual([]);
    expect(brief('动员51名志愿者奔赴街道6个片区内各个小区').map((f) => f[0])).toEqual([51]);
    expect(brief('口罩已发放给各村及七所八站')).toEqual([]);
  });

  it('reads the means the work used as work done (充分利用4个大喇叭、63个小喇叭不间断播放)', () => {
    expect(brief('充分利用乡里4个无线大喇叭、村里63个小喇叭不间断播放').map((f) => f[0])).toEqual([4, 63]);
  });

  it('reads a sampling drive’s points and samples as work done, its areas as places', () => {
    expect(brief('龙眠街道设有41个核酸检测采样点').map((f) => f[0])).toEqual([41]);
    expect(brief('全天共采集核酸样本193份').map((f) => f[0])).toEqual([193]);
    expect(brief('该镇完成1230份样本采集').map((f) => f[0])).toEqual([1230]);
    expect(figures('现场划分为等候区、采样区等6个区域')).toEqual([]);
  });

  it('reads opinions gathered by deputies and committees as work done, and money pooled for works', () => {
    expect(brief('代表与选民交流，共收集意见和建议19条')).toEqual([[19, '条', 'other']]);
    expect(brief('工作室共征集社情民意约46件')).toEqual([[46, '件', 'other']]);
    expect(brief('最终集资3万余元为村里建设太阳能路灯')).toEqual([[30000, '元', 'other']]);
  });

  it('reads points and vehicles set up or put to use as work done', () => {
    expect(brief('该镇已在各村预设了20个采样点').map((f) => f[0])).toEqual([20]);
    expect(brief('共设6个集中采样点').map((f) => f[0])).toEqual([6]);
    expect(brief('投用流动宣传车3辆')).toEqual([[3, '辆', 'other']]);
  });

  it('reads a count followed straight by another as counting the same thing', () => {
    expect(brief('企业捐赠了12件240瓶矿泉水')).toEqual([
      [12, '件', 'food'],
      [240, '瓶', 'food'],
    ]);
  });

  it('reads cash handed over, and money called charitable (爱心), as a gift', () => {
    expect(brief('他将30000元现金送到镇政府')).toEqual([[30000, '元', 'donations']]);
    expect(brief('商会送来了爱心防疫资金5000元')).toEqual([[5000, '元', 'donations']]);
  });
});

describe('findFigures: money', () => {
  it('reads 万 without 元 as money in a donation context', () => {
    const [gift] = figures('村民踊跃捐款，共筹集善款21万多');
    expect(gift).toMatchObject({ quantity: 210000, unit: '元', category: 'donations', qualifier: 'approx-more-than' });
    expect(gift!.note).toContain('21万多');
    expect(brief('共收到愛心捐款1.5萬餘')).toEqual([[15000, '元', 'donations']]);
  });

  it('leaves a bare 万 outside a money context alone', () => {
    expect(brief('全镇常住3万')).toEqual([]);
  });

  it('puts public funds in other and money handed over for donation in donations', () => {
    expect(brief('县财政拨付资金50万元')).toEqual([[500000, '元', 'other']]);
    expect(brief('几位老人带着凑齐的2万元来到镇政府，想把钱捐给武汉')).toEqual([[20000, '元', 'donations']]);
  });

  it('skips the money of economic reports, that nobody gave, allocated or handed out', () => {
    expect(brief('全县完成固定资产投资246.79亿元，同比增长8%')).toEqual([]);
    expect(skippedRaw('全县完成固定资产投资246.79亿元，同比增长8%')).toContain('246.79亿元');
  });

  it("counts a sale's or a fair's takings", () => {
    expect(brief('采摘节当天，园区销售额超过20万元')).toEqual([[200000, '元', 'other']]);
    expect(brief('据统计，庙会期间交易额达3000万元')).toEqual([[30000000, '元', 'other']]);
  });
});

describe('findFigures: rates', () => {
  it('gives a 每 figure its `per` and keeps the 每 phrase out of the category', () => {
    expect(figures('每天出动志愿者20人')[0]).toMatchObject({ quantity: 20, category: 'volunteers', per: '天' });
    expect(figures('每日出動志願者20人')[0]).toMatchObject({ quantity: 20, category: 'volunteers', per: '日' });
    expect(figures('每个卡点安排6至8人')[0]).toMatchObject({
      quantity: 6,
      quantityMax: 8,
      qualifier: 'range',
      per: '卡点',
      category: 'other',
    });
    expect(figures('每名返乡人员固定3-5人的专班')[0]).toMatchObject({ per: '返乡人员', category: 'other' });
  });

  it('ends the noun a rate is per where its predicate, an amount or a modifier begins', () => {
    const per = (text: string) => figures(text).map((f) => f.per);
    expect(per('为每个家庭送去2000元慰问金')).toEqual(['家庭']);
    expect(per('然后每一户还有10片口罩')).toEqual(['户']);
    expect(per('每个卡口平均分配1到3人')).toEqual(['卡口']);
    expect(per('奖学金每学年新台币3千元')).toEqual(['学年']);
    expect(per('高中组奖学金每名为2000元')).toEqual(['名']);
    expect(per('扶贫工作队为每家送去300元慰问金')).toEqual(['家']);
    expect(per('每个“防疫包”内含退烧药4片、口罩10个')).toEqual(['“防疫包”', '“防疫包”']);
  });

  it('reads 各 after one recipient as a rate, after several recipients or a list of things as one figure each', () => {
    expect(figures('赠辖区学校各200瓶酒精')).toEqual([
      expect.objectContaining({ quantity: 200, category: 'alcohol', per: '辖区学校' }),
    ]);
    expect(brief('张贴公开信、告知书各500份')).toEqual([
      [500, '份', 'leaflets'],
      [500, '份', 'leaflets'],
    ]);
    // What follows a joining word is the next thing listed, not the thing each got.
    expect(brief('提供桂花及茶花各1000株及有机肥200包')).toEqual([
      [1000, '株', 'other'],
      [1000, '株', 'other'],
      [200, '包', 'other'],
    ]);
    expect(figures('提供家家户户各10个口罩')).toMatchObject([{ quantity: 10, category: 'masks', per: '家家户户' }]);
    // Each thing listed takes its category from its head when no keyword names one.
    expect(brief('发放鸡蛋、馒头、橘子各1000斤')).toEqual([
      [1000, '斤', 'food'],
      [1000, '斤', 'food'],
      [1000, '斤', 'food'],
    ]);
    // Parties counted right before 各 are one kind of party: a rate per it, whatever the list before them names.
    expect(figures('小区成立了管理委员会，成员由工作人员、网格员及小区两栋楼各三名业主代表组成')).toMatchObject([
      { quantity: 2, unit: '栋' },
      { quantity: 3, unit: '名', per: '楼' },
    ]);
    // Each of several parties named got as much: one fact each, with the party.
    expect(figures('以及一连四天捐给员荣医院和员生医院各200杯拿铁咖啡')).toMatchObject([
      { quantity: 200, category: 'food', place: '员荣医院' },
      { quantity: 200, category: 'food', place: '员生医院' },
    ]);
    // …with the verb between 各 and the figure, when a preposition names them as the ones given to.
    expect(figures('爱心企业为宜川路街道、长风新村街道各送上5000斤公益蔬菜包')).toMatchObject([
      { quantity: 5000, category: 'food', place: '宜川路街道' },
      { quantity: 5000, category: 'food', place: '长风新村街道' },
    ]);
    // Givers who each gave as much are named, not counted: one figure, as the text writes it.
    expect(figures('新浚供应链和爱心人士彭瑞兴各捐赠500箱矿泉水')).toHaveLength(1);
  });
});

describe('findFigures: numbers that are never figures', () => {
  it.each([
    '印发第47号通告',
    '印发〔2020〕3号文件',
    '在3号店门口',
    '发放84消毒液',
    '佩戴N95口罩',
    '使用75%酒精',
    '500ml装洗手液',
    '5升装消毒液',
    '每天工作十多个小时',
    '24小时值守',
    '隔离14天',
    '老人65岁',
    '两个女儿还在上学',
    '一家三口',
    '二人便上岗了',
    '一名党员就是一面旗帜',
    '建立“专题研究+集中学习+谈话提醒”三位一体督责机制',
    '新增确诊病例3例',
    '青山村5组村民李某',
    '村民骑着三轮车来到卡点',
    '騎著電動三輪車',
    '設立急救站，深入霧台鄉3部落推廣教學',
    '组织演出，有语言类节目《我该去哪》、二人台《红红火火》等',
    '组织亲子运动会，还有两人三足接力赛',
    '抓住两个关键',
    '制定了两套方案',
    '防护面罩1片市价30元',
    '补贴之后，这款手机卖到1999元',
    '发放补贴后，猪肉价格13元',
    '农会补助一半，采收篮原价是320元，农民只需出160元',
  ])('%s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('counts events held in Chinese numerals straight after the verb holding them, not a turn of phrase', () => {
    expect(brief('先后在三个社区开展了三场培训讲座')).toEqual([[3, '场', 'other']]);
    expect(brief('鄉公所共舉辦三場次推廣課程')).toEqual([[3, '場次', 'other']]);
    expect(figures('三次被评为先进')).toEqual([]);
  });

  it('counts teams that compete or perform as other, not as teams of the work', () => {
    expect(brief('镇里举行广场舞比赛，9支村广场舞代表队参加')).toEqual([[9, '支', 'other']]);
    expect(brief('镇里举办拔河比赛，16支参赛队伍身着整齐的队服')).toEqual([[16, '支', 'other']]);
    expect(brief('镇里组建了9支志愿服务队')).toEqual([[9, '支', 'teams']]);
  });

  it('counts the players, shows and audience of a contest or a show put on', () => {
    expect(brief('趣味运动会成功举办，农民代表、镇机关干部等150余人同场竞技')).toEqual([[150, '人', 'other']]);
    expect(brief('演出的节目共有30多个')).toEqual([[30, '个', 'other']]);
    expect(brief('已开展春节惠民文艺演出12场。观众4000多人。')).toEqual([
      [12, '场', 'other'],
      [4000, '人', 'other'],
    ]);
    // People who merely came are no tally.
    expect(brief('近400名群众前来')).toEqual([]);
  });

  it('counts working groups as teams, their noun ending where a verb of going begins', () => {
    expect(brief('并组织农技干部成立3个指导组奔赴茶叶产业村')).toEqual([[3, '个', 'teams']]);
  });

  it('counts people recruited, trained, taken on and certified by job schemes', () => {
    expect(brief('此次培训班为期20天，共招收下岗失业人员86名')).toEqual([[86, '名', 'other']]);
    expect(brief('该乡开展了四期农村劳动力实用技术短期培训，参训学员470余人')).toContainEqual([470, '人', 'other']);
    expect(brief('已建成3个扶贫车间，吸纳安置50多名建档立卡贫困户')).toContainEqual([50, '名', 'other']);
    expect(brief('通过培训，有54位农村妇女获得电动缝纫初级操作工技能证书')).toEqual([[54, '位', 'other']]);
    // People merely named are no work done.
    expect(brief('车间里有50多名建档立卡贫困户')).toEqual([]);
  });

  it('counts one thing given, bought or sent out straight after its verb (捐赠一辆救护车), not 一 elsewhere', () => {
    expect(brief('代表公司向镇卫生院捐赠一辆救护车')).toEqual([[1, '辆', 'other']]);
    expect(brief('街道办给孤寡老人每人免费配备了一部老年手机')).toEqual([[1, '部', 'other']]);
    expect(brief('福宁宫捐赠了一辆消毒车')).toEqual([[1, '辆', 'other']]);
    expect(brief('向镇卫生院送去一辆救护车')).toEqual([]);
  });

  it('counts one thing written after its noun, closing its item as a tally does (消毒液一桶), not a set phrase', () => {
    expect(brief('企业捐赠口罩200个，消毒液一桶')).toEqual([
      [200, '个', 'masks'],
      [1, '桶', 'disinfectant'],
    ]);
    expect(brief('为贫困户送去食用油一壶和大米一袋')).toEqual([
      [1, '壶', 'food'],
      [1, '袋', 'food'],
    ]);
    expect(brief('出动安全知识宣传车一台，沿路广播')).toEqual([[1, '台', 'other']]);
    // 一 before its noun, one eaten, one a day, one household: no tally.
    expect(brief('志愿者为防控贡献一份力量')).toEqual([]);
    expect(brief('执勤的大姐尝了一个，连声道谢')).toEqual([]);
    expect(brief('每家企业都是不可缺失的一块。')).toEqual([]);
    expect(brief('水煎服，每日一剂')).toEqual([]);
    expect(brief('为困难群众送去慰问，帮扶困难户一户')).toEqual([]);
  });

  it('still counts a small number in Chinese numerals when a category or a verb of the work says what it is', () => {
    expect(brief('悬挂横幅两条')).toEqual([[2, '条', 'banners']]);
    expect(brief('发放红袖章三个')).toEqual([[3, '个', 'other']]);
  });

  it("takes a list item's kind from its own verb, not from the next item's right after it", () => {
    const text = '张贴《禁火令》100多张、发放森林防火宣传单500余份、张贴宣传标语30余张';
    expect(figures(text).map((f) => [f.quantity, f.kind])).toEqual([
      [100, 'set-up'],
      [500, 'distributed'],
      [30, 'set-up'],
    ]);
    // An item with no verb of its own takes the verb the list shares.
    expect(figures('口罩1000个、消毒液50桶已全部发放').map((f) => f.kind)).toEqual(['distributed', 'distributed']);
  });

  it('reads banners strung up (拉起, 拉挂, 挂出) or painted as set up, and the people who strung them as no banners', () => {
    expect(figures('村口拉起横幅3条，共拉挂标语12条').map((f) => [f.quantity, f.category, f.kind])).toEqual([
      [3, 'banners', 'set-up'],
      [12, 'banners', 'set-up'],
    ]);
    expect(brief('10多个志愿者拉起了横幅“献热血 作奉献”')).not.toContainEqual([10, '个', 'banners']);
    // …and so are slogans painted, and what is painted with them (刷写标语, 绘制标语和漫画).
    expect(figures('刷写标语50条，绘制防范标语300多条和200余幅安全漫画').map((f) => [f.quantity, f.kind])).toEqual([
      [50, 'set-up'],
      [300, 'set-up'],
      [200, 'set-up'],
    ]);
  });

  it('still counts the people of a village group, and what a price is quoted beside', () => {
    expect(brief('青山村5组村民捐款4000元')).toEqual([[4000, '元', 'donations']]);
    expect(brief('捐赠口罩200片，每片市价3元')).toEqual([[200, '片', 'masks']]);
  });

  it('reads 47号通告 as a document number, never as a date, and still counts what follows', () => {
    expect(brief('印发47号通告100余份')).toEqual([[100, '份', 'notices']]);
    expect(skippedRaw('印发47号通告100余份')).toEqual(['47号']);
  });
});

describe('findFigures: only work done is tallied', () => {
  it.each([
    '镇里将在村口设立卡点6处',
    '下周将陆续发放口罩3000只',
    '若每户领取口罩5只，需要准备口罩1500只',
    '公所已向县府申请额温枪20支',
    '每个小组要配备志愿者4名',
    '居民每次只能买到3片口罩',
    '该广场可容纳800人',
    '一天最大接种量达6700多剂次',
    '物资抵达后无需再分装300箱',
    '共涉及9个村，需安装暖风机6472台',
    '合作社的粮食烘干日处理能力由70吨增长到了150吨',
  ])('reports, never tallies, a plan, condition, request or possibility: %s', (text) => {
    expect(figures(text)).toEqual([]);
    expect(find(text).skipped.map((s) => s.reason)).toContain('skipped.notDone');
  });

  it('reads what was obtained by applying (申请到的) as in hand', () => {
    expect(brief('民政人员将申请到的28950元救助金兑付到受灾户手中')).toEqual([[28950, '元', 'donations']]);
  });

  it('reads the words of a quoted slogan as the slogan’s, not the sentence’s', () => {
    expect(brief('制作“出现发热症状要报告，不聚餐”等宣传标语300余幅')).toEqual([[300, '幅', 'banners']]);
  });

  it.each([
    ['将口罩2000只送到卡点', 2000], // 将 as 把: done
    ['按照要求，发放口罩2000只', 2000],
    ['将近200名志愿者参与值守', 200], // 将近: nearly
    ['这是一项重要工作，共发放口罩2000只', 2000],
    ['相关人员将会员捐款购买的口罩2000只送到环卫工人手中', 2000],
    ['在显要位置设置举报箱16个', 16], // 显要: prominent
  ])('still tallies work done: %s', (text, quantity) => {
    expect(figures(text).map((f) => f.quantity)).toEqual([quantity]);
  });

  it('reads requirements met (符合…要求的) as a noun, no demand', () => {
    expect(figures('其中符合献血要求的共73人').map((f) => f.quantity)).toEqual([73]);
  });
});

describe('findFigures: descriptions are no counts', () => {
  it('reports the villages an area has or covers and abstractions, but counts what is named after them', () => {
    expect(figures('宣传车巡回播放，实现101个村组全覆盖')).toEqual([]);
    const text = '全镇12个村、3个社区每天分6个时间段播放广播，并在5个村民小组设立卡点5个';
    expect(brief(text)).toEqual([[5, '个', 'checkpoints']]);
    expect(
      find(text)
        .skipped.filter((s) => s.reason === 'skipped.describingNoun')
        .map((s) => s.raw),
    ).toEqual(['12个', '3个', '6个', '5个']);
    // A village's groups (村民小组, 村小组) are places, not working groups (小组), whatever follows them.
    expect(brief('全镇共有427个村民小组共配备保洁员').map((f) => f[2])).not.toContain('teams');
    expect(brief('沙湾村小组的四根电线杆倒塌').map((f) => f[2])).not.toContain('teams');
    // Townships and counties counted are places too (对全县9个镇（办）…进行了督促检查).
    expect(figures('对全县9个镇（办）新农合筹资情况进行了督促检查')).toEqual([]);
  });

  it('counts a dividend paid to a village’s shareholders as other, verb or not, never a gift', () => {
    expect(brief('村里拿出12.1万元给村民分红')).toEqual([[121000, '元', 'other']]);
    expect(brief('此次分红11.55万元，大田村1155名村民人人有份')).toEqual([[115500, '元', 'other']]);
  });

  it('counts money raised or put into works the sentence names, never a report’s investment total', () => {
    expect(brief('该镇累计投资600万余元，新修农村公路5.21公里')).toEqual([[6000000, '元', 'other']]);
    expect(brief('该镇筹措资金1500多万元，用来修护水泥路9公里')).toEqual([[15000000, '元', 'other']]);
    // 装 after money opens a verb, no package size.
    expect(brief('合作社投资7万元装修厂房')).toEqual([[70000, '元', 'other']]);
    // Funds secured for works: 争取 is no striving here.
    expect(brief('争取上级财政奖补资金14万元，用于5个山塘的清淤整治')).toEqual([[140000, '元', 'other']]);
    expect(figures('争取年底前发放口罩3000个')).toEqual([]);
    expect(brief('合作社共投资305万元安装光伏板')).toEqual([[3050000, '元', 'other']]);
    expect(figures('全县固定资产投资完成246.79亿元，完成年度计划82.3%')).toEqual([]);
  });

  it('counts events after the noun of an event as held, though no verb says so', () => {
    expect(brief('此次活动共9场，涉及垃圾分类、燃气宣传')).toEqual([[9, '场', 'other']]);
    expect(brief('全年科普活动达50余场')).toEqual([[50, '场', 'other']]);
    // Occasions after no event noun say nothing was done.
    expect(figures('该村共9场')).toEqual([]);
  });

  it('counts a thing whose verb follows it after adverbs (报警器3051个已全部发放完毕)', () => {
    expect(brief('一氧化碳报警器3051个已全部发放完毕')).toEqual([[3051, '个', 'other']]);
    expect(figures('一氧化碳报警器3051个')).toEqual([]);
  });

  it('reports the themes, time slots and prizes an event is laid out in, never a tally', () => {
    expect(figures('会议围绕五个主题展开，利用早、晚两个时段开展培训')).toEqual([]);
    expect(brief('本次活动共设20个奖项，发放奖品200份')).toEqual([[200, '份', 'other']]);
  });

  it('reports the places the work was done to after 对, whatever noun follows them', () => {
    expect(figures('志愿者对全镇24个小区出入车辆进行登记')).toEqual([]);
    expect(figures('工作组对18个居民小区和6个老旧小区（平房区）开展消杀')).toEqual([]);
    expect(brief('街道对23个小区设立卡点23个')).toEqual([[23, '个', 'checkpoints']]);
    expect(brief('针对8个村级卡点远离村庄的问题，送去方便面20箱').map((f) => f[0])).toEqual([8, 20]);
  });

  it('reports a count that points back to one already stated', () => {
    const text = '组建党员宣传队9个，这9个宣传队每天巡回宣传';
    expect(brief(text)).toEqual([[9, '个', 'teams']]);
    expect(find(text).skipped).toContainEqual({ raw: '9个', reason: 'skipped.pointsBack', line: 1 });
  });

  it('reports a bound that picks out a class of gifts or people, not an amount', () => {
    const text = '已有5名村民捐出500元以上的捐款';
    expect(figures(text).filter((f) => f.unit === '元')).toEqual([]);
    expect(find(text).skipped).toContainEqual({ raw: '500元', reason: 'skipped.threshold', line: 1 });
    expect(brief('村民共捐款500元以上')).toEqual([[500, '元', 'donations']]);
    expect(figures('村民操办酒席人数限制在5桌以下，聚会控制在10人以内')).toEqual([]);
  });

  it('reports goods still on their way and gifts still to be made, and keeps money in hand to be passed on', () => {
    const text = '首批5000个口罩已经到达，第二批10000个口罩也将于近日送达';
    expect(brief(text)).toEqual([[5000, '个', 'masks']]);
    expect(find(text).skipped).toContainEqual({ raw: '10000个', reason: 'skipped.notDone', line: 1 });
    expect(brief('另有1.5万只口罩将在明天送到柯桥')).toEqual([]);
    expect(brief('共收到捐款53867元，捐赠款将统一转交县红十字会')).toEqual([[53867, '元', 'donations']]);
    expect(brief('她将1万元压岁钱捐给村里，另4万元将在管控措施解除后捐给学校')).toEqual([[10000, '元', 'donations']]);
  });

  it("takes the category from the figure's own noun before a keyword of another clause in the sentence", () => {
    const text = '悬挂反诈横幅；设置咨询台；发放图文并茂的《全民反诈手册》300余份。';
    expect(brief(text)).toEqual([[300, '份', 'leaflets']]);
  });

  it('reports every figure of a sentence that opens with a plan word', () => {
    const text = '预计在行动中将对全镇350余户养殖户进行消毒，使用消毒药品740公斤。昨日清运垃圾12吨。';
    expect(brief(text)).toEqual([[12, '吨', 'other']]);
    expect(find(text).skipped).toContainEqual({ raw: '740公斤', reason: 'skipped.notDone', line: 1 });
  });

  it('reports what follows a plan word later in the sentence, until a word turns back to what was done', () => {
    expect(figures('今年该镇计划在西薛村营造防护林，栽植苗木10万多株')).toEqual([]);
    expect(figures('市林业局今年计划免费供苗150万株，其中杉木130万株、油茶20万株')).toEqual([]);
    expect(brief('原计划发放1万份，目前已发放明白纸8000份')).toEqual([[8000, '份', 'leaflets']]);
    // …in the clause itself too: 已 after the plan word.
    expect(brief('全镇计划取暖户2582户已安装完成2000户')).toEqual([[2000, '户', 'other']]);
    expect(figures('预计10月底将完成全年2165户改厕任务')).toEqual([]);
    expect(figures('原本预期三场报名人数为150人')).toEqual([]);
    // 计划怀孕人群: people planning a pregnancy, no plan of the office.
    expect(brief('排查出计划怀孕人群，发放宣传资料3000余份')).toEqual([[3000, '份', 'leaflets']]);
    expect(brief('旅行社计划发两辆大客车，没想到报名踊跃，最后发了5辆大客车')).toEqual([[5, '辆', 'other']]);
    // A plan word in quotes names a programme.
    expect(brief('通过“十元公益计划”，全镇发放明白纸8000份')).toEqual([[8000, '份', 'leaflets']]);
    // 按计划 is no plan, and 计划处 an office.
    expect(brief('按计划，全镇发放明白纸8000份')).toEqual([[8000, '份', 'leaflets']]);
    expect(brief('县计划处科长与村民一起栽植桂花1700棵')).toEqual([[1700, '棵', 'other']]);
  });

  it('counts a clean-up drive by the places it cleaned, and cleaners as staff, not volunteers', () => {
    expect(brief('累计清理房前屋后684处、河道39处')).toEqual([
      [684, '处', 'other'],
      [39, '处', 'other'],
    ]);
    expect(brief('该镇环卫办组织辖区180余名环卫工上街清扫').map((f) => f[2])).not.toContain('volunteers');
  });

  it('reports farmland by its area, never as a tally', () => {
    const text = '全镇12.5万亩小麦抢收任务已全部完成，出动收割机270台';
    expect(brief(text)).toEqual([[270, '台', 'other']]);
    expect(find(text).skipped).toContainEqual({ raw: '12.5万亩', reason: 'skipped.land', line: 1 });
  });

  it('files relief money and grants handed out with gifts', () => {
    expect(brief('该村为35名优秀学子发放3.5万元助学金')).toEqual([[35000, '元', 'donations']]);
    expect(brief('乡公所发放慰问金2万元')).toEqual([[20000, '元', 'donations']]);
    // …and money handed out to people in need, however it is called.
    expect(brief('镇公所针对淹水超过五十公分的受灾户发放一万元')).toEqual([[10000, '元', 'donations']]);
    expect(brief('镇公所为辖区工作人员发放10000元')).toEqual([[10000, '元', 'other']]);
  });

  it('reads people counted straight after a count of teams as their members', () => {
    expect(brief('组建乡村两级应急队7支200余人')).toEqual([
      [7, '支', 'teams'],
      [200, '人', 'volunteers'],
    ]);
    expect(brief('组建应急队7支，慰问困难群众200余人').map((f) => f[2])).not.toContain('volunteers');
    // …or after a comma and the word for members.
    expect(brief('全镇共有护村行动队50多支，成员930多人')).toEqual([
      [50, '支', 'teams'],
      [930, '人', 'volunteers'],
    ]);
  });

  it('keeps machines counted by the trip whole, and reads 三轮 before a noun as a vehicle', () => {
    expect(brief('全乡共出动机械20余台次、人员340余人次')).toEqual([
      [20, '台次', 'other'],
      [340, '人次', 'volunteers'],
    ]);
    expect(brief('全镇出动19辆三轮消防摩托车提高巡查频次')).toEqual([[19, '辆', 'other']]);
  });

  it("never takes a figure's category from a keyword of another clause when the figure names its own noun", () => {
    const text = '记者从区生活物资保障组了解到，本轮共准备了13万份生活物资包';
    expect(brief(text).map((f) => f[2])).not.toContain('teams');
    // Without a noun of its own, the noun of the clause before it is what it counts.
    expect(brief('他们一早赶到基地里采摘蔬菜，共采了37筐约有2000斤，送到镇政府')).toContainEqual([2000, '斤', 'food']);
  });

  it('files money for the elderly and at New Year with gifts (福利金, 敬老钱, 红包)', () => {
    expect(brief('为80周岁以上高龄老人额外发放100元的福利金')).toEqual([[100, '元', 'donations']]);
    expect(brief('给每位老人送上新春红包200元')).toEqual([[200, '元', 'donations']]);
  });

  it('reads money presented (致赠, 赠予) as a gift given, per the person its rate names', () => {
    expect(figures('為每位關懷對象致贈1,000元')).toMatchObject([
      { quantity: 1000, unit: '元', category: 'donations', kind: 'donated', per: '關懷對象' },
    ]);
  });

  it('counts people said after their noun to be moved out of danger (32名村民开始转移)', () => {
    expect(brief('下午，河西村32名村民开始转移')).toEqual([[32, '名', 'other']]);
    expect(brief('113名村民被安全转移')).toEqual([[113, '名', 'other']]);
    // People said to be somewhere are no work done.
    expect(brief('河西村32名村民在家')).toEqual([]);
  });

  it('reads cooking oils by their plant and rice or bean noodles as food, never fuel, and coats as winter clothing', () => {
    expect(brief('本次物资共有大米81包、玉米油81桶、粉丝40箱、米粉5袋')).toEqual([
      [81, '包', 'food'],
      [81, '桶', 'food'],
      [40, '箱', 'food'],
      [5, '袋', 'food'],
    ]);
    expect(brief('调集抽水泵3台，送去柴油500升')).not.toContainEqual([500, '升', 'food']);
    // 面 and 油 alone, by the bag or the jin, are flour and cooking oil (送来两袋面, 10斤油).
    expect(brief('为每户送去了10斤油，还送来两袋面和快餐面200箱')).toEqual([
      [10, '斤', 'food'],
      [2, '袋', 'food'],
      [200, '箱', 'food'],
    ]);
    // A list closed by 等 before its number is named by its last thing (辣椒、白萝卜等5500多斤).
    expect(brief('累计发放辣椒、白萝卜等5500多斤')).toEqual([[5500, '斤', 'food']]);
    expect(brief('发放大衣90件、菜油1430斤、御寒衣物50多件')).toEqual([
      [90, '件', 'winter-clothing'],
      [1430, '斤', 'food'],
      [50, '件', 'winter-clothing'],
    ]);
  });

  it("counts call-ups, dues collected, patrols, equipment renewed, goods unloaded and tofu; not places each doing something, nor a farm's output", () => {
    expect(brief('全镇共有190名适龄青年参加体检')).toEqual([[190, '名', 'other']]);
    expect(brief('镇里举行新兵入伍欢送仪式，热烈欢送7名新兵光荣入伍')).toEqual([[7, '名', 'other']]);
    expect(brief('全镇共收缴参合资金412.14万元')).toEqual([[4121400, '元', 'other']]);
    expect(brief('通过无人机巡查辖区内各山场、田间野外共计8次')).toEqual([[8, '次', 'other']]);
    expect(brief('村里配置垃圾箱200余个，更换路灯115根')).toEqual([
      [200, '个', 'other'],
      [115, '根', 'other'],
    ]);
    expect(brief('志愿者们将50捆40000个防汛大沙袋顺利卸完')).toContainEqual([40000, '个', 'other']);
    expect(brief('联合执法队取缔校园周边流动摊点10余处')).toEqual([[10, '处', 'other']]);
    // Power works: poles put up, lamps added.
    expect(brief('供电公司紧急调配资源，架设39根电杆，镇公所已新增165盏LED路灯')).toEqual([
      [39, '根', 'other'],
      [165, '盏', 'other'],
    ]);
    expect(brief('上坪村捐赠13吨蔬菜、100件霉豆腐')).toEqual([
      [13, '吨', 'food'],
      [100, '件', 'food'],
    ]);
    // A farm's yearly output is no work done, linking words before the figure or not.
    expect(brief('村里生猪养殖年出栏2000多头')).toEqual([]);
    expect(brief('全镇组织销售，脐橙年产量约3.2万吨')).toEqual([]);
    // …nor an economy's output or income, whatever verb reaches it.
    expect(brief('村里发放慰问金5万元，全村社会总产值达到3.85亿元')).toEqual([[50000, '元', 'donations']]);
    expect(brief('村里发放慰问金5万元，村集体经济收入突破1235万元，户均增收达1万元以上')).toEqual([
      [50000, '元', 'donations'],
    ]);
    expect(brief('南园街道在辖区内10个社区各开展人口普查宣传活动')).toEqual([]);
  });

  it('counts trees planted, carcasses disposed of, books topped up, notices signed, disputes mediated, site walks, cadres sent down and drone flights', () => {
    expect(brief('青年志愿者们共种下了500株龙柏树苗')).toEqual([[500, '株', 'other']]);
    expect(brief('当天上午，共栽下100多棵树苗')).toEqual([[100, '棵', 'other']]);
    expect(brief('现共处理养殖户27户615头死亡生猪')).toContainEqual([615, '头', 'other']);
    expect(brief('此次活动，全镇共补充书籍2000余册')).toEqual([[2000, '册', 'other']]);
    expect(brief('要求限期整改3家，签订整改通知书16家')).toEqual([[16, '家', 'other']]);
    expect(brief('目前，全镇网格员共计调解矛盾纠纷20余件')).toEqual([[20, '件', 'other']]);
    // An order to put right is served on a business: no public notice.
    expect(brief('发出限期整改通知书208份，张贴通告30份')).toEqual([
      [208, '份', 'other'],
      [30, '份', 'notices'],
    ]);
    expect(brief('镇领导班子成员实地踏勘雨情、水情81人次，镇村干部下沉一线610余人次')).toEqual([
      [81, '人次', 'other'],
      [610, '人次', 'other'],
    ]);
    expect(brief('目前无人机已飞行15次')).toEqual([[15, '次', 'other']]);
    // The same counts with no work said are described, not tallied.
    expect(brief('园区有500株龙柏树苗')).toEqual([]);
  });

  it('reports targets, standards, averages and maxima of a census as no amounts done', () => {
    const text =
      '全镇应登记5484户，每个普查小区任务高于80户250人标准，平均在100户左右，最高达到140户，入户普查登记135户';
    expect(brief(text)).toEqual([[135, '户', 'other']]);
    const reasons = find(text).skipped.map((s) => [s.raw, s.reason]);
    expect(reasons).toContainEqual(['5484户', 'skipped.notDone']);
    expect(reasons).toContainEqual(['80户', 'skipped.threshold']);
    expect(reasons).toContainEqual(['100户', 'skipped.statistic']);
    expect(reasons).toContainEqual(['140户', 'skipped.statistic']);
    // …and the most and least a shareholder received.
    const dividends = find('今天发放分红，分红最高的800元，最低的571元，最高的领到了7万多元').skipped;
    expect(dividends.map((s) => s.reason)).toEqual(['skipped.statistic', 'skipped.statistic', 'skipped.statistic']);
    // …and an average per household or head, a few words after 户均 or 人均.
    expect(find('补助对象户均获补贴4297元，人均销售额超100元').skipped.map((s) => s.reason)).toEqual([
      'skipped.statistic',
      'skipped.statistic',
    ]);
  });

  it('reports money per meal, dose, area or weight as a price or a standard, not money given', () => {
    const text = '长者就餐每餐10元，狂犬病疫苗注射费用每剂200元，水稻保额提高到每亩600元，为每户送去慰问金500元';
    expect(brief(text)).toEqual([[500, '元', 'donations']]);
    // Money given per meal says so.
    expect(figures('为高龄老人就餐每餐补助5元')).toMatchObject([{ quantity: 5, per: '餐' }]);
    // Money per weight is what produce sells for.
    expect(brief('鲜姜价格为每斤3元左右，收购价每公斤只有1元')).toEqual([]);
    expect(
      find(text)
        .skipped.filter((s) => s.reason === 'skipped.unitPrice')
        .map((s) => s.raw),
    ).toEqual(['10元', '200元', '600元']);
  });

  it('reports money straight after a weight as its price (火龙果10斤25元)', () => {
    expect(brief('志愿者为居民送去火龙果，每一份10斤25元')).toEqual([]);
    expect(find('志愿者为居民送去火龙果，每一份10斤25元').skipped).toContainEqual({
      raw: '25元',
      reason: 'skipped.unitPrice',
      line: 1,
    });
  });

  it('counts couplets written for villagers, buildings pulled down and vehicles impounded as work done', () => {
    expect(brief('书法家们为村民免费书写春联300余幅，送去福字200多个')).toEqual([
      [300, '幅', 'other'],
      [200, '个', 'other'],
    ]);
    expect(brief('青山镇已拆除河道乱建10座，查扣车辆25台')).toEqual([
      [10, '座', 'other'],
      [25, '台', 'other'],
    ]);
  });

  it('counts repairs done and matters handled for residents as work done', () => {
    expect(brief('供电所连夜抢修线路12条，修复变压器3台')).toEqual([
      [12, '条', 'other'],
      [3, '台', 'other'],
    ]);
    expect(brief('便民服务中心累计受理群众诉求32件，代办事项150件')).toEqual([
      [32, '件', 'other'],
      [150, '件', 'other'],
    ]);
  });

  it('files money spent on works as other, whatever aid its sentence names', () => {
    expect(brief('其中财政补助资金项目17个，资金投入约680万元')).toEqual([[6800000, '元', 'other']]);
  });

  it("counts an investment drive's projects signed or started and their money, never a report's investment total", () => {
    expect(brief('青山街道集中签约3个招商引资项目，协议投资额达2亿元')).toEqual([
      [3, '个', 'other'],
      [200000000, '元', 'other'],
    ]);
    expect(brief('青山镇此次集中动工的项目共13个，总投资超30亿元')).toEqual([
      [13, '个', 'other'],
      [3000000000, '元', 'other'],
    ]);
    expect(brief('全县固定资产投资完成246.79亿元')).toEqual([]);
  });

  it('counts channels built or dredged, fake goods destroyed and goods exchanged for points as work done', () => {
    expect(brief('湍河街道共计修建、加固沟渠12条')).toEqual([[12, '条', 'other']]);
    expect(brief('此次活动共对3个水渠闸口进行清淤')).toEqual([[3, '个', 'other']]);
    expect(brief('这次现场共销毁各类假冒伪劣商品共计1.3吨')).toEqual([[1.3, '吨', 'other']]);
    expect(brief('此次活动共兑换5个电磁炉、9桶洗衣液')).toEqual([
      [5, '个', 'other'],
      [9, '桶', 'other'],
    ]);
  });

  it('counts the things a verb after their noun says the work was done to, once finished or already done', () => {
    expect(brief('很快，小巧明亮的20盏路灯全部安装完成')).toEqual([[20, '盏', 'other']]);
    expect(brief('目前，7处消防隐患已经整改')).toEqual([[7, '处', 'other']]);
    expect(brief('经过努力，全镇200余名贫困学生全部走访一遍')).toEqual([[200, '名', 'other']]);
    expect(brief('景区的20盏路灯十分明亮')).toEqual([]);
  });

  it('reads a count written in two units of one class (74台/套) as one count, no rate; a weight per bag is a size', () => {
    const found = find('该镇已拆除燃煤锅炉74台/套，发放大米1.5公斤/包');
    expect(found.figures.map((f) => [f.quantity, f.unit, f.per])).toEqual([[74, '台', undefined]]);
    expect(found.skipped.map((s) => [s.raw, s.reason])).toEqual([['1.5公斤', 'skipped.packageSize']]);
  });

  it('counts people doing the work, maybe together, as mobilised; never the people it was done for or moved', () => {
    expect(brief('当天，村民50余人清理河道垃圾')).toEqual([[50, '人', 'volunteers']]);
    expect(brief('当天，村民50余人共同清理河道垃圾')).toEqual([[50, '人', 'volunteers']]);
    expect(brief('为200名居民发放口罩')).toEqual([]);
    expect(brief('镇里组织人员对30名老人进行走访')).toEqual([]);
    expect(brief('长兴村共有55人转移到安全地点')).toEqual([[55, '人', 'other']]);
  });

  it('counts water trucked in and trucks hired in a drought; a kettle is no spray pot', () => {
    expect(brief('消防救援大队已为村上送水300余吨')).toEqual([[300, '吨', 'other']]);
    expect(brief('烟草公司雇请3台送水车保障烟农用水')).toEqual([[3, '台', 'other']]);
    expect(brief('为残疾人家庭送去棉被40套、电水壶12个、喷壶20个')).toEqual([
      [40, '套', 'other'],
      [12, '个', 'other'],
      [20, '个', 'sprayers'],
    ]);
  });

  it('counts wages recovered for workers, paid out on their behalf or settled in a dispute; never wages owed', () => {
    expect(brief('青山镇成功为74名农民工追回被拖欠工资共计1044万元')).toEqual([[10440000, '元', 'other']]);
    expect(brief('经调解，朱某代李某垫付了17360元工人工资')).toEqual([[17360, '元', 'other']]);
    expect(brief('中心牵头化解一起涉及53名民工、金额14万余元的欠薪纠纷')).toContainEqual([140000, '元', 'other']);
    expect(brief('某工地拖欠53名民工工资14万余元')).toEqual([]);
  });

  it('reports what a meal costs or a canteen charges as a price, and cuts a rate noun at 的 or 共', () => {
    expect(find('长者食堂每餐的伙食费为6.5元').skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['6.5元', 'skipped.unitPrice'],
    ]);
    expect(find('一般戶僅酌收新台幣30元').skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['30元', 'skipped.unitPrice'],
    ]);
    expect(figures('拍摄组为老人打印照片4100多版，每版共18张').map((f) => [f.quantity, f.per])).toContainEqual([
      18,
      '版',
    ]);
  });

  it('counts hazards put right, and reports shows still to be held (还将…举办9场) as not done', () => {
    expect(brief('行动中累计整改飞线隐患62处')).toEqual([[62, '处', 'other']]);
    expect(find('文艺演出还将深入社区、农村、企业举办9场活动').skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['9场', 'skipped.notDone'],
    ]);
  });

  it("counts a partner town's aid money handed over as donations, and reports what an agreement only promises", () => {
    expect(brief('横沥镇已先后拨付75万元帮扶资金至扎木镇')).toEqual([[750000, '元', 'donations']]);
    expect(find('双方约定年底之前再拨付35万元帮扶资金').skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['35万元', 'skipped.notDone'],
    ]);
    // A budget set aside is planned money, the gift beside it money given.
    expect(brief('县政府特别编列225万元预算，基金会也捐赠90万元')).toEqual([[900000, '元', 'donations']]);
    // What a check found still needing work (需增设标示牌23处) is not done.
    expect(find('需增设标示牌23处').skipped.map((s) => [s.raw, s.reason])).toEqual([['23处', 'skipped.notDone']]);
  });

  it('reports a wage, a price or a rent as money nobody handed out, but counts money handed out per household', () => {
    for (const text of ['合作社每天工钱80元', '每个大棚年租金只要2500元']) {
      expect(find(text).skipped.map((s) => [s.raw.replace(/^\D+/u, ''), s.reason])).toContainEqual([
        expect.stringMatching(/元$/u),
        'skipped.moneyUnnamed',
      ]);
      expect(figures(text)).toEqual([]);
    }
    expect(find('茶叶每斤最高卖到30元').skipped.map((s) => [s.raw, s.reason])).toEqual([['30元', 'skipped.unitPrice']]);
    expect(figures('为困难户每户发放慰问金500元')).toMatchObject([{ quantity: 500, unit: '元', per: '户' }]);
  });

  it('reports what the work is to ensure (确保每个投放点覆盖10户) as not done, but not what it ensured (确保了)', () => {
    expect(find('确保每个投放点设置分类垃圾桶4个').skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['4个', 'skipped.notDone'],
    ]);
    expect(brief('确保了每个投放点设置分类垃圾桶4个')).toEqual([[4, '个', 'other']]);
  });

  it('counts goods seized as other, kept as work done, and reads the safety of food as no food', () => {
    expect(brief('共收缴山寨饼干3箱、饮料68罐、薯条38包')).toEqual([
      [3, '箱', 'other'],
      [68, '罐', 'other'],
      [38, '包', 'other'],
    ]);
    expect(brief('检查组与商户签定食品安全保证书43份')).toEqual([[43, '份', 'other']]);
    // A team does the seizing: it is a team.
    expect(brief('分10个工作组入村逐户收缴散煤')).toEqual([[10, '个', 'teams']]);
  });

  it('counts machines mobilised for a drill, and reports what a store can meet as a capacity', () => {
    expect(brief('此次演练共调动挖掘机1台、割草机25台')).toEqual([
      [1, '台', 'other'],
      [25, '台', 'other'],
    ]);
    expect(find('物资能完全满足3000人临时转移安置需求').skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['3000人', 'skipped.notDone'],
    ]);
  });

  it("counts money a person takes out to give as a donation, and a live stream's turnover as takings", () => {
    expect(brief('得知学校缺少电脑后，他当即拿出2万元用于改善教学条件')).toEqual([[20000, '元', 'donations']]);
    expect(brief('短短2个小时的直播，成交金额达3700余元')).toEqual([[3700, '元', 'other']]);
  });

  it("reports a page's or a video's view counter, not work done", () => {
    expect(find('网上展播的点击量达7000多人次').skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['7000多人次', 'skipped.viewCounter'],
    ]);
  });

  it('ends the noun after the measure word at a total or at what the counted did (15处劝导站共受理咨询85次)', () => {
    expect(brief('全乡15处劝导站共受理咨询85次')).toEqual([
      [15, '处', 'checkpoints'],
      [85, '次', 'other'],
    ]);
    expect(brief('全乡设立15处劝导站点')).toEqual([[15, '处', 'checkpoints']]);
  });

  it('reports what a disaster or a glut caused, not the work that answers it', () => {
    expect(brief('持续降雨导致近300吨鲜姜滞销')).toEqual([]);
    expect(find('洪水造成12座便桥冲毁').skipped.map((s) => [s.raw, s.reason])).toEqual([['12座', 'skipped.notDone']]);
    expect(brief('镇里组织干部帮助销售，已销售鲜姜300吨')).toEqual([[300, '吨', 'other']]);
  });

  it('reports a weight straight before money as part of its price (3公斤18元), not a weight sold or given', () => {
    const text = '电商平台推出3公斤18元的生姜包邮活动，当天销量就突破了2500公斤';
    expect(brief(text)).toEqual([[2500, '公斤', 'other']]);
    expect(find(text).skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['3公斤', 'skipped.unitPrice'],
      ['18元', 'skipped.unitPrice'],
    ]);
  });

  it('reports a price in spoken yuan and the weight of each bag, not amounts handed out', () => {
    const text = '菜场里猪肉13块1斤，社区发放蔬菜包3000份，每包重约15斤';
    expect(brief(text)).toEqual([[3000, '份', 'food']]);
    const reasons = find(text).skipped.map((s) => [s.raw, s.reason]);
    expect(reasons).toContainEqual(['13块', 'skipped.unitPrice']);
    expect(reasons).toContainEqual(['15斤', 'skipped.packageSize']);
    // …said of one package without 每 (这份蔬菜包重量在6斤左右), but never a total weighed (共收集垃圾重达3吨).
    expect(find('这份蔬菜包重量在6斤左右').skipped.map((s) => s.reason)).toEqual(['skipped.packageSize']);
    expect(brief('共收集垃圾重达3吨')).toEqual([[3, '吨', 'other']]);
  });

  it('counts supplies stocked as work done, whatever they are', () => {
    expect(brief('截至目前，青山乡储备充电机5台、对讲机40余部')).toEqual([
      [5, '台', 'other'],
      [40, '部', 'other'],
    ]);
  });

  it('reports a loss or a sum defrauded instead of tallying it as money', () => {
    const text = '发放反诈宣传单2000份，避免群众财产损失约15万元';
    expect(brief(text)).toEqual([[2000, '份', 'leaflets']]);
    expect(find(text).skipped).toContainEqual({ raw: '15万元', reason: 'skipped.loss', line: 1 });
    expect(figures('为群众挽回经济损失5万元')).toEqual([]);
    // …and money said lost after it (化为灰烬, 被盗).
    expect(figures('一场大火中，家里存放的十几万元现金也化为了灰烬')).toEqual([]);
  });

  it('reports places named right before a figure that has no noun after it', () => {
    const text = '划分责任片区6个，发放宣传单3000份';
    expect(brief(text)).toEqual([[3000, '份', 'leaflets']]);
    expect(find(text).skipped).toContainEqual({ raw: '6个', reason: 'skipped.describingNoun', line: 1 });
    // A place the figure went to is no count of places.
    expect(brief('采购口罩3万个，其中发给青山社区5000个')).toContainEqual([5000, '个', 'masks']);
  });

  it('reads the noun inside quotes or a title before the figure, and keeps the quoted name whole', () => {
    const [leaflets] = figures('到周边商铺发放“扫黑除恶专项斗争相关宣传材料”1000余份');
    expect(leaflets).toMatchObject({ quantity: 1000, unit: '份', category: 'leaflets' });
    expect(leaflets!.item).toBe('“扫黑除恶专项斗争相关宣传材料”');
    expect(brief('发放图文并茂的《全民反诈手册》300余份')).toEqual([[300, '份', 'leaflets']]);
  });

  it('reports money in another currency instead of tallying it as 元', () => {
    for (const text of [
      '该村将筹集的6万港币赠送给学校',
      '侨胞捐赠500美元',
      '乡贤捐赠港币2万元',
      '侨胞捐出泰币718.8万铢',
    ]) {
      expect(figures(text)).toEqual([]);
      expect(find(text).skipped.map((s) => s.reason)).toContain('skipped.foreignCurrency');
    }
    expect(brief('乡贤捐赠善款2万元')).toEqual([[20000, '元', 'donations']]);
  });

  it('reports the size of each group after 每, and still counts the groups', () => {
    expect(figures('志愿者们两人一组，逐户敲门')).toEqual([]);
    const text = '街道集合志愿者80名，每2人一组入户排查';
    expect(brief(text)).toEqual([[80, '名', 'volunteers']]);
    expect(find(text).skipped.map((s) => s.reason)).toContain('skipped.groupSize');
  });

  it('reports batches, and counts what they brought', () => {
    const text = '爱心企业分两批捐赠口罩3000只';
    expect(brief(text)).toEqual([[3000, '只', 'masks']]);
    expect(find(text).skipped.map((s) => s.reason)).toContain('skipped.batches');
  });

  it('reports the ends of a range of many separate amounts', () => {
    expect(figures('村民纷纷捐款，从20元到500元不等')).toEqual([]);
  });

  it('reads 四轮 as a vehicle and a village group as a place', () => {
    expect(brief('出动铲车14台次、小四轮10台次')).toEqual([
      [14, '台次', 'other'],
      [10, '台次', 'other'],
    ]);
    expect(figures('为5个村小组每日送水')).toEqual([]);
    expect(figures('服务范围从原本6个社区增加为10个社区外')).toEqual([]);
  });

  it('counts people said to join the work as the people mobilised, and prize money as a grant', () => {
    expect(brief('全体镇干部、共青团员等200多人参加了这次植树活动')).toEqual([[200, '人', 'volunteers']]);
    expect(brief('社区环保竞赛第一名获颁3万元奖金')).toEqual([[30000, '元', 'donations']]);
  });

  it('counts the electors and the elected of an election', () => {
    expect(brief('全镇登记选民34157人，参加投票31088人，选举产生委员51人')).toEqual([
      [34157, '人', 'other'],
      [31088, '人', 'other'],
      [51, '人', 'other'],
    ]);
  });

  it('counts works and services done', () => {
    expect(brief('全镇危房改造93户，修缮加固50户')).toEqual([
      [93, '户', 'other'],
      [50, '户', 'other'],
    ]);
    expect(brief('全乡共接待游客8万余人次')).toEqual([[80000, '人次', 'other']]);
  });

  it('counts the work of job fairs and training', () => {
    expect(brief('参加培训学员达到103名')).toEqual([[103, '名', 'other']]);
    expect(brief('今年已向外地输出劳务人员450人')).toEqual([[450, '人', 'other']]);
    expect(brief('新建各类合作社20个')).toEqual([[20, '个', 'other']]);
  });

  it('counts vehicles put to work, with or without a verb of the work', () => {
    expect(brief('运用60余台宣传车进行流动宣传')).toEqual([[60, '台', 'other']]);
    expect(brief('聘请4辆公共汽车循环接送群众')).toEqual([[4, '辆', 'other']]);
    expect(brief('10辆宣传车划区包片')).toEqual([[10, '辆', 'other']]);
  });

  it('counts vehicles as other whatever keyword stands near', () => {
    expect(brief('出动宣传车8辆、消毒车2辆')).toEqual([
      [8, '辆', 'other'],
      [2, '辆', 'other'],
    ]);
  });

  it('reads uncategorised things put to work by the verbs of publicity work', () => {
    expect(brief('全镇先后取消婚丧宴操办30户')).toEqual([[30, '户', 'events-cancelled']]);
    // A banquet held, no word of calling it off in its sentence, is no gathering called off.
    expect(brief('重阳节当天，镇里为老人共设宴席30桌')).toEqual([[30, '桌', 'other']]);
    expect(brief('召开群众会20余场，劝导制止违规整酒8起')).toEqual([
      [20, '场', 'other'],
      [8, '起', 'events-cancelled'],
    ]);
    expect(brief('镇里在高速口、国道口等5处设立服务点')).toEqual([[5, '处', 'other']]);
    expect(brief('街道共装饰宣传车9辆，安装小喇叭40台')).toEqual([
      [9, '辆', 'other'],
      [40, '台', 'other'],
    ]);
  });

  it('counts households visited and vaccine doses given, by the verb of the work', () => {
    expect(brief('春节前共走访慰问困难群众家庭120户')).toEqual([[120, '户', 'other']]);
    expect(brief('镇村干部上门看望独居老人35户')).toEqual([[35, '户', 'other']]);
    expect(brief('当日全乡共接种加强针420针次')).toEqual([[420, '针次', 'other']]);
    // Without a verb of the work they only describe.
    expect(figures('辖区内低收入户共有120户')).toEqual([]);
  });

  it('counts firms, shops and workers back at work after a lockdown', () => {
    expect(brief('全街道复工企业共17家，返岗员工600余人')).toEqual([
      [17, '家', 'other'],
      [600, '人', 'other'],
    ]);
    expect(brief('检查辖区1500多家门店')).toEqual([[1500, '家', 'other']]);
    // People with no work in their clause are still no tally.
    expect(figures('全街道有常住人口600余人')).toEqual([]);
  });

  it('counts poppies rooted out, vehicles checked and tents loaded', () => {
    expect(brief('发现并铲除罂粟苗80余株，共查验车辆184辆次，装载帐篷300顶')).toEqual([
      [80, '株', 'other'],
      [184, '辆次', 'other'],
      [300, '顶', 'other'],
    ]);
  });

  it('counts sandbags filled and machines dispatched in flood work', () => {
    expect(brief('此次抢险共装填沙袋2000余个，调度挖机3台，调集冲锋舟4艘')).toEqual([
      [2000, '个', 'other'],
      [3, '台', 'other'],
      [4, '艘', 'other'],
    ]);
  });

  it('counts warnings broadcast (播发) as work done', () => {
    expect(brief('已累计播发辖区天气预警信息及防汛安全小知识724条次')).toEqual([[724, '条次', 'other']]);
  });

  it('counts boats, people moved out of danger, things printed and places 对 a check was made on', () => {
    expect(brief('出动冲锋舟3艘、橡皮艇2艘')).toEqual([
      [3, '艘', 'other'],
      [2, '艘', 'other'],
    ]);
    expect(brief('连夜转移群众796人')).toEqual([[796, '人', 'other']]);
    expect(brief('全乡受灾人口达8000余人，紧急转移安置人口1500余人')).toEqual([[1500, '人', 'other']]);
    expect(brief('印制保证书2000份')).toEqual([[2000, '份', 'other']]);
    expect(brief('对辖区300多家企业进行了清查')).toEqual([[300, '家', 'other']]);
    expect(figures('辖区有300多家企业')).toEqual([]);
  });

  it('counts what 将 or 把 puts before the verb that handles it, and no more than that', () => {
    expect(brief('镇干部将96本《卫生健康历书》送到了农户手中')).toEqual([[96, '本', 'other']]);
    expect(brief('他把500公斤玫瑰香橙捐献给了医务工作者')).toEqual([[500, '公斤', 'food']]);
    expect(figures('镇里将近300户村民')).toEqual([]);
  });

  it('counts blood donors and blood given, donors never as people the office sent out', () => {
    expect(brief('共有58人成功献血，采血量20000毫升')).toEqual([
      [58, '人', 'other'],
      [20000, '毫升', 'other'],
    ]);
    expect(brief('街道组织辖区居民献血49人次')).toEqual([[49, '人次', 'other']]);
    expect(brief('街道组织辖区居民巡逻49人次')).toEqual([[49, '人次', 'volunteers']]);
    expect(brief('街道组织80名居民献热血')).toEqual([[80, '名', 'other']]);
    // …whoever the sentence says took part before them (组织…志愿者和居民开展集中献血活动，共有65人捐献热血).
    expect(brief('街道组织机关的志愿者和居民开展集中献血活动，共有65人捐献热血')).toEqual([[65, '人', 'other']]);
    // …and so are people screened, unless the text calls them volunteers (培训了50名新志工).
    expect(brief('社区组织志愿者上门宣传，共计有747人登记筛检')).toContainEqual([747, '人', 'other']);
    expect(brief('协会积极招募并培训了50名新志工')).toEqual([[50, '名', 'volunteers']]);
    // Donors counted with no verb before them, the act after them (有112位村民献血): the drive's result.
    expect(brief('据统计，有112位村民献血')).toEqual([[112, '位', 'other']]);
  });

  it('counts job seekers and trainees, never as people the office sent out', () => {
    expect(brief('街道组织辖区居民参与，当天有300余人参加了招聘会')).toEqual([[300, '人', 'other']]);
    expect(brief('共有60位学员报名参加培训班')).toEqual([[60, '位', 'other']]);
    expect(brief('共有60位志愿者报名参加巡逻')).toEqual([[60, '位', 'volunteers']]);
  });

  it('reports a rank that picks out people (前30名), and still counts people present now (目前)', () => {
    expect(figures('超市赞助前30名捐血者每人一份礼品')).toEqual([]);
    expect(brief('目前已出动59名志愿者')).toEqual([[59, '名', 'volunteers']]);
  });

  it('reports a series of bare amounts trailing off as examples, not gifts', () => {
    const text = '“100元、200元、500元……”干部纷纷捐款，共募集善款18820元';
    expect(brief(text)).toEqual([[18820, '元', 'donations']]);
    expect(find(text).skipped.filter((s) => s.reason === 'skipped.amountsVary')).toHaveLength(3);
  });

  it('reports the amounts a "whether … or …" names as examples, and tallies what follows its 都', () => {
    const text = '老乡们纷纷捐款，无论是200元还是5000元，都是心意，共捐款36600元';
    expect(brief(text)).toEqual([[36600, '元', 'donations']]);
    expect(find(text).skipped.filter((s) => s.reason === 'skipped.amountsVary')).toHaveLength(2);
  });

  it('takes the last 每 before a figure, without the thing counted, for what the rate is per', () => {
    expect(figures('就餐按60岁以下每餐补助10元、80岁以上每餐补助6元').map((f) => f.per)).toEqual(['餐', '餐']);
    expect(figures('采购每人5剂快筛剂及每户口罩2盒').map((f) => [f.per, f.category])).toEqual([
      ['人', 'other'],
      ['户', 'masks'],
    ]);
  });

  it('reports what the people served pay as a price, and files subsidies paid with gifts', () => {
    const text = '每户群众缴纳300元，政府每户补贴100元';
    expect(figures(text).map((f) => [f.quantity, f.category, f.per])).toEqual([[100, 'donations', '户']]);
    expect(find(text).skipped).toContainEqual({ raw: '300元', reason: 'skipped.unitPrice', line: 1 });
    expect(figures('老人最低只需自费11.5元即可享用午餐')).toEqual([]);
  });

  it('keeps a gloss in brackets in the noun a rate is per', () => {
    expect(figures('每村（社区）配备1-2台铲车')).toMatchObject([{ quantity: 1, quantityMax: 2, per: '村（社区）' }]);
  });

  it('counts animals by 头 and 羽 and plants by 株 and 棵 when work is done on them, never a standing stock', () => {
    expect(brief('春防期间共免疫生猪1200头、家禽3万羽，栽植樱花树200株、桂花150棵')).toEqual([
      [1200, '头', 'other'],
      [30000, '羽', 'other'],
      [200, '株', 'other'],
      [150, '棵', 'other'],
    ]);
    // 头份 is the vaccine's own measure, 头盔 a helmet, 羽绒服 a down coat: never animals.
    expect(brief('发放口蹄疫疫苗5000头份')).toEqual([[5000, '头份', 'other']]);
    expect(brief('为骑手发放头盔200个')).toEqual([[200, '个', 'other']]);
    expect(figures('全镇生猪存栏4万余头，果园现有果树5000棵')).toEqual([]);
  });

  it('counts what fairs and livestock work report by their own verbs (吸引, 出租, 补栏, 审批)', () => {
    expect(brief('桃花节共吸引游客40万人次，出租摊位176个')).toEqual([
      [400000, '人次', 'other'],
      [176, '个', 'other'],
    ]);
    expect(brief('截至目前，审批13份生猪调运申请表，补栏填槽5000余头')).toEqual([
      [13, '份', 'other'],
      [5000, '头', 'other'],
    ]);
    // The same counts without the work are a description.
    expect(figures('景区有游客40万人次，摊位176个')).toEqual([]);
  });

  it('reads a rate written with a slash after the figure as per what the slash names, before any 每', () => {
    expect(figures('每人就餐补贴3元/天')).toMatchObject([{ quantity: 3, unit: '元', per: '天' }]);
    expect(figures('提供每户2包白米（1.5公斤/包）')).toMatchObject([{ quantity: 2, unit: '包', per: '户' }]);
    expect(find('提供每户2包白米（1.5公斤/包）').skipped).toContainEqual({
      raw: '1.5公斤',
      reason: 'skipped.packageSize',
      line: 1,
    });
  });

  it('counts what the work was done for after 为, but not people served nor places each of which got something', () => {
    expect(brief('工作人员现场为60余只犬免费接种疫苗')).toEqual([[60, '只', 'other']]);
    expect(brief('为辖区1000多家企业开展燃气安全排查')).toEqual([[1000, '家', 'other']]);
    expect(brief('为辖区10个社区各配送图书107册').map((f) => f[0])).toEqual([107]);
    // People are recipients (为200名居民发放口罩, tested above); 作为 is no preposition of the work.
    expect(figures('作为全镇135名环卫工的代表发言')).toEqual([]);
  });

  it('reads a noun through a rounding word before the number, and meals as food', () => {
    expect(brief('发放宣传材料近5000份')).toEqual([[5000, '份', 'leaflets']]);
    expect(brief('累计送出逾3380份爱心午餐')).toEqual([[3380, '份', 'food']]);
  });

  it('counts the people of a team formed as people mobilised', () => {
    expect(brief('组建120人抗洪抢险突击连、1000人抢险队')).toEqual([
      [120, '人', 'volunteers'],
      [1000, '人', 'volunteers'],
    ]);
    expect(brief('组建民兵应急连2个')).toEqual([[2, '个', 'teams']]);
    // 连 alone is the adverb "even", no company.
    expect(brief('考评组走访3个里，连1根烟蒂也可能扣分').map(([, , category]) => category)).not.toContain('teams');
  });

  it('reads 西西 as millilitres, never as money', () => {
    expect(brief('当天共募集捐款2万元，采集鲜血3万5千西西')).toEqual([
      [20000, '元', 'donations'],
      [35000, '西西', 'other'],
    ]);
  });

  it('reports a minimum or a limit set as a rule, not work done', () => {
    for (const text of ['各村张贴标语不低于500幅', '口罩每人限购2片', '每次仅开放5位民众入内']) {
      expect(figures(text)).toEqual([]);
      expect(find(text).skipped.map((s) => s.reason)).toContain('skipped.notDone');
    }
  });

  it('reports the people a place or body has, and counts the members of teams it has', () => {
    for (const text of [
      '该村现有党员86名，全部参与值守',
      '社区拥有130多名党员',
      '全村现有党员86名，其中无职党员32名',
    ]) {
      expect(find(text).skipped).toContainEqual({
        raw: text.match(/\d+多?名/u)![0],
        reason: 'skipped.groupTotal',
        line: 1,
      });
    }
    expect(brief('全镇拥有巡逻队12支160余人')).toEqual([
      [12, '支', 'teams'],
      [160, '人', 'volunteers'],
    ]);
  });

  it('reads the head of a noun a linking word runs on from', () => {
    expect(brief('组建34个党员应急队共124人')).toEqual([
      [34, '个', 'teams'],
      [124, '人', 'volunteers'],
    ]);
    expect(brief('悬挂宣传挂画10幅，发放各类宣传物料300余份，配发消毒片20千克、漂白粉50公斤')).toEqual([
      [10, '幅', 'banners'],
      [300, '份', 'leaflets'],
      [20, '千克', 'disinfectant'],
      [50, '公斤', 'disinfectant'],
    ]);
  });

  it('reads a verb straight after the measure word, before a noun the unit counts, as part of the noun', () => {
    expect(brief('制作10多条推广条幅，悬挂在各主要道路口')).toEqual([[10, '条', 'banners']]);
    expect(brief('志愿者20人发放口罩')).toEqual([[20, '人', 'volunteers']]);
  });

  it('reads an adverb after a place noun as the start of its predicate (在12个乡镇大力实施…)', () => {
    expect(find('县里在12个乡镇大力实施太阳能路灯亮化工程').skipped.map((s) => [s.raw, s.reason])).toEqual([
      ['12个', 'skipped.describingNoun'],
    ]);
  });

  it('counts the players of a contest as other, never as people mobilised', () => {
    expect(brief('共有24个代表队49名队员参加比赛')).toEqual([[49, '名', 'other']]);
    expect(brief('全镇300多名志愿者参加植树活动')).toEqual([[300, '名', 'volunteers']]);
  });

  it('counts banners and posters taken down as other, not as banners put up', () => {
    expect(brief('此次行动共铲除小广告300余条，清除各类标语70多条')).toEqual([
      [300, '条', 'other'],
      [70, '条', 'other'],
    ]);
    expect(brief('悬挂横幅标语70多条')).toEqual([[70, '条', 'banners']]);
  });

  it("counts a drive's wall charts, picture boards and signs as banners, a notice board as other", () => {
    expect(brief('现场张贴科普挂图10幅，设立宣传教育标识15块')).toEqual([
      [10, '幅', 'banners'],
      [15, '块', 'banners'],
    ]);
    expect(brief('设立宣传栏16个')).toEqual([[16, '个', 'other']]);
  });

  it('reads a verb followed by 工 as part of a noun (排查工作小组)', () => {
    expect(brief('成立1个镇排查工作小组和11个村排查工作小组')).toEqual([
      [1, '个', 'teams'],
      [11, '个', 'teams'],
    ]);
  });

  it('reads the noun after a modifier that lists words over 、', () => {
    expect(brief('组建由村干部、党员、志愿者组成的巡逻队8支')).toEqual([[8, '支', 'teams']]);
    expect(brief('组建12支由村干部、党员、志愿者组成的巡逻队')).toEqual([[12, '支', 'teams']]);
    expect(brief('张贴60份含时间、地点、办理方式的缴费公告')).toEqual([[60, '份', 'notices']]);
    // Without a word opening the modifier, 、 still separates items.
    expect(brief('将3000个口罩送往镇卫生院、派出所的一线人员手中')).toEqual([[3000, '个', 'masks']]);
  });
});

describe('findFigures: schedules and idioms are no counts', () => {
  it('reports how often something is done, and still tallies a rate of people', () => {
    expect(figures('消杀队每天对集市消毒三次')).toEqual([]);
    expect(find('消杀队每天对集市消毒三次').skipped.map((s) => s.reason)).toEqual(['skipped.frequency']);
    expect(find('每日播放防控新闻、防护知识等4次').skipped.map((s) => s.reason)).toEqual(['skipped.frequency']);
    expect(figures('每日出动巡逻人员60人次').map((f) => f.per)).toEqual(['日']);
    expect(figures('每天出动巡逻人员60人次').map((f) => [f.quantity, f.per])).toEqual([[60, '天']]);
  });

  it('reads 四处 before a word as an adverb, and 四处 after a noun as a count', () => {
    expect(find('村干部四处联系采购口罩').skipped.map((s) => s.reason)).toContain('skipped.idiom');
    expect(brief('在进村路口设立卡点四处')).toEqual([[4, '处', 'checkpoints']]);
  });
});

describe('findFigures: a total and its parts are tallied once', () => {
  const reasons = (text: string) => find(text).skipped.map((s) => [s.raw, s.reason]);

  it('reports what follows 其中 as parts of a larger count of the same thing', () => {
    const text = '爱心商户捐赠口罩600个，其中东村200个，西村300个、卫生院100个。';
    expect(brief(text)).toEqual([[600, '个', 'masks']]);
    expect(reasons(text)).toEqual([
      ['200个', 'skipped.partOfTotal'],
      ['300个', 'skipped.partOfTotal'],
      ['100个', 'skipped.partOfTotal'],
    ]);
  });

  it('reports a narrower thing after 其中 as a part, a different thing as a fact of its own', () => {
    expect(brief('该乡动员党员905名，其中无职党员786名').map((f) => f[0])).toEqual([905]);
    expect(brief('累计排查返乡人员326人，其中居家隔离观察18人').map((f) => f[0])).toEqual([326, 18]);
  });

  it('keeps a part done differently from the total, and a 其中 figure with no total before it', () => {
    expect(brief('商会采购口罩5万个，其中捐赠本镇8000个').map((f) => f[0])).toEqual([50000, 8000]);
    expect(brief('各村踊跃捐款，其中南岭村募集善款2万元').map((f) => f[0])).toEqual([20000]);
    expect(brief('商户捐赠口罩300个，其中东村100个；协会捐赠口罩100个。').map((f) => f[0])).toEqual([300, 100]);
  });

  it('reports the gifts a 总计 sentence adds up, before or after the total', () => {
    const after = '党员捐款3200元，企业捐款1500.5元，群众捐款800元，合计5500.5元。';
    expect(brief(after)).toEqual([[5500.5, '元', 'donations']]);
    const before = '全街道累计发放口罩900只：东区400只、西区500只。';
    expect(brief(before)).toEqual([[900, '只', 'masks']]);
  });

  it('takes the total word for the number it introduces, not for later numbers of its clause', () => {
    const text = '送来总计3000余元的维C片16盒、辛拉面32箱，10箱水、6箱饮料，16箱白醋。';
    expect(
      brief(text)
        .filter((f) => f[1] === '箱')
        .map((f) => f[0]),
    ).toEqual([32, 10, 6, 16]);
  });

  it('keeps equal gifts whose sum merely matches another figure when no total is announced', () => {
    const text = '甲公司捐赠消毒液100公斤；乙公司捐赠消毒液100公斤；丙公司捐赠消毒液200公斤。';
    expect(brief(text).map((f) => f[0])).toEqual([100, 100, 200]);
  });
});

describe('mergeRepeatedFigures', () => {
  const figure = (fields: Partial<DraftFigure>): DraftFigure => ({
    quantity: 2000,
    qualifier: 'exact',
    unit: '个',
    category: 'masks',
    kind: 'donated',
    quote: '捐赠2000个口罩',
    line: 1,
    ...fields,
  });

  it('keeps the first of one fact stated twice and says so', () => {
    const merged = mergeRepeatedFigures([figure({}), figure({ line: 5, quote: '向环卫工人捐赠2000个口罩' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.quote).toBe('捐赠2000个口罩');
    expect(merged[0]!.doubts).toEqual([say('doubt.merged', { line: 5, quote: '向环卫工人捐赠2000个口罩' })]);
  });

  it('merges a mention naming no verb into the figure it restates, keeping the one that says what was done', () => {
    expect(
      mergeRepeatedFigures([figure({}), figure({ line: 3, quote: '足足有2000个', kind: 'counted' })]),
    ).toHaveLength(1);
    const vagueFirst = mergeRepeatedFigures([figure({ quote: '足足有2000个', kind: 'counted' }), figure({ line: 3 })]);
    expect(vagueFirst.map((f) => [f.kind, f.quote])).toEqual([['donated', '捐赠2000个口罩']]);
    const caption = figure({ line: 3, quote: '2000个口罩', kind: 'counted', item: '口罩' });
    expect(mergeRepeatedFigures([figure({ item: '爱心口罩' }), caption])).toHaveLength(1);
  });

  it('keeps a mention with no verb apart when it names more than the other', () => {
    const other = figure({ line: 3, quote: '四处重点路口检查站', kind: 'counted', item: '重点路口检查站' });
    expect(mergeRepeatedFigures([figure({ item: '镇级检查站' }), other])).toHaveLength(2);
  });

  it('keeps the thing one mention names when the mention kept names none', () => {
    const caption = figure({ quote: '2000个口罩', kind: 'counted', item: '口罩' });
    const merged = mergeRepeatedFigures([caption, figure({ line: 3, quote: '捐赠了2000个', category: 'other' })]);
    expect(merged.map((f) => [f.kind, f.category, f.item, f.quote])).toEqual([
      ['donated', 'masks', '口罩', '捐赠了2000个'],
    ]);
  });

  it('merges a gift received into the same gift given', () => {
    expect(mergeRepeatedFigures([figure({ kind: 'received' }), figure({ line: 3 })])).toHaveLength(1);
    expect(mergeRepeatedFigures([figure({ kind: 'distributed' }), figure({ line: 3 })])).toHaveLength(2);
  });

  it('merges a repeat that names no category into the figure it repeats', () => {
    expect(
      mergeRepeatedFigures([figure({}), figure({ line: 3, quote: '才买到2000个', category: 'other' })]),
    ).toHaveLength(1);
  });

  it('keeps figures that differ in category, qualifier or clause', () => {
    expect(mergeRepeatedFigures([figure({}), figure({ line: 2, category: 'goggles' })])).toHaveLength(2);
    expect(mergeRepeatedFigures([figure({}), figure({ line: 2, qualifier: 'about' })])).toHaveLength(2);
    expect(mergeRepeatedFigures([figure({ item: '公开信' }), figure({ item: '告知书' })])).toHaveLength(2);
  });

  it('keeps two donors of one ；-list apart however alike their gifts', () => {
    const text = '朝辉水产捐赠口罩1000个；福建腾达公司捐赠口罩1000个；华盛水产捐赠口罩200个。';
    expect(mergeRepeatedFigures(figures(text)).map((f) => f.quantity)).toEqual([1000, 1000, 200]);
  });

  it('keeps equal amounts of different things in one comma list apart', () => {
    const text = '公司捐赠方便面50箱，牛奶50箱，口罩500只。';
    expect(mergeRepeatedFigures(figures(text)).map((f) => [f.quantity, f.category])).toEqual([
      [50, 'food'],
      [50, 'food'],
      [500, 'masks'],
    ]);
  });

  it('still merges a fact restated in the same sentence outside a ；-list', () => {
    const text = '爱心协会向环卫工人捐赠2000个医用口罩，相关人员将会员捐款购买的2000个医用口罩送到了环卫工人手中。';
    expect(mergeRepeatedFigures(figures(text))).toHaveLength(1);
  });

  it('keeps the same count in two different villages apart', () => {
    expect(
      mergeRepeatedFigures([figure({ place: '东峰村' }), figure({ line: 4, place: '西岭村', quote: '捐赠2000个' })]),
    ).toHaveLength(2);
  });
});
