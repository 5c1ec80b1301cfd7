import type { RemovalCode } from '../i18n/messages/message.ts';

/**
 * Labels of the links to the previous and the next story (上一篇：…  下一篇：…): a line holding one of each, each with
 * its colon, is navigation however long the two titles make it.
 */
export const PREVIOUS_NEXT = {
  previous: ['上一篇', '上一条', '上一则'],
  next: ['下一篇', '下一条', '下一则'],
} as const;

/**
 * The words of web-page furniture, for `npm run import`: what news and government sites put around an article
 * (navigation, share bars, counters, footers…). Written in Simplified: the import matches them against each line
 * converted to Simplified character for character, so Traditional pages are covered by the same words; words only
 * Taiwan/Hong Kong sites use are listed in their Simplified form (发烧新闻 for 發燒新聞).
 *
 * Each group is named by the message the import's report gives for a line it dropped (src/i18n/messages/). A line is furniture when it is short
 * and holds one of the phrases; long lines (sentences) are never dropped for a word they contain.
 */
export const FURNITURE_PHRASES: Readonly<Partial<Record<RemovalCode, readonly string[]>>> = {
  'removed.shareBar': [
    '分享到',
    '分享至',
    '网页右上角按钮分享',
    '微信扫码',
    '分享给朋友',
    '朋友圈',
    'QQ空间',
    '新浪微博',
    '复制链接',
  ],
  'removed.appPrompt': [
    // A WeChat account's ask to pin it (點上方臺山發布，關注并設星標).
    '设星标',
    '扫一扫',
    '扫码',
    '二维码',
    '长按识别',
    '关注公众号',
    '关注微信',
    '在手机打开',
    '当前页面',
    '下载APP',
    '下载客户端',
    '打开APP',
    '用APP看',
    '点我下载',
    '加入好友',
    '官方帐号',
    '粉丝团',
    '看更多',
    '按我看',
  ],
  'removed.printBar': [
    // A page's width toggle (恢复窄屏, 切换宽屏).
    '窄屏',
    '宽屏',
    '打印本页',
    '打印正文',
    '关闭窗口',
    '返回顶部',
    '设为首页',
    '加入收藏',
    '字号',
    '字体',
    '字型',
    '字级',
    '【打印】',
    '【关闭】',
    '[打印]',
    '[关闭]',
    // A read-aloud widget (语音合成中，请耐心等待..., 进入播报模式, 退出播报模式).
    '语音合成中',
    '播报模式',
  ],
  'removed.navigation': [
    ...PREVIOUS_NEXT.previous,
    ...PREVIOUS_NEXT.next,
    '返回首页',
    '当前位置',
    '您的位置',
    '您现在的位置',
    '继续阅读',
    '阅读原文',
    '阅读全文',
    '展开全文',
    // A paper site's label over the excerpt it shows (论文部分内容阅读).
    '部分内容阅读',
    '网站首页',
    // A login box's title and prompt (用户登录 / 还没有账号？).
    '用户登录',
    '还没有账号',
    // A portal's menu button (更多分类).
    '更多分类',
    '全部分类',
    '网站地图',
    '网站导览',
    '网站简介',
    '联系我们',
    '请登录',
    '登录注册',
    // A site's welcome bar (欢迎访问, 欢迎光临本站, 欢迎您访问某某网!).
    '欢迎来到',
    '欢迎访问',
    '欢迎光临',
    '欢迎您来到',
    '欢迎您访问',
    '欢迎您光临',
    // Skip links of accessible sites (按Enter到主內容區, 跳到主要內容).
    '主内容区',
    '跳到主要内容',
    '跳至主要内容',
    '跳过导航',
    // The buttons of a link's exit dialog (繼續訪問放棄), on a line of their own.
    '继续访问',
    // An e-paper's page picker (第05版:综合新闻 PDF版阅读 … 上一版 下一版).
    'PDF版',
    '本版新闻',
    '上一版',
    '下一版',
    '上一期',
    '下一期',
    '版面导航',
    '版面概览',
    '往期回顾',
    '返回目录',
    '本版导航',
    // A forum thread's toolbar (Discuz!: 跳转到指定楼层, 只看该作者, 倒序浏览, 上一主题 下一主题).
    '跳转到指定楼层',
    '只看该作者',
    '倒序浏览',
    // …and its poster's card (访问TA的空间 加好友 用道具); lower case.
    '访问ta的空间',
    '加好友',
    '用道具',
    // A consulting site's button (立即在线咨询 >).
    '立即在线咨询',
    '上一主题',
    '下一主题',
    // An app's notice at the end of its issues or articles (这已经是最后一期了哦!).
    '已经是最后一期',
    '已经是第一期',
    '已经是最后一篇',
    '已经是第一篇',
  ],
  'removed.siteFooter': [
    ...['主办单位', '承办单位', '技术支持', '网络支持', '投诉电话', '举报电话', '免责声明'],
    // Its advertising desk and slots (广告服务, 广告热线:…, 自定义html广告位, 自動輪播廣告); 广告 alone is a word of
    // headlines too (开展广告条幅清理规范专项行动).
    ...['广告服务', '广告联系', '广告热线', '广告投放', '广告合作', '广告经营', '广告托播', '网络广告', '广告位'],
    ...['广告占位', '轮播广告', '页广告', '公所广告'],
    // A government site's badge (网站支持IPv6).
    '支持IPv6',
    // The site's owners as labelled fields (主办:中共某某区委;主管:某某区委宣传部;承办:某某新闻信息中心).
    ...['主办:', '主办：', '主管:', '主管：', '承办:', '承办：'],
    // …and an account's producer (出品:中共某某镇委员会).
    ...['出品:', '出品：'],
    // Its name and contacts as labelled fields (网站名称:山水腾蛟网, QQ:8783-2956, 邮箱:…@qq.com); lower case.
    ...['网站名称:', '网站名称：', 'qq:', 'qq：', '邮箱:', '邮箱：', 'email:', 'e-mail:'],
  ],
  // A label over a sponsor's links (贊助商鏈接, 赞助商连结).
  'removed.linkRow': ['赞助商链接', '赞助链接', '赞助商连结', '赞助连结'],
  'removed.photoCredit': ['示意图', '资料照', '资料图', '非当事照'],
  // …and a forum's prompt to download a photo it holds as an attachment (点击文件名下载附件).
  'removed.imageEnlargePrompt': ['看清晰大图', '查看大图', '点击看大图', '点击放大', '文件名下载附件'],
  'removed.counter': [
    '访问量',
    '访问次数',
    '浏览次数',
    '浏览量',
    '阅读量',
    '阅读次数',
    '点击数',
    '点击量',
    '热度:',
    '热度：',
    '本篇文章',
    '读完约',
    '已被查看',
    '点阅',
    '浏览人次',
    // An app's counters under its headline (阅读数:413 本文字数:324), and the place a platform shows for an account
    // (IP属地:未知).
    '阅读数',
    '本文字数',
    'IP属地',
  ],
  'removed.relatedLinks': [
    '相关文章',
    '相关新闻',
    '相关阅读',
    '相关链接',
    '相关信息',
    '相关推荐',
    '新闻推荐',
    '原创推荐',
    '推荐阅读',
    '推荐专题',
    '延伸阅读',
    '猜你喜欢',
    '热门文章',
    '热门新闻',
    '热门推荐',
    '热点新闻',
    '更多新闻',
    '本版其他新闻',
    '本版其它新闻',
    '发烧新闻',
    '网友回应',
    // A blog's comment area (发表意见).
    '发表意见',
    '精彩评论',
    '发表评论',
    '网友评论',
    '我要评论',
    '点击这里给我发消息',
    '留言板',
  ],
};

