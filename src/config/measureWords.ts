/**
 * Chinese measure words (量词), both scripts, with what each counts. The import reads a number followed by one of
 * these; the tally units (UNITS in categories.ts) are the measure words of a tallied class.
 */

/** What a measure word counts. */
export type MeasureClass =
  | 'people'
  | 'households'
  | 'things'
  | 'vehicles'
  | 'money'
  | 'places'
  | 'occasions'
  | 'weight'
  | 'volume'
  | 'area'
  | 'land'
  | 'length'
  | 'duration'
  | 'age'
  | 'family'
  | 'cases'
  | 'batches'
  | 'animals'
  | 'plants';

/**
 * Classes whose counts can be tally figures. Lengths (distances), farmland (12.5万亩小麦, 惠及2800亩: land described,
 * never tallied by any annotator), durations, ages, family members and case counts (疫情统计, not the office's work)
 * never are.
 */
export const TALLIED_CLASSES = [
  'people',
  'households',
  'things',
  'vehicles',
  'money',
  'places',
  'occasions',
  'weight',
  'volume',
  'area',
  'animals',
  'plants',
] as const satisfies readonly MeasureClass[];
export type TalliedClass = (typeof TALLIED_CLASSES)[number];

export interface MeasureWord {
  /** Simplified form. */
  hans: string;
  /** Traditional form (the same character when the scripts agree). */
  hant: string;
  counts: MeasureClass;
  /** Text that, right after the word, makes it part of another word: 一次性, 口罩, 支部, 个人防护. */
  notBefore?: readonly string[];
  /** Occasions counted by the person (300人次): people, wherever the text says who joined or did the work. */
  ofPeople?: true;
}

