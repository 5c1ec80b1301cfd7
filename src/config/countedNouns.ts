/**
 * Words (Simplified) that `npm run import` uses after the category keywords (src/config/categories.ts) have not
 * decided: what a counted noun's head says it is, and which verbs make a count of something uncategorised a piece of
 * the office's work.
 */
import type { CategoryId } from './categories.ts';

/**
 * The head of the noun a figure counts (the last word of the noun phrase right after the measure word, or right
 * before the number: 20支巡逻队, 宣传材料16000份). A Chinese noun phrase ends in its head, so these are matched only
 * at the phrase's end, never anywhere in the clause like the keywords; the longest head wins.
 */
export const NOUN_HEADS: Readonly<Partial<Record<CategoryId, readonly string[]>>> = {
  // Companies of a flood or militia drill (抗洪抢险突击连, 民兵应急连: never 连 alone, an adverb in 连1根烟蒂) and working
  // groups (成立3个指导组) too; never 组 alone (村民小组 is a place).
  teams: [
    ...['队', '分队', '小分队', '队伍', '突击连', '应急连', '民兵连', '抢险连', '连队'],
    ...['工作组', '指导组', '督导组', '服务组', '宣传组', '检查组', '巡查组'],
  ],
  food: [
    ...['米', '纯净水', '咖啡', '糕点', '点心', '面包', '饼干', '鸡蛋', '牛奶', '盒饭', '挂面', '面条', '食用油'],
    // Drinks and ready food given to people on duty (10箱泡面, 2箱火腿肠, 200件听装饮料).
    ...['饮', '饮料', '饮品', '奶', '豆浆', '方便面', '泡面', '快餐面', '火腿肠', '香肠', '八宝粥', '粥'],
    ...['罐头', '零食'],
    ...['月饼', '粽子', '汤圆', '饺子', '馒头', '包子', '蛋糕', '肉', '鱼', '粮', '食品', '蔬菜', '水果', '面粉'],
    '粮食',
    ...['果蔬', '蔬果', '肉制品', '鸡', '拉面', '粉条', '醋', '酒', '奶粉', '米面油', '便当', '餐盒', '馄饨', '茶'],
    // Meals served (送出3380份午餐, 爱心餐, 年夜饭).
    ...['餐', '饭'],
    // Fruit and vegetables, given by 斤, 筐 or 提 and named by the thing (200斤莲藕, 4筐橘子, 8提苹果).
    ...['苹果', '橘子', '桔子', '柑橘', '橙子', '橙', '香蕉', '梨', '柚子', '葡萄', '西瓜', '草莓', '猕猴桃', '藕'],
    // Eggs of any bird (40箱鸭蛋, 8000枚土鸡蛋).
    '蛋',
    ...['白菜', '青菜', '菠菜', '萝卜', '土豆', '马铃薯', '红薯', '洋葱', '番茄', '西红柿', '黄瓜', '辣椒', '冬瓜'],
    ...['菜苔', '菜心'],
    // Cabbage as Taiwan names it (高麗菜二百台斤).
    '高丽菜',
    // Cooking oils by their plant (玉米油81桶, 菜油1430斤; never 油 alone: 柴油 and 汽油 fuel pumps) and rice or bean
    // noodles.
    ...['玉米油', '花生油', '菜籽油', '菜油', '茶油', '香油', '大豆油', '调和油', '色拉油'],
    ...['粉丝', '米粉', '米线', '豆腐', '汤'],
  ],
  // Cards of advice, colour pages and folded sheets handed out (安全知识宣传卡3000余份, 防疫明白卡, 医保征缴彩页, 消防折页),
  // job ads and bookmarks printed for a drive (企业招聘简章1500份, 绿书签50份), and its reminder notes, stickers and
  // booklets of cases (“温馨提醒”12份, 维权二维码贴纸16张, 案例汇编10份).
  leaflets: [
    ...['材料', '资料', '手册', '宣传品', '宣传物品', '读本', '说明书', '宣传物料', '宣传卡', '明白卡', '彩页', '折页'],
    ...['简章', '书签', '提醒', '贴纸', '汇编'],
  ],
  // Boards, bulletins and ads put up outdoors carry the slogans banners do (户外宣传牌46个, 天桥广告10条, 黑板报8幅), and
  // so do a drive's wall charts, picture boards, signs and paintings (科普挂图10幅, 普法图版120多块, 宣传教育标识15块) — not
  // a notice board (宣传栏), which stands whatever it shows.
  banners: [
    ...['宣传牌', '口号牌', '标语牌', '广告', '广告牌', '板报', '挂画'],
    ...['挂图', '图版', '标识', '标识牌', '彩绘'],
  ],
  // Orders put up in a drive (《林区禁火令》100多张, 封山令).
  notices: ['令'],
  'protective-suits': ['隔离衣', '防护衣', '防疫衣'],
  // Spray pots (喷壶, 消毒壶), never a kettle (电水壶) or a teapot.
  sprayers: ['喷壶', '消毒壶', '喷雾壶', '喷雾机', '喷枪'],
  disinfectant: ['漂白水', '漂白粉', '消毒水', '药水', '消毒片', '消毒灵'],
};

