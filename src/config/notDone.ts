/**
 * Words (Simplified) that, standing before a figure in its clause, make it something planned, supposed, asked for
 * or only possible rather than work done (将在…设立检查站, 若注射10人, 申请5台, 要组织一支10人的队伍, 只能买到2片): the
 * import reports such a number instead of tallying it. A word counts only where `unlessAfter` does not end the text
 * before it and `unlessBefore` does not start the text after it (按要求, 将近, 若干, 重要, 模拟).
 */
export interface NotDoneWord {
  word: string;
  unlessAfter?: readonly string[];
  unlessBefore?: readonly string[];
  /** The word counts only when one of these follows it (将在, 将支援 — not 将口罩送到, where 将 is 把). */
  onlyBefore?: readonly string[];
}

/** After 将 these say "will": an adverb, a preposition of place or time, or a verb of the office's work. */
const AFTER_WILL = [
  ...['在', '于', '会', '要', '陆续', '继续', '进一步', '逐步', '持续', '再', '优先', '全力', '统一', '尽快', '分批'],
  ...['向', '为', '从', '支援', '提供', '组织', '发放', '设立', '分送', '派', '开展', '安排', '投入', '启动'],
  // Going out to hold more (文艺演出还将深入社区、农村…举办9场活动).
  ...['深入', '走进', '举办', '举行'],
];

export const NOT_DONE_WORDS: readonly NotDoneWord[] = [
  // Conditions.
  ...['如果', '假如', '倘若', '如若'].map((word) => ({ word })),
  { word: '若', unlessBefore: ['干'] },
  // Plans, intentions, expectations.
  { word: '将', onlyBefore: AFTER_WILL, unlessAfter: ['即', '并', '必', '终'], unlessBefore: ['会员', '会议'] },
  { word: '即将' },
  { word: '拟', unlessAfter: ['模', '虚'] },
  // 计划处, 计划科: an office's name; 计划单列市: a kind of city; 计划生育, 计划怀孕人群: family planning, no plan of
  // the office.
  { word: '计划', unlessAfter: ['按', '照', '据'], unlessBefore: ['生育', '怀孕', '处', '科', '单列'] },
  ...['打算', '预计', '预期', '希望'].map((word) => ({ word })),
  // 争取 is striving for a target (争取年底前完成) — not funds or support secured (争取上级资金14万元, 争取到, 积极争取).
  { word: '争取', unlessAfter: ['积极'], unlessBefore: ['到', '资金', '上级', '支持', '项目', '财政', '专项', '后盾'] },
  // What the work is to ensure (确保每个贫困户均有1个以上增收项目): a target — not what it ensured (确保了).
  { word: '确保', unlessBefore: ['了'] },
  // What an agreement promises (约定…在2023年底之前再拨付35万元).
  { word: '约定' },
  // Money set aside in a budget (特别编列225万预算): planned, not spent or given.
  ...['编列', '预算'].map((word) => ({ word })),
  // Requests and needs.
  // 申请到的: obtained by applying (将申请到的28950元救助金兑付到受灾户手中).
  { word: '申请', unlessBefore: ['到'] },
  // 符合献血要求的: the requirements met, a noun.
  { word: '要求', unlessAfter: ['按', '照', '据', '的'], unlessBefore: ['的'] },
  ...['需要', '急需', '亟需'].map((word) => ({ word })),
  // 需 alone before a verb of works or supplies (需安装暖风机6472台) — not before what a check found needing work
  // (共排查需封锁路段1处…等7项隐患), nor in 必需, 无需.
  {
    word: '需',
    unlessAfter: ['所', '急', '亟', '无', '必'],
    onlyBefore: ['安装', '改造', '建设', '新建', '增设', '完成', '采购', '购置', '投入', '配备', '发放'],
  },
  // 生活所需: daily necessities, a noun (采购生活所需物资40多吨).
  { word: '所需', unlessAfter: ['生活'] },
  {
    word: '要',
    // 在显要位置, 简要介绍, 纲要: 要 inside a word.
    unlessAfter: ['重', '主', '需', '只', '必', '紧', '首', '纪', '摘', '概', '提', '扼', '显', '简', '纲', '机', '险'],
    unlessBefore: ['求', '点', '素', '道', '害', '闻', '地', '员', '事', '件', '案'],
  },
  // What a disaster or a glut caused (导致近300吨鲜姜滞销): the harm the work answers, not the work.
  ...['导致', '造成'].map((word) => ({ word })),
  // Needed no more.
  ...['无需', '无须', '不需要', '不必'].map((word) => ({ word })),
  // What should be done (应登记5484户, 应参保人数): a target, before a verb of the work.
  { word: '应', onlyBefore: ['登记', '到', '参保', '参加', '缴', '收', '交', '完成', '接种', '检测', '普查', '入户'] },
  // Limits and minimums set (标语不低于500幅, 每人限购2片, 每次仅开放5位): rules, not what was done.
  ...['不低于', '不少于', '不超过', '限购', '限量', '仅开放', '只开放', '仅允许', '只允许'].map((word) => ({ word })),
  // Only possible, or what a place can hold.
  ...['只能', '才能', '可以', '能够', '应当', '应该', '可容纳', '能容纳', '可供'].map((word) => ({ word })),
  // A peak capacity (一天最大接种量达6700多剂次, 最大日处理能力), not what was done; what a store can meet
  // (能完全满足3000人临时转移安置需求).
  { word: '最大' },
  { word: '满足' },
  // A plant's capacity (烘干日处理能力由70吨增长到了150吨) — not people able to work (有劳动能力的贫困户140户).
  { word: '能力', unlessAfter: ['劳动'], unlessBefore: ['的'] },
  // 可 before a verb: a capacity (一次可喷洒近10公斤, 每日可收获近15吨), not what was done — but 可领 is what each
  // person is handed (每名乡民可领取1千元), and 可穿戴, 可即食, 可回收… are adjectives of the noun (可即食干粮230箱).
  {
    word: '可',
    unlessAfter: ['认', '许', '不', '宁', '尚'],
    unlessBefore: [
      ...['领', '爱', '是', '见', '喜', '靠', '口', '疑', '行', '观', '贵', '歌', '敬', '怜'],
      ...['穿戴', '穿带', '即食', '食用', '回收', '降解', '再生', '持续', '移动', '视化', '燃', '追溯'],
    ],
  },
];