/** An ad slot's label standing alone on its line, once or repeated (广告, 廣告 廣告). */
export const AD_MARKS: readonly string[] = ['广告'];

/**
 * Tags a news site sets before the headlines of its lists (【视频】…, 【短视频】…, 快讯!…, 重磅!…): a line opening with
 * one, in brackets or before ! or a colon, is another story's title. A run of short title lines after the body
 * holding one is a related-stories list (so is one whose titles are cut at one width).
 */
export const STORY_TAGS: readonly string[] = ['视频', '短视频', '快讯', '重磅', '辟谣', '独家', '图解', '组图', '直播'];

/**
 * 标题(图), 标题（组图）: a news site marks a headline whose article has photos with one of these in brackets closing it.
 * A line near the body closing so is its headline; the mark is no part of it.
 */
export const HEADLINE_PHOTO_MARKS: readonly string[] = ['图', '组图', '多图', '图文'];

/**
 * A content site's reading prompt (乖乖在家看影片:, (往下還有更多精彩文章!)): a short line wholly in brackets or ending
 * with a colon, holding one of these. It points at what the site shows after the article, so it ends the article like a
 * related-stories label.
 */
export const READING_PROMPT_WORDS: readonly string[] = ['往下', '更多', '精彩', '影片', '视频'];

/**
 * Legal and rating notices no article contains: a line holding one is furniture however long it is (an age-rating
 * interstitial or a reprint notice is written in full sentences).
 */
export const FURNITURE_NOTICES: Readonly<Partial<Record<RemovalCode, readonly string[]>>> = {
  'removed.copyrightNotice': [
    '版权所有',
    'copyright',
    '©',
    '非经授权',
    '不得转载',
    '未经授权',
    '禁止转载',
    // A reposting site's disclaimer (本网转载文章…仅代表作者个人观点，不代表本站立场…如有侵权请联系删除).
    '仅代表作者',
    '如有侵权',
    // …or leaves the truth of what it reposts to the reader (以上是网络信息转载，信息真实性自行斟酌。).
    '真实性自行',
  ],
  'removed.registrationFooter': [
    ...['ICP备', 'ICP证', '公网安备', '网站标识码', '不良信息举报', '违法和不良'],
    // A news site's licence (互联网新闻信息服务许可证, 互联网新闻信息许可证服务编号:61120190002).
    ...['新闻信息服务许可证', '新闻信息许可证'],
  ],
  'removed.ageRating': ['网站分级', '分级处理办法', '限制级', '需满18岁'],
  // A Taiwanese government site's note on its documents, in a sentence (本網站文件皆為ODF開放文件格式，建議您安裝…).
  'removed.siteFooter': ['开放文件格式'],
  // A blog's comment area, closed (回應已關閉。).
  'removed.relatedLinks': ['回应已关闭'],
  // 《观传媒》提醒您：防范新冠肺炎，…: the same paragraph under every story of the site, addressed to the reader.
  // …and a content site's sign-off under every page (高顿网校小编寄语：…).
  'removed.standingReminder': ['》提醒您', '小编寄语'],
  // How to share the page, in sentences (用微信“扫一扫”，点击右上角分享按钮，即可将网页分享给您的微信好友或朋友圈。).
  'removed.shareBar': ['分享给您的微信好友'],
  // A Taiwanese government site's access notes and menu marks (CSS樣式表與SCRIPT無法正常顯示時，並不會影響到網頁的閱讀;
  // 公開及查詢平臺(另開視窗)), however long the line they stand in; a forum's sign-up prompt in sentences (马上注册，结交
  // 更多好友，享用更多功能…请登录后查看。).
  'removed.navigation': ['script无法正常显示', '另开视窗', '结交更多好友'],
};