/**
 * Words that make a team one that competes or performs, whatever its head (24个代表队, 9支广场舞代表队, 16支参赛队伍,
 * 23支农民文艺团队): counted, but no team of the office's work.
 */
export const CONTEST_TEAM_WORDS: readonly string[] = [
  ...['代表队', '参赛', '比赛', '球队', '广场舞', '舞蹈', '文艺', '演出', '秧歌', '腰鼓', '龙舟', '拔河'],
];

/**
 * Verbs of taking down (拆除违法广告42块, 清除各类标语70多条, 铲除小广告300余条): banners and posters taken down are
 * street clean-up, no publicity put up.
 */
export const TAKEN_DOWN_VERBS: readonly string[] = ['拆除', '清除', '铲除', '撤除', '撤下', '取缔', '清理', '拆下'];

/** Words that make the noun they modify a device, whatever its head (LED电子宣传牌60余块: screens, no banners). */
export const DEVICE_MODIFIERS: readonly string[] = ['电子', 'LED', '显示'];

/**
 * Nouns that say what they count only when they are the whole noun: water by the case or barrel is drinking water
 * (10箱水, 30桶水), while 钠离水 or 消毒水 is something else; flour and oil by the bag or jin (两袋面, 10斤油), while
 * 柴油 is fuel and 一面 a side.
 */
export const WHOLE_NOUNS: Readonly<Partial<Record<CategoryId, readonly string[]>>> = {
  food: ['水', '面', '油'],
};

/**
 * People a verb sends out (出动480余人, 组织志愿者300余人) are the people the office mobilised, whatever the text calls
 * them (执勤人员, 消杀人员)…
 */
export const PEOPLE_MOBILISED: CategoryId = 'volunteers';

/** …unless it calls them its staff or cadres (出动工作人员72人次, 组织镇村干部32人): they are on duty, not volunteering. */
export const STAFF_NOUNS: readonly string[] = [
  ...['工作人员', '干部', '保洁人员', '保洁员', '职工', '公职人员', '环卫工', '清洁工'],
  // Census takers, appointed and paid by the census office, and a utility's repair crews (出动抢修人员96人).
  ...['普查人员', '普查员', '普查指导员', '抢修人员'],
];

/**
 * Acts people do for themselves (献血49人次, 5名适龄青年应征报名, 接种疫苗, 300余人参加了招聘会, 60位学员报名参加培训班):
 * people counted by one are donors, recruits, patients, job seekers or trainees, never people the office sent out,
 * whatever verb brought them.
 */
export const PERSONAL_ACTS: readonly string[] = [
  ...['献血', '献热血', '捐血', '采血', '应征', '接种', '就诊', '体检', '招聘', '应聘', '求职', '培训'],
  // Tested or screened (共计有747人登记筛检, 采样3000人).
  ...['筛检', '采样', '核酸检测'],
];