export const MEASURE_WORDS = [
  // Compounds first in meaning (the lookup takes the longest match): 十多个小时 is a duration, 100人次 visits.
  { hans: '个小时', hant: '個小時', counts: 'duration' },
  { hans: '个钟头', hant: '個鐘頭', counts: 'duration' },
  { hans: '个月', hant: '個月', counts: 'duration' },
  { hans: '个多月', hant: '個多月', counts: 'duration' },
  { hans: '个多小时', hant: '個多小時', counts: 'duration' },
  { hans: '个星期', hant: '個星期', counts: 'duration' },
  { hans: '个工作日', hant: '個工作日', counts: 'duration' },
  { hans: '个晚上', hant: '個晚上', counts: 'duration' },
  { hans: '人次', hant: '人次', counts: 'occasions', ofPeople: true },
  { hans: '辆次', hant: '輛次', counts: 'occasions' },
  // Machines and boats sent out, counted by the trip (出动机械20余台次, 出动冲锋舟30艘次).
  { hans: '台次', hant: '臺次', counts: 'occasions' },
  { hans: '架次', hant: '架次', counts: 'occasions' },
  { hans: '车次', hant: '車次', counts: 'occasions' },
  { hans: '艘次', hant: '艘次', counts: 'occasions' },
  { hans: '场次', hant: '場次', counts: 'occasions' },
  { hans: '条次', hant: '條次', counts: 'occasions' },
  { hans: '户次', hant: '戶次', counts: 'occasions' },
  // Places visited or inspected, counted by the visit (检查企业120家次, 排查隐患点30处次).
  { hans: '家次', hant: '家次', counts: 'occasions' },
  { hans: '处次', hant: '處次', counts: 'occasions' },
  // Vaccine doses given (接种加强针368针次, 累计接种1200剂次).
  { hans: '针次', hant: '針次', counts: 'occasions' },
  { hans: '剂次', hant: '劑次', counts: 'occasions' },
  // Machines counted by the set (270多台套收割机械).
  { hans: '台套', hant: '臺套', counts: 'things' },
  { hans: '批次', hant: '批次', counts: 'batches' },
  // People and households.
  { hans: '人', hant: '人', counts: 'people' },
  { hans: '名', hant: '名', counts: 'people', notBefore: ['单', '單', '义', '義', '称', '稱'] },
  { hans: '位', hant: '位', counts: 'people', notBefore: ['置'] },
  { hans: '户', hant: '戶', counts: 'households', notBefore: ['外', '籍', '口'] },
  { hans: '口', hant: '口', counts: 'family', notBefore: ['罩', '号', '號', '径', '徑'] },
  // Things.
  { hans: '个', hant: '個', counts: 'things' },
  { hans: '只', hant: '隻', counts: 'things' },
  { hans: '支', hant: '支', counts: 'things', notBefore: ['部', '持', '援', '付', '出'] },
  { hans: '份', hant: '份', counts: 'things', notBefore: ['额', '子'] },
  { hans: '幅', hant: '幅', counts: 'things', notBefore: ['度'] },
  { hans: '副', hant: '副', counts: 'things', notBefore: ['食', '主', '书', '書'] },
  { hans: '套', hant: '套', counts: 'things' },
  { hans: '箱', hant: '箱', counts: 'things' },
  { hans: '张', hant: '張', counts: 'things', notBefore: ['贴', '貼'] },
  { hans: '条', hant: '條', counts: 'things', notBefore: ['件', '例'] },
  { hans: '袋', hant: '袋', counts: 'things' },
  { hans: '瓶', hant: '瓶', counts: 'things' },
  { hans: '桶', hant: '桶', counts: 'things' },
  { hans: '壶', hant: '壺', counts: 'things' },
  { hans: '件', hant: '件', counts: 'things', notBefore: ['事'] },
  { hans: '本', hant: '本', counts: 'things', notBefore: ['人', '地', '镇', '鎮', '村', '次', '着', '著'] },
  { hans: '册', hant: '冊', counts: 'things' },
  { hans: '篇', hant: '篇', counts: 'things' },
  { hans: '枚', hant: '枚', counts: 'things' },
  { hans: '块', hant: '塊', counts: 'things' },
  { hans: '顶', hant: '頂', counts: 'things' },
  { hans: '盒', hant: '盒', counts: 'things' },
  { hans: '剂', hant: '劑', counts: 'things' },
  { hans: '包', hant: '包', counts: 'things', notBefore: ['括', '保', '村', '片'] },
  { hans: '双', hant: '雙', counts: 'things' },
  { hans: '对', hant: '對', counts: 'things' },
  // Livestock and poultry (免疫生猪1.2万头, 家禽3万羽) and the vaccine dosed by the animal (疫苗5000头份); trees and
  // seedlings (栽植樱花200株, 植树500棵). No category counts them: they are `other`, work done when a verb says so.
  { hans: '头份', hant: '頭份', counts: 'things' },
  {
    hans: '头',
    hant: '頭',
    counts: 'animals',
    notBefore: ['盔', '发', '發', '脑', '腦', '条', '條', '版', '号', '號', '等', '目', '巾'],
  },
  { hans: '羽', hant: '羽', counts: 'animals', notBefore: ['毛', '绒', '絨', '球', '翼'] },
  { hans: '株', hant: '株', counts: 'plants', notBefore: ['洲'] },
  { hans: '棵', hant: '棵', counts: 'plants' },
  // Vehicles and aircraft: no category counts them (宣传车7辆, 消毒车2辆 are `other`), whatever keyword is near.
  { hans: '辆', hant: '輛', counts: 'vehicles' },
  { hans: '台', hant: '臺', counts: 'things' },
  { hans: '架', hant: '架', counts: 'vehicles' },
  { hans: '艘', hant: '艘', counts: 'vehicles' },
  { hans: '把', hant: '把', counts: 'things' },
  { hans: '床', hant: '床', counts: 'things', notBefore: ['位'] },
  { hans: '颗', hant: '顆', counts: 'things' },
  { hans: '粒', hant: '粒', counts: 'things' },
  { hans: '片', hant: '片', counts: 'things', notBefore: ['区', '區'] },
  { hans: '组', hant: '組', counts: 'things', notBefore: ['织', '織', '长', '長', '建'] },
  { hans: '面', hant: '面', counts: 'things', notBefore: ['积', '積', '向', '对', '對'] },
  { hans: '封', hant: '封', counts: 'things', notBefore: ['闭', '閉', '锁', '鎖', '控'] },
  { hans: '根', hant: '根', counts: 'things' },
  { hans: '盏', hant: '盞', counts: 'things' },
  { hans: '部', hant: '部', counts: 'things', notBefore: ['门', '門', '署', '分', '队', '隊', '落'] },
  { hans: '罐', hant: '罐', counts: 'things' },
  // Drinks and food handed out by the cup, bowl, tin or string (200杯咖啡, 50听饮料).
  { hans: '杯', hant: '杯', counts: 'things' },
  { hans: '碗', hant: '碗', counts: 'things' },
  { hans: '听', hant: '聽', counts: 'things', notBefore: ['取', '说', '說', '到', '见', '見', '众', '眾', '证', '證'] },
  { hans: '串', hant: '串', counts: 'things', notBefore: ['门', '門', '联', '聯'] },
  { hans: '筒', hant: '筒', counts: 'things' },
  { hans: '篮', hant: '籃', counts: 'things', notBefore: ['球'] },
  { hans: '沓', hant: '沓', counts: 'things' },
  { hans: '摞', hant: '摞', counts: 'things' },
  { hans: '提', hant: '提', counts: 'things', notBefore: ['醒', '供', '高', '前', '示', '出'] },
  { hans: '捆', hant: '捆', counts: 'things' },
  { hans: '筐', hant: '筐', counts: 'things' },
  { hans: '卷', hant: '卷', counts: 'things' },
  // Batches (两批物资, 分三批): how something was delivered, never how much.
  { hans: '批', hant: '批', counts: 'batches', notBefore: ['准', '評', '评'] },
  { hans: '项', hant: '項', counts: 'things', notBefore: ['目'] },
  // Money: 万元 is 元 with the power read as part of the number.
  { hans: '元', hant: '元', counts: 'money', notBefore: ['旦', '宵'] },
  // Places and premises.
  { hans: '处', hant: '處', counts: 'places', notBefore: ['理', '置'] },
  {
    hans: '家',
    hant: '家',
    counts: 'places',
    notBefore: ['庭', '属', '屬', '人', '长', '長', '乡', '鄉', '门口', '門口'],
  },
  { hans: '所', hant: '所', counts: 'places', notBefore: ['有', '在', '以', '属', '屬', '需'] },
  { hans: '座', hant: '座', counts: 'places', notBefore: ['谈', '談'] },
  { hans: '间', hant: '間', counts: 'places' },
  { hans: '栋', hant: '棟', counts: 'places' },
  { hans: '幢', hant: '幢', counts: 'places' },
  // Occasions and visits.
  { hans: '次', hant: '次', counts: 'occasions', notBefore: ['性'] },
  { hans: '场', hant: '場', counts: 'occasions', notBefore: ['所', '镇', '鎮', '地', '部'] },
  { hans: '起', hant: '起', counts: 'occasions', notBefore: ['来', '來'] },
  // 三轮车 is a tricycle, not three rounds.
  { hans: '轮', hant: '輪', counts: 'occasions', notBefore: ['车', '車'] },
  { hans: '趟', hant: '趟', counts: 'occasions' },
  { hans: '桌', hant: '桌', counts: 'occasions' },
  // Weight, volume, area.
  { hans: '公斤', hant: '公斤', counts: 'weight' },
  { hans: '千克', hant: '千克', counts: 'weight' },
  { hans: '斤', hant: '斤', counts: 'weight' },
  // The jin as Taiwan weighs it (二百台斤): a weight, never 200 machines (台) of something.
  { hans: '台斤', hant: '臺斤', counts: 'weight' },
  { hans: '吨', hant: '噸', counts: 'weight' },
  { hans: '克', hant: '克', counts: 'weight', notBefore: ['服'] },
  { hans: '升', hant: '升', counts: 'volume', notBefore: ['级', '級', '温', '溫'] },
  { hans: '毫升', hant: '毫升', counts: 'volume' },
  // Millilitres as Taiwanese blood drives write them (3万5千西西).
  { hans: '西西', hant: '西西', counts: 'volume' },
  { hans: '立方米', hant: '立方米', counts: 'volume' },
  { hans: '平方米', hant: '平方米', counts: 'area' },
  { hans: '平方公里', hant: '平方公里', counts: 'area' },
  { hans: '亩', hant: '畝', counts: 'land' },
  { hans: '公顷', hant: '公頃', counts: 'land' },
  // Never figures: distances, durations, ages, cases.
  { hans: '公里', hant: '公里', counts: 'length' },
  { hans: '千米', hant: '千米', counts: 'length' },
  { hans: '米', hant: '米', counts: 'length' },
  { hans: '小时', hant: '小時', counts: 'duration' },
  { hans: '分钟', hant: '分鐘', counts: 'duration' },
  { hans: '秒', hant: '秒', counts: 'duration' },
  { hans: '天', hant: '天', counts: 'duration' },
  { hans: '周', hant: '週', counts: 'duration', notBefore: ['边', '邊', '围', '圍'] },
  { hans: '星期', hant: '星期', counts: 'duration' },
  { hans: '年', hant: '年', counts: 'duration' },
  { hans: '夜', hant: '夜', counts: 'duration' },
  { hans: '岁', hant: '歲', counts: 'age' },
  // 80周岁: an age in full years, not 80 weeks.
  { hans: '周岁', hant: '週歲', counts: 'age' },
  { hans: '例', hant: '例', counts: 'cases' },
] as const satisfies readonly MeasureWord[];