/**
 * A reprint notice by its form, in whatever words (未经许可或明确书面授权，任何人不得复制、转载…, 未经许可，任何渠道、平台
 * 请勿转载): one of `conditions` and one of `acts` in one paragraph. Like a related-stories label, it ends the article.
 */
export const REPRINT_NOTICE = {
  // …or the request that stands for a condition (转载请注明出处, 转载请说明文章出处).
  conditions: ['未经', '非经', '未获', '务经', '须经', '请注明', '请说明', '请联系', '请短信联系'],
  acts: ['转载', '复制', '摘编', '镜像', '转贴', '刊用'],
} as const;

/**
 * A site's disclaimer of the views it carries, in whatever words (本网站所刊载信息，不代表中新社和中新网观点, 不代表本站
 * 立场): the site speaking of itself (one of `sites`), a denial and what is denied, in one paragraph. A reprint notice
 * of a kind, it ends the article likewise.
 */
export const VIEWS_DISCLAIMER = {
  // 本文: 本文为某号作者上传并发布，仅代表该作者观点，不代表某某新闻的观点和立场. 本公司: a blog host's (博客文章文责自负，
  // 不代表本公司立场).
  sites: ['本网', '本站', '本平台', '本刊', '本报', '本文', '本公司'],
  // …or of its liability for them (本站部分信息由相应民事主体自行提供…本网对此不承担任何保证责任).
  denials: ['不代表', '不承担'],
  views: ['观点', '立场', '责任'],
} as const;

/**
 * A site claiming the rights to what it carries (凡本网注明…的所有文字…，版权均属某某网所有, 本网自有版权作品): the site speaking of itself
 * and a claim, in one paragraph. Ends the article as a reprint notice does, even when the page cuts it short.
 */
export const RIGHTS_CLAIM = {
  sites: VIEWS_DISCLAIMER.sites,
  claims: ['版权均属', '版权归', '版权所有', '著作权归', '自有版权'],
} as const;

/**
 * A content site's sign-off to its readers (以上就是关于…全部的内容，关注我们，带您了解更多相关内容; 某某网小编提示，记得把
 * "…"分享给大家!): one of `openings` and one of `asks` in one paragraph, after the article.
 */
export const READER_SIGN_OFF = {
  openings: ['以上就是关于', '小编'],
  asks: ['分享给大家', '关注我们', '带您了解更多'],
} as const;

/**
 * A reposting site's takedown offer (若来源标注错误或侵犯了您的合法权益，请与本站联系，我们将及时更正、删除; 如有侵权请联系删除):
 * an infringement and a removal in one paragraph. Ends the article as a reprint notice does.
 */
export const TAKEDOWN_NOTICE = {
  // …or the rights holders it could not reach, asked to get in touch (请相关权利人与本网站联系).
  infringements: ['侵犯', '侵权', '权利人'],
  removals: ['删除', '与本网站联系', '与本网联系'],
} as const;

/**
 * Notices a site sets on every page, found by two words in one short line: one of `subjects` and one of `asks`.
 * Browser notices (您的IE浏览器版本太低,请升级…, 建议使用Chrome浏览器, 最佳浏览分辨率), submission notices
 * (【投稿请邮件 …】, 新闻线索请拨打热线…), public-health hotline notices and a link's exit dialog; a mail address (with
 * @ or, against harvesters, #) asks as a word does.
 * Either word alone is common in articles; both in one line are not.
 */
export const SITE_NOTICES: readonly { subjects: readonly string[]; asks: readonly string[] }[] = [
  {
    subjects: ['浏览器', 'chrome', 'firefox', '火狐', 'safari'],
    asks: ['升级', '版本', '不支持', '建议使用', '推荐使用', '请使用', '兼容', '最佳', '分辨率', '更换', '下载'],
  },
  {
    subjects: ['投稿', '来稿', '爆料', '新闻线索', '商务合作', '区域合作', '广告合作'],
    asks: ['邮箱', '邮件', '信箱', 'email', 'e-mail', '热线', '电话', '微信'],
  },
  {
    // A news site's standing public-health notice (…疾管署持續疫情監測…如有疑似症狀,請撥打:1922專線): the health
    // authority and its hotline, under every story of the epidemic.
    subjects: ['疾管署', '疾病管制署'],
    asks: ['请拨打', '请拨', '请洽'],
  },
  {
    // A blog's comment form (發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *).
    subjects: ['电子邮件地址', '电子邮箱地址', '邮箱地址', '电子邮件'],
    asks: ['不会公开', '不会被公开', '必填'],
  },
  {
    // A link's exit dialog left in the page (您访问的链接即将离开“某某”门户网站 是否继续?).
    subjects: ['即将离开', '将要离开', '即将跳转'],
    asks: ['是否继续', '继续访问', '确定'],
  },
];

/**
 * A forum's prompt to log in or register to see more (马上注册，即可查看完整内容…, 您需要 登录 才可以下载或查看，没有帐号？
 * 注册会员, 登入後才能回覆): one of `verbs` and one of `asks` in one short line. The verbs alone are buttons
 * (FURNITURE_WORDS).
 */
