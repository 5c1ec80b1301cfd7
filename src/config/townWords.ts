/**
 * The vocabulary findTowns (src/lib/import/findTowns.ts) reads township and village names with. All in Simplified:
 * texts are matched through a character-for-character Simplified copy, so Traditional texts need no second list.
 */

/** Endings that make a township (镇, 乡, 街道 — the county's subdivisions) or a place within one (村, 社区). */
export const PLACE_SUFFIXES: readonly { suffix: string; kind: 'town' | 'village' }[] = [
  { suffix: '街道', kind: 'town' },
  { suffix: '镇', kind: 'town' },
  { suffix: '乡', kind: 'town' },
  { suffix: '社区', kind: 'village' },
  { suffix: '村', kind: 'village' },
];

/** The endings of a township alone (街道, 镇, 乡). */
export const TOWN_ENDINGS: readonly string[] = PLACE_SUFFIXES.filter((s) => s.kind === 'town').map((s) => s.suffix);

/**
 * Taiwan's 鄉鎮市區 also end in 市 and 区 (朴子市, 将军区): cities and districts, not townships (镇/乡/街道), so never
 * read as towns; the accuracy scorer folds these endings when it compares names.
 */
export const TAIWAN_TOWN_ENDINGS: readonly string[] = ['市', '区'];

/**
 * The peoples an ethnic township is named for, before 族 (江口回族镇, 牛场苗族彝族乡), or 民族 alone (某某民族乡):
 * GB/T 2260 writes some such townships with the people and some without, and texts do either, so the gazetteer
 * reads a name both ways.
 */