/** Spellings, longest first, so that 人次 wins over 人 and 个小时 over 个. */
const SPELLINGS: readonly [string, MeasureWord][] = MEASURE_WORDS.flatMap((w): [string, MeasureWord][] =>
  w.hans === w.hant
    ? [[w.hans, w]]
    : [
        [w.hans, w],
        [w.hant, w],
      ],
).sort((a, b) => b[0].length - a[0].length);

/** The measure word that `text` starts with, as written, or undefined. */
export function measureWordAt(text: string): { written: string; word: MeasureWord } | undefined {
  for (const [written, word] of SPELLINGS) {
    if (!text.startsWith(written)) continue;
    const rest = text.slice(written.length);
    if (word.notBefore?.some((n) => rest.startsWith(n))) return undefined;
    return { written, word };
  }
  return undefined;
}

/** The measure word written so (either script), or undefined. */
export function measureWord(written: string): MeasureWord | undefined {
  return SPELLINGS.find(([spelling]) => spelling === written)?.[1];
}

export function isTallied(word: MeasureWord): boolean {
  return (TALLIED_CLASSES as readonly string[]).includes(word.counts);
}

/**
 * Words that make a bare number with 万/亿 money (38万, 21万多): a fund or donation context in the sentence.
 * Simplified; the import compares with the Simplified copy of the text.
 */