export const LOGIN_PROMPT = {
  verbs: ['登录', '登入', '注册'],
  asks: ['即可查看', '才可以', '才能', '后才', '没有帐号', '没有账号', '回帖', '回复', '享受更多'],
  /**
   * 手机号码，快捷登录: what a login bar offers to log in with; such a bar is a few words, no sentence. A login form's
   * fields (检索: 帐户 密码 记录帐户) are two or more words holding one, set apart by spaces.
   */
  credentials: ['手机号', '验证码', '密码', '账号', '帐号', '账户', '帐户', '用户名'],
} as const;

/**
 * The roles a site's footer gives its owners, each closing a clause (中共某某县委、某某县人民政府主管,县委宣传部主办,
 * 某某融媒体中心承办): two such clauses make the line a footer.
 */
export const SITE_OWNER_ROLES: readonly string[] = ['主管', '主办', '承办', '协办', '内容保障'];

/**
 * 在线必亡 发表于 2021-2-24 09:00: the words before the date in a forum post's header. Below the article's start, such
 * a header opens the replies to it.
 */
export const FORUM_POST_VERBS = ['发表于', '回复于'] as const;

/**
 * 【夹江】2020-2-25发表: 标题 正文…: a verb closing a post's stamp, after the date and before a colon. A line opening
 * with such a stamp (maybe after a tag in brackets) is split after it: the stamp is metadata.
 */
export const STAMP_POST_VERBS: readonly string[] = ['发表', '发布'];

/**
 * Delimiters of markup comments and CMS template blocks that leak into a page's text (<!-- … -->, a comment's tail
 * --> … /enpproperty-->, 帝国CMS's [!--empirenews.page--], <![CDATA[ … ]]>), and of a scraper's image element left as
 * text (<image>data:… alt="…"</image>, whose alt text is read as a line of its own): what stands between them is page
 * code.
 */
export const PAGE_CODE_DELIMITERS = {
  open: ['<!--', '[!--', '<![CDATA[', '<image>'],
  close: ['-->', '--]', ']]>', '</image>'],
} as const;

/**
 * A forum's formatting code left in a post's text ([align=center][font=宋体][b]…[/b]): these tag names in square
 * brackets, with or without a value, are page code, as is the run of random marks such forums strew between
 * paragraphs against copying (& u3 Y! Q% j* ]).
 */
export const FORUM_CODE_TAGS: readonly string[] = [
  'b',
  'i',
  'u',
  's',
  'align',
  'color',
  'backcolor',
  'font',
  'size',
  'url',
  'img',
  'quote',
  'list',
  'indent',
  'p',
  'td',
  'tr',
  'table',
  'hr',
  'float',
  'attach',
  'media',
  // Players a post embeds ([video]https://v.qq.com/…[/video]).
  ...['video', 'audio', 'flash'],
];

/**
 * Markers of advertising and teaser links (►Her今天推出… ►二手票券…): a line of two or more items, each opened by one
 * of these and none holding a sentence's punctuation, is a row of links, not the article.
 */
export const LINK_MARKERS: readonly string[] = ['►', '▶', '▷', '▸', '➤', '➢', '☞', '●'];

/**
 * A breadcrumb's label ends with this word and a colon (当前位置：, 现在位置: , 您所在的位置：): with steps after it
 * (首页 - 资讯中心 - 标题, 首页 > 乡镇), the line is navigation however long the last step (the headline) makes it.
 */
export const BREADCRUMB_LABEL_ENDING = '位置';

/**
 * A breadcrumb opening with the site's home (首頁/地方綜合/标题): the steps after it are sections, the last one the
 * article, however long.
 */
export const BREADCRUMB_HOMES: readonly string[] = ['首页'];

/**
 * Marks a text copy of a page sets before each item of a list (- 标题, * 标题): after the body, a run of short lines
 * each led by one of these and a space is a list of links to other stories.
 */
export const LIST_ITEM_MARKERS: readonly string[] = ['-', '*', '+'];

/**
 * A TV script's name super (01 礁溪鄉長 張永德): a serial number, who the speaker is, ending in one of these, a space
 * and a name. It names the speaker of a quote the text has lost.
 */
export const SPEAKER_TITLE_ENDINGS: readonly string[] = [
  '长',
  '代表',
  '主任',
  '书记',
  '委员',
  '议员',
  '干事',
  '医师',
  '医生',
  '护理师',
  '村民',
  '居民',
  '民众',
  '志工',
  '志愿者',
  '老板',
  '负责人',
];

/**
 * A credit line naming who supplied the text ends with one of these (医技药剂党支部、药剂科供稿): metadata, not the
 * article. Who supplied the photos (…供图) is a photo credit: PHOTO_CREDIT_ENDINGS.
 */
export const CREDIT_SUFFIXES: readonly string[] = ['供稿'];

/**
 * Characters pages write for the slash of a byline or credit (記者范振和∕吉安報導, 图／张三): the full-width solidus,
 * the division slash and the fraction slash. The byline and credit patterns read each of them as `/`.
 */
export const SLASH_LOOKALIKES: readonly string[] = ['／', '∕', '⁄'];

/**
 * A photo credit, in brackets inside or between paragraphs, closing a caption, or as a line of its own: it starts
 * with one of these labels and a slash or colon ((圖/吉安鄉公所提供), （图：张三）), or names who supplied the photo
 * before a supplier ending (青山镇党政办供图), or the photographer, maybe with a role, before a photographer ending
 * ((记者 张三 摄)).
 */
