/** Cutting the article out of a scraped page: pages written for these tests in the style of real gov/news sites. */
import { describe, expect, it } from 'vitest';
import { createConverter } from '../conversion/createConverter.ts';
import { extractArticle } from './extractArticle.ts';

const converter = createConverter([]);
const toSimplified = (text: string) => converter.t2s(text);
const page = (...texts: string[]) =>
  extractArticle(
    texts.map((text, i) => ({ text, line: i + 1 })),
    toSimplified,
  );
const body = (result: ReturnType<typeof page>) => result.lines.map((l) => l.text);
const dropped = (result: ReturnType<typeof page>) => result.removed.map((r) => r.text);
const reasons = (result: ReturnType<typeof page>) => Object.fromEntries(result.removed.map((r) => [r.text, r.reason]));

const PARAGRAPH_1 = '2月18日，青山镇向全镇12个行政村发放宣传单1.2万余份，张贴通告300余张，悬挂横幅45条。';
const PARAGRAPH_2 = '当天，镇卫生院还为各检查站配送消毒液20桶、医用口罩两千只，确保一线人员防护到位。';

describe('a government page', () => {
  const result = page(
    '青山县人民政府',
    '首页 > 新闻中心 > 乡镇动态',
    '乡镇动态',
    '青山镇全力做好疫情防控物资保障工作',
    '来源：青山县人民政府网  发布时间：2020-02-20 10:32  浏览次数：1268',
    '字号：【大】【中】【小】',
    'IMG_20200220093512.jpg',
    PARAGRAPH_1,
    PARAGRAPH_2,
    '（通讯员 刘明 陈芳）',
    '【打印本页】【关闭窗口】',
    '上一条：青山镇召开疫情防控工作会议',
    '相关文章',
    '青山镇召开疫情防控工作会议',
    '版权所有：青山县人民政府 ICP备05012345号',
  );

  it('takes the headline next to the metadata line, passing over the site and section names', () => {
    expect(result.headline).toEqual({ line: 4, text: '青山镇全力做好疫情防控物资保障工作' });
  });

  it('keeps the body and nothing else', () => {
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('reads the metadata and the byline line into provenance', () => {
    expect(result.provenance).toMatchObject({
      publication: '青山县人民政府网',
      published: '2020-02-20',
      byline: '刘明 陈芳',
    });
  });

  it('reports every dropped line, with why', () => {
    expect(result.removed).toHaveLength(12);
    expect(result.removed.find((r) => r.line === 1)?.reason).toBe('removed.aboveHeadline');
    expect(result.removed.find((r) => r.line === 14)?.reason).toBe('removed.afterArticle');
    expect(result.removed.find((r) => r.line === 15)?.reason).toBe('removed.copyrightNotice');
  });
});

describe('a Traditional news page', () => {
  const lead =
    '〔記者王小明/嘉義報導〕為了防範疫情，民間愛心集結，今天聯合捐贈口罩、額溫槍、酒精等防疫品，估計逾3萬人受惠。';
  const result = page(
    '即時 熱門 政治 社會 生活 健康 國際 地方',
    '集結愛心！民間捐防疫品 逾3萬人受惠',
    '2020/04/21 20:35',
    '民間愛心集結捐贈防疫品給市府。(記者王小明攝)',
    lead,
    '看更多！加入健康粉絲團',
    '相關新聞',
    '發燒新聞',
  );

  it('takes a headline with an exclamation mark, above a timestamp', () => {
    expect(result.headline?.text).toBe('集結愛心！民間捐防疫品 逾3萬人受惠');
    expect(result.provenance.published).toBe('2020-04-21');
  });

  it('keeps the caption and the lead, drops the menu, the furniture in Traditional words and the photo credit', () => {
    expect(body(result)).toEqual(['民間愛心集結捐贈防疫品給市府。', lead]);
    expect(dropped(result)).toContain('相關新聞');
  });
});

describe('hard headlines', () => {
  it('reads a disclosure table set out with spaces instead of colons, its title row giving the headline', () => {
    const result = page(
      '索 引 号 63269453/2024-00037 分 类 /',
      '发布机构 青山新区 发文日期 2024-02-20',
      '标 题 青山街道为高龄独居老人免费安装报警器',
      '文 号 无号 主 题 词',
      '时 效 有效',
      '青山街道为高龄独居老人免费安装报警器',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山街道为高龄独居老人免费安装报警器');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    expect(result.provenance.published).toBe('2024-02-20');
  });

  it('drops a disclosure catalogue written one field a line, each opening with its label and a space', () => {
    const catalogue = [
      '所属领域 安全生产',
      '一级事项 行政管理 二级事项 动态信息',
      '公开主体 青山乡人民政府',
      '公开层级1 县级 公开渠道和载体 政府网站',
    ];
    const result = page('青山乡开展防汛应急演练', PARAGRAPH_1, PARAGRAPH_2, ...catalogue);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    for (const line of catalogue) expect(reasons(result)[line]).toBe('removed.provenanceLine');
  });

  it('takes a headline written only in a footer 标题： line', () => {
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '标题：青山镇物资保障有力', '地址：https://example.gov.cn/a/1.html');
    expect(result.headline?.text).toBe('青山镇物资保障有力');
    expect(result.provenance.url).toBe('https://example.gov.cn/a/1.html');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("takes the headline from a forum post header's title line, without its label and the board's tag", () => {
    const result = page(
      '作者ckroy (Cry & Smile)',
      '看板SMSlife',
      '標題[新聞]青山鎮公所寒假照顧弱勢學童',
      '時間Thu Feb 5 20:58:35 2009',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe('青山鎮公所寒假照顧弱勢學童');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('cuts a furniture word glued to the end of the headline', () => {
    const result = page(
      '青山镇：民兵筑就最强防疫“迷彩”线相关信息',
      '2020-02-11 15:24:00 来源：青山县人民政府网',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇：民兵筑就最强防疫“迷彩”线');
  });

  it('takes a headline ending in a question mark and carrying a column tag', () => {
    const result = page('RSS', '【战疫一线】返乡人员如何登记？', PARAGRAPH_1);
    expect(result.headline?.text).toBe('【战疫一线】返乡人员如何登记？');
  });

  it('leaves the headline out when the text starts with the body', () => {
    expect(page(PARAGRAPH_1, PARAGRAPH_2).headline).toBeUndefined();
  });

  it('drops the headline where it is repeated as a caption', () => {
    const result = page('青山镇物资保障有力', PARAGRAPH_1, '青山镇物资保障有力', PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.removed[0]?.reason).toBe('removed.headlineCaption');
  });

  it('drops a summary box that repeats the headline', () => {
    const result = page('青山镇物资保障有力', '摘要：青山镇物资保障有力', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山镇物资保障有力');
    expect(result.removed.find((r) => r.line === 2)?.reason).toBe('removed.summaryBox');
  });

  it('cuts the part around a _ that the page writes alone elsewhere, or that names the site', () => {
    const seo = page('捐赠物资疫情_青山镇爱心人士捐赠物资', PARAGRAPH_1, '捐赠物资疫情', PARAGRAPH_2);
    expect(seo.headline?.text).toBe('青山镇爱心人士捐赠物资');
    expect(page('青山镇物资保障有力_青山新闻网', PARAGRAPH_1).headline?.text).toBe('青山镇物资保障有力');
  });

  it('cuts the site and section names after a spaced dash from a page title', () => {
    const glued = page('青山镇为长者发送随身体温卡 - 青山快讯网', '发表日期 2020-03-25', PARAGRAPH_1);
    expect(glued.headline?.text).toBe('青山镇为长者发送随身体温卡');
    expect(body(glued)).toEqual([PARAGRAPH_1]);
  });

  it("cuts a tag the page leaves out where it writes the headline again, but not a lead's restating it", () => {
    const headline = '青山镇开展青少年植树节活动';
    const posted = page(`【青山】${headline}`, `【qingshan】2020-2-25发表: ${headline} ${PARAGRAPH_1}`);
    expect(posted.headline?.text).toBe(headline);
    const lead = `3月12日植树节当天，${headline}。活动中，30余名志愿者栽下树苗。`;
    expect(page(`【四川】${headline}`, '时间：2023-03-14', lead).headline?.text).toBe(`【四川】${headline}`);
  });

  it('takes the headline that a page title glues a stray word to after a dash, the page writing it alone too', () => {
    const headline = '青山镇：义务植树添新绿 乡村振兴增活力';
    const result = page(`${headline}-菠菜论坛`, '首页 > 志愿服务', headline, '发表时间：2022-03-30', PARAGRAPH_1);
    expect(result.headline?.text).toBe(headline);
    expect(dropped(result)).toContain(`${headline}-菠菜论坛`);
  });

  it('takes the headline under a page title that names it, not a kicker nearer the body', () => {
    const headline = '青山镇党员坚守12处卡口，各村均有“守门人”';
    const result = page(
      `${headline} - 公益 - 青山网`,
      '青山娱乐',
      headline,
      '来源：青山晚报',
      '原标题：党员坚守12处卡口(引题)',
      '各村均有“守门人”(主题)',
      PARAGRAPH_1,
    );
    expect(result.headline).toEqual({ line: 3, text: headline });
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it('takes a headline the page only repeats as photo captions inside the body', () => {
    const caption = '青山镇企业捐赠防疫物资 愿捐500万元';
    const result = page(PARAGRAPH_1, caption, PARAGRAPH_2, caption);
    expect(result.headline?.text).toBe(caption);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('takes no headline from a body stored twice, however short its closing paragraph of two sentences', () => {
    const closing = '干部群众一起挥锹铲土栽种树苗。当天上午，共栽下100多棵树苗。（李明）';
    const result = page(PARAGRAPH_1, closing, PARAGRAPH_1, closing);
    expect(result.headline).toBeUndefined();
  });

  it("takes no headline from someone's words quoted whole right above the lead", () => {
    const words = '“这里还有垃圾没清理……大家一定要注意安全……”';
    const result = page(words, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(body(result)).toContain(PARAGRAPH_1);
  });
});

describe('headlines among lines that look like one', () => {
  it('takes the main title of a title pair, the one stating the fact, whether the other is a kicker or a deck', () => {
    const kicker = page('青山镇办事处献爱心', '3.9万个口罩捐赠青山学校', PARAGRAPH_1);
    expect(kicker.headline?.text).toBe('3.9万个口罩捐赠青山学校');
    const deck = page(
      '青山镇20支党员巡逻队',
      '为居民筑起红色“流动堡垒”',
      '版次：01    作者：李丹2022年12月01日',
      PARAGRAPH_1,
    );
    expect(deck.headline?.text).toBe('青山镇20支党员巡逻队');
  });

  it('keeps a headline above a lead that holds the figures', () => {
    const result = page(
      '【战疫一线】青山村突击队在行动',
      '今天上午，青山村突击队10名队员送去蔬菜包126袋！',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('【战疫一线】青山村突击队在行动');
  });

  it('takes a first line with one comma as the headline, but not a lead sentence', () => {
    expect(page('青山镇商会捐赠防疫物资，齐心筑牢战“疫”堡垒', PARAGRAPH_1).headline?.text).toBe(
      '青山镇商会捐赠防疫物资，齐心筑牢战“疫”堡垒',
    );
    expect(page('连日来，青山镇各村爱心捐赠纷至沓来。', PARAGRAPH_1).headline).toBeUndefined();
  });

  it('passes over a photo caption closing with its photographer, and a numbered section heading', () => {
    expect(page('捐赠物资交接现场青山晚报记者吴昊摄', PARAGRAPH_1).headline).toBeUndefined();
    expect(page('一、返乡人员摸排情况', PARAGRAPH_1).headline).toBeUndefined();
  });

  it('takes a headline whose photo caption stands between it and the timestamp', () => {
    const result = page(
      '青山鄉10處衛生所 20日起販售口罩',
      '青山鄉衛生所即日起販售實名制口罩。(資料照,記者詹士弘攝)',
      '2020/02/18 16:19',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山鄉10處衛生所 20日起販售口罩');
  });

  it('drops a 原标题 line, and takes the headline that holds it', () => {
    const result = page(
      '青山新桥：党员踊跃捐款捐物助力防疫',
      '罗浩榕',
      '2020年03月10日09:38  来源：青山日报',
      '原标题：新桥：党员踊跃捐款捐物助力防疫',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山新桥：党员踊跃捐款捐物助力防疫');
    expect(result.provenance.originalTitle).toBe('新桥：党员踊跃捐款捐物助力防疫');
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it('takes a headline with a column tag and a |, over the dateline under it and past a short breadcrumb', () => {
    const result = page(
      '抗疫有我|一车车蔬菜 送到卡点上',
      '青山融媒客户端>要闻',
      '2022-01-07 21:30',
      '青山客户端1月7日消息(青山融媒记者 王小明 李芳)',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('抗疫有我|一车车蔬菜 送到卡点上');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    expect(dropped(result)).toContain('青山融媒客户端>要闻');
  });

  it.each(['青山要闻|防疫专题', '首页|防疫|专题'])(
    'still passes over a | that sets a section name apart: %s',
    (bar) => {
      expect(page('青山镇防疫物资到位', bar, '2022-01-07', PARAGRAPH_1).headline?.text).toBe('青山镇防疫物资到位');
    },
  );

  it('reads the section a page files the article under (栏目：…) as metadata, no headline', () => {
    const result = page(
      '青山镇推动农村“治垃圾”有力有效 |',
      '【政公网】',
      '栏目:青山政企信息',
      '发表时间:2022-12-28 21:03',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇推动农村“治垃圾”有力有效');
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it('passes over a radio station’s slogan set apart from its name and frequency by a box-drawing bar', () => {
    const result = page(
      '在地文化‧在地新聞‧在地的好聲音│青山之音FM97.1',
      '最新快訊',
      '2026.02.09',
      '青山鎮公所廁所整建完工啟用',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山鎮公所廁所整建完工啟用');
  });

  it('cuts the news dateline opening the lead, reading its byline, but not a lead about television', () => {
    const result = page('青山镇物资保障有力', `本报讯（记者 王小明 通讯员 李芳）${PARAGRAPH_1}`, PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.byline).toBe('王小明、李芳');
    const television = `青山县1月7日电视台报道，${PARAGRAPH_2}`;
    expect(body(page('青山镇物资保障有力', PARAGRAPH_1, television))).toEqual([PARAGRAPH_1, television]);
  });

  it('splits a line holding the headline, the date stamp and the body at the stamp', () => {
    const result = page('|', `青山镇:严守卡点 筑牢防线发布时间：2020-02-18 ${PARAGRAPH_1}${PARAGRAPH_2} |`);
    expect(result.headline?.text).toBe('青山镇:严守卡点 筑牢防线');
    expect(result.provenance.published).toBe('2020-02-18');
    expect(body(result)).toEqual([`${PARAGRAPH_1}${PARAGRAPH_2}`]);
  });

  it.each(['通知称，报名时间：2020-02-18 起，', '报名时间：2020-02-18 起，'])(
    'leaves a sentence that mentions a date stamp whole: %s',
    (start) => {
      expect(body(page(`${start}${PARAGRAPH_1}`))).toEqual([`${start}${PARAGRAPH_1}`]);
    },
  );

  it('takes a headline carrying its date in brackets, but not a publication and its page', () => {
    const result = page('青山镇疫情防控工作简报（2020年2月3日）', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山镇疫情防控工作简报（2020年2月3日）');
    const cited = page('青山镇防疫物资到位', '《青山日报》（2020年02月03日 04版）', PARAGRAPH_1);
    expect(cited.headline?.text).toBe('青山镇防疫物资到位');
    expect(cited.provenance.published).toBe('2020-02-03');
  });

  it('reads a date stamp without a year as metadata between the headline and the body', () => {
    for (const stamp of ['03-21 08:15', '3月21日 08:15', '昨天 08:15', '3小時前', '刚刚'])
      expect(page('青山乡累计收到捐款30多万元', stamp, PARAGRAPH_1).headline?.text).toBe('青山乡累计收到捐款30多万元');
  });

  it('passes over a photo caption closing with a credit, and the labels of an accessible page', () => {
    const caption = '志工在村口為返鄉民眾量體溫。(青山鄉公所提供)';
    const result = page(
      '按Enter跳到主要內容',
      ':::',
      '青山鄉防疫動員 志工守村口',
      '發布日期:',
      '記者: 王大明/青山報導。',
      '點閱率:1024',
      '字型大小:',
      caption,
      caption,
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山鄉防疫動員 志工守村口');
    expect(result.provenance.byline).toBe('王大明');
    expect(body(result)).not.toContain(caption);
    expect(body(result)).toContain(PARAGRAPH_1);
    expect(body(result).join()).not.toMatch(/點閱|字型|:::|Enter/u);
  });

  it('passes over a share bar written one platform a line, with its follow prompt', () => {
    const result = page(
      '青山镇组建30支志愿服务队入户排查',
      '2020-02-11 09:30 来源：青山新闻网',
      '关注青山新闻网',
      '微信',
      'QQ',
      '抖音',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇组建30支志愿服务队入户排查');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    expect(body(page(PARAGRAPH_1, '关注返乡人员', PARAGRAPH_2))).toContain('关注返乡人员');
  });

  it('passes over scraps of a share bar the lexicon does not know', () => {
    const result = page(
      '青山镇组建30支志愿服务队入户排查',
      '2020-02-11 09:30 来源：青山新闻网',
      'Mastodon',
      'Threads',
      'Bluesky',
      'Tumblr',
      'Weixin',
      '青山新闻',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇组建30支志愿服务队入户排查');
  });

  it("reads an e-paper's page fields as metadata, and ends the article at its other stories", () => {
    const result = page(
      '青山镇防疫物资到位',
      '版次：A05 版名：乡镇新闻',
      PARAGRAPH_1,
      '本版其他新闻',
      '青山村开展环境整治，清理垃圾20吨。',
    );
    expect(result.headline?.text).toBe('青山镇防疫物资到位');
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it("passes over an e-paper's page label, and reads a byline that names its publication", () => {
    for (const label of ['第03版：乡镇新闻 PDF版阅读', 'A7版：要闻', '第B02版'])
      expect(page(label, '“大喇叭”响遍青山村', '本报记者 王小明 通讯员 李芳', PARAGRAPH_1).headline?.text).toBe(
        '“大喇叭”响遍青山村',
      );
    const reposted = page('某某官网记者 王小明', PARAGRAPH_1, PARAGRAPH_2);
    expect(reposted.headline).toBeUndefined();
    expect(reposted.provenance.byline).toBe('王小明');
  });

  it("takes a headline inside a table's borders, and drops its copy split over two lines and glued to the lead", () => {
    const result = page(
      '守望相助 青山鎮:上門採樣 一戶不漏 |',
      '時間:2022-03-17 19:50:54 來源:青山新聞 |',
      '|',
      '守望相助 青山鎮:上門採樣',
      `一戶不漏 ${PARAGRAPH_1}`,
      '|',
    );
    expect(result.headline?.text).toBe('守望相助 青山鎮:上門採樣 一戶不漏');
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it('takes the headline above the date line in the middle of a text stored out of order, keeping what came first', () => {
    const result = page(PARAGRAPH_2, '青山社区志愿队携手筑牢防疫门', '2022-08-24 09:20:21 来源：青山日报', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山社区志愿队携手筑牢防疫门');
    expect(body(result)).toEqual([PARAGRAPH_2, PARAGRAPH_1]);
  });

  it('takes the headline above the date line closing a text stored with its headline last', () => {
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '物資到位 青山鄉全力防疫', '- 2020-02-20');
    expect(result.headline?.text).toBe('物資到位 青山鄉全力防疫');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('cuts the site and its tagline after a divides sign from a page title whose headline the page repeats', () => {
    const headline = '青山鄉全力防疫  鄉長籲居民勤洗手';
    const result = page(
      `${headline}∣青山新聞網官方網站地區新聞-最快速的在地報導!`,
      '2020-02-20',
      headline,
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe(headline);
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it('takes a one-clause headline closing with a full stop above a date line, but no sentence', () => {
    const headline = '全面防疫 青山鎮公所至各社區環境消毒。';
    expect(page(headline, '2020-02-26', PARAGRAPH_1).headline?.text).toBe(headline);
    expect(page('镇干部到村里检查，群众很配合。', '2020-02-26', PARAGRAPH_1).headline).toBeUndefined();
  });

  it('takes a headline ending in 网 that is longer than a site name, passing over the site name itself', () => {
    const result = page('青山新闻网', '青山某村扎牢基层防疫网', '2021-01-23 11:32 来源：青山日报', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山某村扎牢基层防疫网');
  });

  it('takes no headline from a caption naming only a scene, nor from a link exit dialog', () => {
    const dialog = '您访问的链接即将离开“青山镇人民政府”门户网站 是否继续?';
    expect(page(dialog, PARAGRAPH_1).headline).toBeUndefined();
    expect(reasons(page(dialog, PARAGRAPH_1))[dialog]).toBe('removed.standingReminder');
    expect(page('活动现场', PARAGRAPH_1).headline).toBeUndefined();
    expect(page('青山镇志愿服务现场会召开', PARAGRAPH_1).headline?.text).toBe('青山镇志愿服务现场会召开');
  });

  it('takes the 原标题 when the page shows no headline of its own', () => {
    expect(page('原标题：青山镇物资保障有力', PARAGRAPH_1).headline?.text).toBe('青山镇物资保障有力');
  });
});

describe('bylines and teasers', () => {
  it('reads a line of role words and names, with or without the place it was filed from', () => {
    const result = page('青山镇物资保障有力', '记者孙喜增 通讯员关阳', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山镇物资保障有力');
    expect(result.provenance.byline).toBe('孙喜增、关阳');
    expect(page('青山鄉物資保障有力', '記者林進賢/新竹報導', PARAGRAPH_1).provenance.byline).toBe('林進賢');
    const placeless = page('記者林進賢/報導', PARAGRAPH_1);
    expect(placeless.headline).toBeUndefined();
    expect(placeless.provenance.byline).toBe('林進賢');
  });

  it('cuts a line holding a headline, a byline and the body at the byline', () => {
    const title = '動支市長二備金 青山區道路改善工程區長完工視察';
    const bracketed = page(`${title} 【記者葉晉廷報導】${PARAGRAPH_1}`, PARAGRAPH_2);
    expect(bracketed.headline?.text).toBe(title);
    expect(bracketed.provenance.byline).toBe('葉晉廷');
    expect(body(bracketed)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    const spaced = page(`${title} | 新頭條 記者李喬智/嘉義報導 ${PARAGRAPH_1}`, PARAGRAPH_2);
    expect(spaced.headline?.text).toBe(title);
    expect(spaced.provenance.byline).toBe('李喬智');
  });

  it("reads a byline after a site's slogan set apart by spaces, never as the headline", () => {
    const title = '青山鄉民無償供地設置衛生室30年 縣府頒獎致謝';
    const result = page(title, '南部最大聲   記者吳佳宜/嘉義報導', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(result.provenance.byline).toBe('吳佳宜');
  });

  it("drops a login box, a WeChat account's pin prompt, an image saved under its timestamp and a site's document note", () => {
    const result = page(
      '青山鎮開展淨灘活動',
      '點上方青山發布，關注并設星標，請到文末點個贊',
      PARAGRAPH_1,
      '1600242097(1)',
      PARAGRAPH_2,
      '本網站文件皆為ODF開放文件格式，建議您安裝免費開源軟體或以您慣用的軟體開啟。',
      '市府分類：社會福利，教育文化',
      '用户登录',
      '还没有账号？',
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("drops a blog's comment area, open or closed, and the headline written twice on one line", () => {
    const title = '青山鄉發放傷殘退伍軍人春節慰問金';
    const closed = page(title, `${title}${title}`, PARAGRAPH_1, PARAGRAPH_2, '回應已關閉。');
    expect(closed.headline?.text).toBe(title);
    expect(body(closed)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    const open = page(
      title,
      PARAGRAPH_1,
      PARAGRAPH_2,
      '发表意见',
      '中时新闻网对留言系统使用者发布的文字保有修改的权利。',
    );
    expect(body(open)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("reads a byline opening with a portal's news desk under a menu button, inventing no headline", () => {
    const result = page('更多分类', '青山新闻中心 记者孙宏权 通讯员赵林林', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(result.provenance.byline).toBe('孙宏权、赵林林');
  });

  it('reads a byline opening with a publication and its channel and closing with the place it was filed from', () => {
    const byline = '大众网·海报新闻记者 王雅雯 通讯员 郭翠萍 济南报道';
    const result = page(byline, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(result.provenance.byline).toBe('王雅雯、郭翠萍');
  });

  it.each(['記者林進賢∕新竹報導', '記者林進賢⁄新竹報導', '（記者林進賢／新竹報導）', '攝影∕林進賢'])(
    'reads %s, written with a slash look-alike, as a byline or credit, never a headline',
    (byline) => {
      const result = page(byline, PARAGRAPH_1);
      expect(result.headline).toBeUndefined();
      expect(body(result)).toEqual([PARAGRAPH_1]);
      expect([result.provenance.byline, ...result.provenance.editors].join()).toContain('林進賢');
    },
  );

  it("takes the article's part of a page title that runs on to an issue and the site's name", () => {
    const result = page('青山县人民政府关于做好疫情防控物资保障工作的通知__2020年第3号公报_青山县政府网', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山县人民政府关于做好疫情防控物资保障工作的通知');
  });

  it('never takes a byline with a space before 報導 for the headline', () => {
    const result = page('【記者 林進賢/新竹 報導】', PARAGRAPH_1);
    expect(result.headline).toBeUndefined();
    expect(result.provenance.byline).toBe('林進賢');
  });

  it('reads credits labelled with a slash and a 供稿 line as metadata', () => {
    const result = page('青山镇物资保障有力', PARAGRAPH_1, PARAGRAPH_2, '镇党政办供稿', '摄影/张三  编辑/李四');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.publication).toBe('镇党政办');
    expect(result.provenance.editors).toEqual(['摄影：张三', '编辑：李四']);
  });

  it('cuts a source and copyright footer glued to the last sentence', () => {
    const result = page(PARAGRAPH_1, `${PARAGRAPH_2}本文来自:青山日报 免责声明`);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.publication).toBe('青山日报');
  });

  it("drops a news site's standing reminder, a 【更多新聞】 line of teasers and a stray border", () => {
    const reminder = '《青山傳媒》提醒您:防範新冠肺炎,應使用肥皂勤洗手,出門務必戴上口罩!如有不適,請主動通報。';
    const teasers = '【更多新聞】強化傳統市場防疫 攤販集中區每天消毒 在地企業抗疫 縣府提即時紓困措施 為防疫加分!';
    expect(body(page('|', PARAGRAPH_1, `${PARAGRAPH_2} |`, reminder, teasers))).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('does not read a heading that starts with a single-character role word as a byline', () => {
    expect(body(page(PARAGRAPH_1, '文明实践', PARAGRAPH_2))).toEqual([PARAGRAPH_1, '文明实践', PARAGRAPH_2]);
  });

  it('drops an editor footer written 责编', () => {
    const result = page(PARAGRAPH_1, '(责编：祝舒铭、王丽玮)');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    expect(result.provenance.editors).toEqual(['责编：祝舒铭、王丽玮']);
  });

  it("takes a forum thread's title over its register button, search terms and the poster's rank", () => {
    const result = page(
      ...['青山论坛_青山生活网', '找回密码', '立即注册', '搜索', '热搜: 活动 交友 discuz', '查看: 975|回复: 1'],
      '青山镇丨村民饮水告急 政府送水解渴',
      ...['[复制链接]', '778', '主题', '871', '帖子', '3064', '积分', '论坛元老', 'Rank: 8Rank: 8', '积分', '3064'],
      '发表于 2022-8-10 14:07:29 | 显示全部楼层',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇丨村民饮水告急 政府送水解渴');
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it("drops a forum photo's attachment button and its upload line, and takes no headline from them", () => {
    const result = page(
      PARAGRAPH_1,
      '微信图片_20201211104733.jpg (5.93 MB, 下载次数: 5064)',
      '下载附件',
      '2020-12-15 09:02 上传',
    );
    expect(result.headline).toBeUndefined();
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it('reads reporters who wrote and shot (文/摄), a notice number and a row of the group’s papers as no headline', () => {
    const result = page(
      '《青山日报》 《青山日报藏文版》 《青山商报》 《青山法制报》',
      '青山镇政〔2015〕56号',
      '青山镇开展春季灭鼠工作',
      '通讯员陆仕臣 袁赵园 文/摄',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇开展春季灭鼠工作');
    expect(result.provenance.byline).toBe('陆仕臣 袁赵园');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    expect(reasons(result)['青山镇政〔2015〕56号']).toBe('removed.provenanceLine');
  });

  it('reads a byline behind a box sign with a media-centre reporter (□融媒记者 程明星)', () => {
    const result = page('关爱空巢老人', '□融媒记者 程明星', PARAGRAPH_1);
    expect(result.headline?.text).toBe('关爱空巢老人');
    expect(result.provenance.byline).toBe('程明星');
  });

  it("drops a news agency's end mark (（完）) closing the article", () => {
    const result = page('青山镇物资保障有力', PARAGRAPH_1, PARAGRAPH_2, '（完）');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['（完）']).toBe('removed.buttonOrLabel');
  });

  it("drops a forum post's vote buttons with their counts, and takes no headline from them", () => {
    const result = page('鲜花( 1) 鸡蛋( 0)', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(reasons(result)['鲜花( 1) 鸡蛋( 0)']).toBe('removed.counter');
  });

  it("drops a site's footer naming its owners by their roles, a forum's call to register and a follow prompt", () => {
    const footer = '中共青山县委、青山县人民政府主管,县委宣传部主办,青山县融媒体中心承办';
    const register = '赶紧注册,享受更多功能!查看帖内大图!';
    const result = page(register, '青山镇物资保障有力', PARAGRAPH_1, '关注微信看猛料', footer);
    expect(result.headline?.text).toBe('青山镇物资保障有力');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    expect(reasons(result)[footer]).toBe('removed.siteFooter');
    // …or one owner, above the headline (中共中央宣傳部委托新華通訊社主辦), a space before the role or none.
    for (const owner of ['中共中央宣傳部委托新華通訊社主辦', '青山新闻传媒中心 主办']) {
      const owned = page(owner, '青山镇物资保障有力', PARAGRAPH_1);
      expect(owned.headline?.text).toBe('青山镇物资保障有力');
      expect(reasons(owned)[owner]).toBe('removed.siteFooter');
    }
    // An article saying who held the event is no footer, punctuated or not.
    const hosts = '本次活动由青山镇政府主办，县文化馆承办。';
    expect(body(page(PARAGRAPH_1, hosts, PARAGRAPH_2))).toEqual([PARAGRAPH_1, hosts, PARAGRAPH_2]);
    expect(body(page(PARAGRAPH_1, '本次活动由镇妇联主办', PARAGRAPH_2))).toContain('本次活动由镇妇联主办');
  });

  it('drops a chain of editorial sign-offs written with spaces and semicolons, not a sentence naming an editor', () => {
    const result = page(PARAGRAPH_1, '(一审 向晶平;二审 石蓓;三审 李斌)');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    expect(result.provenance.editors).toEqual(['一审：向晶平', '二审：石蓓', '三审：李斌']);
    const prose = '编辑 张三介绍，本次活动共发放宣传单500份。';
    expect(body(page(PARAGRAPH_1, prose))).toEqual([PARAGRAPH_1, prose]);
  });

  it('ends the article at a related-stories label, with the other story it teases', () => {
    const teaser = '青山晚报讯 2月5日上午，青山市一位市民为一线执勤人员捐赠1000斤消毒液，支援...';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '新闻推荐', teaser);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.removed.find((r) => r.text === teaser)?.reason).toBe('removed.afterArticle');
  });
});

describe('markup pasted as text', () => {
  it('reads it as HTML: one line a paragraph, tags gone, entities decoded', () => {
    const result = page(
      '青山镇爱心企业捐赠抗疫物资',
      `<p class="ql-block">&nbsp;${PARAGRAPH_1}</p> <p class="ql-block"><font color="#010101">${PARAGRAPH_2}</font></p>`,
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('leaves angle brackets that are no HTML tags alone', () => {
    const line = '青山镇<新风>宣传队发放宣传单500份，1<2的事实不变。';
    expect(body(page(line))).toEqual([line]);
  });
});

describe('inside the body', () => {
  it('keeps a paragraph that mentions a QR code, and a short closing sentence', () => {
    const qr = '村民扫一扫二维码即可登记返乡信息。';
    const result = page('标题在这里啊', PARAGRAPH_1, qr, '大家辛苦了！👍');
    expect(body(result)).toEqual([PARAGRAPH_1, qr, '大家辛苦了！👍']);
  });

  it('keeps a section heading between paragraphs', () => {
    expect(body(page(PARAGRAPH_1, '物资保障到位', PARAGRAPH_2))).toEqual([PARAGRAPH_1, '物资保障到位', PARAGRAPH_2]);
  });

  it('drops a summary above the article: the headline glued to the lead, cut short', () => {
    const headline = '青山镇发放宣传单1.2万余份';
    const result = page(headline, `${headline}${PARAGRAPH_1.slice(0, 30)}`, '2020-02-18', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('drops a teaser that repeats the text below after a label, running past the lead and cut short by dots', () => {
    const teaser = `青山网记者特别报导 : ${PARAGRAPH_1.replaceAll('，', ',')}当天 .....`;
    const result = page('青山镇发放宣传单1.2万余份', teaser, PARAGRAPH_1, PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[teaser]).toBe('removed.repeated');
  });

  it('keeps a line ending in dots that the text below does not hold', () => {
    const own = '青山镇志愿者们说：大家再坚持一下，胜利就在前方，春天就要来了……';
    expect(body(page(PARAGRAPH_1, own, PARAGRAPH_2))).toEqual([PARAGRAPH_1, own, PARAGRAPH_2]);
  });

  it('drops a label left without its value', () => {
    expect(body(page(PARAGRAPH_1, '网友：', PARAGRAPH_2))).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('drops a lead repeated after the footer, even cut short', () => {
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '责任编辑：周立', PARAGRAPH_1.slice(0, 30));
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.editors).toEqual(['责任编辑：周立']);
  });

  it('keeps a lead the page prints again with its headline over the body, once', () => {
    const headline = '青山镇组织党员干部帮助农户抢收秋粮';
    const lead = '10月9日，青山镇组织80余名党员干部深入天池村，为贫困户抢收秋粮，解决群众的燃眉之急。';
    const rest = '据统计，此次抢收行动为天池村的农户收割稻田8亩，共计收获稻谷7000余斤，群众纷纷点赞。';
    const result = page(headline, '发布时间:2020-10-12 09:42 来源:青山网', lead, headline, lead, headline, rest);
    expect(result.headline?.text).toBe(headline);
    expect(body(result)).toEqual([lead, rest]);
  });

  it('drops an age-rating notice written in full sentences', () => {
    const result = page('限制級', '您即將進入之新聞內容 需滿18歲 方可瀏覽。', PARAGRAPH_1);
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it('does not cut the body at the images between its paragraphs', () => {
    const result = page('标题在这里啊', PARAGRAPH_1, 'IMG_0001.jpg', 'IMG_0002.jpg', PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('takes a bracketed editor closing the last paragraph, with its serial number, and a photo credit', () => {
    const result = page(`${PARAGRAPH_1}(示意圖,資料照)`, `${PARAGRAPH_2}(編輯:王大同)1090411`);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.editors).toEqual(['編輯：王大同']);
  });

  it('drops bracketed photo credits inside and between paragraphs, keeping captions and other brackets', () => {
    const caption = '▲志工在村口測量體溫。';
    const result = page(
      `${PARAGRAPH_1}${caption}(圖∕青山鄉公所提供)`,
      '（记者 王五 摄）',
      `${PARAGRAPH_2}（图：李四）镇长（左）到场。`,
      '青山镇党政办供图',
      '图为志愿者在卡点值守。青山镇供图',
      '防疫工作方案（试行）由航拍（拍摄）确认。',
      `${PARAGRAPH_1}（青山村委会提供）`,
      `${PARAGRAPH_2}口罩由青山镇卫生院提供`,
    );
    expect(body(result)).toEqual([
      `${PARAGRAPH_1}${caption}`,
      `${PARAGRAPH_2}镇长（左）到场。`,
      '图为志愿者在卡点值守。',
      '防疫工作方案（试行）由航拍（拍摄）确认。',
      PARAGRAPH_1,
      `${PARAGRAPH_2}口罩由青山镇卫生院提供`,
    ]);
    expect(result.removed.filter((r) => r.reason === 'removed.photoCredit').map((r) => r.text)).toEqual([
      '(圖∕青山鄉公所提供)',
      '（记者 王五 摄）',
      '（图：李四）',
      '青山镇党政办供图',
      '青山镇供图',
      '（青山村委会提供）',
    ]);
  });
});

describe('furniture found by its form', () => {
  it('drops markup comments and CMS template blocks, whole or their tails, and cuts them out of a line', () => {
    const result = page(
      `${PARAGRAPH_1}<!-- 编辑：张三 -->`,
      '[!--empirenews.page--]',
      PARAGRAPH_2,
      '--> 2021-03-05 2 青山日报 content_1234.html 青山镇防疫物资到位 /articleproperty-->',
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({
      '<!-- 编辑：张三 -->': 'removed.pageCode',
      '[!--empirenews.page--]': 'removed.pageCode',
    });
  });

  it("drops a site's browser and submission notices, cutting one in brackets out of a line", () => {
    const result = page(
      '为获得最佳浏览效果，请使用Chrome或Edge浏览器',
      PARAGRAPH_1,
      `${PARAGRAPH_2}【欢迎投稿：qingshan#example.com】`,
      '您的浏览器不支持此功能，请升级到最新版本。',
      '新闻线索请拨打热线：0000-1234567',
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['【欢迎投稿：qingshan#example.com】']).toBe('removed.standingReminder');
  });

  it('keeps a sentence whole around a notice in brackets the page ran into it', () => {
    const [opening, rest] = ['当天，镇卫生院还为各检查站配送消毒液20桶', '、医用口罩两千只，确保一线人员防护到位。'];
    const result = page(PARAGRAPH_1, `${opening}【欢迎投稿：qingshan#example.com】${rest}`);
    expect(body(result)).toEqual([PARAGRAPH_1, opening + rest]);
  });

  it('keeps the lead a summary above the article was cut from, dropping only the summary', () => {
    const summary = PARAGRAPH_1 + PARAGRAPH_2.slice(0, 20);
    expect(body(page('来源：青山日报 日期：2022-12-06', summary, PARAGRAPH_1, PARAGRAPH_2))).toEqual([
      PARAGRAPH_1,
      PARAGRAPH_2,
    ]);
  });

  it("drops a post's embedded player and an account's producer line", () => {
    const result = page(
      PARAGRAPH_1,
      '[video]https://v.qq.com/iframe/player.html?vid=abc123&auto=0[/video]',
      PARAGRAPH_2,
      '出品：中共青山镇委员会、青山镇人民政府',
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("drops a forum's attachment prompt inside the article and a reposter's notices after it", () => {
    const result = page(
      PARAGRAPH_1,
      '点击文件名下载附件',
      PARAGRAPH_2,
      '（声明：转载本平台原创作品，请短信联系00000000000。）',
      '以上是网络信息转载，信息真实性自行斟酌。',
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('keeps a paragraph that mentions a browser or a hotline without asking the reader anything of the kind', () => {
    const browser = '镇文化站志愿者手把手教老人用手机浏览器查看健康码，一上午帮助60余人。';
    const hotline = '镇里开通了防疫热线，24小时有人值守。';
    expect(body(page(PARAGRAPH_1, browser, hotline, PARAGRAPH_2))).toEqual([
      PARAGRAPH_1,
      browser,
      hotline,
      PARAGRAPH_2,
    ]);
  });

  it("drops an e-paper's calendar of dates and a row of advertising or teaser links, keeping a bulleted sentence", () => {
    const calendar = Array.from({ length: 8 }, (_, k) => `2021-03-${String(9 - k).padStart(2, '0')},${1209 - k}|`).join(
      ' ',
    );
    const bullet = '●各卡点实行24小时值守，每天两班轮换。';
    const result = page(PARAGRAPH_1, '▶青山客户端全新上线 ▶春季踏青好去处', bullet, PARAGRAPH_2, calendar);
    expect(body(result)).toEqual([PARAGRAPH_1, bullet, PARAGRAPH_2]);
    expect(reasons(result)['▶青山客户端全新上线 ▶春季踏青好去处']).toBe('removed.linkRow');
    expect(reasons(result)[calendar]).toBe('removed.navigation');
  });

  it("drops a TV script's numbered name supers between paragraphs, but not a headline of two phrases", () => {
    const quote = '志工們說，守住村口就是守住家，再辛苦也值得。';
    const result = page(PARAGRAPH_1, '03 青山村村長 陳大明', PARAGRAPH_2, '04 志工 林小華', quote);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2, quote]);
    expect(page('青山鎮長 親自帶隊', PARAGRAPH_1).headline?.text).toBe('青山鎮長 親自帶隊');
  });

  it('drops a comment box of any wording, and ends the article there', () => {
    const teaser = '青石镇举办春季招聘会，百余家企业提供岗位三千余个。';
    const result = page(
      PARAGRAPH_1,
      PARAGRAPH_2,
      '写评论',
      '跟帖 3人参与，5条跟帖',
      '暂无评论，快来发表你的看法吧！',
      teaser,
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['写评论']).toBe('removed.relatedLinks');
    expect(reasons(result)['暂无评论，快来发表你的看法吧！']).toBe('removed.relatedLinks');
  });

  it('keeps a short sentence about comments that holds no widget word', () => {
    const line = '群众纷纷留言点赞。';
    expect(body(page(PARAGRAPH_1, line, PARAGRAPH_2))).toEqual([PARAGRAPH_1, line, PARAGRAPH_2]);
  });

  it('drops image file names however they are written, several on one line', () => {
    const result = page(
      PARAGRAPH_1,
      '镇卫生院送药 - 副本.png 志愿者值守(2).JPG',
      'mmexport1581234567890.jpg',
      PARAGRAPH_2,
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['镇卫生院送药 - 副本.png 志愿者值守(2).JPG']).toBe('removed.imageFileName');
  });

  it("drops a logo's alt texts left where its image was, and takes the headline below them", () => {
    const alts = '青山新聞網(Logo-image) 青山新聞網(Logo-text)';
    const result = page(alts, '2020/04/25', '青山鄉農會募集13萬包紅茶', '青山新聞網記者張三/青山報導', PARAGRAPH_1);
    expect(reasons(result)[alts]).toBe('removed.imageAltText');
    expect(result.headline?.text).toBe('青山鄉農會募集13萬包紅茶');
  });

  it('keeps a sentence naming a logo in brackets', () => {
    const line = '青山鎮設計了防疫吉祥物(Logo)，張貼在各村卡點。';
    expect(body(page(PARAGRAPH_1, line, PARAGRAPH_2))).toEqual([PARAGRAPH_1, line, PARAGRAPH_2]);
  });

  it('drops a disclaimer paragraph however long, a share bar with its platforms run together and an account line', () => {
    const disclaimer =
      '版权声明：本网站转载的文章，目的在于传递更多信息，并不意味着赞同其观点或证实其描述。文章内容仅供参考，读者据此操作，风险自担。';
    // 凡本網…版權均屬…: a site claiming the rights, cut short by the page before its ask.
    const claim = '凡本網注明"來源:青山新聞網"的所有文字、圖片稿件,版權均屬青山新聞網所有,任何媒體或個人未經';
    expect(body(page(PARAGRAPH_1, claim))).toEqual([PARAGRAPH_1]);
    const result = page(
      PARAGRAPH_1,
      PARAGRAPH_2,
      '分享本文：WeiboWeChatQQ',
      '（qingshan_fb）青山发布官方微博。',
      disclaimer,
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({
      '分享本文：WeiboWeChatQQ': 'removed.shareBar',
      '（qingshan_fb）青山发布官方微博。': 'removed.appPrompt',
      [disclaimer]: 'removed.copyrightNotice',
    });
  });

  it("drops a site's name glued to the end of its paragraphs, but not a photographer closing two captions", () => {
    const result = page(`${PARAGRAPH_1}青山生活网 `, `${PARAGRAPH_2}青山生活网`, '青山生活网');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['青山生活网']).toBe('removed.watermark');
    const captions = page(
      PARAGRAPH_1,
      '志愿者在卡点值守。（张三摄）',
      PARAGRAPH_2,
      '镇干部发放口罩。（张三摄）',
      PARAGRAPH_1,
    );
    expect(body(captions)).toContain('镇干部发放口罩。');
  });

  it('cuts credits and a share bar glued after the last sentence with a space, reading the credits', () => {
    const closing = '镇党委书记表示，将继续做好防控工作。';
    const result = page(
      PARAGRAPH_1,
      `${PARAGRAPH_2} 记者：张三 李四 来源：青山融媒体中心 责任编辑：王五 / 编审：赵六`,
      `${closing} 分享此文：FacebookX`,
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2, closing]);
    expect(result.provenance).toMatchObject({ byline: '张三 李四', publication: '青山融媒体中心' });
  });

  it('takes list bullets off the lines they open, keeping a row of bulleted links a row', () => {
    const result = page('• 青山镇广播进村宣传防疫', '• 发布时间：2020-02-18 09:07', `•  ${PARAGRAPH_1}`, '• 相关内容');
    expect(result.headline?.text).toBe('青山镇广播进村宣传防疫');
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it("splits a blog page's line at its Latin byline, reading the date", () => {
    const result = page(
      `青山鎮公所全面消毒。Posted on2020-02-262020-02-26Author青山新聞網 【青山新聞】 ${PARAGRAPH_1}`,
    );
    expect(result.provenance.published).toBe('2020-02-26');
    expect(dropped(result)).toContain('Posted on2020-02-262020-02-26Author青山新聞網');
    expect(body(result).at(-1)).toContain(PARAGRAPH_1);
  });

  it("splits off an aggregator's Latin date marker opening the body, reading the date", () => {
    const result = page(` date 2026-01-29 ${PARAGRAPH_1}`, PARAGRAPH_2);
    expect(result.provenance.published).toBe('2026-01-29');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("takes the headline out of a page title whose site name follows one dash, and never a lead's first line", () => {
    const headline = '青山县大坪镇开展无偿献血活动';
    expect(page(`${headline}-某某登录入口首页`, PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(headline);
    // A dash inside a headline with no site name after it stays.
    expect(page('青山镇：志愿者-居民共筑防线', PARAGRAPH_1).headline?.text).toBe('青山镇：志愿者-居民共筑防线');
    // A sentence broken over two lines: its first line opens like a lead.
    expect(
      page('近日,第七次全国人口普查入户摸底工作', '正在青山镇如火如荼地进行。', PARAGRAPH_1).headline,
    ).toBeUndefined();
  });

  it('reads a role word with its qualifier and a name, behind a bullet, as a byline', () => {
    const result = page('■特约记者 朱黎灵', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.provenance.byline).toBe('朱黎灵');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('drops a menu whose items carry digits, and a photo source credit closing a caption', () => {
    const result = page(
      '首页 新闻 乡镇 2020年 第1-3期 专题',
      '青山镇为卡点送去防疫物资',
      '发布时间：2020-02-20',
      '卡点工作人员接收物资 图片来源：青山发布',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇为卡点送去防疫物资');
    expect(reasons(result)['首页 新闻 乡镇 2020年 第1-3期 专题']).toBe('removed.menu');
    expect(body(result)).toEqual(['卡点工作人员接收物资', PARAGRAPH_1]);
  });
});

describe('furniture and metadata in the forms of new pages', () => {
  it('reads a spaced-out label as the label, and drops an image name without its extension', () => {
    const result = page('记 者:王小明 李 华', '青山镇为卡点送去防疫物资', 'IMG_20200220093512', PARAGRAPH_1);
    expect(result.provenance.byline).toContain('王小明');
    expect(reasons(result)['IMG_20200220093512']).toBe('removed.imageFileName');
    expect(result.headline?.text).toBe('青山镇为卡点送去防疫物资');
  });

  it("drops an upload's image name (a timestamp and a few letters) and a numbered photo label between paragraphs", () => {
    const result = page('青山镇开展防灾演练', PARAGRAPH_1, '20250415183338x6U3', '圖片2', PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['20250415183338x6U3']).toBe('removed.imageFileName');
    expect(reasons(result)['圖片2']).toBe('removed.imageAltText');
    // A photo's label after a word, where a photo stood, is never the headline.
    const gallery = page(PARAGRAPH_1, '活動圖片', '活動圖片', PARAGRAPH_2, '现场照片3');
    expect(body(gallery)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(gallery.headline).toBeUndefined();
  });

  it('ends the article at a reprint notice in any words, dropping the app footer after it', () => {
    const notice = '未经本站书面许可，任何单位和个人不得摘编、复制本文内容';
    const result = page(
      '青山镇为卡点送去防疫物资',
      PARAGRAPH_1,
      PARAGRAPH_2,
      notice,
      '爆料',
      '打开青山，看更多精彩内容',
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[notice]).toBe('removed.copyrightNotice');
  });

  it('drops a trail opening with a button word however long, and takes the headline it repeats', () => {
    const result = page('首页 > 乡镇 青山镇为卡点送去防疫物资', '青山镇为卡点送去防疫物资', PARAGRAPH_1);
    expect(reasons(result)['首页 > 乡镇 青山镇为卡点送去防疫物资']).toBe('removed.breadcrumb');
    expect(result.headline?.text).toBe('青山镇为卡点送去防疫物资');
  });

  it('reads a quoted original title, editors behind bars, and fields glued to the last sentence', () => {
    const result = page(
      '青山镇为卡点送去防疫物资',
      PARAGRAPH_1,
      `${PARAGRAPH_2}责任编辑 | 赵六审核 | 钱七`,
      '（原标题《青山镇：物资送到卡点》）',
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.editors).toEqual(['责任编辑：赵六', '审核：钱七']);
    expect(result.provenance.originalTitle).toBe('青山镇：物资送到卡点');
  });

  it('splits a headline from the clock stamp and source on its line', () => {
    const result = page('首頁>資訊 >', '青山鎮為卡點送去防疫物資 2022-04-24 17:28:16  來源:青山發布', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山鎮為卡點送去防疫物資');
    expect(result.provenance).toMatchObject({ published: '2022-04-24', publication: '青山發布' });
    // A short headline glued to a labelled date reads as metadata whole, but is a part of its own.
    const glued = page('HOME社會公益', '2023青山鄉巡迴醫療服務發佈日期:2023/02/05', PARAGRAPH_1, PARAGRAPH_2);
    expect(glued.headline?.text).toBe('2023青山鄉巡迴醫療服務');
    expect(glued.provenance.published).toBe('2023-02-05');
  });

  it('takes the line above the dated metadata line over captions between it and the body', () => {
    const result = page(
      '青山镇党群一心 共抗疫情',
      '2020-02-04 19:01:00 来源：青山网',
      '爱心企业捐款现场',
      '志愿者路口执勤',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇党群一心 共抗疫情');
  });

  it('keeps the close of a headline the page shows twice: one line repeated is no watermark', () => {
    const result = page('分享到：', '青山镇“爱心菜篮”送到卡点', '分享到：', '青山镇“爱心菜篮”送到卡点', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山镇“爱心菜篮”送到卡点');
  });

  it('keeps the close of two versions of a headline: a quote closing a phrase ends no sentence a watermark closes', () => {
    const result = page('青山:摩托车队“森林防火宣传”活跃乡村', '青山:摩托车队“防火宣传”活跃乡村', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山:摩托车队“森林防火宣传”活跃乡村');
  });

  it('takes the headline above its deck, the line opening with a dash', () => {
    const result = page('筑牢防线 守护平安', '——青山镇开展返乡人员摸排工作', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe('筑牢防线 守护平安');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("cuts a site's label set before the headline, reporting it, but keeps a town before a colon", () => {
    const result = page('青山快讯!“爱心菜篮”送到卡点', '来源:青山网 2022-12-05', PARAGRAPH_1);
    expect(result.headline?.text).toBe('“爱心菜篮”送到卡点');
    expect(reasons(result)['青山快讯!']).toBe('removed.aboveHeadline');
    const town = '青山镇：物资送到卡点';
    expect(page(town, '来源:青山网 2022-12-05', PARAGRAPH_1).headline?.text).toBe(town);
  });

  it("drops a photo's source note standing between paragraphs, in any order of its clauses", () => {
    const notes = ['翻攝自青山鎮公所臉書,下同。', '示意圖,翻拍自青山發布。', '资料图，截图自青山融媒'];
    const closing = '镇党委书记表示，将继续做好防控工作，守护群众健康。';
    const result = page(PARAGRAPH_1, notes[0]!, PARAGRAPH_2, notes[1]!, closing, notes[2]!);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2, closing]);
    for (const note of notes) expect(reasons(result)[note]).toBe('removed.photoCredit');
    const sentence = '志愿者翻拍了老照片，送给村里的老人。';
    expect(body(page(PARAGRAPH_1, sentence))).toContain(sentence);
  });

  it("ends the article at a content site's reading prompt, with the cheer right above it", () => {
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '太暖心了吧!', '在家一起看影片：', '（往下看還有更多精彩內容）');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({
      '太暖心了吧!': 'removed.afterArticle',
      '在家一起看影片：': 'removed.relatedLinks',
      '（往下看還有更多精彩內容）': 'removed.relatedLinks',
    });
    const closing = '大家辛苦了！';
    expect(body(page(PARAGRAPH_1, PARAGRAPH_2, closing))).toEqual([PARAGRAPH_1, PARAGRAPH_2, closing]);
    const heading = '具体措施如下：';
    expect(body(page(PARAGRAPH_1, heading, PARAGRAPH_2))).toEqual([PARAGRAPH_1, heading, PARAGRAPH_2]);
  });

  it('cuts a credit for all the photos glued between two sentences, keeping both', () => {
    const credit = '本文图片均为青山日报客户端记者李四摄';
    const result = page(PARAGRAPH_1, `▲爱心企业捐赠的防疫物资。${credit}${PARAGRAPH_2}`);
    expect(body(result)).toEqual([PARAGRAPH_1, `▲爱心企业捐赠的防疫物资。${PARAGRAPH_2}`]);
    expect(reasons(result)[credit]).toBe('removed.photoCredit');
  });
});

describe('lines that pass for a headline or for the article', () => {
  it('reads a caption opening with a date and a half-width comma as text, not as a date stamp', () => {
    const caption = '2020年2月6日,青山村种植户张三向青山镇慈善会捐赠500斤青菜';
    const result = page(
      '2020年2月6日,青山镇某家庭农场向青山镇慈善会捐赠大米80袋并送到居家隔离家庭门口',
      caption,
      PARAGRAPH_1,
    );
    expect(result.headline).toBeUndefined();
    expect(body(result)).toContain(caption);
  });

  it("drops a forum's login and registration prompts in both scripts, its account buttons and counters", () => {
    const prompts = [
      '立即注册，即可查看全部内容，畅享更多功能。',
      '您需要 登錄 才可以下載或查看，沒有帳號？註冊會員',
      '登入後才能回覆',
    ];
    const result = page(
      '找回密码',
      '註冊會員',
      '查看: 1203|回复: 5',
      '青山镇组织开展核酸检测演练',
      '[复制链接]',
      '发表于 2022-4-2 09:15',
      ...prompts,
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇组织开展核酸检测演练');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    expect(dropped(result)).toEqual(expect.arrayContaining([...prompts, '註冊會員', '[复制链接]']));
  });

  it("passes over an organisation's name alone on its line for the headline", () => {
    const headline = '浓浓元旦情,慰问暖人心——青山镇开展防寒潮元旦慰问探访活动';
    const result = page('青山社会工作中心', '2020年12月31日', headline, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(page('青山县人民政府', '青山镇全力打好破冰攻坚战', PARAGRAPH_1).headline?.text).toBe(
      '青山镇全力打好破冰攻坚战',
    );
    // A headline saying what an organisation did is one (青山乡成立防汛应变中心).
    expect(page('青山乡成立防汛应变中心', PARAGRAPH_1).headline?.text).toBe('青山乡成立防汛应变中心');
  });

  it("keeps a notice's signature, the issuer and the date after its closing formula", () => {
    const notice = page(
      PARAGRAPH_1,
      '具体恢复营业时间另行通知，请各经营业主严格执行。特此通知。',
      '青山镇疫情防控指挥部办公室',
      '2022年4月29日',
      'THE END',
    );
    expect(body(notice).slice(-2)).toEqual(['青山镇疫情防控指挥部办公室', '2022年4月29日']);
    expect(notice.headline).toBeUndefined();
  });

  it("reads a forum article's metadata line (发布者, 查看, 评论, 原作者) and takes the headline over it", () => {
    const metadata = '2020-3-25 11:49| 发布者: 云起风生| 查看: 3004| 评论: 0|原作者: 云起风生';
    const result = page('青山论坛 首页 魅力乡镇 青山镇 查看内容', '青山镇做好福利院疫情防控', metadata, PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山镇做好福利院疫情防控');
    expect(reasons(result)[metadata]).toBe('removed.provenanceLine');
  });

  it('keeps a sentence about registering as a volunteer', () => {
    const line = '居民登录“志愿青山”平台注册后，即可报名参加卡点值守。';
    expect(body(page(line, PARAGRAPH_1))).toContain(line);
  });

  it('takes the headline over a page title whose digits count nothing, a site code or a counter', () => {
    const result = page(
      '青山区 —— 某某云| 凯发k8官网首页登录',
      '青山区战疫在行动(四十)',
      '来源: 2020-02-07 17:34:54',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山区战疫在行动(四十)');
    expect(dropped(result)).toContain('青山区 —— 某某云| 凯发k8官网首页登录');
  });

  it('reads a byline behind a bullet sign, with the desk between the publication and the role', () => {
    for (const line of ['◇青山日报全媒体记者张小凤', '■ 记者 李明'])
      expect(page('青山镇志愿者坚守一线', line, PARAGRAPH_1).removed).toContainEqual({
        line: 2,
        text: line,
        reason: 'removed.provenanceLine',
      });
    expect(body(page(PARAGRAPH_1, '▲志愿者在卡点值守', PARAGRAPH_2))).toContain('▲志愿者在卡点值守');
  });
});

describe('metadata and furniture laid out over several lines', () => {
  it('reads a value the page put on the line under its label as metadata, not as the headline', () => {
    const result = page(
      '青山镇志愿者坚守卡点',
      '来源:',
      '王小明',
      '2022-04-19 10:25:28',
      '责编:',
      '赵六 钱七 孙八',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山镇志愿者坚守卡点');
    expect(reasons(result)).toMatchObject({
      王小明: 'removed.provenanceLine',
      '赵六 钱七 孙八': 'removed.provenanceLine',
    });
    expect(result.provenance.editors).toEqual(['责编：赵六 钱七 孙八']);
  });

  it('keeps a sentence under a label line: only a name or a short value is the label’s', () => {
    const sentence = '青山镇组织志愿者走村入户，宣传防疫知识。';
    const result = page('青山镇志愿者坚守卡点', '2022-04-19 来源:', sentence, PARAGRAPH_1);
    expect(body(result)).toEqual([sentence, PARAGRAPH_1]);
  });

  it('takes a headline naming a campaign in quotes that holds a furniture word, but drops the button itself', () => {
    const headline = '推广“亮码” 青山镇多举措把好“扫码关”';
    const result = page(headline, '发布时间: 2022-04-28 08:57:27 来源: 青山网', '扫码关注青山网', PARAGRAPH_1);
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)['扫码关注青山网']).toBe('removed.appPrompt');
    expect(reasons(page('点击“阅读原文”', PARAGRAPH_1))['点击“阅读原文”']).toBe('removed.navigation');
  });

  it('drops a tag block of short label: value lines as metadata, but keeps a headline after a town and a colon', () => {
    const tags = ['族群: 布農族', '主題: 社會關懷、醫療保健', '地點: 青山縣 青山鄉'];
    const result = page('青山鄉長者接種疫苗', ...tags, PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山鄉長者接種疫苗');
    expect(body(result)).toEqual([PARAGRAPH_1]);
    for (const tag of tags) expect(reasons(result)[tag]).toBe('removed.provenanceLine');
    const headline = '青山镇：众志成城抗击疫情 网格员力做先锋官';
    expect(page(headline, '发布机构:青山镇', '发布时间: 2020-02-13 18:24', PARAGRAPH_1).headline?.text).toBe(headline);
  });

  it('drops a row of a metadata table, label and value in each cell, as metadata, never the headline', () => {
    const row = '| 发布机构：青山县青山镇人民政府 | 关 键 词：校园周边,食品安全,专项检查 |';
    const result = page('| 索引号：770877351/2016-00089 | 主题分类：综合政务 | |', row, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(reasons(result)[row]).toBe('removed.provenanceLine');
    const headline = '战疫有你|青山镇：党员干部冲在前';
    expect(page(headline, '发布时间: 2020-02-13 18:24', PARAGRAPH_1).headline?.text).toBe(headline);
  });

  it("ends a notice copied into a forum at the next post's header, dropping the replies however long", () => {
    const reply = '我昨天还在问有没有活动，今天就有通知了，不错嘛 {:9_292:} 村里都是自家烧点吃吃，串门的人也少了。';
    const result = page(
      '青山镇发布2021年元宵期间暂停聚集性活动的通知',
      '发表于 2021-2-23 08:12',
      PARAGRAPH_1,
      PARAGRAPH_2,
      '青山镇疫情防控办2021年2月22日',
      '网友甲 发表于 2021-2-24 09:00',
      '蹲一个',
      reply,
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({ 蹲一个: 'removed.afterArticle', [reply]: 'removed.afterArticle' });
  });
});

describe('mastheads, welcome bars and page titles around the headline', () => {
  it('drops breadcrumb steps written a line each and takes the headline under a metadata line opening the page', () => {
    const headline = '关于做好春节返乡人员疫情防控的';
    const result = page(
      '当前位置：',
      '首页',
      '> 政务公开',
      '> 乡镇信息公开目录',
      '来源：青山镇党政办  发布时间：2021-01-15',
      headline,
      '工作通知',
      '各村（社区）：',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)).toMatchObject({
      '> 政务公开': 'removed.breadcrumb',
      '> 乡镇信息公开目录': 'removed.breadcrumb',
    });
  });

  it('still takes no lead under a metadata line opening the page for the headline', () => {
    const lead = '“大家辛苦了，夜里天冷，过来喝碗热汤暖暖身子，休息一下再接着干';
    expect(page('发布时间：2020-02-12', lead, PARAGRAPH_1, PARAGRAPH_2).headline).toBeUndefined();
  });

  it("drops a site's welcome bar in both scripts and takes the headline over it", () => {
    for (const welcome of ['欢迎访问', '歡迎光臨']) {
      const result = page(welcome, '青山镇：宣传引导走在前 疫情防控在心间', '时间：2022年09月15日', PARAGRAPH_1);
      expect(result.headline?.text).toBe('青山镇：宣传引导走在前 疫情防控在心间');
      expect(reasons(result)[welcome]).toBe('removed.navigation');
    }
  });

  it('takes a headline with a double bar between its halves', () => {
    const headline = '同心战疫 || 爱心物资送到卡点';
    expect(page(headline, '发布日期:2020-02-07 来源:青山县文明办', PARAGRAPH_1).headline?.text).toBe(headline);
  });

  it("passes over an app's masthead between the headline and the date line, and drops it", () => {
    const headline = '社区“敲门送福” 封控区居民收到“过年礼”';
    const result = page(headline, '青山日报客户端', '2022-01-31 19:44', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(dropped(result)).toContain('青山日报客户端');
  });

  it("drops an app's image prompts and an account's labels, inventing no headline from them", () => {
    const prompt = '打开青山新闻 查看精彩图片';
    const result = page(PARAGRAPH_1, prompt, PARAGRAPH_2, prompt, '微信公众号', '官方微博');
    expect(result.headline).toBeUndefined();
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({
      [prompt]: 'removed.appPrompt',
      微信公众号: 'removed.shareBar',
      官方微博: 'removed.shareBar',
    });
  });

  it('takes the headline over account labels standing between the date line and the body', () => {
    const headline = '青山镇爱心村民捐赠口罩 支援疫情防控';
    const labels = ['青山日报网', '微信公众号', '青山日报网', '官方微博'];
    const result = page(headline, '2020-02-13 17:48:00  来源:青山日报网', ...labels, PARAGRAPH_1);
    expect(result.headline?.text).toBe(headline);
  });

  it("reads a video's credit as metadata and drops a health authority's standing hotline notice", () => {
    const notice = '因應新冠肺炎疫情，疾管署持續疫情監測，如有疑似症狀，請撥打1922專線。';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '视频制作：张三', notice);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({
      '视频制作：张三': 'removed.provenanceLine',
      [notice]: 'removed.standingReminder',
    });
    const advice = '镇卫生院提醒，返乡人员如有发热症状，请拨打镇卫生院电话。';
    expect(body(page(PARAGRAPH_1, advice))).toEqual([PARAGRAPH_1, advice]);
  });

  it("takes the headline a page title names cut short, without the title's site label and keyword tail", () => {
    const headline = '青山县见闻：干部深入防疫一线保障群众生产生活';
    const title = '青山网:青山县见闻：干部深入防疫一线_青山-东乡-礼包-';
    const result = page('青山网总制作', title, '发布日期:2020-11-07  来源:青山日报', headline, PARAGRAPH_1);
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)[title]).toBe('removed.repeated');
  });

  it("drops a site's keyword title glued to its paragraphs and standing alone, and takes no headline from it", () => {
    const headline = '青山农村婚礼吹起简约风 一场婚礼能省上万元';
    const title = 'abc青山婚嫁网_结婚资讯门户|婚纱礼服|婚纱摄影|婚庆公司|蜜月旅行';
    const result = page(
      headline,
      '时间:2017-06-13 21:03:28    来源:本站',
      `${PARAGRAPH_1}${title}`,
      title,
      `${PARAGRAPH_2}${title}`,
    );
    expect(result.headline?.text).toBe(headline);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('cuts the site and date a copied story is tagged with from its headline, but keeps a column tag', () => {
    const headline = '青山县青山镇有序推进退役军人优待证发放工作';
    const tag = '【青山报业·青山日报客户端2022.12.9】';
    const result = page(`${tag}${headline}`, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)[tag]).toBe('removed.aboveHeadline');
    expect(page(`【战疫一线】${headline}`, PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(`【战疫一线】${headline}`);
  });

  it("drops a Taiwanese government site's access note, site-map line and menu, however long", () => {
    const note = 'CSS樣式表與SCRIPT無法正常顯示時,並不會影響到網頁的閱讀 青山縣青山鄉公所-政風室-訊息公告 跳到主要內容';
    const menu =
      '業務職掌 相關法規 表單下載 訊息公告 利益衝突迴避專區(另開視窗) 公開及查詢平臺(另開視窗) 公款補助及交易';
    const headline = '青山鄉公所辦理消費者保護宣導活動';
    const result = page(note, ':::網站導覽回首頁青山縣政府', menu, headline, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)).toMatchObject({
      [note]: 'removed.navigation',
      ':::網站導覽回首頁青山縣政府': 'removed.navigation',
      [menu]: 'removed.navigation',
    });
  });

  it("drops a site's name and contacts written as labelled fields", () => {
    const fields = ['网站名称:青山生活网', 'QQ:8783-2956', '邮箱:670-88617@QQ.com', '客服QQ：800083652'];
    const result = page(...fields, PARAGRAPH_1, PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    for (const field of fields) expect(reasons(result)[field]).toBe('removed.siteFooter');
  });

  it("takes no headline from a roundup's first township label (kept over its part), a dateline or a byline", () => {
    const lexiang = '5月23日，乐乡街道集中签约3个招商引资项目，协议投资额达2亿元，涵盖物流仓储、农产品加工。';
    const wangjiaqiao = '5月29日，王家桥镇人民政府与一家农业公司签约，项目投资5000万元，建设养殖基地一处。';
    const roundup = page('乐乡街道', lexiang, '王家桥镇', wangjiaqiao);
    expect(roundup.headline).toBeUndefined();
    expect(body(roundup)).toEqual(['乐乡街道', lexiang, '王家桥镇', wangjiaqiao]);
    const dated = page('中国·象山 11月25日', PARAGRAPH_1, PARAGRAPH_2);
    expect(dated.headline).toBeUndefined();
    expect(reasons(dated)['中国·象山 11月25日']).toBe('removed.provenanceLine');
    const signed = page('□ 王源 本报记者 张婷', PARAGRAPH_1, PARAGRAPH_2);
    expect(signed.headline).toBeUndefined();
    expect(signed.provenance.byline).toBe('王源、张婷');
    const barred = page('青山日报客户端 | 记者 张雪 通讯员 毕枫', PARAGRAPH_1, PARAGRAPH_2);
    expect(barred.headline).toBeUndefined();
    expect(barred.provenance.byline).toBe('张雪、毕枫');
    // A dateline's source before the byline (德州新闻网讯 记者…) is the publication, no contributor.
    const datelined = page('青山新闻网讯 记者王秀青 通讯员杨宝玲 张玉莹', PARAGRAPH_1, PARAGRAPH_2);
    expect(datelined.headline).toBeUndefined();
    expect(datelined.provenance.byline).toBe('王秀青、杨宝玲 张玉莹');
    expect(page('本报讯 记者张三', PARAGRAPH_1, PARAGRAPH_2).provenance.byline).toBe('张三');
    // The office that sent the report and its writer (山陽縣委宣傳部 徐世旺) — not an office and what it did.
    const office = page('青山縣委宣傳部 徐世旺', PARAGRAPH_1, PARAGRAPH_2);
    expect(office.headline).toBeUndefined();
    expect(office.provenance.byline).toBe('徐世旺');
    expect(page('青山镇司法所 开展普法', PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe('青山镇司法所 开展普法');
  });

  it('takes no headline from a photo caption of an action in progress (工人正在赶制电子元件)', () => {
    const caption = '青山镇社区工厂的工人正在赶制电子元件';
    expect(page(caption, PARAGRAPH_1, PARAGRAPH_2).headline).toBeUndefined();
    expect(page('第七次全国人口普查登记正在进行,青山镇普查人员走入千家万户', PARAGRAPH_1).headline?.text).toBe(
      '第七次全国人口普查登记正在进行,青山镇普查人员走入千家万户',
    );
  });

  it('takes the headline a page names under its QR prompt (正在阅读：…) when none stands above the body', () => {
    const headline = '青山镇抢抓冬春时节开展水塘河道清淤工作';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '扫描二维码随身看资讯', `正在阅读: ${headline}`);
    expect(result.headline?.text).toBe(headline);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("drops a content site's sign-off, a share instruction, a forum's sign-up prompt and a consulting button", () => {
    const lines = [
      '高顿网校小编寄语:幽雅之于体态,犹如判断力之于智慧。',
      '用微信“扫一扫”,点击右上角分享按钮,即可将网页分享给您的微信好友或朋友圈。',
      '马上注册,结交更多好友,享用更多功能,让你轻松玩转青山论坛,更多精彩评论请登录后查看。',
      '立即在线咨询 >',
    ];
    const result = page(PARAGRAPH_1, PARAGRAPH_2, ...lines);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(lines.map((line) => reasons(result)[line])).toEqual([
      'removed.standingReminder',
      'removed.shareBar',
      'removed.navigation',
      'removed.navigation',
    ]);
  });

  it("drops a read-aloud widget, a news licence line and an uploader's or a source's field", () => {
    const lines = [
      '语音合成中,请耐心等待...',
      '进入播报模式',
      '互联网新闻信息许可证服务编号:61120190002',
      '添加人:王青山',
      '來源于:青山日報',
    ];
    const result = page(PARAGRAPH_1, PARAGRAPH_2, ...lines);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(lines.slice(0, 3).map((line) => reasons(result)[line])).toEqual([
      'removed.printBar',
      'removed.printBar',
      'removed.registrationFooter',
    ]);
    expect(result.provenance.publication).toBe('青山日報');
  });

  it('reads a metadata line whose counter the page left blank, and a timestamp after 发布 as the date', () => {
    const metadata = '发布:2009-10-18 18:29:54  来源:宝应0514.cc  浏览次  编辑:佚名';
    const result = page('青山镇组织民兵参加抗洪抢险', metadata, PARAGRAPH_1, PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance).toMatchObject({ published: '2009-10-18', publication: '宝应0514.cc' });
  });

  it("drops a forum poster's card", () => {
    expect(reasons(page('访问TA的空间加好友用道具', PARAGRAPH_1))['访问TA的空间加好友用道具']).toBe(
      'removed.navigation',
    );
  });

  it("drops a paper site's label over the excerpt it shows, and takes no headline from it", () => {
    const result = page('论文部分内容阅读', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("takes the headline under its copy with an aggregator's listing date, over a caption above the body", () => {
    const headline = '党群同心共战疫——青山镇疫情防控工作纪实';
    const result = page(`03.03 ${headline}`, headline, '青山镇志愿者正在为出入人员测量体温', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)[`03.03 ${headline}`]).toBe('removed.repeated');
  });
});

describe('related lists, labelless metadata and notices around the body', () => {
  it('keeps the close of a headline that a breadcrumb ends with: the repeat is no watermark', () => {
    const headline = '青山镇“红马甲护村”见实效';
    const result = page(
      `您现在的位置是:主页 > 乡镇 > ${headline}`,
      headline,
      '时间:2020-02-02 11:56  来源:青山日报',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe(headline);
    expect(dropped(result)).not.toContain('见实效');
  });

  it('reads a stamp with no year and a desk beside it as metadata, under the headline', () => {
    const headline = '青山镇“大喇叭”助力疫情防控宣传';
    const result = page(headline, '02-04 13:30   青山镇', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)['02-04 13:30   青山镇']).toBe('removed.provenanceLine');
    const dated = '2月4日 青山镇召开疫情防控工作会议';
    expect(page(dated, PARAGRAPH_1).headline?.text).toBe(dated);
  });

  it("drops a content site's sign-off to its readers, but not an article's own closing words", () => {
    const signOff = '以上就是关于青山镇充电桩进小区全部的内容,关注我们,带您了解更多相关内容。';
    const share = '青山网小编提示,记得把"青山镇推进住宅修缮项目"分享给大家!';
    expect(body(page(PARAGRAPH_1, PARAGRAPH_2, signOff, share))).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    const closing = '以上是本次宣讲的主要内容，群众可到镇便民服务中心了解更多政策。';
    expect(body(page(PARAGRAPH_1, closing))).toEqual([PARAGRAPH_1, closing]);
  });

  it("drops a site's disclaimer of liability, its call to rights holders and a reprint request in other words", () => {
    const liability =
      '本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。青山网 对此不承担任何保证责任。';
    const holders = '本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网站联系。';
    const request = '本文由青山网综合栏目发布,感谢您对青山网的认可,非常欢迎各位朋友分享到朋友圈,但转载请说明文章出处';
    for (const notice of [liability, holders, request]) {
      const result = page(PARAGRAPH_1, PARAGRAPH_2, notice);
      expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
      expect(reasons(result)[notice]).toBe('removed.copyrightNotice');
    }
    // An article's own sentences on duty and on a service station are no notice.
    const duty = '镇政府表示，商户对此不承担责任的说法不实，侵犯群众权益的请与派出所联系。';
    const station = '如发现侵犯消费者权益的行为，请与本站联系。';
    expect(body(page(PARAGRAPH_1, station))).toEqual([PARAGRAPH_1, station]);
    expect(body(page(PARAGRAPH_1, duty))).toEqual([PARAGRAPH_1, duty]);
  });

  it("drops a site's disclaimer of the views it carries and a reprint notice in other words, ending the article", () => {
    const disclaimer = '本网站所刊载信息，不代表青山社和青山网观点。 刊用本网站稿件，务经书面授权。';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, disclaimer, '青山镇开展环境整治');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[disclaimer]).toBe('removed.copyrightNotice');
    const rights = '刊用本网稿件须经书面授权';
    expect(reasons(page(PARAGRAPH_1, rights))[rights]).toBe('removed.copyrightNotice');
    const views = '村民表示，这些传言不代表大家的观点，本村群众都支持防控工作。';
    expect(body(page(PARAGRAPH_1, views))).toEqual([PARAGRAPH_1, views]);
    // A disclaimer's label alone on its line, and an uploader's disclaimer speaking of 本文.
    const uploaded = '本文为青山号作者在青山新闻上传并发布，仅代表该作者观点，不代表青山新闻的观点和立场。';
    const labelled = page(PARAGRAPH_1, PARAGRAPH_2, '特别声明', uploaded);
    expect(body(labelled)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(labelled)['特别声明']).toBe('removed.copyrightNotice');
    const blog = '** 博客文章文責自負,不代表本公司立場 **';
    expect(body(page(PARAGRAPH_1, PARAGRAPH_2, blog))).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  describe('a list of other stories after the body, with no label over it', () => {
    const titles = [
      '青山:复工防疫两不误',
      '脱下“军装绿”,披上“志愿红”',
      '重磅!青山对口支援东乡!',
      '辟谣!青山没有“封城”',
      '我在你身边(超暖心)',
    ];

    it('drops the titles when one carries a story tag', () => {
      const result = page(PARAGRAPH_1, PARAGRAPH_2, '【短视频】《青山民兵筑牢防疫线》', ...titles);
      expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
      expect(reasons(result)['【短视频】《青山民兵筑牢防疫线》']).toBe('removed.afterArticle');
    });

    it('drops the titles when several are cut at one width', () => {
      const cut = [
        '“从0到100万”——青山县口罩厂复工生',
        '全省中小学开学时间再延迟!严防疫情向外省',
        '张文医生:让流感病毒不再肆虐,你必须知道',
      ];
      expect(cut.map((t) => [...t].length)).toEqual([20, 20, 20]);
      expect(body(page(PARAGRAPH_1, PARAGRAPH_2, ...cut, ...titles))).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    });

    it('keeps short closing cheers with no sign of a list, and a body of short lines only', () => {
      const cheers = ['武汉加油！', '湖北加油！', '中国加油！', '青山必胜！', '疫情一定会过去！'];
      expect(body(page(PARAGRAPH_1, PARAGRAPH_2, ...cheers))).toEqual([PARAGRAPH_1, PARAGRAPH_2, ...cheers]);
      expect(body(page(...cheers, '【视频】青山镇防疫宣传'))).toContain(cheers[1]);
    });

    it("drops titles of a headline's length that run from the last paragraph to the page's end", () => {
      const titles = [
        '芬兰称将调整天然气供应 多方回应',
        '青山县细化封管控区域服务保障',
        '“菜篮子”保供：蔬菜机械化技术推广再现热潮',
        '社区(村)防控措施升级 严格24小时卡口值守',
        '青山批发市场蔬菜供应充足价格持续下降',
        '民生主题记者会丨县民政局：减项、',
        '台风过境',
        '有诈不怕!青山县警察局员警当「牧羊犬」让民众防诈一路行',
      ];
      const result = page(PARAGRAPH_1, PARAGRAPH_2, ...titles);
      expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
      expect(reasons(result)[titles[1]!]).toBe('removed.afterArticle');
    });
  });

  it("reads a source's name over a date alone as metadata, under the headline, but not a letter's signature", () => {
    const headline = '流动宣传车“喊话”防疫';
    const result = page(headline, '今日青山', '2022-03-17', PARAGRAPH_1);
    expect(result.headline?.text).toBe(headline);
    expect(result.provenance).toMatchObject({ publication: '今日青山', published: '2022-03-17' });
    const letter = page(PARAGRAPH_1, '感谢你对青山镇防疫工作的关心与支持。', '青山镇人民政府', '2020年1月30日');
    expect(letter.provenance.publication).toBeUndefined();
  });
});

describe('bars, counters, bylines and lists in the forms of forums and content farms', () => {
  it("drops a forum's login bar and its bare counters, inventing no headline from them", () => {
    const result = page('手机号码,快捷登录', '2816', '4107', '1.2万', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({ '手机号码,快捷登录': 'removed.navigation', '1.2万': 'removed.counter' });
    const told = '居民可用手机号码登录小程序预约核酸检测，全镇已有3000余人完成预约。';
    expect(body(page(PARAGRAPH_1, told))).toEqual([PARAGRAPH_1, told]);
  });

  it('reads a role label in brackets followed by names as a byline, wherever it stands', () => {
    const result = page(PARAGRAPH_1, '【融媒记者】李青山', '【通讯员】王芳 赵敏', PARAGRAPH_2, '【采写人员】刘明');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['【通讯员】王芳 赵敏']).toBe('removed.provenanceLine');
    expect(result.provenance.byline).toContain('李青山');
    expect(result.provenance.byline).toContain('刘明');
    const slogan = '【温馨提示】勤洗手';
    expect(body(page(PARAGRAPH_1, slogan, PARAGRAPH_2))).toEqual([PARAGRAPH_1, slogan, PARAGRAPH_2]);
  });

  it('ends the article at a run of short lines each led by a list marker, unless the last prose introduces it', () => {
    const links = [
      '- 西瓜 西瓜和葡萄能一起吃吗',
      '- 【养花】春天换盆怎么做,老花农教你三招,盆盆都开花!',
      '- 多肉:冬天该怎么浇水?4个要点记牢,轻松养成老桩',
      '- 「月季」养在阳台上也能爆盆,特别是这2种,太好看了!',
      '- 汽车■二手车,又降价了',
    ];
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '【通讯员】王芳', ...links);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[links[1]!]).toBe('removed.afterArticle');
    const steps = [
      '- 勤洗手、常通风,少去人员密集场所',
      '- 出门佩戴口罩,与他人保持一米距离',
      '- 不聚餐、不聚会,红白喜事从简办理',
      '- 出现发热症状,及时到卫生院就医',
      '- 外地返乡人员,主动向村委会报告',
    ];
    const advice = '镇卫生院提醒居民做好以下几点：';
    expect(body(page(PARAGRAPH_1, advice, ...steps))).toEqual([PARAGRAPH_1, advice, ...steps]);
  });

  it("drops a row of button words, an author's counters, and ends the article at a 熱門推薦 label", () => {
    const result = page(
      PARAGRAPH_1,
      '刪除 刪除',
      PARAGRAPH_2,
      '寫了7763篇文章,獲得2次喜歡',
      '熱門推薦',
      '寵物協尋 相信 終究能找到回家的路',
    );
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({
      '刪除 刪除': 'removed.buttonOrLabel',
      '寫了7763篇文章,獲得2次喜歡': 'removed.counter',
    });
    expect(body(page(PARAGRAPH_1, '镇里开展了3次宣传，发放了200份传单'))).toContain(
      '镇里开展了3次宣传，发放了200份传单',
    );
  });

  it('drops a like count between paragraphs without cutting the body there', () => {
    const result = page('青山镇全力做好疫情防控物资保障工作', PARAGRAPH_1, '16', PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['16']).toBe('removed.counter');
  });
});

describe('catalogue fields, reprint sources, bylines and banners of disclosure pages and reposts', () => {
  it("reads a disclosure page's catalogue number as metadata, taking the headline above it", () => {
    const result = page(
      '政府信息公开',
      '【帮扶】结对帮扶暖人心 浓情关爱迎端午',
      '索引号: 001234567/2020-12345     发布机构: 青山镇人民政府     发布时间: 2020-06-24 00:00:00',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('【帮扶】结对帮扶暖人心 浓情关爱迎端午');
    expect(result.provenance.publication).toBe('青山镇人民政府');
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it('splits a reprint source set before the lead on its line, but not a metadata line of several fields', () => {
    const result = page(`本文转自:青山新闻网 (王芳)${PARAGRAPH_1}`, PARAGRAPH_2);
    expect(dropped(result)).toContain('本文转自:青山新闻网');
    expect(result.provenance.publication).toBe('青山新闻网');
    expect(body(result)).toEqual([`(王芳)${PARAGRAPH_1}`, PARAGRAPH_2]);
    const fields = '转自:青山新闻网 编辑:李四 发布时间:2020-02-20';
    const metadata = page(fields, PARAGRAPH_1);
    expect(dropped(metadata)).toEqual([fields]);
    expect(metadata.provenance).toMatchObject({ publication: '青山新闻网', published: '2020-02-20' });
  });

  it('reads bylines led by a publication and a space, a source before a bar, padded names or a kind of report', () => {
    for (const [line, names] of [
      ['青山即新聞 記者 王大明/吉安報導', '王大明'],
      ['据青山日报客户端丨记者张小红 特约记者李明 通讯员王芳', '张小红、李明、王芳'],
      ['本报通讯员 吕 炜 王红艳', '吕 炜 王红艳'],
      ['陳小明 綜合報導 / 花蓮縣', '陳小明'],
    ]) {
      const result = page(line, PARAGRAPH_1);
      expect(result.headline, line).toBeUndefined();
      expect(result.provenance.byline, line).toBe(names);
    }
    // A headline of two short phrases is no byline.
    expect(page('青山镇 综合整治见成效', PARAGRAPH_1).headline?.text).toBe('青山镇 综合整治见成效');
  });

  it("drops a label over the article's text, taking the headline under it", () => {
    const result = page('内容详情', '2025年08月27日', '青山镇金秋助学托起学子成才梦', '本报记者 王芳', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山镇金秋助学托起学子成才梦');
    expect(reasons(result)['内容详情']).toBe('removed.buttonOrLabel');
    expect(page('文章内容', PARAGRAPH_1).headline).toBeUndefined();
  });

  it("reads a forum post's header as metadata, whatever the forum adds around the date, and ends the article at a reply", () => {
    const result = page(
      '青山镇开通疫苗接种爱心专车',
      '[复制链接]',
      '青山日报 未绑定微信 发表于 2021-8-17 09:39:27 | 显示全部楼层 |阅读模式 来自: 广西',
      PARAGRAPH_1,
      PARAGRAPH_2,
      '使用道具 举报',
      '王五 未绑定微信 发表于 2021-8-18 18:11:22 | 显示全部楼层 来自: 广东',
      '回复 说得好',
    );
    expect(result.headline?.text).toBe('青山镇开通疫苗接种爱心专车');
    expect(result.provenance.published).toBe('2021-08-17');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    const sentence = '该帖发表于2021年8月17日，当天就有三百多名村民报名。';
    expect(body(page(PARAGRAPH_1, sentence))).toEqual([PARAGRAPH_1, sentence]);
  });

  it('passes over a banner of several clauses above the date line for the headline under it', () => {
    const result = page(
      '※防範 流感、腺病毒,勤洗手、戴口罩,避免感染 ※免付費防疫專線:1922',
      '2019/07/08',
      '青山鎮綠肥補助發放記者會',
      '記者王大明/宜蘭縣報導',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe('青山鎮綠肥補助發放記者會');
    expect(body(result)).toEqual([PARAGRAPH_1]);
  });

  it("reads the alt text of an image element left as text, cutting the site's name after a spaced bar", () => {
    const tag = (alt: string) => `<image>data:image/png;base64,iVBORw0KGgo=" alt="${alt}"</image>`;
    const result = page(
      tag('青山車站也可以打疫苗了! | 青山新聞'),
      PARAGRAPH_1,
      tag('(圖/翻攝自青山縣衛生局官網)'),
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe('青山車站也可以打疫苗了!');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['<image>data:image/png;base64,iVBORw0KGgo=" alt="']).toBe('removed.pageCode');
  });

  it('reads a row of names written under the headline and again after the last sentence as the byline', () => {
    const headline = '青山镇 走访慰问送温暖 文化年货送上门';
    const result = page(
      '首页 > 农业新闻',
      headline,
      '王芳 李小明',
      PARAGRAPH_1,
      PARAGRAPH_2,
      '王芳 李小明',
      '上一篇 : 图片新闻',
    );
    expect(result.headline?.text).toBe(headline);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.byline).toBe('王芳 李小明');
    // The links to the previous and next stories on one line, however long their titles.
    const links =
      '本文网址分享:http://www.qingshan.cn/news/2020/0407/6118.html上一篇:青山县第一实验中学举行缅怀哀悼仪式 ' +
      '下一篇:青山:青梅收购直通车 让果农利润最大化';
    expect(reasons(page(headline, PARAGRAPH_1, PARAGRAPH_2, links))[links]).toBe('removed.navigation');
    // Written once, or twice with no sentence before either copy, it is a heading or a headline of short phrases.
    const phrases = '送温暖 献爱心';
    expect(body(page(PARAGRAPH_1, phrases, PARAGRAPH_2))).toContain(phrases);
    expect(page(phrases, phrases, PARAGRAPH_1).headline?.text).toBe(phrases);
  });

  it("drops a web address alone, a media file's address glued to a line and a site's IPv6 badge", () => {
    const lead = '近日，青山镇山林起火，镇村干部连夜上山扑救。';
    const result = page(
      '网站支持IPv6',
      '青山镇全力扑灭山火',
      lead + 'http://pic.app.example.com/20200409_106815_1586405000755.mp4?772',
      'http://pic.app.example.com/20200409_106815_1586405000756.mp4?332',
      PARAGRAPH_1 + ' http://www.example.com/',
    );
    expect(result.headline?.text).toBe('青山镇全力扑灭山火');
    expect(body(result)).toEqual([lead, PARAGRAPH_1]);
    expect(reasons(result)['网站支持IPv6']).toBe('removed.siteFooter');
    // An address inside a sentence is text.
    const sentence = '详情请登录http://www.example.com查询，或拨打镇政府电话咨询。';
    expect(body(page(PARAGRAPH_1, sentence))).toContain(sentence);
  });

  it('drops an ad slot and the advertising desk, and keeps a headline about ads taken down', () => {
    const headline = '城关镇开展广告条幅清理规范专项行动';
    const result = page(
      headline,
      '时间:2019年05月27日 点击次数:6622',
      PARAGRAPH_1,
      '廣告 廣告',
      PARAGRAPH_2,
      '关于我们 | 广告服务 | 联系我们',
    );
    expect(result.headline?.text).toBe(headline);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['廣告 廣告']).toBe('removed.siteFooter');
  });

  it('drops a reprint notice and a rights claim in other words, and takes the title the notice names', () => {
    const reprint =
      '《青山镇:关爱贫困户 捐赠衣物送温情》由青山新闻网提供,转载请注明出处:http://www.example.com/1.html,谢谢合作!';
    const rights = '1、未经青山网(以下简称本网)许可,任何人不得非法使用本网自有版权作品。';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, reprint, rights);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)).toMatchObject({
      [reprint]: 'removed.copyrightNotice',
      [rights]: 'removed.copyrightNotice',
    });
    expect(result.headline?.text).toBe('青山镇:关爱贫困户 捐赠衣物送温情');
  });

  it("takes a dispatch's title without its dateline and label, reads a byline of names and 文/图, drops link groups", () => {
    const headline = '疫情防控节奏，每天都很紧凑——探访青山镇农村社区防控工作';
    const dispatch = page(`新华社青山4月2日电 题：${headline}`, PARAGRAPH_1, PARAGRAPH_2);
    expect(dispatch.headline?.text).toBe(headline);
    // An official letter's subject, 主旨:, labels its title the same way.
    expect(page(`主旨: ${headline}`, '說明:', PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(headline);
    const credited = page('浓浓年味传温情', '刘某平 文/图', PARAGRAPH_1, PARAGRAPH_2);
    expect(credited.headline?.text).toBe('浓浓年味传温情');
    expect(credited.provenance.byline).toBe('刘某平');
    const links = ['国务院部门网站', '县市区政府网站', '各省、直辖市政府网站'];
    expect(body(page(PARAGRAPH_1, PARAGRAPH_2, ...links))).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("drops a reposting site's takedown offer, however many sentences it runs to", () => {
    const takedown =
      '转载此文是出于传递更多信息目的。若来源标注错误或侵犯了您的合法权益,请与本站联系,我们将及时更正、删除、谢谢。';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, takedown);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[takedown]).toBe('removed.copyrightNotice');
  });

  it("drops a site's owners written as labelled fields after the body", () => {
    const owners = '主办:中共青山区委员会,青山区人民政府;主管:中共青山区委宣传部;承办:青山区新闻信息中心';
    const result = page('青山镇开展防溺水宣传', PARAGRAPH_1, PARAGRAPH_2, owners);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[owners]).toBe('removed.siteFooter');
    const prose = '本次活动由镇妇联主办，辖区各村积极参与。';
    expect(body(page(PARAGRAPH_1, prose))).toContain(prose);
  });

  it("drops a site's name with its web address, and a summary cut short in the second paragraph without its quotes", () => {
    const lead = '近日，青山镇联合公安、消防等部门，对辖区内的所有企业开展“地毯式”检查。';
    const second = '截至目前已出动检查人员132人次，检查各类经营主体22家，发现各类安全隐患6个。';
    const summary = '近日，青山镇联合公安、消防等部门，对辖区内的所有企业开展地毯式检查。截至目前已出动检查人员132人次';
    const result = page('青山镇积极开展安全生产检查', summary, '青山安全网 www.qingshan.com.cn', lead, second);
    expect(result.headline?.text).toBe('青山镇积极开展安全生产检查');
    expect(body(result)).toEqual([lead, second]);
    expect(reasons(result)).toMatchObject({
      [summary]: 'removed.repeated',
      '青山安全网 www.qingshan.com.cn': 'removed.siteFooter',
    });
    // A page showing its article twice keeps one copy of each paragraph.
    expect(
      body(page(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_1, PARAGRAPH_2)).filter((l) => l === PARAGRAPH_1),
    ).toHaveLength(1);
  });

  it("reads a byline closing with 文/图, and drops a reposting site's 声明: however long", () => {
    const byline = page('青山报全媒体记者 王芳 文/图', PARAGRAPH_1);
    expect(byline.headline).toBeUndefined();
    expect(byline.provenance.byline).toBe('王芳');
    const notice =
      '声明:转载此文是出于宣传好人好事,传递更多信息之目的,本网不收取任何费用。若有来源标注错误或侵犯了您的合法权益,请与本网联系,我们将及时更正、删除,谢谢!';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, notice);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[notice]).toBe('removed.copyrightNotice');
  });
});

describe('pages that name their parts in their own way', () => {
  it('takes the title a printable thread labels over a lead written in short lines', () => {
    const title = '2万份！青山镇第二批生活物资包来了！';
    const result = page(
      '青山论坛',
      `标题: ${title}`,
      '作者: 青山小编    时间: 2022-12-2 12:25',
      '近几天，不少居民在后台留言',
      '第一批物资已经收到了',
      '后续还会有吗',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
    expect(body(result)).toContain(PARAGRAPH_1);
  });

  it("passes over the poster's rank above a forum post's header for the thread's title", () => {
    const title = '青山镇：人员流动按下“暂停键”民生保障开启“加速键';
    const result = page(
      '青山社区',
      '阅读: 1437|评论: 0',
      title,
      '[复制链接]',
      '热心网友',
      '发表于 2022-5-17 11:23 | 显示全部楼层 |阅读模式',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
    expect(reasons(result)['热心网友']).toBe('removed.aboveHeadline');
  });

  it('takes the line over a metadata line that opens with 发表于 but names its author: no poster stands there', () => {
    const title = '文明养犬宣传周 社区设立便民服务点';
    const result = page('青山宠物网', title, '发表于:2024-04-20 作者:青山宠物网编辑', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
  });

  it("passes over a forum poster's profile (name, rank, counts) for the thread's title", () => {
    const title = '青山镇群策群力筑牢夏季森林防火屏障';
    const result = page(
      '青山生活网-美好青山·生活服务',
      '查看: 4622|回复: 0',
      title,
      '[复制链接]',
      ...['60', '主题', '60', '帖子', '72', '小石头', '信息监察员', 'Rank: 9Rank: 9', '积分', '350'],
      '发表于 2022-9-22 14:21:04 | 显示全部楼层 |阅读模式',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
    expect(dropped(result)).toEqual(expect.arrayContaining(['青山生活网-美好青山·生活服务', '小石头', '信息监察员']));
  });

  it("never takes a firm's name over the page for the headline", () => {
    const title = '青山街道龙岗中学被评为“扫黄打非”进基层示范点';
    const result = page(
      '青山市某某文化传媒有限公司',
      '解析政治、经济、民生新闻，讴歌各条战线上涌现出的典型人物和先进经验。',
      title,
      '发表日期:2017-12-26',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
  });

  it("never takes a township clinic's signature under the body for the headline", () => {
    const result = page(PARAGRAPH_1, PARAGRAPH_2, '青山镇青山卫生院', '2025年8月5日');
    expect(result.headline).toBeUndefined();
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('drops a labelled breadcrumb ending in the headline, and keeps the headline under it', () => {
    const title = '同心抗疫送温暖|青山街道为困难群众送药上门';
    const trail = `现在位置: 首页 - 资讯中心 - 文明聚焦 - ${title}`;
    const result = page('文明青山', trail, title, '来源 : 青山日报 发布日期 : 2022年12月30日', PARAGRAPH_1);
    expect(result.headline?.text).toBe(title);
    expect(reasons(result)[trail]).toBe('removed.breadcrumb');
    // A location's label before a sentence is no breadcrumb.
    const place = '地理位置：青山镇位于县城东部 - 距县城12公里';
    expect(reasons(page(title, PARAGRAPH_1, place, PARAGRAPH_2))[place]).not.toBe('removed.breadcrumb');
  });

  it('reads a desk signing the report (報新聞/編輯部) as the byline, and takes the headline above it', () => {
    const title = '青山鎮老人會邀警宣講防詐 守護長者財產安全';
    const result = page(title, '圖:青山縣警察局提供', '報新聞/編輯部', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(result.provenance.byline).toBe('報新聞/編輯部');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("drops a content site's post line run together (poster, 3年前, category, views) under the headline", () => {
    const line = '青山小编2年前本地资讯1532';
    const result = page('2万份“蔬菜包”陆续抵达青山镇!', line, PARAGRAPH_1, PARAGRAPH_2);
    expect(reasons(result)[line]).toBe('removed.provenanceLine');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    // A sentence saying how long ago something began is no stamp.
    const since = '他3年前开始做志愿者';
    expect(body(page(PARAGRAPH_1, since, PARAGRAPH_2))).toContain(since);
  });

  it("drops the site's banner that its own footer names, and the slogan between its lines", () => {
    const banner = [
      '《青山在线网》青山区域知名综合门户网站!',
      '关注民生动态,传播青山文化!',
      'https://www.qsonline.cn/青山在线网欢迎您!',
    ];
    const footer = '青山在线网版权所有 苏ICP备12345678号-1';
    const result = page('城厢：向老人发放退烧药', '2023-01-06  A+ A-', ...banner, PARAGRAPH_1, PARAGRAPH_2, footer);
    expect(result.headline?.text).toBe('城厢：向老人发放退烧药');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[banner[0]!]).toBe('removed.standingReminder');
    // Without the footer naming it, a short line naming a site is text like any other.
    const mention = '青山在线网记者走访城厢街道';
    expect(body(page(PARAGRAPH_1, mention, PARAGRAPH_2))).toContain(mention);
  });

  it("drops a site's cheer of what it offers, opening with its name, closing the page", () => {
    const offer = '青山日報提供青山每日在地新聞、時事專欄評論、縣政新聞、專題報導、夾報、印刷服務等!';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, offer);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[offer]).toBe('removed.standingReminder');
    // A paper's news with a clause in it is text.
    const news = '青山日報記者走訪全鎮12個村，居民紛紛點讚!';
    expect(body(page(PARAGRAPH_1, news))).toContain(news);
  });

  it('cuts a poster and a day glued to the headline with spaces, as a metadata line', () => {
    const title = '青山镇志愿服务队协助龙岗社区做全员核酸检测';
    const result = page(`${title} 小青 10月6日`, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(reasons(result)['小青 10月6日']).toBe('removed.provenanceLine');
    // A sentence ending with a day is no headline with a poster.
    const sentence = '青山镇志愿服务队协助龙岗社区做全员核酸检测，时间 10月6日';
    expect(body(page(PARAGRAPH_1, sentence))).toContain(sentence);
  });
});

describe('headlines over captions, bylines, share buttons, breadcrumbs and site tags', () => {
  it('passes over a caption closing with a supplier and a reporter credit joined by a slash', () => {
    const title = '青山外來遊客多 公所加強清消並發放漂白水';
    const caption = '青山縣青山鎮外來遊客多,鎮公所加強全鎮清消並發放漂白水。(青山鎮公所提供/張小明青山傳真)';
    const result = page(title, caption, caption, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
  });

  it('takes the headline over a caption whose credit stands on the next line and a byline', () => {
    const title = '青山多點確診足跡 化學兵大清消';
    const result = page(
      title,
      '472',
      '國軍化學兵在青山大街小巷展開清消。',
      '(記者張小明攝)',
      '記者張小明∕青山報導',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
  });

  it('passes over a share button in Latin letters between the headline and the byline', () => {
    const title = '青山鎮夜市5月17日至5月23日暫停營業一週 !';
    const result = page(
      title,
      '鄉鎮市新聞 社會新聞',
      'Spread the love',
      '【記者李小華/青山報導】',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
  });

  it('takes the last step of a breadcrumb opening with the home as the headline the page repeats', () => {
    const title = '青山村辦理自主防災實作演練';
    const result = page('即時新聞', `首頁/地方綜合/${title}`, title, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
  });

  it("drops a site's tag the page leaves out where it writes the headline again, and keeps a column's tag", () => {
    const title = '青山县青山镇打通农民工返岗最后一公里';
    const tagged = page(`【青山】${title} |`, `【qingshan】2020-2-25发表: ${title} ${PARAGRAPH_1}`, PARAGRAPH_2);
    expect(tagged.headline?.text).toBe(title);
    const column = `【扶贫】${title}`;
    expect(page(column, '2020-02-25 10:32', PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(column);
  });

  it('takes the headline the page writes alone by its date line, dropping what a longer line puts before it', () => {
    const title = '青山镇出资为农户买水泵灌田抗旱';
    const above = page('首页 乡镇动态 ' + title, title, '青山新闻网 2022/8/20 9:44:01', PARAGRAPH_1, PARAGRAPH_2);
    expect(above.headline?.text).toBe(title);
    expect(dropped(above)).toContain('首页 乡镇动态 ' + title);
    const below = page(`【资讯】${title}好物`, '发布时间:2020-10-18 16:50:23', title, PARAGRAPH_1, PARAGRAPH_2);
    expect(below.headline?.text).toBe(title);
    expect(body(below)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    // A copy the longer line starts with is the headline cut short, not the headline.
    const cut = page(`${title}，保丰收`, '来源：青山网 时间：2022年02月14日', title, PARAGRAPH_1, PARAGRAPH_2);
    expect(cut.headline?.text).toBe(`${title}，保丰收`);
    // Nor is the last line of a headline stacked over lines, which a longer lead-in comes before in the page title.
    const [first, last] = ['青山镇人民政府关于做好今年夏季', '抗旱保灌工作的通知'];
    const stacked = page(`${first}${last}_青山网`, first, last, '（2022年8月20日印发）', PARAGRAPH_1, PARAGRAPH_2);
    expect(stacked.headline?.text).not.toBe(last);
  });

  it('takes a line closing with a photo mark as the headline over repeated captions, without the mark', () => {
    const title = '青山鎮每天送去“責任水”為飲水困難村解渴';
    const caption = '村民們排著長隊迎接政府送來的“責任水”';
    const result = page(`${title}(圖)`, '青山鎮每天都為困難村送水', caption, PARAGRAPH_1, caption, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
  });

  it("passes over a page's title set apart in parts above the headline, whatever numbers it holds", () => {
    const title = '青山滿載鄉民愛心';
    const result = page('熱血雜誌第326期98年12月 - 青山版 更多本地文章', title, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
  });

  it("drops a forum's formatting code and anti-copy marks, keeping the headline and text between them", () => {
    const title = '青山干群协力抗旱保民生';
    const result = page(
      `[align=center][color=rgb(0, 0, 0)][font=宋体][b]${title}[/b][/font][/color][/align]& u3 Y! Q% j* ]`,
      "& n/ x! X: q$ a, R/ z# |! t. R; r% v' `5 m2",
      `[align=left][font=宋体]${PARAGRAPH_1}`,
      `! @/ W/ [" S) t9 e t; P4 | ${PARAGRAPH_2}[/font][/align]5 G- T5 m* G' r3`,
    );
    expect(result.headline?.text).toBe(title);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });
});

describe('headlines among rules, disclosure rows, sponsor links, slogans and spaced-out headings', () => {
  it('takes a headline without the rule of dashes the page draws before it, keeping a deck a deck', () => {
    const title = '青山镇第二届葡萄采摘节开幕';
    expect(page(`----${title}`, PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(title);
    expect(page(title, '——青山镇开展外来人员摸排工作', PARAGRAPH_1).headline?.text).toBe(title);
  });

  it("drops a disclosure catalogue's rows written without borders, taking the headline under them", () => {
    const title = '青山镇农村危房改造资金补助标准';
    const rows = [
      '索引号: 001234567/202012-00064 组配分类: 农村危房改造资金补助标准',
      '发布机构: 青山镇人民政府 主题分类: 综合政务',
      `名称: ${title} 文号:`,
      '生成日期: 2020-12-30 发布日期: 2020-12-30',
    ];
    const result = page('青山镇人民政府', ...rows, title, '发布时间:2020-12-30 12:25 来源:青山镇人民政府', PARAGRAPH_1);
    expect(result.headline?.text).toBe(title);
    for (const row of rows) expect(reasons(result)[row]).toBe('removed.provenanceLine');
    // One field opening a headline is no row.
    const headline = '名称: 青山镇关于做好防汛工作的通知';
    expect(page(headline, '发布时间:2020-12-30 12:25', PARAGRAPH_1).headline?.text).toBe(headline);
  });

  it("drops a sponsor's link label, inventing no headline from it", () => {
    const result = page('贊助商鏈接 |', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(reasons(result)['贊助商鏈接 |']).toBe('removed.linkRow');
  });

  it("drops a site's words closing with two counters, taking the headline over them", () => {
    const title = '【悦享夕阳】青山县又添一家“长者食堂”';
    const result = page(title, '青山百科 百科知识 42 0', '(来源:青山县民政局)', PARAGRAPH_1, title, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(reasons(result)['青山百科 百科知识 42 0']).toBe('removed.counter');
    // A number closing a headline counts what stands before it.
    const counted = '青山县 新建长者食堂 15 所';
    expect(page(counted, '2022-08-11 10:32', PARAGRAPH_1).headline?.text).toBe(counted);
  });

  it("drops a site's slogan of short words joined by dots, inventing no headline from it", () => {
    const result = page('资讯', '精准·省心·可靠', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(reasons(result)['精准·省心·可靠']).toBe('removed.standingReminder');
    // Two phrases joined by a dot are a headline.
    const title = '一人一樹‧打造青山社區部落亮點';
    expect(page(title, '2016-03-29 10:32', PARAGRAPH_1).headline?.text).toBe(title);
  });

  it("drops a disclosure page's tabs over its text, taking the headline over them", () => {
    const title = '青山镇开展2025年动物狂犬病免费免疫活动 筑牢公共卫生安全防线';
    const result = page(title, '详细信息', '公开具体内容 | |', PARAGRAPH_1, '基本信息', PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('takes the whole title over the close of it the page spaces out letter by letter', () => {
    const title = '關於切實做好禽流感防控工作的緊急通知';
    const result = page(
      title,
      '來源:青山鎮   2017-02-09',
      '瀏覽量:1 | | | | |',
      '關於切實做好禽流感防控工作的',
      '緊 急 通 知',
      '各禽類養殖戶、經營戶:',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
    // Spaced out and written nowhere else, it is the headline.
    expect(page('緊 急 通 知', '2017-02-09', PARAGRAPH_1).headline?.text).toBe('緊 急 通 知');
  });

  it('reads a byline with a region before the role word, closing with 報導, as metadata, never the headline', () => {
    const title = '狂犬病疫苗施打23日巡迴青山';
    const result = page(title, '桃竹苗特派員 何小祿∕報導', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(result.provenance.byline).toBe('何小祿');
    // Without the slash and 報導, a region and a role word open a headline.
    const headline = '青山記者協會 捐贈口罩2000只';
    expect(page(headline, '2020-02-20 10:32', PARAGRAPH_1).headline?.text).toBe(headline);
  });

  it("passes over a poster's caption closing with its maker for the headline above the byline", () => {
    const title = '狂犬病疫苗施打23日巡迴青山';
    const caption = '狂犬病疫苗施打23日巡迴到青山海報    何小祿編製';
    const result = page(title, '桃竹苗特派員 何小祿∕報導', caption, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    // A headline may name a design after a space.
    const headline = '青山鎮 宣傳片製作';
    expect(page(headline, '2020-02-20 10:32', PARAGRAPH_1).headline?.text).toBe(headline);
  });

  it('takes the last step of a breadcrumb above the date line as the headline when the page writes no other', () => {
    const title = '因地制宜精準扶貧 發鵝苗扶持養鵝業';
    const trail = `青山家禽網首頁 > 資訊中心 > 行業動態 > ${title}`;
    const result = page(trail, '青山家禽網 時間:2016/1/14 8:48:00 來源:青山網', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    // A section's name closing the trail is no headline.
    expect(page('首頁 > 資訊中心 > 行業動態', '2016/1/14 8:48:00', PARAGRAPH_1).headline).toBeUndefined();
  });

  it("passes over a caption opening with a caption's mark, whatever is glued to its end", () => {
    const caption = '▲青山工作站參加青山鄉運動大會,設置攤位舉辦森林防火宣導活動。(圖/青山林管處提供 下同)7-11網路購物';
    const result = page(caption, '記者王小明/青山報導', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    const title = '青山鄉運動大會 森林防火宣導';
    const above = page(title, '△青山工作站設置攤位', '2017-08-18 10:32', PARAGRAPH_1);
    expect(above.headline?.text).toBe(title);
  });

  it("passes over another story's title closed by a bar and an aggregator's name, inventing no headline", () => {
    const teaser = '2023年6月22好运生肖排名榜。|今头条';
    const result = page(teaser, '2023-06-22 19:17:24', '【资料图】', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(dropped(result)).toContain(teaser);
    const title = '青山镇垃圾分类经验登上央视新闻头条';
    expect(page(title, '2023-06-22 19:17:24', PARAGRAPH_1).headline?.text).toBe(title);
  });

  it("cuts a column's name after a bar without spaces off the headline (标题|天天滚动)", () => {
    const result = page('青山县红旗乡:积极做好春节期间极寒天气应对工作|天天滚动', '2023-01-19 10:02', PARAGRAPH_1);
    expect(result.headline?.text).toBe('青山县红旗乡:积极做好春节期间极寒天气应对工作');
  });

  it("drops a blog comment form's notice about the reader's mail address, in either script", () => {
    const notices = [
      '發佈留言必須填寫的電子郵件地址不會公開。 必填欄位標示為 *',
      '您的电子邮箱地址不会被公开。必填项已用*标注',
    ];
    for (const notice of notices) {
      const result = page(PARAGRAPH_1, PARAGRAPH_2, '發佈留言', notice);
      expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
      expect(reasons(result)[notice]).toBe('removed.standingReminder');
    }
  });

  it('drops a disclaimer opening with its label in brackets, without a colon, however long', () => {
    const notice =
      '【版權及免責聲明】凡本網所屬版權作品,轉載時須獲得授權并注明來源“青山產業信息網”,違者本網將保留追究其相關法律責任的權力。凡轉載文章及企業宣傳資訊,僅';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, notice);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[notice]).toBe('removed.copyrightNotice');
  });

  it("drops a page's tag links after their label, in either script, but not a sentence about keywords", () => {
    for (const tags of ['已用關鍵字:減碳,環保,', '标签: 三国演义人物', '关键词:', 'Tags: 青山 植树']) {
      const result = page(PARAGRAPH_1, PARAGRAPH_2, tags);
      expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
      expect(reasons(result)[tags]).toBe('removed.navigation');
    }
    const sentence = '关键词：青山镇把“绿色”写进发展规划，植树造林3000亩。';
    expect(body(page(PARAGRAPH_1, sentence))).toContain(sentence);
  });

  it('cuts a font-size bar the page ran into a line, keeping the caption and the paragraph around it', () => {
    const caption = '▲青山鎮公所辦理送樹苗活動,民眾反應熱烈。(圖/記者張小芳攝)';
    const result = page('青山鎮公所辦理送樹苗與有機肥活動', PARAGRAPH_1, `${caption} 大 中 小 ${PARAGRAPH_2}`);
    expect(body(result)).toEqual([PARAGRAPH_1, caption.replace('(圖/記者張小芳攝)', ''), PARAGRAPH_2]);
    expect(reasons(result)['大 中 小']).toBe('removed.buttonOrLabel');
    // Two words set apart are no bar.
    const line = `青山鎮 大 中 學生 ${PARAGRAPH_1}`;
    expect(body(page(line, PARAGRAPH_2))).toContain(line);
  });

  it('takes the upper of two stacked title lines, unless it is a much shorter kicker or closes with a dash', () => {
    const [main, deck] = ['返乡大学生积极参与疫情防控志愿服务', '大学生开展入户宣传与排查信息登记'];
    expect(page(main, deck, PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(main);
    // A little shorter than its deck, or over a deck of clauses stating a figure.
    const knocking = '青山镇推进“敲门行动”';
    expect(page(knocking, '挨家挨户排查来沙返沙人员', PARAGRAPH_1).headline?.text).toBe(knocking);
    const canteen = '青山區:青山鎮素食餐廳扶殘尊老贈愛心午餐';
    const clauses = '累計贈餐逾3380份,工作人員均為志愿者';
    expect(page(canteen, clauses, '來源:青山新聞網 時間:2024-11-13 09:42', PARAGRAPH_1).headline?.text).toBe(canteen);
    // A site's or a section's title over the headline is none.
    const section = '中新網青山新聞正文';
    expect(page(section, '青山鎮僑界助力家鄉抗疫', PARAGRAPH_1).headline?.text).toBe('青山鎮僑界助力家鄉抗疫');
    const title = '青山镇金秋助学托起学子成才梦';
    expect(page('集体出资+个人奉献', title, '2025-08-20 10:32', PARAGRAPH_1).headline?.text).toBe(title);
    const led = '为打赢防控阻击战加把劲';
    expect(page('青山社会力量倾情支援疫情防控——', led, PARAGRAPH_1).headline?.text).toBe(led);
  });

  it('takes a line of clauses closed by no stop opening the page as its title, but not one opening with a date', () => {
    const title = '青山镇新建15所“幸福食堂”,80岁以上老人免费就餐,暖意融融传递社会关爱';
    expect(page(title, PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(title);
    const caption = '2020年2月6日,青山镇种植户黄小兵向青山镇慈善会捐赠3500斤大青菜';
    expect(page(caption, '2020年2月6日,青山家庭农场向青山镇慈善会捐赠280袋大米', PARAGRAPH_1).headline).toBeUndefined();
  });

  it("takes a thread's title without the button glued to it in brackets, passing over the forum's buttons", () => {
    const title = '1258盒藿香正气液慰问496位街头工作者';
    const result = page(
      '青山论坛',
      '注册',
      '发新话题 回复该主题',
      `${title} [复制链接]`,
      '1#',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
    expect(reasons(result)['发新话题 回复该主题']).toBe('removed.buttonOrLabel');
    // Inside a line, brackets around a furniture word are the text's.
    const line = '青山镇居民点击[复制链接]参与问卷，共收到答卷1200份。';
    expect(body(page(PARAGRAPH_1, line))).toContain(line);
  });

  it("reads a title cell with a border between its label and value, and drops an exit dialog's buttons", () => {
    const title = '整治人居环境 邂逅最美春天';
    const result = page(
      '索引号 | 640422040/2021-00007 | 发文时间 | 2021-04-23 |',
      `标题: | ${title} |`,
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    const dialog = page(
      '您訪問的鏈接即將離開“青山鎮人民政府”門戶網站 是否繼續?',
      '繼續訪問放棄',
      '| 發布機構: | 青山鎮人民政府 | 生成日期: | 2022-04-05 16:59:00 |',
      PARAGRAPH_1,
    );
    expect(dialog.headline).toBeUndefined();
    expect(reasons(dialog)['繼續訪問放棄']).toBe('removed.navigation');
  });

  it('reads a desk alone in brackets as the byline, inventing no headline from it', () => {
    const result = page('【北青山新聞中心】', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(result.provenance.byline).toBe('北青山新聞中心');
  });

  it("takes the headline alone under the page's title that sets a column's name before it", () => {
    const title = '端午粽香情青山滿溫馨';
    const result = page(`◎鄉長園地 ${title}`, '1 min read', '◎鄉長園地', title, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('reads a list of fields, each label alone on its line over its value, as metadata', () => {
    const title = '青山鄉公所舉辦重陽敬老活動';
    const fields = ['• 發布日期', '111/10/05', '• 發布單位', '青山鄉公所民政課'];
    const result = page(title, title, ...fields, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(result.provenance.publication).toBe('青山鄉公所民政課');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('reads the publisher under a 发布: label as metadata, but keeps a headline opening with 权威发布：', () => {
    const title = '青山镇慰问受疫情影响困难群众';
    const result = page(title, '发布:', '青山区青山镇人民政府', '时间:', '2021-02-01', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(result.provenance.publication).toBe('青山区青山镇人民政府');
    const column = '权威发布：青山镇关于做好防汛工作的通告';
    expect(page(column, '2021-06-01 10:32', PARAGRAPH_1).headline?.text).toBe(column);
  });

  it("takes the headline over a column's word, a desk's credit and an app's name above the date line", () => {
    const tagged = '视频 | 青山：涉阳家庭入室消杀';
    const video = page(tagged, '时讯', '看看新闻Knews综合', '2022-05-02 09:24:55', PARAGRAPH_1, PARAGRAPH_2);
    expect(video.headline?.text).toBe(tagged);
    const title = '青山镇：80多名青年应征参军，举行 “仪式感”征兵体检';
    const app = page(title, '南方都市报APP • 南都青山', '原创2021-01-23 20:23', PARAGRAPH_1, PARAGRAPH_2);
    expect(app.headline?.text).toBe(title);
  });

  it("takes the headline from a page title whose other part is a blog's name no ending marks", () => {
    const title = '淨灘常態化 青山鄉海灘巡護隊成軍運作';
    const result = page(`${title} – 我是在地人`, title, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
  });

  it('joins a sentence cut over lines, and drops the keywords a mirror site put between its parts', () => {
    const result = page(
      '青山鄉石井村從來沒有自來水管，',
      '網頁設計',
      '，居民洗澡都用地下水，',
      '網域申請',
      '，鄉公所申請自來水延管作業十多年來，今年終於獲得經費補助，即將動工。',
      PARAGRAPH_1,
    );
    expect(body(result)[0]).toBe(
      '青山鄉石井村從來沒有自來水管，居民洗澡都用地下水，鄉公所申請自來水延管作業十多年來，今年終於獲得經費補助，即將動工。',
    );
    expect(reasons(result)['網頁設計']).toBe('removed.spamKeyword');
  });

  it('takes no headline from a line the next one carries on after a comma, as spam mirrors cut sentences', () => {
    const cut = page(
      '青山鄉石井村從來沒有自來水管，',
      '網頁設計',
      '，居民洗澡都用地下水，',
      '網頁設計',
      '，非常不便。',
      PARAGRAPH_1,
    );
    expect(cut.headline).toBeUndefined();
  });

  it("keeps a columnist's headline opening with his name and a colon, and still reads 文： alone as the author", () => {
    const title = '李文：青山镇的春耕，农民的底气';
    const result = page(title, '2021-03-01 10:32 来源：青山日报', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    const credited = page('青山镇的春耕，农民的底气', '文：李文', PARAGRAPH_1, PARAGRAPH_2);
    expect(credited.provenance.byline).toBe('李文');
  });

  it("reads an office's name before credit fields, and a source carrying its link, as metadata", () => {
    const credits = '(青山乡 撰稿:李琳 初审:李琳 复核:方友宏 终审:程学亮)';
    const result = page(PARAGRAPH_1, `${PARAGRAPH_2}${credits}`);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.publication).toBe('青山乡');
    const source = '2023/4/29 来源:不详 http://mt.example.com/20160907/n467855735.shtml';
    const sourced = page('青山乡村民委员会换届选举工作圆满', source, PARAGRAPH_1);
    expect(body(sourced)).toEqual([PARAGRAPH_1]);
    expect(sourced.provenance).toMatchObject({
      publication: '不详',
      url: 'http://mt.example.com/20160907/n467855735.shtml',
      published: '2023-04-29',
    });
  });

  it("drops an advertiser's words and link slipped into the page, but keeps a sentence giving an address", () => {
    const advert = '北京哪家医院治疗白癜风正规 https://yyk.example.net/bj/zhuanke/89ac7.html';
    const result = page(advert, PARAGRAPH_1, PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[advert]).toBe('removed.linkRow');
    const address = '活动详情已在青山镇政府网站公布，网址是 https://www.example.gov.cn/bm';
    expect(body(page(PARAGRAPH_1, address, PARAGRAPH_2))).toContain(address);
  });

  it('drops a follow prompt after a clause asking to read the site, but not a headline about watching news', () => {
    const prompt = '看青山新聞,關注青山新聞網微信';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, prompt);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[prompt]).toBe('removed.appPrompt');
    const title = '看青山镇如何打赢疫情阻击战';
    expect(page(title, '2020-02-20 10:32', PARAGRAPH_1).headline?.text).toBe(title);
  });

  it('reads a date field written in brackets, in the Minguo calendar or not, as metadata between paragraphs', () => {
    const result = page('青山鄉109年社區成果發表會', PARAGRAPH_1, '發表日期(109/12/03)', PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['發表日期(109/12/03)']).toBe('removed.provenanceLine');
    expect(page('發布時間（2020-12-03）', PARAGRAPH_1).provenance.published).toBe('2020-12-03');
  });

  it("splits off a post's stamp opening a line after a tag, reading its date", () => {
    const result = page(PARAGRAPH_1, `【qingshan】2020-2-25发表: ${PARAGRAPH_2}`);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['【qingshan】2020-2-25发表:']).toBe('removed.provenanceLine');
    expect(result.provenance.published).toBe('2020-02-25');
  });

  it("ends the article at another story's title cut short with its listing date glued on, with the teasers after it", () => {
    const teaser = '罕見出土五件古代“蒸鍋”,其中一件大有玄2025-02-05';
    const next = '青山網推出專題報道,以圖、文、視頻等形式,展現青山在補齊養老事業短板,提升養老服';
    const result = page(PARAGRAPH_1, PARAGRAPH_2, teaser, next);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)[teaser]).toBe('removed.relatedLinks');
  });

  it('drops a caption naming only a scene between paragraphs, without cutting the body there', () => {
    const result = page('青山镇召开财政工作会议', PARAGRAPH_1, '活动现场', PARAGRAPH_2);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(reasons(result)['活动现场']).toBe('removed.photoCredit');
    // A heading naming what happened there is text.
    expect(body(page(PARAGRAPH_1, '青山镇卡点执勤现场纪实', PARAGRAPH_2))).toContain('青山镇卡点执勤现场纪实');
  });

  it("drops a group photo's caption, however long, and never takes it for the headline", () => {
    const caption = '青山镇退役军人志愿者服务分队合影';
    const result = page(caption, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline).toBeUndefined();
    expect(reasons(result)[caption]).toBe('removed.photoCredit');
    // A sentence that ends so is text.
    const sentence = '活动结束后，志愿者们与村民合影';
    expect(body(page(PARAGRAPH_1, sentence))).toContain(sentence);
  });
});

describe('app dialogs, login forms, empty images and bracketed captions around the headline', () => {
  const title = '青山镇网格员筑牢防溺水安全网';

  it("drops an app's dismiss button, its last-issue notice and its counters, and names no platform the headline", () => {
    const result = page(
      '青山云报平台',
      '这已经是最后一期了哦!',
      '我知道了',
      '2025年06月11日',
      title,
      '阅读数:413   本文字数:324',
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.headline?.text).toBe(title);
    expect(reasons(result)['这已经是最后一期了哦!']).toBe('removed.navigation');
    expect(reasons(result)['我知道了']).toBe('removed.buttonOrLabel');
    expect(reasons(result)['阅读数:413   本文字数:324']).toBe('removed.counter');
  });

  it("drops a login form's fields, two words or more holding a credential", () => {
    const form = '檢索: 帳戶 密碼 記錄帳戶';
    const result = page(form, title, '2020-02-20 10:32', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(title);
    expect(reasons(result)[form]).toBe('removed.navigation');
  });

  it('drops empty image markup inside a paragraph, keeping the sentences around it', () => {
    const result = page(title, '2020-02-20 10:32', `${PARAGRAPH_1} ![]() ![]() ${PARAGRAPH_2}`);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(dropped(result)).toContain('![]() ![]()');
  });

  it('never takes a caption wholly in brackets under the headline for it', () => {
    const caption = '（为64名优秀学生颁发奖学金）';
    const result = page('青山文化网', title, '文化 用户:张三 2795℃', caption, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).not.toBe(caption);
  });

  it('splits a source field glued to the headline off it, and reads the source', () => {
    const result = page('东岛村为7支志愿服务队伍授旗信息来源:青山县融媒体中心', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe('东岛村为7支志愿服务队伍授旗');
    expect(result.provenance.publication).toBe('青山县融媒体中心');
  });

  it('drops a source label and name glued after the last sentence with no colon, but not prose saying where from', () => {
    const result = page(title, '2020-02-20 10:32', PARAGRAPH_1, `${PARAGRAPH_2}来源青山发布`);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.provenance.publication).toBe('青山发布');
    const prose = `${PARAGRAPH_1}来源于群众`;
    expect(body(page(title, '2020-02-20 10:32', prose, PARAGRAPH_2))).toEqual([prose, PARAGRAPH_2]);
  });

  it("drops a record's form rows of label–value fields, one with timestamps, and its labels, over the account", () => {
    const rows = [
      '编号 2020012345 服务区域 青山街道',
      '服务地点 青山县某路口 所属团体 青山县文化馆志愿服务队',
      '联系人 张* 联系电话 1390000**** 0571123****',
      '服务时长 8小时 活动日期 2020-02-20 16:00:24 至 2020-02-20 23:59:24',
    ];
    const result = page('基本情况', title, ...rows, '活动详情', PARAGRAPH_1, PARAGRAPH_2, '活动相册');
    expect(result.headline?.text).toBe(title);
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    // Without a row holding a timestamp, a headline set out in parts is no form's row.
    const parts = '青山一道 同担风雨 青山镇 上门服务';
    expect(page(parts, PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(parts);
  });

  it("drops a site's menu written an item a line, its items opening with the site's place name", () => {
    const menu = ['青山交通', '青山医院', '青山美食', '青山新闻', '青山天气'];
    const result = page(...menu, '青山区这位村支书在车顶上装了个喇叭,天天', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe('青山区这位村支书在车顶上装了个喇叭,天天');
    expect(reasons(result)['青山天气']).toBe('removed.menu');
    // Three short lines are a list, no menu.
    expect(page(PARAGRAPH_1, '青山交通', '青山医院', '青山美食', PARAGRAPH_2).lines).toHaveLength(5);
  });

  it('splits a date in brackets off the headline it opens, and reads it', () => {
    const result = page('[2020-02-20] 青山镇为卡点送去防疫物资', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe('青山镇为卡点送去防疫物资');
    expect(result.provenance.published).toBe('2020-02-20');
  });

  it("takes a notice's title over its salutation, a short line closed by a colon", () => {
    const notice = '关于清明节期间文明祭祀防止森林火灾的温馨提示';
    const lead = '清明节是缅怀先人的传统节日。为倡导文明祭祀新风，有效预防森林火灾，现就有关事项温馨提示如下：';
    const result = page(notice, '广大村(居)民朋友们:', lead, '一、倡导文明祭祀', PARAGRAPH_1);
    expect(result.headline?.text).toBe(notice);
  });
});

describe("today's date bars, empty source labels, compound source labels and page titles with a column", () => {
  it("drops a bar of today's date, welcome or not, and never takes it for the publication date", () => {
    for (const bar of [
      '今天是2024年04月28日,欢迎您访问青山发展网!',
      '今天是2024年4月28日 星期日',
      '今日：2024年4月28日',
    ]) {
      const result = page(
        bar,
        '青山发展网',
        '青山镇：爱心物资送到卡点',
        '发布时间：2020-02-20',
        PARAGRAPH_1,
        PARAGRAPH_2,
      );
      expect(result.headline?.text).toBe('青山镇：爱心物资送到卡点');
      expect(reasons(result)[bar]).toBe('removed.dateBar');
      expect(result.provenance.published).toBe('2020-02-20');
    }
    // A lead telling of a day is no bar.
    const lead = '今天是2020年2月20日，青山镇的志愿者们一早就来到卡点，为值守人员送去口罩和消毒液。';
    expect(body(page('青山镇：爱心物资送到卡点', lead, PARAGRAPH_1))).toContain(lead);
  });

  it('takes the headline over a date line whose source label is empty, not the quote under it', () => {
    const headline = '“爱心直通车”来到青山乡开展便民服务活动';
    const result = page(
      '您现在的位置: 首页 > 乡镇街道',
      headline,
      '2019-07-05 来源:',
      '“滴滴，直通车来啦”',
      PARAGRAPH_1,
    );
    expect(result.headline?.text).toBe(headline);
  });

  it("reads a catalogue's compound source label as the source, and keeps the headline above it", () => {
    const headline = '青山街开启志愿服务新模式';
    const result = page(headline, '作者/责任者:林某某', '索取号:D', '文献资料来源:青山日报-W3', PARAGRAPH_1);
    expect(result.headline?.text).toBe(headline);
    expect(result.provenance.publication).toBe('青山日报-W3');
  });

  it("takes a headline a page set out as a list's item, without its marker, and no story under a related label", () => {
    const headline = '青山：联合多方力量向青山镇政府捐赠防汛物资';
    const result = page(`- ${headline}`, '- 2024-08-13 来源:青山市人民政府', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    // A dash and no space opens a deck, as before.
    expect(page('——青山镇开展外来人员摸排工作', PARAGRAPH_1, PARAGRAPH_2).headline).toBeUndefined();
    // Dated stories listed under 热门推荐 are other stories', never this one's headline.
    const teaser = page(PARAGRAPH_1, PARAGRAPH_2, '热门推荐', '- 抢“女婿”留“儿子”', '山东加入人才争夺战2018-03-12');
    expect(teaser.headline).toBeUndefined();
  });

  it("takes an e-paper's headline under its place kicker, a net woven in it being no site's name", () => {
    const headline = '织密反诈防护网';
    // The lead names the place again: a kicker's words repeated below are no sign of a headline.
    const lead = '近日，青山县青石镇多部门联动，打出“精准宣传+科技赋能+全民参与”组合拳，掀起反诈宣传热潮。';
    const lines = ['第03版:', '本版新闻列表', '上一篇  下一篇', '2025年4月15日 星期二', '青山县青石镇', headline, lead];
    const result = page(...lines, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)['本版新闻列表']).toBe('removed.navigation');
  });

  it('takes the headline off a channel and column joined by a dot, the column written alone above', () => {
    const headline = '现场：夜间出行不再“摸黑”，市民烦心事迅速解决';
    const result = page('看青山', `民声·看青山 | ${headline}`, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
  });

  it("takes the headline a footer's title label names cut short", () => {
    const headline = '青山镇召开人口普查启动大会 掀开青山县普查工作序幕';
    const result = page(headline, PARAGRAPH_1, PARAGRAPH_2, '文章标题:青山镇召开人口普查启动大会 掀开青');
    expect(result.headline?.text).toBe(headline);
  });

  it('takes the line under a kicker closing with a dash as the headline', () => {
    const headline = '“禁毒宣传进社区，守护健康不‘毒’行”';
    expect(page('青山新区青山镇东风街——', headline, PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(headline);
  });

  it('takes the headline the page writes again right under it without its place, over a category above the date', () => {
    const headline = '青山市青石镇开展“我为党旗增光彩 无偿献血在行动”活动';
    const lines = ['• 新郑市青石镇人民政府', '• 工作,工作信息', '• 2017-06-17', headline, headline.slice(3)];
    expect(page(...lines, PARAGRAPH_1, PARAGRAPH_2).headline?.text).toBe(headline);
  });

  it("drops an old CMS's article toolbar and a platform's IP location, never taking either for the headline", () => {
    const headline = '青山镇酥梨采摘节引来八方客';
    const toolbar = '排行榜 收藏 打印 发给朋友 举报 来源: 《青山日报》   发布者:webmaster';
    const result = page(headline, toolbar, 'IP屬地:未知', PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(body(result).join('\n')).not.toContain('排行榜');
    expect(reasons(result)['IP屬地:未知']).toBe('removed.counter');
  });

  it("drops a forum thread's toolbar and takes the thread's title as the headline", () => {
    const headline = '青山鄉藝文公演人才交流活動';
    const lines = [
      '青山旅行論壇',
      '打印 上一主題 下一主題',
      headline,
      '跳轉到指定樓層',
      '發表於 2014-6-21 23:27:20 |只看該作者 |倒序瀏覽',
    ];
    const result = page(...lines, PARAGRAPH_1, PARAGRAPH_2);
    expect(result.headline?.text).toBe(headline);
    expect(reasons(result)['跳轉到指定樓層']).toBe('removed.navigation');
  });

  it("drops a page's width toggle in both scripts", () => {
    for (const toggle of ['恢复窄屏', '切換寬屏']) {
      const result = page(
        '青山镇开展世界水日宣传',
        toggle,
        '出处:青山县人民政府 更新时间:2018-03-28 16:47',
        PARAGRAPH_1,
      );
      expect(reasons(result)[toggle]).toBe('removed.printBar');
    }
  });

  it("reads a byline after a paper's short name and its desk, and drops an editor's teaser labelled 小编", () => {
    const result = page(
      '青山镇为安置点送去过冬物资',
      '西海全媒体记者 吴某某 文/图',
      `小编:${PARAGRAPH_1} 当天，镇卫生院还为各检查站配送.`,
      PARAGRAPH_1,
      PARAGRAPH_2,
    );
    expect(result.provenance.byline).toBe('吴某某');
    expect(body(result)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('takes the headline the page writes alone, not its page title with a column and the site after dashes', () => {
    const headline = '青山镇居民志愿者助力社区疫情防控';
    const result = page(
      `${headline}-青山政企信息-政公网`,
      '当前位置:首页 > 青山政企信息',
      headline,
      '发布时间:2022-09-29',
      PARAGRAPH_1,
    );
    expect(result.headline).toEqual({ line: 3, text: headline });
  });
});