/**
 * …nor people the work was for: named by a verb of serving straight before them (组织慰问留守儿童近百人, 服务留守儿童113人)
 * or by a word of their need (其中贫困人口53人, 困难群众30人).
 */
export const PEOPLE_SERVED = {
  verbs: ['慰问', '走访', '看望', '探望', '服务', '帮扶', '救助', '资助', '关爱', '照顾', '陪伴', '接待'],
  needs: ['贫困', '困难', '困境', '留守', '孤寡', '五保', '低保', '特困', '受灾', '低收入', '弱势'],
  /** …or the public an event drew (吸引了3500余名游客参与): they came, nobody sent them. */
  public: ['游客', '观众', '客商', '顾客'],
} as const;

/** Money handed out to people in need (PEOPLE_SERVED.needs) is relief, filed with gifts as annotators file 救助金. */
export const RELIEF: CategoryId = 'donations';

/**
 * Verbs straight before 一 and a measure word that make it a count of one thing given, bought or sent out (捐赠一辆救护车,
 * 出动了一台挖掘机), no set phrase with 一. Simplified.
 */
export const ONE_GIVEN_VERBS: readonly string[] = [
  ...['捐赠', '捐献', '捐出', '赠送', '致赠', '赠予', '购置', '采购', '购买', '出动', '配备', '配发'],
];

/** Verbs that say people named before them joined the work (380名工作人员及志愿者投入一线, 20余人参与值守). Simplified. */
export const PEOPLE_JOINING: readonly string[] = [
  ...['投入', '加入', '参与', '参加', '坚守', '值守', '奋战', '报名'],
  // Going out among the people (77名宣传员进村入户发放倡议书).
  ...['进村入户', '走村入户', '深入'],
];

/**
 * Adverbs between people and a verb of the work that make them the ones doing it together (全镇干部群众100余人共栽种
 * 樱花树200棵, 30名志愿者一起清理河道): people mobilised. Simplified.
 */
export const PEOPLE_TOGETHER: readonly string[] = ['共同', '一起', '一同', '合力', '共'];

/**
 * Verbs that say people named before them were moved out of danger (113名村民被安全转移, 32名村民开始转移, 14户村民已被安置),
 * maybe after adverbs (VERB_ADVERBS): the office's work, its people the ones moved. Simplified.
 */
export const PEOPLE_MOVED: readonly string[] = ['转移', '撤离', '疏散', '安置', '避险'];
/** Adverbs between a count and the verb after it (报警器3051个已全部发放完毕, 14户村民已被安置). Simplified. */
export const VERB_ADVERBS: readonly string[] = [
  ...['已', '被', '全部', '安全', '紧急', '及时', '开始', '顺利', '均', '都', '陆续', '先后', '成功', '临时'],
];

/**
 * Beyond the verbs that say a figure's kind (src/lib/import/guessKind.ts, all but `counted`): actions of the office
 * that make a count of something no category covers worth a tally entry (关停5家超市, 封锁道路90余处, 检查车辆300辆次).
 * A count of something uncategorised with none of these verbs before it in its sentence (近200家中资企业, 4间大庙)
 * describes, and is reported rather than written.
 */