export const MONEY_CONTEXT = ['捐', '善款', '资金', '拨付', '拨款', '筹集', '筹措', '募', '款'] as const;

/**
 * Currencies that are not the office's own 元 (6万港币, 港币6万元, 500美元): such money is reported, never tallied as 元.
 * 新台币 is absent: on a Taiwanese site it is the 元 of every tally. Simplified.
 */
export const FOREIGN_CURRENCIES = [
  ...['港币', '港元', '澳门币', '澳门元', '美元', '美金', '欧元', '英镑', '日元', '韩元', '澳元', '加元'],
  ...['新加坡元', '新币', '令吉', '泰铢', '泰币', '铢', '卢布'],
] as const;

/** The names of the currencies tallies are kept in, written before an amount (每学年新台币3千元). Simplified. */
export const HOME_CURRENCIES = ['人民币', '新台币', '台币'] as const;

/**
 * Words before a figure in its clause that make it a page's or a video's counter (点击量达7000多人次, 累计播放量超10万次):
 * how often something was seen online, not work done. Simplified.
 */
export const VIEW_COUNTER_WORDS = [
  ...['点击量', '点击率', '点击数', '浏览量', '浏览次数', '阅读量', '阅读数', '播放量', '访问量', '观看量', '点赞量'],
] as const;

/** Words before money in its clause that make it a loss or a sum defrauded (挽回经济损失5万元, 被骗3万元). Simplified. */
export const LOSS_WORDS = ['损失', '被骗', '骗走', '涉案'] as const;

/** Words after money in its clause that say it was lost (十几万元现金也化为了灰烬, 2万元被盗). Simplified. */
export const LOST_AFTER_WORDS = ['灰烬', '烧毁', '被盗', '被偷', '被冲走'] as const;

/**
 * Words that make money in their clause the takings of a sale, a fair or a market (采摘节当天销售额超过20万元, 庙会期间
 * 交易额达3000万元, a land lease's 成交总价为271.14万元): a result the office reports, though nobody gave or received it —
 * but not after 年 (年销售额500多万元): a firm's year of sales is economic statistics. Simplified.
 */
export const SALES_TAKINGS = [
  '销售额',
  '交易额',
  '营业额',
  '销售收入',
  '成交额',
  '成交金额',
  '成交总价',
  '成交价',
] as const;

/**
 * Nouns of an event that, standing right before a count of occasions (此次活动共9场, 全年科普活动达50余场, 系列宣传活动
 * 共计10场), make it events held, though no verb says so. Simplified.
 */