export const PHOTO_CREDIT_LABELS: readonly string[] = ['图', '图片', '照片', '摄影', '图片来源', '图源', '照片来源'];
/**
 * A note on where the photos come from, as a line of its own (翻攝自Pinkoi,下同。, 示意圖,翻攝自新北市政府。,
 * 截图来源：青山发布): every clause of it is one of `words`, maybe with one of `links` and where from, or one of
 * `alone` (下同: the note holds for the photos below).
 */
export const PHOTO_SOURCE_NOTE = {
  words: ['翻摄', '翻拍', '截图', '截屏', '示意图', '资料图', '资料照', '图片', '照片', '图'],
  links: ['自', '来源', '取自', '源自'],
  alone: ['示意图', '资料图', '资料照', '非当事照', '下同'],
} as const;
/**
 * Endings of a photo's caption that names no event (活动现场, 会议掠影, 校园一角): after a word or two (SCENE_CAPTION in
 * furnitureLines), a scene under a photo, never a headline.
 */
export const SCENE_CAPTION_ENDINGS = ['现场', '掠影', '剪影', '一角'] as const;
/**
 * Words of an action caught in progress (工人正在赶制电子元件, 村民们正忙着修建山坪塘): a line of one clause holding one
 * describes a photo, never a headline (a headline tells what was done).
 */
export const IN_PROGRESS_WORDS = ['正在', '正忙着'] as const;
/**
 * Endings of a group photo's caption (志愿者服务分队合影, 与学生代表合影留念): a line without a sentence's punctuation
 * ending so names who stood for the photo, never a headline.
 */
export const GROUP_PHOTO_ENDINGS = ['合影', '合影留念', '合照'] as const;
/**
 * A credit for all the photos of a story (本文图片均为青山日报记者张三摄): one of `scopes` and one of PHOTO_CREDIT_LABELS,
 * one of `verbs`, then the photographer. Pages glue it between two sentences, so it is found wherever a sentence ends.
 */
export const PHOTO_CREDIT_SCOPE = {
  scopes: ['本文', '文中', '本版'],
  verbs: ['均为', '均由', '皆为', '都为'],
} as const;
export const PHOTO_SUPPLIER_ENDINGS: readonly string[] = ['供图'];
/** Supplier endings that make a credit only in brackets ((鄉公所提供)): closing a sentence, 提供 is a verb. */
export const BRACKETED_SUPPLIER_ENDINGS: readonly string[] = ['提供'];
export const PHOTOGRAPHER_ENDINGS: readonly string[] = ['摄'];
export const PHOTOGRAPHER_ROLES: readonly string[] = ['记者', '通讯员', '摄影'];
/**
 * Marks a page sets before a photo's caption, pointing at the photo (▲鄉公所舉辦防火宣導。, △里長發送口罩。): a line
 * opening with one is a caption, never a headline.
 */
export const CAPTION_MARKS: readonly string[] = ['▲', '△', '▼', '↑'];
/**
 * A poster's or a chart's caption closes with what it is (`graphics`), a space, and who made it, a name before one of
 * `makers` (…巡迴峨眉海報    何高祿編製): a caption, never a headline.
 */
export const GRAPHIC_CREDIT = {
  graphics: ['海报', '图', '图表', '漫画', '宣传画', '长图'],
  makers: ['编制', '制图', '绘制', '绘图', '设计', '制作'],
} as const;

/**
 * 【采访人员】周甫琦, 【南方日报记者】魏英: a label in brackets naming a person's role, ending in one of these (or a
 * byline role word), followed by names only, is a byline.
 */
export const PERSON_ROLE_ENDINGS: readonly string[] = ['员', '者', '人'];

/**
 * A bracketed name closing the article that ends in one of these is the office that wrote it ((德清县发改局),
 * （青山镇党政办）): metadata, not the article.
 */
export const OFFICE_ENDINGS: readonly string[] = [
  '局',
  '办',
  '委',
  '部',
  '中心',
  '政府',
  '办事处',
  '街道',
  '所',
  '站',
  '院',
  '队',
  '科',
  '室',
  '厅',
  '处',
];

/**
 * A news dateline (电头) opening a lead or standing alone: metadata, not the article. Either a news source ending in
 * one of `sourceEndings` and then 讯 (本报讯, 本站讯, 青山日报讯), or a source, a date and one of `afterDate`
 * (新华社北京2月1日电, 青山客户端1月7日消息).
 */
export const DATELINE = {
  sourceEndings: ['报', '站', '网', '台', '社', '端'],
  afterSource: ['讯'],
  afterDate: ['电', '讯', '消息'],
} as const;

/**
 * A government site's groups of links, each a short line of its own ending in one of these (国务院部门网站, 县市区政府网站,
 * 各省、直辖市政府网站, 其他网站); in a sentence (详情已在青山镇政府网站公布) they are text.
 */
export const LINK_GROUP_ENDINGS: readonly string[] = ['部门网站', '政府网站', '其他网站'];

/**
 * Words opening a site's bar of today's date (今天是2024年04月28日 星期日): the day the page was saved, never the
 * day the article was published.
 */
export const DATE_BAR_OPENINGS: readonly string[] = ['今天是', '今日是', '今天', '今日'];

/**
 * Labels of a page's summary box (摘要：…): the line repeats the headline or the lead, however long it is, so it is
 * furniture when it starts with one of these and a colon.
 */
export const SUMMARY_LABELS: readonly string[] = ['摘要', '内容提要', '提要', '导读', '核心提示', '小编'];

/**
 * A disclaimer or copyright statement opens with one of these labels and a colon (免责声明：…), or in brackets
 * (【版權及免責聲明】凡本網…): furniture however long it runs, like a summary box.
 */