export const OTHER_WORK_VERBS: readonly string[] = [
  ...['装饰', '安装', '投放', '播报', '播发', '推送', '召开', '举办', '举行', '制止'],
  '投用',
  // Equipment put in or renewed (配置垃圾箱200余个, 更换路灯115根), goods unloaded (将40000个沙袋顺利卸完).
  '配置',
  '更换',
  ...['卸完', '卸货', '卸车', '卸载', '搬运'],
  // Means put to use in the work (利用4个大喇叭…播放, 使用消毒药物1668公斤, 运用60余台宣传车, 聘请4辆公共汽车).
  '利用',
  '使用',
  '运用',
  '聘请',
  '协调',
  '安排',
  '启用',
  '推广',
  '收缴',
  // Sampling drives: samples taken, work completed (采集核酸样本193份, 完成1230份样本采集); opinions gathered by deputies
  // and committees (收集意见和建议19条, 征集社情民意46件).
  '采集',
  '收集',
  '征集',
  '采样',
  // Vaccination drives: doses given (接种加强针368针次); blood drives: donors and blood given (36人成功献血).
  '接种',
  ...['献血', '捐血', '采血'],
  // Firms, schools and workers back at work after a lockdown (复工企业共17家, 返岗工人3100人, 复学复课).
  ...['复工', '复产', '开工', '返岗', '复学', '复课'],
  // Job fairs, training and jobs found (60多家企业进场招聘, 参加培训学员103名, 输出劳务人员450人, 新建合作社20个,
  // 招收下岗失业人员86名, 参训学员470余人, 吸纳安置50多名贫困户, 54位农村妇女获得技能证书).
  ...['招聘', '应聘', '求职', '培训', '输出', '达成', '引进', '新建', '招收', '参训', '吸纳', '获得'],
  // Elections held (登记选民34157人, 参加投票31088人, 选举产生委员51人).
  ...['选举', '投票', '参选', '当选', '选出', '登记'],
  // Conscription: young men examined, recruits sent off (190名适龄青年参加体检, 欢送7名新兵光荣入伍).
  ...['体检', '入伍', '参军', '欢送'],
  // Works and services done (危房改造93户, 修缮加固50户, 实施15户改造工程, 接待游客8万余人次, 建成15所食堂).
  ...['改造', '修缮', '实施', '接待', '建成'],
  // People moved out of danger and taken to work (转移群众796人, 护送584人), checks and penalties (清查, 行政处罚3人),
  // orders to put right served or signed (发出限期整改通知书208份, 下达整改通知3份, 签订整改通知书16家).
  ...['转移', '护送', '接送', '清查', '摸底', '查处', '处罚', '签订', '下发', '发出', '开具', '下达'],
  // Disputes mediated (网格员共计调解矛盾纠纷20余件, 调处各类矛盾纠纷405多件).
  ...['调解', '调处', '化解'],
  '完成',
  // Contests and shows held: the teams and players taking part, the shows put on, the audience (9支村广场舞代表队参加比赛,
  // 150余人同场竞技, 演出的节目共有30多个, 观众4000多人).
  ...['参赛', '比赛', '竞赛', '角逐', '竞技', '演出', '表演', '观看', '观赛', '观众', '观演'],
  '关停',
  '封锁',
  '封闭',
  '开展',
  '播放',
  '转发',
  '购买',
  '到货',
  // Flood work: sandbags filled, machines dispatched, sites walked, cadres sent down (装填沙袋2000余个, 调度挖机两台,
  // 调集冲锋舟3艘, 实地踏勘雨情81人次, 镇村干部下沉一线610余人次).
  ...['装填', '调度', '调派', '调集', '调动', '踏勘', '下沉'],
  // Drones sent up to spray (无人机已飞行15次).
  '飞行',
  // Poppies rooted out, vehicles and livestock checked, trees newly planted, tents loaded, households combed through
  // (铲除罂粟苗80余株, 查验车辆184辆次, 新植桃树20余万棵, 装载帐篷300顶, 摸排住户120户).
  ...['铲除', '查验', '新植', '装载', '摸排'],
  // Supplies stocked or topped up (储备充电机5台, 代储水泥50吨, 补充书籍2000余册).
  '储备',
  '补充',
  '代储',
  // Clean-up drives: places cleaned, rubbish carted off (清理房前屋后684处, 清运垃圾253车).
  '清理',
  '清运',
  '清除',
  '整治',
  '检查',
  '排查',
  '巡查',
  // Visits to households (走访慰问贫困户286户, 上门看望独居老人35户): the households visited.
  ...['走访', '慰问', '看望', '探望'],
  // Animals vaccinated or culled (免疫生猪1200头, 注射狂犬疫苗300只, 扑杀病猪15头), trees planted (栽植樱花200株,
  // 共种下了500株龙柏树苗, 共栽下100多棵树苗).
  ...['免疫', '注射', '扑杀', '种植', '栽植', '栽种', '补植', '植树', '种下', '栽下'],
  // Livestock work besides vaccination (补栏填槽5000余头, 清洗养殖场103个, 审批调运申请13份, 无害化处理死亡生猪615头).
  ...['补栏', '清洗', '审批', '处理'],
  // Drought relief: water trucked in, trucks and machines hired (已为村上送水300余吨, 雇请3台送水车).
  ...['送水', '雇请', '雇用', '租用'],
  // Fairs and festivals: visitors drawn, stalls let, exhibitors and firms present (吸引游客40万人次, 出租摊位176个).
  ...['吸引', '出租', '参展', '进场'],
  // Spring Festival couplets written for villagers (共书写春联600余幅, 义写约500幅春联).
  ...['书写', '义写'],
  // Projects of an investment drive signed or started (集中签约3个招商引资项目, 集中动工的项目共13个).
  ...['签约', '动工'],
  // Fake and unsafe goods destroyed (现场共销毁各类假冒伪劣商品共计1.3吨).
  '销毁',
  // Illegal buildings and boilers pulled down, vehicles impounded (拆除河道乱建10座, 查扣车辆25台), hazards put right
  // (累计整改飞线隐患62处).
  ...['拆除', '查扣', '扣押', '暂扣', '整改'],
  // Water works: channels built, reinforced, dredged (修建、加固沟渠共12条, 对3个水渠闸口进行清淤).
  ...['修建', '加固', '清淤', '疏浚'],
  // Works built or finished (累计建设村级光伏扶贫电站30座, 新修桥涵20余座, 已完工38户).
  ...['建设', '新修', '完工'],
  // Power works: poles put up, equipment added (架设39根电杆, 新增路灯165盏).
  ...['架设', '新增'],
  // Stalls and businesses banned (取缔流动摊点10余处).
  '取缔',
  // Goods exchanged for points at a points supermarket (共兑换5个电磁炉、9桶洗衣液).
  '兑换',
  // Repairs after storms and outages (已经修复2个, 抢修线路12条, 维修水管30处).
  ...['修复', '抢修', '维修', '检修', '修理'],
  // Matters handled for residents at a service centre (累计受理群众诉求32件, 代办事项150件, 办结120件).
  ...['受理', '办理', '办结', '代办', '帮办'],
  // People insured in a scheme the office runs (全乡已经参加保险人数达660人, 参保金额20070元).
  ...['参保', '投保', '参加保险'],
  // The audience of a lecture or a class (现场听课村民300余人, 近90名妇女聆听了讲座).
  ...['听课', '聆听'],
  // Households identified or taken in for monitoring (识别监测对象6户, 新纳入监测户12户, 认定低保户30户).
  ...['识别', '纳入', '认定'],
];