export const EVENT_NOUNS = ['活动', '讲座', '宣讲', '培训', '演出', '义诊', '放映', '展演', '会议'] as const;

/**
 * Words that make money in their clause the sum of a dispute settled (化解一起金额14万余元的欠薪纠纷, 促成双方达成85万元的
 * 和解协议): what the office's mediation recovered or agreed. Simplified.
 */
export const DISPUTE_SETTLED = ['化解', '调处', '调解', '和解'] as const;

/**
 * Words that make money in their clause a dividend paid to a village's shareholders (现场为100名股东共分红50万元, 拿出
 * 12.1万元给村民分红): paid out, verb or not, and earnings, never a gift. Simplified.
 */
export const DIVIDEND_WORDS = ['分红', '红利'] as const;

/**
 * Money raised, secured or put into works (累计投资600万余元，新修农村公路5.21公里; 筹措资金1500多万元，用来修护水泥路;
 * 争取上级资金14万元，用于5个山塘的清淤整治): one of
 * `verbs` before the money in its clause, and one of `works` after it in its sentence — not a report's investment
 * total (固定资产投资完成246.79亿元，完成年度计划82.3%), which names no works. Simplified.
 */
export const INVESTED = {
  verbs: ['投资', '筹资', '筹措', '自筹', '集资', '获批', '投入', '争取'],
  /**
   * Straight before the money (资金投入约820万元, 总投资10万元, 协议投资额达2亿元), these make it money spent, filed as
   * other whatever aid its sentence names — but tallied only as the rest of INVESTED says, or with `projects`.
   */
  straightBefore: ['投资', '投入', '投资额', '投资金额'],
  /**
   * Projects signed or started (集中签约3个招商引资项目，协议投资额达2亿元; 集中开工8个项目，总投资约9.38亿元): the
   * township's investment drive, whose projects and money are counted.
   */
  projects: ['签约', '动工', '开工'],
  works: [
    '用于',
    '用来',
    '新修',
    '修建',
    '修护',
    '新建',
    '扩建',
    '建设',
    '建成',
    '硬化',
    '铺设',
    '改造',
    '维修',
    '采购',
    '安装',
    '装修',
  ],
} as const;

/**
 * Words that make goods counted in their clause produce sold for its growers (已销售西瓜30余万斤, 十万多斤柑橘都卖掉了,
 * 当天销量就突破了2500公斤): like takings, a result the office reports, and no food or supplies given. Never 卖 alone
 * (卖不出去: unsold). Simplified.
 */
export const SOLD_WORDS = ['销售', '销量', '售出', '售卖', '出售', '卖出', '卖掉', '卖完', '售罄', '义卖'] as const;

/**
 * Words that make goods counted in their clause goods seized from a shop or a stall (收缴山寨饼干3箱, 查扣过期食品48件):
 * the office's work, as goods sold are its result, and no food or supplies given. Simplified.
 */
export const SEIZED_WORDS = ['收缴', '查扣', '扣押', '没收', '查获'] as const;

/** Words of a unit price (1片市价25元): neither the count before them nor the money after them is a tally. Simplified. */
export const PRICE_WORDS = ['市价', '单价', '售价', '零售价', '原价', '定价', '要价', '价格', '价位', '卖到'] as const;

/**
 * Words right before money that make it what the people served pay (老人只需自费11.5元, 每户群众缴纳300元, 个人只需付2元):
 * a price, not money the office gave or received. Simplified.
 */
export const PAID_BY_THE_SERVED = [
  '自费',
  '自付',
  '缴纳',
  '缴交',
  '只需付',
  '只需交',
  '只要交',
  '只需',
  '只需支付',
  '只要支付',
  '只需出',
  '只要出',
  // What a canteen charges the diners (一般户仅酌收新台币30元).
  '酌收',
] as const;

/**
 * A frequency (每天消毒两次, 每周巡查一轮): times counted by these units per one of these stretches of time is a
 * schedule, not a tally. Rates of people or vehicles (每天出动50人次) stay figures with `per`. Simplified.
 */
export const FREQUENCY = {
  per: ['天', '日', '晚', '周', '星期', '月', '年', '小时'],
  units: ['次', '轮', '趟'],
} as const;