export const ETHNIC_PEOPLES: readonly string[] = [
  ...['回', '满', '蒙古', '土家', '彝', '苗', '藏', '壮', '瑶', '侗', '布依', '白', '哈尼', '傣', '黎', '傈僳'],
  ...['佤', '畲', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉'],
  ...['毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安'],
  ...['裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '朝鲜', '哈萨克', '维吾尔', '高山'],
];

/** How many Han characters a name has before its ending: 2–3 as a rule, 4 at most (云雾山镇, 三里庵街道). */
export const NAME_LENGTH = { min: 2, max: 4, usual: 3 } as const;

/**
 * Words that are no name (城镇, 古镇, 家乡: a town, an old town, home) when they stand alone or after a phrase
 * (推进城镇化, 得知家乡); after one character they end a name (新城镇, 万古镇, 李家乡).
 */
export const NOT_NAMES: readonly string[] = [
  ...[
    '城镇',
    '小城镇',
    '集镇',
    '场镇',
    '小镇',
    '古镇',
    '市镇',
    '村镇',
    '县镇',
    '重镇',
    '名镇',
    '强镇',
    '城乡',
    '家乡',
    '水乡',
    '老乡',
    // 原乡: the indigenous townships (屏東原鄉), not one of them
    '原乡',
  ],
  ...['同乡', '下乡', '农村', '乡村', '山村', '渔村', '邻村', '村村', '城中村', '空心村', '新农村', '美丽乡村'],
  // 街道 as streets
  ...['大街道', '小街道', '沿街道', '主要街道', '主干街道', '城区街道', '清扫街道', '打扫街道'],
];

/**
 * Words for townships in general, ending like a township (乡镇, 村镇): after a phrase (帮扶云南乡镇, 部分乡镇) they are no
 * name, though the gazetteer has townships ending so (南乡镇, 分乡镇).
 */
export const COLLECTIVE_PLACE_WORDS: readonly string[] = ['乡镇', '村镇'];

/**
 * Words after which a place ending is a noun of its own, never a name's end: the town already named or towns in
 * general (全镇, 各乡镇, 该村), home (返乡, 建材之乡), and the prepositions and verbs that take "the town" as their
 * object (向镇, 在镇, 确保镇, 引导镇: 镇 for the town's government), and 等 closing a list of towns (河口、黄龙等镇).
 */
export const NOT_NAME_ENDS: readonly string[] = [
  ...[
    '等',
    '全',
    '本',
    '该',
    '我',
    '各',
    '每',
    '此',
    '整个',
    '各个',
    '乡',
    '镇',
    '之',
    '返',
    '还',
    '离',
    '思',
    '故',
    '异',
    '他',
  ],
  ...['梦', '行政', '自然', '贫困', '示范', '重点', '特色', '建制', '入', '进', '驻', '包', '通'],
  // The town pointed at (这个乡过去是怎样的情况呢, 那个镇).
  ...['这', '那', '这个', '那个'],
  // A deputy of the town's government (分管安全副镇长).
  '副',
  // Titles a town is given (国家级卫生镇, 试点镇, 文明镇).
  ...['卫生', '试点', '文明'],
  ...['向', '在', '到', '对', '给', '为', '从', '由', '把', '被', '与', '及', '跟', '来到', '回到', '深入', '前往'],
  ...['确保', '引导', '协助', '组织', '参与', '负责', '成为', '全体', '各级', '督促', '指导', '配合', '帮助', '联合'],
  ...['通过', '支持', '动员', '带领', '要求', '覆盖', '推进', '服务', '返回', '回', '政府', '扩大', '办理', '至'],
  // 结合镇直, 清理镇辖区, 爱心粽送往镇内, 驻镇帮镇扶村; 镇委镇政府 is the party committee and the government.
  ...['结合', '清理', '送往', '帮', '委'],
  // A Taiwanese township's office before 乡 or 镇 for its territory (永靖鄉公所擴大鄉內24村).
  '公所',
];

/**
 * Words that begin with a place ending, so that the ending there is the start of another word: 乡村, 乡亲, 镇定,
 * 村民. "刘畈乡村民" is still 刘畈乡 followed by 村民: the longer reading (RESCUED_AFTER) wins over 乡村.
 */
export const NOT_ENDINGS: readonly string[] = [
  ...['乡村', '乡亲', '乡镇', '乡下', '乡土', '乡贤', '乡愁', '乡音', '乡情', '乡邻', '乡间', '乡里', '乡野', '乡俗'],
  ...['乡风', '乡党', '乡绅', '乡民'],
  // Hong Kong's rural committees (大埔乡事委员会) and village affairs: no township.
  '乡事',
  ...['镇定', '镇静', '镇压', '镇痛', '镇守', '镇宅', '镇住', '镇村', '镇街', '镇乡'],
  // The town's level (征兵体检镇级检查) and a township's games (提前一週舉辦鄉賽).
  ...['镇级', '乡级', '乡赛', '镇赛'],
  ...['村民', '村委', '村干', '村级', '村组', '村医', '村庄', '村落', '村支', '村两委', '村务', '村规', '村容'],
  ...['村领', '村里', '村内'],
  ...['社区居', '社区工作', '社区干', '社区网格', '社区卫生'],
];

/**
 * What a place ending followed by one of these is: the end of a name (刘畈乡村民 is 刘畈乡 + 村民, 古城乡党委书记 is 古城乡
 * + 党委, not 乡党).
 */
export const RESCUED_AFTER: readonly string[] = [
  ...['村民', '村委', '村干', '村级', '村组', '村两委', '村支', '党委', '党政', '党建'],
];

/**
 * Words a name runs on from without a break: verbs, prepositions and time words (深入保安镇, 在池河镇, 近日丁集镇).
 * Taken off the front of a candidate while two characters or more are left.
 */
export const LEADING_WORDS: readonly string[] = [
  ...['近日', '日前', '连日来', '今年', '今天', '今日', '昨天', '昨日', '目前', '当前', '近期', '此前', '随后'],
  ...['来到', '走进', '深入', '前往', '赶赴', '奔赴', '到达', '抵达', '位于', '地处', '走访', '慰问', '支援', '捐给'],
  ...['捐赠给', '送往', '送到', '运往', '发往', '赴', '驻', '在', '于', '对', '向', '到', '为', '给', '是', '了'],
  ...['和', '与', '及', '同', '由', '从', '据', '将', '把', '被', '自', '经', '据悉', '截至', '截止', '其中', '而'],
  ...['并', '也', '还', '即', '后', '等', '以及', '以', '的', '包括', '涵盖', '覆盖', '涉及'],
];

/**
 * People's titles (立法委員邱鎮軍, 书记镇长直播带货): a place name never holds one, so a name that does is a person's or a
 * list of officials, no township.
 */
export const PEOPLE_TITLES: readonly string[] = ['委员', '书记', '主任', '县长', '市长', '局长', '代表', '议员'];

/**
 * Markers after which a county, city or province ends and the town's name starts (石泉县池河镇, 四川省泸州市胡市镇).
 * A marker counts only if a name of two characters or more follows it: 胡市镇 is a name, not 胡 + 市.
 */
export const COUNTY_MARKERS: readonly string[] = ['自治县', '县', '市', '区', '旗'];
export const PROVINCE_MARKERS: readonly string[] = ['自治区', '省'];

/** A county marker after these is the writer's own county or all of them (全县, 我市), not a county's name. */
export const NOT_COUNTIES: readonly string[] = [
  ...['全县', '本县', '该县', '我县', '各县', '全市', '本市', '该市', '我市', '各市', '全区', '本区', '该区', '我区'],
  ...['各区', '辖区', '城区', '市区', '县区', '社区', '景区', '园区', '小区', '全省', '本省', '我省', '各省'],
];

/**
 * Numerals: a township name the gazetteer has that is written like a count of townships (三乡镇 = 三 + 乡镇) is taken
 * only where the text names its county; one that only starts with a numeral (十里街道, 两河镇) is a name.
 */
export const NUMERALS = '一二两三四五六七八九十百几';

/** How a count of townships goes on after its numerals: a measure word, then a word for townships (两个乡镇, 三乡镇). */
export const TOWN_COUNT: { measureWords: readonly string[]; towns: readonly string[] } = {
  measureWords: ['个'],
  towns: ['乡镇', '镇街', '街道', '镇', '乡'],
};

/** Units after a number in digits (1月28日池河镇, 5个集镇, 2026年度城乡居民): never the start of a name. Longest first. */
export const NUMBER_UNITS: readonly string[] = ['年度', '年', '月', '日', '号', '时', '个'];

/**
 * A township named by its office: the office's name after the township's, and the township's ending it stands for
 * (十里办事处 and 十里街办 are 十里街道). Read only for townships the gazetteer has: 驻京办事处 is an office, no town.
 * 街道办事处, 镇政府 and 乡公所 need no entry: the township's ending is written before them.
 */
export const TOWN_OFFICES: readonly { written: string; ending: string }[] = [
  { written: '办事处', ending: '街道' },
  { written: '街办', ending: '街道' },
];