/**
 * Verbs and adverbs that end the noun phrase after a measure word, beside the verbs that say a figure's kind
 * (47支铜锣宣传队要求…: the teams; 分两组同步进行发放口罩: no masks counted). A Chinese noun phrase never runs on into
 * its own predicate.
 */
export const PREDICATE_STARTS: readonly string[] = [
  ...[
    '进行',
    '要求',
    '协助',
    '参与',
    '负责',
    '前往',
    '赶赴',
    '奔赴',
    '深入',
    '走访',
    '坚守',
    '值守',
    '奋战',
    '报备',
    '安排',
    '价值',
    '增加',
    '减少',
  ],
  ...['同步', '分别', '全力', '连续', '日夜', '轮流', '正在', '已经', '纷纷', '主动', '积极', '成功', '大力'],
  // Adverbs and the preposition that open a predicate (36个检测点就陆续有群众排队, 22支宣传队每天在各村广播).
  ...['陆续', '先后', '相继', '立即', '随即', '就', '都', '均', '平均', '也', '每', '在'],
  // …and how fast or when the counted went to work (12支宣传队迅速行动, 50名党员连夜赶赴).
  ...['迅速', '及时', '连夜', '冒雨', '火速', '第一时间'],
  ...['来到', '走进', '带到', '送往', '赶到', '给', '供', '用于', '通过', '全覆盖', '覆盖'],
  // Goods arriving (165箱价值3.3万元的日式大福糕点抵达镇政府大院).
  ...['抵达', '运抵', '到达', '送达', '驶进', '驶入'],
  // 等 closes an enumeration: what follows it sums the list up (电子测温器90个等多种消毒监测工具), it is not counted.
  '等',
  // Totals and what the counted did (全乡15处劝导站共计受理咨询85次).
  ...['共计', '累计', '合计', '受理'],
];