export const DISCLAIMER_LABELS: readonly string[] = [
  ...['版权及免责声明', '免责声明', '版权声明', '特别声明', '郑重声明', '声明'],
];

/**
 * A comment box's lines (评论一下, 评论 0人参与, 还没有评论，快来抢沙发吧！, 最新评论): one of `subjects` and one of
 * `widgets` in one short line without a full stop (a counter's words, 留言已被查看, are looked for first). Like a
 * related-stories label, it ends the article.
 */
export const COMMENT_BOX = {
  subjects: ['评论', '留言', '跟帖'],
  widgets: ['一下', '参与', '沙发', '暂无', '还没有', '最新', '最热', '发表', '我要', '写', '查看', '登录', '条'],
} as const;

/**
 * A share bar opens with one of these and a colon, maybe with a short object between (分享到：, 分享此文：FacebookX,
 * 分享本文：): the platforms after it may be run together as one word.
 */
export const SHARE_LABEL_VERBS: readonly string[] = ['分享'];

/**
 * Words of a social-media account line ((hai_xiantao)官方微信。, 微信号：qsfb2020): one of these and an account's
 * Latin handle in brackets or after a colon make a short line furniture.
 */
export const ACCOUNT_WORDS: readonly string[] = ['微信', '公众号', '微博', '视频号', '抖音', '头条号', '账号', '帐号'];

/**
 * Bullets a page puts before the items of a list (• 标题, • 发布时间：…, • 正文…): markup, not text. A line opening with
 * one of these loses it (a line holding several is a row of links: LINK_MARKERS).
 */
export const LIST_BULLETS: readonly string[] = ['•', '▪', '◦', '‣', '∙', '·'];

/** A desk between a publication and its reporter's role word (内江日报全媒体记者, 本报融媒体记者). */
export const REPORTER_DESKS: readonly string[] = ['全媒体', '融媒体', '新媒体'];

/**
 * A paper's or site's desk signing a report instead of a person (報新聞/編輯部, 青山网/新闻中心): the publication, a
 * slash and one of these make a byline line.
 */
export const EDITORIAL_DESKS: readonly string[] = ['编辑部', '编辑室', '新闻中心', '新闻部', '采编部'];

/**
 * Kinds of report a byline names after the reporter's names, maybe with the place after a slash (林楚為 綜合報導 /
 * 嘉義縣): the line is a byline without a role word.
 */
export const REPORT_KINDS: readonly string[] = ['综合报导', '综合报道'];

/** Words that qualify a role word, before it (特约记者 朱黎灵, 见习记者). */
export const ROLE_QUALIFIERS: readonly string[] = ['特约', '实习', '见习', '首席', '驻站', '融媒', '全媒'];

/**
 * Signs a page sets before a byline line (◇内江日报全媒体记者姜晓凤): the line behind one is a byline all the same.
 */
export const BYLINE_BULLETS: readonly string[] = ['◇', '◆', '●', '■', '□', '▲', '△', '○'];

/**
 * A blog engine's byline written in Latin words inside a line (WordPress: Posted on2020-02-26…Autor…), or an
 * aggregator's date marker before the body ( date 2026-01-29 在春節來臨之際…): one of these opening words and a date.
 * The line is split there like a date stamp glued to the body.
 */
export const CMS_BYLINE_OPENERS: readonly string[] = [
  ...['Posted on', 'Published on', 'Updated on', 'Posted', 'Published', 'Date'],
];

/**
 * Words naming an image's role in the Latin alt texts a logo leaves when its image is gone (台灣新聞網(Logo-image)
 * 台灣新聞網(Logo-text)): a line of names each followed by such a bracketed label is an image's leftover.
 */
export const IMAGE_ALT_WORDS: readonly string[] = ['logo', 'image', 'img', 'icon', 'banner', 'photo', 'pic'];

/**
 * Dots a site's slogan joins its words with (精准·省心·可靠, 專業‧誠信‧服務): a line of three or more short words joined
 * by one of these, and nothing else, is the site's slogan, never a headline.
 */
export const SLOGAN_DOTS: readonly string[] = ['·', '•', '‧', '・', '∙'];

/**
 * Labels of a page's tag links (标签: 三国演义人物, 已用關鍵字:減碳,環保,): a line of one of these, maybe after a word
 * or two, a colon and short terms only (or none) is navigation.
 */
export const TAG_LABELS: readonly string[] = ['关键词', '关键字', '标签', '热词', '热搜', 'tags', 'tag'];

