/**
 * Context rules for Simplified → Traditional conversion: a whole class of OpenCC errors fixed at once, where the
 * glossary would list it one phrase at a time (只口罩, 只一次性口罩, 只医用护目镜…). A rule decides one character by
 * what stands right before or after it, and by how that character stands in the sentence's words (see
 * src/lib/conversion/contextRules.ts). Each rule says why, and its examples are tested
 * (src/lib/conversion/contextRules.test.ts), as is that no glossary entry contradicts it.
 */
export interface ConversionRule {
  /** What OpenCC gets wrong and why the rule's form is right. */
  why: string;
  /** The Simplified characters the rule decides, each with its Traditional form at the same place in `hant`. */
  hans: string;
  hant: string;
  /** What must stand right before the character: one of these (a character or a word). */
  after?: readonly string[];
  /** What must stand right after the character: one of these (a character or a word). */
  before?: readonly string[];
  /**
   * The character is an item of a list (items between enumeration commas, 、) next to one of these items: 米 or 油
   * in 米、面、油. Either neighbour will do.
   */
  listedWith?: readonly string[];
  /**
   * How the character must stand in the sentence's words, if it matters: `alone` (a word by itself: 3000|只|口罩,
   * not 只是) or `first` (the first character of its word: 于|主任 or 余某某, not 关于 or 其余).
   */
  word?: 'alone' | 'first';
  /** Sentences the rule converts (Simplified, Traditional as the rule makes it). */
  examples: readonly (readonly [hans: string, hant: string])[];
}

/** Numerals a measure word follows: digits, Chinese numerals and the approximate 几/数/多/余. */
const NUMERALS = [...'0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿几数多余半'];

/** Staple foods a township hands out, as items of a list (米、面、油; 大米、面、食用油). */
const STAPLES = [
  '米',
  '大米',
  '油',
  '食用油',
  '粮',
  '粮食',
  '粮油',
  '蛋',
  '鸡蛋',
  '肉',
  '猪肉',
  '奶',
  '牛奶',
  '盐',
  '糖',
  '菜',
  '蔬菜',
];

/** Titles and forms of address after a surname (于书记, 范老师, 朴女士). */
const TITLES = [
  '某',
  '书记',
  '副书记',
  '镇长',
  '副镇长',
  '乡长',
  '村长',
  '县长',
  '市长',
  '主任',
  '副主任',
  '局长',
  '处长',
  '科长',
  '部长',
  '所长',
  '站长',
  '院长',
  '校长',
  '队长',
  '组长',
  '会长',
  '社长',
  '经理',
  '总经理',
  '主席',
  '委员',
  '会计',
  '老师',
  '教授',
  '医生',
  '大夫',
  '护士',
  '师傅',
  '女士',
  '先生',
  '小姐',
  '同志',
  '同学',
  '阿姨',
  '大爷',
  '大妈',
  '大姐',
  '大哥',
  '奶奶',
  '爷爷',
  '老人',
  '警官',
];

export const CONVERSION_RULES: readonly ConversionRule[] = [
  {
    why:
      '量词“只”（一只鸭子）繁体作“隻”；OpenCC 只在它词典里的词（一只、两只、几只）中这样转换，阿拉伯数字或其他数词后的“只”留作“只”。' +
      '“只”单独成词且紧跟数词时是量词（“更多只是”中的“只是”是另一个词）。',
    hans: '只',
    hant: '隻',
    after: NUMERALS,
    word: 'alone',
    examples: [
      ['捐赠口罩3000只', '捐贈口罩3000隻'],
      ['鸭子80只', '鴨子80隻'],
      ['发放2000只一次性口罩', '發放2000隻一次性口罩'],
      ['共十余只', '共十餘隻'],
      ['这更多只是形式', '這更多只是形式'],
      ['只有3个人', '只有3個人'],
    ],
  },
  {
    why: '重叠的量词“一只只”繁体作“一隻隻”；OpenCC 只认得“一只”，第二个“只”留作“只”。',
    hans: '只',
    hant: '隻',
    after: ['一只'],
    word: 'alone',
    examples: [
      ['一只只羊跑过来', '一隻隻羊跑過來'],
      ['一只只小鸟', '一隻隻小鳥'],
    ],
  },
  {
    why:
      '助词“了”在“如何、如此、如果……”前仍作“了”；OpenCC 词典里的“了如”（了如指掌）是“瞭如”，它把“展示了如何”转成“展示瞭如何”。' +
      '须是单独成词的“了”（“了如指掌”里的不是）。',
    hans: '了',
    hant: '了',
    before: ['如何', '如此', '如果', '如今', '如下', '如同', '如实', '如期'],
    word: 'alone',
    examples: [
      ['视频展示了如何操作', '視頻展示了如何操作'],
      ['讲解了如何申报', '講解了如何申報'],
      ['他对情况了如指掌', '他對情況瞭如指掌'],
    ],
  },
  {
    why:
      '姓氏“余、于、范、朴、涂、钟”在“某、某某”或称呼（书记、主任、老师、女士……）前，繁体作“余、于、范、朴、涂、鍾”；' +
      'OpenCC 把它们当作普通字，转成“餘、於、範、樸、塗、鐘”。须是词首（“关于书记处”“其余老人”中的不是姓）。',
    hans: '余于范朴涂钟',
    hant: '余于范朴涂鍾',
    before: TITLES,
    word: 'first',
    examples: [
      ['于主任出席会议', '于主任出席會議'],
      ['村民余某某', '村民余某某'],
      ['范老师带队', '范老師帶隊'],
      ['朴女士表示感谢', '朴女士表示感謝'],
      ['涂某某在群里造谣', '涂某某在群裡造謠'],
      ['钟老师带领学生', '鍾老師帶領學生'],
      ['于书记讲话', '于書記講話'],
      ['关于书记处的通知', '關於書記處的通知'],
      ['由于主任出差', '由於主任出差'],
      ['其余老人已安置', '其餘老人已安置'],
    ],
  },
  {
    why:
      '列举的粮油副食里单列的“面”是面粉、面条，繁体作“麵”（米、麵、油）；OpenCC 只在“面粉”“挂面”这样的词里这样转换，单独的“面”留作“面”（脸面、方面的“面”）。' +
      '须单独成词，且相邻的一项是粮油副食（“点、线、面”里的不是）。',
    hans: '面',
    hant: '麵',
    listedWith: STAPLES,
    word: 'alone',
    examples: [
      ['此次共发放米、面、油等生活物资', '此次共發放米、麵、油等生活物資'],
      ['送去大米、面、食用油', '送去大米、麵、食用油'],
      ['为群众送去面、油', '為群眾送去麵、油'],
      ['坚持点、线、面结合', '堅持點、線、面結合'],
      ['米、面粉、油', '米、麵粉、油'],
    ],
  },
  {
    why: '“公布、发布、分布、宣布、颁布、散布”的“布”，教育部辞典的正体是“布”（“佈”是异体）；OpenCC 词典把它们转成“公佈、發佈、分佈”。',
    hans: '布',
    hant: '布',
    after: ['公', '发', '分', '宣', '颁', '散'],
    examples: [
      ['本通知自发布之日起施行', '本通知自發布之日起施行'],
      ['镇红十字会公布了第一批捐款名单', '鎮紅十字會公布了第一批捐款名單'],
      ['卡点分布在各村', '卡點分布在各村'],
      ['召开新闻发布会', '召開新聞發布會'],
    ],
  },
];