/**
 * Words that open a modifier right after a measure word (19支由乡干部、村两委成员、志愿者组成的入户宣传队,
 * 86份含缴费标准、时间、渠道的征缴公告): the noun counted follows the modifier's 的, over any 、 inside it.
 */
export const MODIFIER_OPENINGS: readonly string[] = [
  '由',
  '含',
  '含有',
  '包含',
  '包括',
  '印有',
  '写有',
  '载有',
  '附有',
  '内含',
];

/**
 * A verb followed by one of these is part of a noun (劝导站, 值守点, 宣传车, 服务队, 排查工作小组): it ends no noun
 * phrase.
 */
export const NOUN_SUFFIXES_AFTER_VERBS: readonly string[] = [
  '工',
  '站',
  '点',
  '队',
  '组',
  '员',
  '车',
  '岗',
  '所',
  '室',
  '棚',
];

/**
 * Names of bodies that hold a verb of the work (派出所: a police station, not 派出 "sent out"; 组织部: a party
 * department, not 组织 "organised"): read as no verb.
 */
export const NAMES_HOLDING_VERBS: readonly string[] = [
  ...['派出所', '组织部'],
  // Bodies named after building (建设公司、咨询公司…等55家企业: firms, not works built).
  ...['建设公司', '建设局', '建设银行', '建设单位'],
];

/** Characters a noun phrase never ends with (prepositions, particles, linking words): 对87名…, 的, 和. */
export const NOT_NOUN_ENDINGS = [
  '对',
  '向',
  '为',
  '给',
  '在',
  '了',
  '的',
  '和',
  '及',
  '与',
  '把',
  '将',
  '从',
  '共',
  '约',
  '达',
];

/**
 * A total said of work (共捕流浪犬8只, 累计回收农药包装废弃物920余斤, 共计添设警示牌200余块): after one of `openings`, any
 * verb says the count is work done, even one no list here names — unless the word straight after is one of `notWork`:
 * a standing count (共有, 共计有), a share (共占), a word 共 only begins (共同, 共建, 共青团, 共产党员, 共富) or an event
 * that merely happened (一共发生3起). 中共 and 公共 hold 共 too and open no total. Simplified.
 */
export const SUMMED_UP = {
  openings: ['共计', '累计', '共'],
  notAfter: ['中', '公'],
  notWork: [
    ...['有', '是', '约', '达', '涉及', '计', '为', '占', '覆盖', '发生'],
    ...['同', '享', '和', '与', '建', '治', '创', '富', '青', '产'],
  ],
} as const;

/**
 * Words that open a sentence telling what an event achieved (此次活动共清扫楼栋37栋, 活动期间展示花灯2280余盏, 本次春防共
 * 免疫山羊11390只): its counts are the event's results, whatever verb they have. Simplified.
 */
export const EVENT_SUMMARY_OPENINGS: readonly string[] = [
  ...['此次', '本次', '这次', '活动中', '活动期间', '活动当天', '活动现场'],
];