/** Lines that are only one of these words (brackets and spaces aside) are buttons or labels. */
export const FURNITURE_WORDS: readonly string[] = [
  'RSS',
  // A comment's or an editor's button, 删除 删除 when the page shows it twice.
  '删除',
  'TOP',
  'Baidu',
  'map',
  // A share bar written one platform a line.
  '微博',
  '微信',
  'QQ',
  'Qzone',
  '抖音',
  '快手',
  '今日头条',
  '头条',
  '百家号',
  '小红书',
  '脸书',
  'Facebook',
  'Twitter',
  'LINE',
  'Plurk',
  '打印',
  '关闭',
  '收藏',
  // An old CMS's article toolbar (排行榜 收藏 打印 发给朋友 举报).
  '排行榜',
  '发给朋友',
  '举报',
  '分享',
  '点赞',
  '在看',
  '评论',
  '大',
  '中',
  '小',
  '即时',
  '热门',
  '更多',
  '首页',
  '网友',
  // A forum's buttons over a thread, and under a photo it holds as an attachment.
  ...['发新话题', '发表新帖', '回复该主题', '发表回复', '下载附件'],
  // A forum's account buttons.
  '登录',
  '登入',
  '注册',
  '注册会员',
  '立即注册',
  '马上注册',
  // A news agency's end mark (（完）).
  '完',
  // A forum poster's rank under the name (Discuz!: 新手上路 … 论坛元老).
  ...['新手上路', '中级会员', '高级会员', '金牌会员', '论坛元老'],
  '找回密码',
  // A dialog's dismiss button.
  '我知道了',
  '知道了',
  // A label over the article's text, and a disclosure page's tabs over its text and its catalogue.
  ...['文章内容', '内容详情', '新闻内容', '正文内容', '正文'],
  ...['公开具体内容', '公开内容', '具体内容', '详细信息', '基本信息'],
  // A volunteer platform's record: the labels over its fields, its account and its photos.
  ...['基本情况', '活动详情', '活动相册'],
];

/**
 * A follow prompt of a share bar: one of `verbs` and the name of the site or one of its accounts (关注东北网, 订阅青山发布,
 * 关注我们): a name ending like a site (SITE_NAME_ENDINGS) or in one of `accountEndings`, maybe after clauses asking
 * to read the site (看婺城新聞,關注婺城新聞網微信).
 */
export const FOLLOW_PROMPT = {
  verbs: ['关注', '订阅'],
  /** 看婺城新聞,關注婺城新聞網微信: a clause before a follow prompt may ask to read the site, by one of these. */
  readVerbs: ['看', '读', '听'],
  accountEndings: ['我们', '发布', '客户端', '公众号', '微信', '微博', '视频号', '抖音号', '头条号'],
} as const;

/**
 * An app's prompt where its photos or video stood (打开网易新闻 查看精彩图片, 下载青山发布客户端): a line opening with one
 * of `verbs` and the name of the site or app (ending like SITE_NAME_ENDINGS or FOLLOW_PROMPT.accountEndings), then
 * nothing or a space.
 */
export const APP_PROMPT_VERBS: readonly string[] = ['打开', '下载'];

/**
 * What an account's label may add to an account word (官方微博, 微信公众号): a line of only these and ACCOUNT_WORDS is
 * a share bar's label.
 */
export const ACCOUNT_QUALIFIERS: readonly string[] = ['官方'];

/**
 * An e-paper's page label (第05版:综合新闻, A3版：要闻, 第A03版): the page and the section's name, not the headline.
 */
export const EPAPER_PAGE_LABEL = /^第?\s*[A-Z]?\d{1,3}\s*版(?:\s*[:：]|\s|$)/iu;

/**
 * A line ending in one of these names the site, its app or a section of it, never the article: 中国文明网,
 * 天柱县人民政府门户网, 乡镇动态, 北京青年报客户端. Used to pass over such lines when choosing the headline.
 */
export const SITE_NAME_ENDINGS: readonly string[] = [
  '网',
  '网站',
  '门户',
  '门户网',
  '政府网',
  '新闻网',
  '频道',
  '融媒体中心',
  // A portal's news desk (凤凰新闻中心 记者…).
  '新闻中心',
  '报',
  '日报',
  '晚报',
  '电视台',
  '动态',
  '要闻',
  '传真',
  '快讯',
  '新闻',
  '资讯',
  '公众号',
  '客户端',
  // An app's name in Latin letters (南方都市报APP).
  'APP',
  'App',
  // A desk compiling reports, credited as the source (看看新闻Knews综合, 本报综合).
  '综合',
  '首页',
  '官网',
  // An app's or a paper's platform (云报平台).
  '平台',
  // An aggregator's name (今头条, 网易头条) after a bar closing another story's title.
  '头条',
  // A rolling-news column (天天滚动, 滚动新闻).
  '滚动',
  // A radio station (大汉之音FM97.1, 乡村之声, 交通电台), its frequency aside.
  '电台',
  '之声',
  '之音',
];

/**
 * Verbs that weave or fasten a net (织密反诈防护网, 筑牢防溺水防护网, 扎牢基层防疫网): a line holding one ends in 网 as a
 * headline's figure of speech, not as a site's name.
 */
export const NET_VERBS: readonly string[] = [
  '织密',
  '织牢',
  '织就',
  '织好',
  '编织',
  '筑牢',
  '扎牢',
  '扎紧',
  '构筑',
  '拉起',
  '撑起',
  '架起',
];

/**
 * Endings of an organisation's name (伊通满族自治县人民政府, 长安镇疫情防控指挥部办公室, 京师社会工作中心): a line that is
 * only such a name, with no verb of the work and no punctuation, is the site's owner or a notice's issuer, never the
 * headline (吉安鄉成立防颱應變中心 is one: it says what was done).
 */
export const ORGANISATION_ENDINGS: readonly string[] = [
  '人民政府',
  '办公室',
  '指挥部',
  '委员会',
  '工作中心',
  '服务中心',
  '办事处',
  // A firm's name over the page (深圳市某某文化传媒有限公司): the site's owner, no headline.
  '有限公司',
  // A township's clinic or station signing its report (玉山镇玉山卫生院 over the date).
  ...['卫生院', '卫生室', '派出所', '司法所', '财政所', '文化站'],
];

/**
 * The formulas a notice closes with (特此通知。): the issuer's name and the date on the lines right after are the
 * notice's signature, part of it.
 */