/**
 * Adverbs and idioms written with a numeral and a measure word (四处奔走, 三番五次, 四面八方): no count. The adverbs
 * (`beforeAWord`) only when a word follows straight on and names nothing a category counts in that measure word
 * (四处采购物资; but 四处重点路口检查站 and 渡口四处 are counts). Simplified.
 */
export const NUMERAL_IDIOMS: readonly { words: string; beforeAWord?: true }[] = [
  { words: '四处', beforeAWord: true },
  { words: '四面八方' },
  { words: '三番五次' },
  // A township's standing institutions, as one word (发放给各村及七所八站).
  { words: '七所八站' },
  // A three-wheeled vehicle (19辆三轮消防摩托车), or rounds of a check said as a manner (开展三轮排查).
  { words: '三轮', beforeAWord: true },
  // A four-wheeled tractor (小四轮10台次, 四轮车).
  { words: '四轮' },
  // 三位一体 and its kin: several parts made one (“…”三位一体督责机制), no people.
  ...['二位一体', '三位一体', '四位一体', '五位一体'].map((words) => ({ words })),
  // Folk operas of the north (二人台《红红火火》, 二人转) and a three-legged race (两人三足), no people.
  ...['二人台', '二人转', '两人三足'].map((words) => ({ words })),
];

/**
 * Nouns that, counted right after the measure word, describe rather than tally. Places an area has or a campaign
 * covers (下辖12个村、1个社区, 在20个村循环广播), matched only as the whole noun phrase (50个村级监测点 counts posts), and
 * abstractions (6个时间段, 3个方面, 五个主题, 20个奖项). Simplified.
 */
export const DESCRIBING_NOUNS = {
  places: [
    ...['村', '社区', '村（社区）', '村(社区)', '居委会', '小区', '自然村', '行政村', '村庄', '乡镇', '街道'],
    ...['村民小组', '居民小组', '村小组', '村组', '居民小区', '社', '街巷', '村居', '片区', '居委', '区域'],
    // Townships and counties counted (全县9个镇（办）, 10个县市区).
    ...['镇', '乡', '县', '县市区', '区县'],
  ],
  abstractions: ['时间段', '时段', '方面', '环节', '阶段', '步骤', '原则', '主题', '专题', '板块', '奖项'],
} as const;

/** Words before a number that point back to a count already stated (这14个宣传队, 上述3000份). Simplified. */
export const POINTING_BACK = ['这', '那', '上述', '前述'] as const;

/**
 * Words before a count of people that say how many there are, not what they did (现有党员905名, 拥有190多名党员,
 * 敬老院现有50人): a membership or a population. Simplified.
 */
export const STANDING_WORDS = ['现有', '拥有'] as const;

/** Words after a figure in its clause that make it one end of the range of many separate amounts (10元到100元不等). */
export const AMOUNTS_VARY = ['不等'] as const;

/**
 * Words of a production rate or a stock (日产21万片, 产能, 年出栏2000多头): a factory's or a farm's output, not the
 * office's work. Simplified.
 */
export const PRODUCTION_WORDS = [
  ...['日产', '月产', '年产', '产能', '产量', '出栏', '存栏'],
  // An economy's output and income (社会总产值达到3.85亿元, 村集体经济收入突破1235万元, 户均增收1万元).
  ...['产值', '集体经济收入', '集体收入', '年收入', '增收', '零售额', '营业收入', '利润'],
] as const;

/** What a rate is per when it is a machine's capacity (排涝能力为每秒1.1立方米, 每分钟喷洒5升): no work counted. */
export const CAPACITY_PER = ['秒', '秒钟', '分钟'] as const;

/**
 * What money straight after 每 is per when it is a price or a standard (每餐10元, 每剂200元, 每亩600元, 每斤3元): a
 * meal, a dose, an area or a weight of produce is bought, sold or insured at that much, nobody is given it (每餐补助5元
 * is given). Simplified.
 */
export const PRICED_PER = ['餐', '顿', '剂', '针', '亩', '平方米', '斤', '公斤', '千克', '吨'] as const;

/**
 * Nouns of kin and of persons described one by one (两个女儿, 四位老人): a count of them is a story, not a tally.
 * Simplified.
 */
export const FAMILY_NOUNS = [
  '女儿',
  '儿子',
  '孩子',
  '子女',
  '父母',
  '老人',
  '兄弟',
  '姐妹',
  '孙子',
  '孙女',
  '夫妻',
  '家人',
  '亲人',
] as const;