/**
 * Verbs of arriving or of giving: after the figure, 将于/将在 … one of these says the goods are still on their way
 * (第二批10000个口罩也将于近日送达) or the gift still to be made (另4万元将在管控措施解除后捐给学校), not received or
 * given — unlike 将统一转交, where the money is in hand.
 */
export const STILL_TO_ARRIVE = [
  ...['送达', '送到', '运抵', '运到', '到达', '抵达', '到位', '到货'],
  ...['捐给', '捐赠', '捐献'],
] as const;

/**
 * Words that, opening a sentence, make every figure in it planned (预计在行动中…，使用消毒药品740公斤，…), however many
 * clauses follow. Simplified.
 */
export const PLAN_OPENINGS = ['预计', '计划', '拟', '打算'] as const;

/**
 * Words after a plan word in a sentence that turn back to what was done (计划发放1万份，目前已发放8000份; 县里计划…，
 * 全镇共栽植…; 计划发两辆大客车，…，发了五辆). Without one, the plan word governs the clauses that follow it
 * (计划在西薛村营造防护林，栽植苗木10万多株; 计划供苗150万株，其中杉木130万株). Simplified.
 */
export const DONE_AGAIN = [
  ...['已', '共', '累计', '完成', '截至', '截止', '目前', '实际'],
  ...['结果', '最终', '没想到', '了'],
] as const;

/**
 * Words after a not-done word in the clause, before the figure, that turn back to what was done (全镇计划…2582户已安装
 * 完成2000户): fewer than DONE_AGAIN, since in one clause 完成, 共 and 了 follow a plan word too (预计…将完成2165户).
 * Simplified.
 */
export const DONE_IN_CLAUSE = ['已', '目前', '截至', '截止', '实际'] as const;