export const NOTICE_CLOSINGS: readonly string[] = [
  '特此通知',
  '特此通告',
  '特此公告',
  '特此告知',
  '特此函告',
  '特此声明',
];

/**
 * Time words a news lead opens with, before a comma (近日，…, 连日来，…): a line opening so is the first line of a
 * sentence, never the headline. Simplified.
 */
export const LEAD_OPENINGS: readonly string[] = [
  ...['近日', '日前', '连日来', '近期', '近段时间', '近一段时间', '今年以来', '入冬以来', '入夏以来'],
  ...['当天', '当日', '今天', '昨天', '今日', '昨日', '目前', '此前'],
];

/**
 * Source labels a page may write with no colon before the source's name (来源今日聚蛟), closing the last paragraph or
 * on a line of their own. Not before 于 or 自 (来源于群众): that is prose.
 */
export const UNCOLONED_SOURCE_LABELS: readonly string[] = ['信息来源', '文章来源', '来源', '稿源'];

/**
 * Labels of the fields in a page's metadata lines (发布时间：… 来源：… 作者：…), by what the import does with the value.
 * Longer labels first where one contains another (责任编辑 before 编辑).
 */
export const PROVENANCE_LABELS = {
  /** The people who wrote it: the article's byline. */
  author: ['原作者', '作者', '撰稿人', '撰稿', '通讯员', '特派员', '记者', '文/图', '文/摄', '文图', '文'],
  /** Kept in the source note: the schema has no field for them. */
  editor: [
    // A forum thread's poster (发布者: 云起风生), a page's uploader (添加人:熊金华).
    '发布者',
    '添加人',
    '责任编辑',
    '责编',
    // A government office's sign-off chain (撰稿人:…;审核人:…;审签人:…).
    '审核人',
    '审签人',
    '审签',
    '编辑',
    '编审',
    '审核',
    '校对',
    '初审',
    '复审',
    '复核',
    '终审',
    '一审',
    '二审',
    '三审',
    '监制',
    '摄影',
    '图片',
    '图片来源',
    '照片来源',
    // Credits for a video (视频制作:邬迪, 视频:张三).
    '视频制作',
    '视频',
  ],
  publication: [
    ...['来源', '出处', '稿源', '信息来源', '本文来自', '文章来源', '发布机构', '发布单位', '发布部门', '发布'],
    // …written 来源于 too (來源于:中山日報).
    '来源于',
    ...['稿件来源', '新闻来源', '消息来源', '文献来源', '文献资料来源'],
    // A reprint's source (本文转自:某某新闻网).
    ...['本文转自', '转自', '转载自'],
  ],
  published: ['发布时间', '发布日期', '发表时间', '发表日期', '更新时间', '更新日期', '最后更新', '时间', '日期'],
  url: ['原文链接', '链接', '地址', '网址'],
  /** A government disclosure page's catalogue number (索引号: 002660504/2020-19357): dropped with its line. */
  reference: ['索引号'],
  /**
   * The site's section the article is filed under (栏目：贵州政企信息), or a city site's classification of it
   * (市府分類：社會福利，教育文化): dropped with its line.
   */
  section: ['所属栏目', '栏目', '所属频道', '市府分类'],
  /** A footer line can be the only place the headline is written (标题：…, 正在阅读：… under a page's QR prompt). */
  title: ['标题', '正在阅读'],
  /** A repost names the headline the story first ran under (原标题：…): the page's headline contains it or is it. */
  originalTitle: ['原标题'],
  /** Counters share metadata lines with the date; their values are dropped. */
  counter: [
    '浏览次数',
    '浏览量',
    '浏览',
    '阅读次数',
    '阅读量',
    '阅读',
    '访问量',
    '访问次数',
    '点击量',
    '点击数',
    '点击',
    '热度',
    '点阅率',
    '点阅次数',
    '点阅',
    '人气',
    // A forum thread's counters: 查看: 697|回复: 0|评论: 0.
    '查看',
    '回复',
    '评论',
    '字号',
    '字体',
    '字型',
    '字级',
    // An e-paper's page: 版次：A05 版名：要闻.
    '版次',
    '版名',
  ],
} as const;

/**
 * Labels of the fields of a government disclosure page's catalogue table (索引号: … 组配分类: …, 名称: … 文号: …): a
 * line of two or more of them, each with its value and a space between, is a row of that table, metadata whatever
 * its values (a 名称 or 组配分类 holding the headline is no headline).
 */
export const CATALOGUE_LABELS: readonly string[] = [
  ...['索引号', '组配分类', '主题分类', '体裁分类', '服务对象分类', '信息分类', '分类', '所属主题', '主题词', '关键词'],
  ...['发布机构', '发文机关', '名称', '信息名称', '文号', '发文字号', '生成日期', '成文日期', '发布日期', '发文日期'],
  ...['公开方式', '公开范围', '公开时限', '公开形式', '有效性', '时效'],
  ...['所属领域', '一级事项', '二级事项', '公开依据', '公开主体', '公开层级', '公开渠道和载体', '公开渠道'],
];

/**
 * Labels that are words of a headline too (权威发布：…): a field only when opening the line or after a space, a bar or
 * a bracket, never after another word.
 */
export const STANDALONE_LABELS: readonly string[] = ['发布'];

/**
 * A mobile page's stamp relative to the day it was read (3小时前, 昨天 08:30, 刚刚): metadata that dates nothing.
 */
export const RELATIVE_STAMPS = {
  days: ['今天', '昨天', '前天'],
  agoUnits: ['分钟', '小时', '天', '周', '个月', '年'],
  now: ['刚刚'],
} as const;
