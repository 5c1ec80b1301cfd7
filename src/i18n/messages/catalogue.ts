/**
 * Every text the office reads from the check, the build, the import and `npm run new`, in Simplified Chinese (the
 * default) and English (for developers, `--lang en` or GONGSHI_LANG=en). A `{name}` is a parameter, filled in when
 * the text is shown (src/i18n/messages/message.ts); both languages of a code take the same parameters. A problem's
 * message code names the problem (`tally.dateAfterPublication`); codes starting `fix.` say what to do about it.
 */
export const MESSAGES = {
  // ── What the check, the build and `npm run new` say around the problems ──
  'build.refused': {
    'zh-hans': '内容有 {count} 处问题，本次什么也没有发布：',
    en: '{count} content problem(s) — nothing was published:',
  },
  'build.locked': {
    'zh-hans': '另一个生成（进程 {holder}）正在写入 {output}：这一个停止，{output} 留给它。\n请等它完成后再生成。',
    en: 'Another build (process {holder}) is writing {output} now: this one stops, and {output} is left to it.\nWait for it to finish, then build again.',
  },
  'build.stopped': {
    'zh-hans': '构建失败：{output} 没有改动（线上网站保持原样）：',
    en: 'The build failed — {output} was not changed (the live site stays as it was):',
  },
  'build.draftProblemsSeeCheck': {
    'zh-hans': '{waiting}，运行 npm run check 查看',
    en: '{waiting}; run npm run check to see them',
  },
  'preview.name': { 'zh-hans': '内容检查', en: 'Content check' },
  'preview.title': {
    'zh-hans': '内容有 {count} 处问题，页面暂时无法显示',
    en: '{count} content problem(s): the page cannot be shown',
  },
  'preview.hint': {
    'zh-hans': '按每行括号里的说明改好文件并保存，这一页会自动刷新。',
    en: 'Fix each file as the brackets say and save it: this page reloads by itself.',
  },
  'build.editorSkipped': {
    'zh-hans': '内容文件夹不在本仓库里：这次生成的网站不带网页编辑器（{path}），编辑器无法保存到那里',
    en: 'The content folder is outside the repository: the site is built without the editor ({path}).',
  },
  'build.missingFile': { 'zh-hans': '构建出的网站缺少这个文件', en: 'the built site lacks this file' },
  'fix.buildAgain': {
    'zh-hans': '重新构建；如果仍然缺少，请找网站维护人员',
    en: 'build again; if it is still missing, ask the site’s maintainer',
  },
  'build.error': { 'zh-hans': '构建出错：{error}', en: '{error}' },
  'build.failed': { 'zh-hans': '构建失败', en: 'the build failed' },
  'fix.toolHint': { 'zh-hans': '构建工具的提示：{hint}', en: '{hint}' },
  'fix.correctNamedFile': {
    'zh-hans': '改正这里写明的文件；没有写明文件的话，请找网站维护人员',
    en: 'correct the file named here, or ask the site’s maintainer if no file is named',
  },
  'build.diskFull': { 'zh-hans': '磁盘满了', en: 'the disk is full' },
  'build.quotaUsed': { 'zh-hans': '磁盘配额用完了', en: 'the disk quota is used up' },
  'fix.freeDisk': { 'zh-hans': '腾出一些磁盘空间，再重新构建', en: 'free some disk space and build again' },
  'build.noPermission': { 'zh-hans': '构建程序无权在这里读写', en: 'the build may not read or write here' },
  'fix.checkPermissionsNamed': {
    'zh-hans': '检查这里写明的文件的访问权限',
    en: 'check the permissions of the file named here',
  },
  'build.readOnly': { 'zh-hans': '磁盘是只读的', en: 'the disk is read-only' },
  'fix.writableDisk': { 'zh-hans': '在可以写入的磁盘上构建', en: 'build on a disk that can be written' },
  'check.draftProblemsWaiting': {
    'zh-hans': '{count} 个草稿问题待审核（不影响发布）',
    en: '{count} draft problem(s) wait for review (they do not stop the site)',
  },
  'check.draftHeading': {
    'zh-hans': '草稿中的问题（不影响发布）：',
    en: 'Problems in drafts (they do not stop the site):',
  },
  'check.warningHeading': { 'zh-hans': '值得一看（不影响发布）：', en: 'Worth a look (they do not stop the site):' },
  'check.failed': {
    'zh-hans': '共发现 {count} 处问题。请改正后再运行 npm run check。',
    en: '{count} problem(s) found. Fix them and run npm run check again.',
  },
  'check.passed': {
    'zh-hans': '内容无误：文章 {articles} 篇，乡镇 {towns} 个，统计条目 {entries} 条。',
    en: 'Content OK: {articles} articles, {towns} towns, {entries} tally entries.',
  },
  'new.usage': {
    'zh-hans':
      '用法：npm run new -- article <名称> [乡镇]   例如 npm run new -- article nixi-masks-0220 nixi\n' +
      '      npm run new -- tally <文章名称>       例如 npm run new -- tally nixi-masks-0220\n' +
      '名称只用小写英文字母、数字和连字符（-）。加 --lang en 显示英文。',
    en:
      'Usage: npm run new -- article <slug> [town]   e.g. npm run new -- article nixi-masks-0220 nixi\n' +
      '       npm run new -- tally <article-slug>   e.g. npm run new -- tally nixi-masks-0220\n' +
      'A slug is lowercase ASCII letters, digits and hyphens.',
  },
  'new.noArticleYet': {
    'zh-hans': '注意：还没有文章“{slug}”；请先写好文章再运行检查。',
    en: 'Note: there is no article "{slug}" yet; add it before checking.',
  },
  'new.exists': { 'zh-hans': '{path} 已经存在，什么也没有写。', en: '{path} already exists; nothing was written.' },
  'new.written': {
    'zh-hans': '已写入 {path}。填写完后运行：npm run check',
    en: 'Wrote {path}. Fill it in, then run: npm run check',
  },

  // ── The import's report (scripts/import.ts, src/lib/import/formatReport.ts, checkInput.ts) ──
  'input.empty': { 'zh-hans': '输入是空的', en: 'the input is empty' },
  'input.binary': {
    'zh-hans': '输入是二进制文件，不是文字（含有 NUL 字节）；请粘贴文章的文字',
    en: 'the input is binary, not text (it holds NUL bytes); paste the article text',
  },
  'input.notUtf8': {
    'zh-hans': '输入不是 UTF-8 编码的文字；请另存为 UTF-8（GBK 文件：iconv -f GBK -t UTF-8）',
    en: 'the input is not UTF-8 text; save it as UTF-8 (GBK files: iconv -f GBK -t UTF-8)',
  },
  'input.onlyWhitespace': { 'zh-hans': '输入是空的（只有空白）', en: 'the input is empty (only whitespace)' },
  'input.notChinese': {
    'zh-hans': '输入不是中文（{letters} 个字母和数字中只有 {han} 个汉字）',
    en: 'the input is not Chinese text ({han} Han characters of {letters} letters and digits)',
  },
  'import.usage': {
    'zh-hans':
      '用法：npm run import -- [文件或文件夹…] [--script hans|hant] [--year 年份] [--slug 名称] [--title 标题] [--town 乡镇]\n' +
      '                         [--content 文件夹] [--force] [--dry-run] [--lang en]\n' +
      '      （文件夹：导入其中所有 .txt、.html、.htm 文件；不给文件时读取标准输入；--slug 和 --title 只用于一个文件）',
    en:
      'usage: npm run import -- [files or folders…] [--script hans|hant] [--year YYYY] [--slug SLUG] [--title TITLE] [--town SLUG]\n' +
      '                      [--content DIR] [--force] [--dry-run] [--lang en]\n' +
      '      (a folder: every .txt, .html and .htm file in it; no file: reads stdin; --slug and --title: one file only)',
  },
  'import.failed': { 'zh-hans': '导入：{problem}', en: 'import: {problem}' },
  'import.inputProblem': { 'zh-hans': '{input}：{problem}', en: '{input}: {problem}' },
  'import.badScript': { 'zh-hans': '--script 只能是 hans 或 hant', en: '--script is hans or hant' },
  'import.badYear': { 'zh-hans': '--year 是四位数的年份', en: '--year is a four-digit year' },
  'import.badSlug': {
    'zh-hans': '--slug：只用小写英文字母、数字和连字符（-）',
    en: '--slug: lowercase ASCII letters, digits and hyphens',
  },
  'import.badOption': { 'zh-hans': '无法识别的参数：{option}', en: 'unknown option: {option}' },
  'import.oneFileOptions': {
    'zh-hans': '--slug 和 --title 只能用于一个文件',
    en: '--slug and --title name one article: give one file',
  },
  'import.noSuchFile': { 'zh-hans': '找不到这个文件或文件夹', en: 'no such file or folder' },
  'import.emptyFolder': {
    'zh-hans': '文件夹里没有可导入的文件（.txt、.html、.htm）',
    en: 'the folder holds no file to import (.txt, .html, .htm)',
  },
  'import.badContentFile': {
    'zh-hans': '{file} 有错，读不出来；请先运行 npm run check，按提示改好这个文件',
    en: '{file} has mistakes and cannot be read; run npm run check and fix the file first',
  },
  'import.cannotRead': {
    'zh-hans': '文件打不开（可能没有读取权限，或不是普通文件）；请另存为 .txt 或 .html 再导入',
    en: 'the file cannot be opened (no permission to read it, or not an ordinary file); save it as .txt or .html and import that',
  },
  'import.cannotWrite': {
    'zh-hans': '无法写入 {file}（请检查 content 文件夹能否写入、磁盘是否已满）；已写入：{already}',
    en: 'cannot write {file} (check that the content folder is writable and the disk not full); written already: {already}',
  },
  'import.batch': {
    'zh-hans': '共 {files} 个文件：导入 {imported} 篇，其中 {review} 篇需要复核。',
    en: '{files} files: {imported} imported, {review} of them to review.',
  },
  'import.batchRefused': { 'zh-hans': '未导入：{files}', en: 'not imported: {files}' },
  'import.exists': {
    'zh-hans': '{files} 已经存在；用 --slug 另取一个名称，或用 --force 覆盖',
    en: '{files} already exist; use --slug to choose another name or --force to overwrite',
  },
  'import.webPage': {
    'zh-hans': '输入为网页{url}：正文由 {extractor} 提取，标题“{title}”。以下行号指提取出的正文文本，而非网页源码。',
    en: 'the input is a web page{url}: its text was extracted by {extractor}, title "{title}". Line numbers below are of the extracted text, not of the page source.',
  },
  'report.script': {
    'zh-hans': '字体：检测为 {detected}（只属简体的字 {hans} 个，只属繁体的字 {hant} 个）；保存为 {stored}。',
    en: 'Script: detected {detected} ({hans} Simplified-only, {hant} Traditional-only characters); stored as {stored}.',
  },
  'report.cleaned': {
    'zh-hans': '清理（删去 {count} 行或片段）：',
    en: 'Cleaned ({count} lines or parts removed):',
  },
  'report.figures': {
    'zh-hans': '数字：{count} 条待审核的统计条目（review: pending）——{categories}。',
    en: 'Figures: {count} draft tally entries (review: pending) — {categories}.',
  },
  'report.none': { 'zh-hans': '无', en: 'none' },
  'report.notTallied': {
    'zh-hans': '  未计入：{count} 个数字（{reasons}）。',
    en: '  Not tallied: {count} numbers ({reasons}).',
  },
  'report.needsHuman': { 'zh-hans': '需要人工处理（{count} 处）：', en: 'Needs a human ({count}):' },
  'report.written': { 'zh-hans': '已写入：', en: 'Written:' },
  'report.nothingWritten': { 'zh-hans': '什么也没有写入。', en: 'Nothing written.' },
  'report.towns': {
    'zh-hans': '乡镇：{towns}。文章的乡镇：{town}。',
    en: "Townships: {towns}. The article's town: {town}.",
  },
  'report.town': {
    'zh-hans': '{name}（{slug}，{status}，提及 {mentions} 次）',
    en: '{name} ({slug}, {status}, named {mentions} times)',
  },
  'report.townKnown': { 'zh-hans': '已有', en: 'known' },
  'report.townOnlyNamed': { 'zh-hans': '仅提及，未写文件', en: 'only named, no file written' },
  'report.townCreated': { 'zh-hans': '新建 {file}', en: 'created {file}' },
  'report.townNotWritten': {
    'zh-hans': '新乡镇，未写入 towns/{slug}.yaml',
    en: 'new town, towns/{slug}.yaml not written',
  },
  'report.places': {
    'zh-hans': '  村、社区及只作背景提到的乡镇（地点，不作本文乡镇）：{places}',
    en: '  Villages, communities and towns named only as context (places, not the article’s townships): {places}',
  },
  'report.townsNotRecognised': {
    'zh-hans': '  未识别（地名录中没有，文中也无旁证，未作乡镇）：{names}',
    en: '  Not recognised (not in the gazetteer, nothing else in the text supports them; not taken as townships): {names}',
  },
  'report.figureTowns': { 'zh-hans': '  每条数据的乡镇：', en: "  Each figure's town:" },
  'report.allInArticleTown': {
    'zh-hans': '  全部 {count} 条数据归于文章的乡镇 {town}。',
    en: "  All {count} figures are the article's town {town}.",
  },

  'import.removedPinyin': {
    'zh-hans': '删去了 {count} 处拼音注音，如 鎮(zhèn)',
    en: 'removed {count} pinyin annotations such as 鎮(zhèn)',
  },
  'import.fixedPunctuation': {
    'zh-hans': '在 {count} 行里把半角标点改成全角，并去掉汉字与数字之间的空格',
    en: 'made half-width punctuation full-width, and took the spaces out from between Chinese characters and digits, on {count} lines',
  },
  'import.converted': {
    'zh-hans': '按要求（--script {stored}）把{detected}的正文转成 {stored}；检测到简体字 {hans} 个、繁体字 {hant} 个',
    en: 'converted the {detected} text to {stored} as asked (--script {stored}); detected: {hans} Simplified, {hant} Traditional characters',
  },
  // ── What the import took out of a pasted page (extractArticle.ts, extractTrailingByline.ts, pageFurniture.ts) ──
  'removed.shareBar': { 'zh-hans': '分享栏', en: 'share bar' },
  'removed.appPrompt': { 'zh-hans': '扫码或下载客户端的提示', en: 'QR code or app prompt' },
  'removed.printBar': { 'zh-hans': '打印、字号或关闭按钮', en: 'print, font size or close bar' },
  'removed.standingReminder': { 'zh-hans': '网站固定的提醒段落', en: 'news site’s standing reminder' },
  'removed.navigation': { 'zh-hans': '网站导航', en: 'navigation' },
  'removed.siteFooter': { 'zh-hans': '网站页脚', en: 'site footer' },
  'removed.photoCredit': { 'zh-hans': '图片说明或图片来源', en: 'photo credit' },
  'removed.imageEnlargePrompt': { 'zh-hans': '“点击看大图”之类的提示', en: 'image enlarge prompt' },
  'removed.counter': { 'zh-hans': '浏览次数或字数', en: 'visitor counter or word count' },
  'removed.dateBar': {
    'zh-hans': '网页上显示的当天日期（不是发布日期）',
    en: "the page's bar of today's date (not the publication date)",
  },
  'removed.relatedLinks': { 'zh-hans': '相关链接或评论', en: 'related links or comments' },
  'removed.copyrightNotice': { 'zh-hans': '版权或转载声明', en: 'copyright or reprint notice' },
  'removed.registrationFooter': { 'zh-hans': '网站备案信息', en: 'site registration footer' },
  'removed.ageRating': { 'zh-hans': '适龄提示', en: 'age-rating notice' },
  'removed.separator': { 'zh-hans': '分隔线', en: 'separator' },
  'removed.pageCode': { 'zh-hans': '网页代码的残片', en: 'leftover page code (a comment or template block)' },
  'removed.linkRow': { 'zh-hans': '广告或推荐链接', en: 'advertising or teaser links' },
  'removed.buttonOrLabel': { 'zh-hans': '按钮或标签', en: 'button or label' },
  'removed.imageFileName': { 'zh-hans': '图片文件名', en: 'image file name' },
  'removed.imageAltText': { 'zh-hans': '图片的替代文字', en: 'image alt text' },
  'removed.summaryBox': { 'zh-hans': '摘要框', en: 'summary box' },
  'removed.breadcrumb': { 'zh-hans': '栏目路径（面包屑）', en: 'breadcrumb navigation' },
  'removed.menu': { 'zh-hans': '菜单', en: 'menu' },
  'removed.provenanceLine': {
    'zh-hans': '作者、来源或日期行（已写进文章开头信息）',
    en: 'byline / source / date line (moved to frontmatter)',
  },
  'removed.headlineCaption': { 'zh-hans': '重复标题的图片说明', en: 'headline repeated as a caption' },
  'removed.repeated': { 'zh-hans': '重复的文字', en: 'repeated text' },
  'removed.watermark': { 'zh-hans': '粘在各段末尾的网站水印', en: 'site watermark glued to the end of paragraphs' },
  'removed.spamKeyword': {
    'zh-hans': '转载网站插在句子中间的广告关键词',
    en: 'an advertising keyword a mirror site put inside a sentence',
  },
  'removed.aboveHeadline': { 'zh-hans': '标题上方的网页杂项', en: 'page furniture above the headline' },
  'removed.afterArticle': { 'zh-hans': '正文后面的网页杂项', en: 'page furniture after the article' },
  'removed.gluedFooter': {
    'zh-hans': '粘在正文末尾的来源或版权信息',
    en: 'source or copyright footer glued to the text',
  },
  'removed.trailingByline': {
    'zh-hans': '文末署名（已写进文章开头信息）',
    en: 'trailing byline (moved to frontmatter)',
  },
  // ── Why the import did not tally a number (findFigures.ts) ──
  'skipped.ordinal': { 'zh-hans': '序数（第一批、第2次）', en: 'an ordinal (第一批, 第2次)' },
  'skipped.documentNumber': {
    'zh-hans': '编号或地址（47号通告、〔2020〕3号、3号店、周洋村5组）或不成立的日期',
    en: 'a number or address (47号通告, 〔2020〕3号, 3号店, 周洋村5组) or an impossible date',
  },
  'skipped.code': {
    'zh-hans': '名称、型号、规格或号码（N95、COVID-19、3D、500ml、电话号码）',
    en: 'a name, model, size or number (N95, COVID-19, 3D, 500ml, a phone number)',
  },
  'skipped.percent': { 'zh-hans': '百分比（75%酒精）', en: 'a percentage (75%酒精)' },
  'skipped.duration': { 'zh-hans': '时长（十多个小时、14天）', en: 'a duration (十多个小时, 14天)' },
  'skipped.age': { 'zh-hans': '年龄（65岁）', en: 'an age (65岁)' },
  'skipped.length': { 'zh-hans': '长度或距离', en: 'a length or distance' },
  'skipped.land': { 'zh-hans': '田地面积（亩、公顷）', en: 'an area of farmland (亩, 公顷)' },
  'skipped.familySize': { 'zh-hans': '家庭人口（一家三口）', en: 'the size of a family (一家三口)' },
  'skipped.cases': {
    'zh-hans': '病例数（疫情统计，不是工作量）',
    en: 'a number of cases (epidemic statistics, not work done)',
  },
  'skipped.peopleUnnamed': {
    'zh-hans': '人数，但未说明是志愿者、隔离人员等哪类人员，也未说明做了什么（四位老人、二人）',
    en: 'people, but neither which kind (volunteers, isolated…) nor what they did (四位老人, 二人)',
  },
  'skipped.moneyUnnamed': {
    'zh-hans': '金额，但未说明是捐赠、拨付还是发放（如投资额、产值等经济统计，或每天工钱、每斤售价、年租金）',
    en: 'money, but not whether donated, allocated or handed out (investment, output: economic statistics; a wage, price or rent per day, jin or year)',
  },
  'skipped.inName': {
    'zh-hans': '名称中的数字（十条禁令5000张：所计的是后一个数字）',
    en: 'a number in a name (十条禁令5000张: the later number is the count)',
  },
  'skipped.noWorkDone': {
    'zh-hans': '所计之物不属任何类别，句中此前也没有发放、张贴、捐赠、出动、设置等工作：是描述，不是统计',
    en: 'what it counts is in no category, and the sentence names no work before it (发放, 张贴, 捐赠, 出动, 设置…): a description, not a tally',
  },
  // ── Why one imported figure needs a closer look (the report and a comment above its tally entry) ──
  'doubt.unusualUnit': {
    'zh-hans': '“{unit}”不是{thing}常用的单位：类别保留，请核对',
    en: '“{unit}” is not a usual unit for {thing}: category kept, please check',
  },
  'doubt.inheritedCategory': {
    'zh-hans': '未写明所计何物：沿用本句前一数字的类别',
    en: 'what is counted is not named: the category of the figure before it in the sentence is used',
  },
  'doubt.moneyWithoutYuan': {
    'zh-hans': '原文数字后未写“元”，按资金语境读作元',
    en: 'no “元” after the number: read as yuan from the money context',
  },
  'doubt.eachParty': { 'zh-hans': '“各”：每一方的数量，不是总数', en: '“各”: the amount for each party, not a total' },
  'doubt.eachThing': { 'zh-hans': '“各”：列出的每样东西各一条', en: '“各”: one entry for each thing listed' },
  'doubt.rate': { 'zh-hans': '每{per}的数量，不计入总数', en: 'an amount per {per}, not added to totals' },
  'doubt.noCategory': {
    'zh-hans': '附近没有类别关键词：类别为 other',
    en: 'no category keyword nearby: category is other',
  },
  'doubt.merged': {
    'zh-hans': '第{line}行再次出现同一数字（{quote}），已合并为一条',
    en: 'the same figure again on line {line} ({quote}): merged into one entry',
  },
  'note.moneyWithoutYuan': { 'zh-hans': '原文为“{raw}”，未写“元”', en: 'written “{raw}”, without “元”' },
  'import.lostCharactersNote': {
    'zh-hans': '请核对：抓取时丢失了字符（{text}），请对照原文手工补上',
    en: 'REVIEW: characters lost in scraping ({text}): restore them by hand',
  },
  'tally.draftHeader': {
    'zh-hans': ' 由 npm run import 生成的草稿统计：逐条对照文章核对，无误后把 review 改为 reviewed。',
    en: ' Draft tally written by npm run import: check each entry against the article, then set review: reviewed.',
  },
  'tally.checkComment': { 'zh-hans': ' 请核对：{doubts}', en: ' check: {doubts}' },
  'skipped.describingNoun': {
    'zh-hans': '所计是辖区或覆盖范围（12个村、20个社区）或抽象的事（6个时间段）：是描述，不是统计',
    en: 'it counts the places an area has or covers (12个村, 20个社区) or an abstraction (6个时间段): a description, not a tally',
  },
  'skipped.partOfTotal': {
    'zh-hans': '是同段所说合计的一部分（其中…、各项加起来等于总计）：合计已计入，部分不重复计入',
    en: 'a part of a total the paragraph states (其中…, or parts adding up to the total): the total is tallied, its parts are not',
  },
  'skipped.pointsBack': {
    'zh-hans': '指回前文已说的数（这14个宣传队、上述3000份）：不重复计入',
    en: 'points back to a count already stated (这14个宣传队, 上述3000份): not counted twice',
  },
  'skipped.howOften': {
    'zh-hans': '说的是做了几次（两次上门随访、两次共捐赠）：是次数的说法，不是统计',
    en: 'how often something was done (两次上门随访, 两次共捐赠): a manner of doing, not a tally',
  },
  'skipped.statistic': {
    'zh-hans': '是平均数、最高或最低值（平均100户、最高达到140户）：不是做了多少',
    en: 'an average, a maximum or a minimum (平均100户, 最高达到140户): not an amount done',
  },
  'skipped.threshold': {
    'zh-hans': '是划定范围的界限或上限（1000元以上的捐款、限制在5桌以下）：不是一个数量',
    en: 'a bound that picks out a class or a cap (1000元以上的捐款, 限制在5桌以下): not an amount',
  },
  'skipped.loss': {
    'zh-hans': '是损失、被骗或涉案的金额（挽回经济损失5万元）：不是捐出、收到或发放的款项',
    en: 'a loss, a sum defrauded or at stake in a case (挽回经济损失5万元): no money given, received or handed out',
  },
  'skipped.viewCounter': {
    'zh-hans': '是网页或视频的点击、浏览、播放次数（点击量达7000多人次）：不是做了多少',
    en: 'how often a page or a video was clicked, read or played (点击量达7000多人次): not an amount done',
  },
  'skipped.foreignCurrency': {
    'zh-hans': '是外币金额（6万港币、500美元）：不按“元”计入；需要时请折算后手填',
    en: 'money in another currency (6万港币, 500美元): not tallied as 元; convert it by hand if it belongs in the tally',
  },
  'skipped.amountsVary': {
    'zh-hans': '是许多笔数额的范围或举例（10元到100元不等、“100元、200元……”）：不是一个总数',
    en: 'one end of the range of many separate amounts, or examples of them (10元到100元不等, “100元、200元……”): not a total',
  },
  'skipped.idiom': {
    'zh-hans': '数字是副词或成语的一部分（四处采购、三番五次）：不是数量',
    en: 'part of an adverb or idiom (四处采购, 三番五次): not a count',
  },
  'skipped.frequency': {
    'zh-hans': '每天、每周做几次：是频次，不是统计',
    en: 'how often something is done (twice a day): a schedule, not a tally',
  },
  'skipped.notDone': {
    'zh-hans': '说的是计划、假设、请求、可能或规定的限额（将、若、申请、要、只能、不低于、限购…），不是已做的工作',
    en: 'a plan, condition, request, possibility or a limit set (将, 若, 申请, 要, 只能, 不低于, 限购…), not work done',
  },
  'skipped.smallChineseNumeral': {
    'zh-hans': '用汉字写的小数目，所计不属任何类别（两个关键、三个群体）：是说法，不是统计',
    en: 'a small number in Chinese numerals of nothing a category counts (两个关键, 三个群体): a turn of phrase, not a tally',
  },
  'skipped.noMeasureWord': { 'zh-hans': '没有量词（84消毒液、九十高龄）', en: 'no measure word (84消毒液, 九十高龄)' },
  'skipped.quotedName': {
    'zh-hans': '引号中的名称或口号（“四包一跟踪”）',
    en: 'a name or slogan in quotation marks (“四包一跟踪”)',
  },
  'skipped.notCounting': { 'zh-hans': '量词不计数', en: 'a measure word that does not count things' },
  'skipped.zero': { 'zh-hans': '零', en: 'zero' },
  'skipped.setPhraseOne': {
    'zh-hans': '数字“一”用于固定说法（一名党员、一份答卷）',
    en: '“一” in a set phrase (一名党员, 一份答卷)',
  },
  'skipped.packageSize': { 'zh-hans': '包装规格（5升装）', en: 'a package size (5升装)' },
  'skipped.unitPrice': {
    'zh-hans': '单价或自付的价钱（1片市价25元、老人只需自费11.5元）',
    en: 'a unit price or what the people served pay (1片市价25元, 老人只需自费11.5元)',
  },
  'skipped.production': { 'zh-hans': '产量或产能（日产21万片）', en: 'an output or capacity (日产21万片)' },
  'skipped.family': { 'zh-hans': '家人或个别人物（两个女儿）', en: 'family members or particular people (两个女儿)' },
  'skipped.batches': {
    'zh-hans': '数的是批次（两批物资）：说的是怎样送达，不是数量',
    en: 'it counts batches (两批物资): how something was delivered, not how much',
  },
  'skipped.groupSize': {
    'zh-hans': '是每组的大小（每2人一组、两人一组）：不是统计',
    en: 'the size of each group (每2人一组, 两人一组): not a tally',
  },
  'skipped.groupTotal': {
    'zh-hans': '一群人或物的总数（该镇1270名党员中，…）',
    en: 'the size of a group (该镇1270名党员中，…)',
  },
  'skipped.population': { 'zh-hans': '人口数', en: 'a population' },
  'import.glossaryFix': { 'zh-hans': '词表：{wrong} → {right}（{note}）', en: 'glossary: {wrong} → {right} ({note})' },

  // ── The import's questions for a person (src/lib/import/importArticle.ts, shapeBlocks.ts) ──
  'import.leadMadeHeading': {
    'zh-hans': '导语“{lead}。”被当作了小标题（它跟在图片或图片说明后面）',
    en: 'the lead sentence "{lead}。" was made a section heading (it followed a caption or image)',
  },
  'fix.keepHeading': {
    'zh-hans': '保留这个小标题，或把这句话放回所在段落的开头',
    en: 'keep the heading, or put the sentence back at the start of its paragraph',
  },
  'import.charactersLost': { 'zh-hans': '抓取时丢失了文字：“{text}”', en: 'characters lost in scraping: "{text}"' },
  'import.brokenTag': {
    'zh-hans': '乱码毁坏了网页标记，已从正文删去：“{text}”；此处可能丢了字',
    en: 'a web-page tag broken by mojibake, taken out of the text: "{text}"; characters may be lost here',
  },
  'import.privateUse': {
    'zh-hans': '私用区字符（图标字体等，读者的字体显示不出），已从正文删去：{codes}；此处若原有文字，请补上',
    en: 'private-use characters (an icon font’s glyphs: no reader’s font shows them), taken out of the text: {codes}; restore any words they stood for',
  },
  'fix.restoreWords': {
    'zh-hans': '对照原文手工补上这些字（导入不会去猜）',
    en: 'restore the words from the original source by hand (the import does not guess them)',
  },
  'import.noPunctuation': {
    'zh-hans': '这一段没有任何标点（原网页把标点去掉了）；按原样保存',
    en: 'this paragraph has no punctuation at all (the page stripped it); kept as it is',
  },
  'fix.restorePunctuation': {
    'zh-hans': '对照原文补上标点（导入不会去猜）；段末被当作页面杂项删去的短句也请补回',
    en: 'restore the punctuation from the original (the import does not guess it), and any short closing line dropped as page furniture',
  },
  'import.mixedScript': {
    'zh-hans': '简繁混杂：简体字 {hans} 个，繁体字 {hant} 个（{minority}字：{sample}）；按 {majority} 原样保存，未转换',
    en: 'mixed script: {hans} Simplified and {hant} Traditional characters ({minority} ones: {sample}); stored unconverted as {majority}',
  },
  'fix.chooseScript': {
    'zh-hans': '确定用简体还是繁体，再用 --script hans 或 --script hant 重新导入',
    en: 'decide the script and import again with --script hans or --script hant',
  },
  'import.noYear': {
    'zh-hans': '有 {count} 个数字写了月、日，但文中没有年份：没有填它们的日期',
    en: '{count} figures have a month and day but the text gives no year: their dates were left out',
  },
  'fix.importWithYear': {
    'zh-hans': '如果能确定年份，就用 --year YYYY 重新导入（会注明这是推断的）',
    en: 'import again with --year YYYY if the year is certain (it is then noted as an inference)',
  },
  'import.noHeadline': {
    'zh-hans': '文中没有标题：title 是占位的',
    en: 'the text has no headline: the title is a placeholder',
  },
  'fix.writeTitle': {
    'zh-hans': '写上标题（或用 --title 重新导入），再删掉 `draft: true`',
    en: 'write a title (or import again with --title) and remove `draft: true`',
  },
  'import.noTown': {
    'zh-hans': '文中没有提到乡镇（镇、乡、街道）：town 为占位符 unknown',
    en: 'the text names no township (镇, 乡, 街道): town is the placeholder unknown',
  },
  'fix.setTown': {
    'zh-hans': '把 `town:` 改成 content/towns 中的一个名称（或新建这个乡镇），再删掉 `draft: true`',
    en: 'set `town:` to a slug from content/towns (or add the town) and remove `draft: true`',
  },
  'import.undated': {
    'zh-hans': '文中没有发布日期：文章记为未注明日期（period: {period}）',
    en: 'no publication date in the text: the article is undated (period: {period})',
  },
  'fix.checkPeriod': {
    'zh-hans': '核对 `undated.period`（知道日期的话改写 `published: YYYY-MM-DD`），并在 `undated.note` 中说明',
    en: 'check `undated.period` (or set `published: YYYY-MM-DD` if the date is known) and explain it in `undated.note`',
  },
  'import.noSource': { 'zh-hans': '文中没有说明在哪里发布', en: 'the text does not say where it was published' },
  'fix.addSource': {
    'zh-hans': '知道的话，加上 `source.publication` 或 `source.url`',
    en: 'add `source.publication` or `source.url` if known',
  },
  'import.summaryFirstSentence': {
    'zh-hans': '摘要是文章的第一句话',
    en: 'the summary is the first sentence of the article',
  },
  'fix.rewriteSummary': {
    'zh-hans': '把 `summary` 改写成一句话，说清谁做了什么',
    en: 'rewrite `summary` as one sentence saying who did what',
  },
  'import.dateFromText': {
    'zh-hans': '发布日期 {date} 是从正文中取的',
    en: 'the publication date {date} was taken from the text',
  },
  'fix.checkPublicationDate': {
    'zh-hans': '核对它是发布日期，而不是某件事的日期',
    en: 'check that it is the date of publication, not of an event',
  },
  'import.county': { 'zh-hans': '县', en: 'county' },
  'import.province': { 'zh-hans': '省', en: 'province' },
  'import.newTown': {
    'zh-hans': '新乡镇“{name}”不在 content/towns 中：写入 content/towns/{slug}.yaml（review: pending）',
    en: 'new town "{name}" is not in content/towns: written to content/towns/{slug}.yaml (review: pending)',
  },
  'import.newTownPlaceholders': {
    'zh-hans':
      '新乡镇“{name}”不在 content/towns 中：写入 content/towns/{slug}.yaml（review: pending），{unsure}为占位符“{placeholder}”',
    en: 'new town "{name}" is not in content/towns: written to content/towns/{slug}.yaml (review: pending); {unsure} are the placeholder "{placeholder}"',
  },
  'fix.reviewNewTown': {
    'zh-hans': '核对该文件的名称、县、省，删去其中的 review: pending，再删去文章的 draft: true',
    en: "check the file's name, county and province, delete its review: pending, then the article's draft: true",
  },
  'import.severalTowns': {
    'zh-hans': '文中提到 {count} 个乡镇：每条数据的 town 取同句（否则同段）中它前面最近提到的乡镇，否则取文章的乡镇',
    en: "the text names {count} townships: each figure's town is the nearest one named before it in its sentence (else paragraph), else the article's",
  },
  'fix.checkFigureTowns': { 'zh-hans': '逐条核对数据表中的 town', en: 'check the town of each figure in the tally' },

  // ── Shared pieces ──
  'schema.field': { 'zh-hans': '{field}：{problem}', en: '{field}: {problem}' },
  'schema.wholeFile': { 'zh-hans': '（整个文件）', en: '(file)' },
  'yaml.syntax': { 'zh-hans': 'YAML 格式错误：{problem}', en: 'YAML syntax: {problem}' },
  'fix.didYouMean': { 'zh-hans': '是不是“{guess}”？', en: 'did you mean "{guess}"?' },
  'fix.useOneOf': { 'zh-hans': '请用以下之一：{allowed}', en: 'use one of: {allowed}' },
  'fix.keepOne': { 'zh-hans': '两个中只保留一个', en: 'keep one of the two' },
  'fix.keepOneEntry': { 'zh-hans': '两条中只保留一条', en: 'keep one of the two entries' },
  'fix.compareWorkingFile': {
    'zh-hans': '对照 content/ 中一个正常的文件改写',
    en: 'compare it with a working file in content/',
  },
  'fix.splitPasted': {
    'zh-hans': '把文件拆开，或检查是否误粘贴了多余内容',
    en: 'split the file, or check that nothing was pasted into it by mistake',
  },
  'fix.plainText': {
    'zh-hans': '只写文字，不要写 <、> 或 &lt; 之类的代码',
    en: 'write only the words, without <, > or codes such as &lt;',
  },
  'fix.putInQuotes': { 'zh-hans': '把整个值放进引号：{quoted}', en: 'put the whole value in quotes: {quoted}' },
  'fix.checkPermissions': {
    'zh-hans': '检查它的访问权限，或把它删掉',
    en: 'check its permissions, or remove it',
  },
  'fix.notALink': { 'zh-hans': '在这里放文件本身，不要放链接', en: 'put the file itself here, not a link' },

  // ── Files and folders (listContentFiles.ts, readContent.ts, src/config/contentFiles.ts) ──
  'noun.article': { 'zh-hans': '文章', en: 'an article' },
  'noun.photo': { 'zh-hans': '照片', en: 'a photo' },
  'noun.townFile': { 'zh-hans': '乡镇文件', en: 'a town file' },
  'noun.tallyFile': { 'zh-hans': '统计表文件', en: 'a tally file' },
  'files.noArticlesFolder': { 'zh-hans': '这里没有 articles 文件夹', en: 'there is no articles folder here' },
  'fix.runFromProject': {
    'zh-hans': '请在项目文件夹（含 content/articles/ 的那个）里运行命令',
    en: 'run the command from the project folder, which holds content/articles/',
  },
  'files.folderIsFile': {
    'zh-hans': '“{folder}”是一个文件，这里应当是文件夹',
    en: '"{folder}" is a file, where a folder is needed',
  },
  'fix.keepInFolder': {
    'zh-hans': '把这些内容放在文件夹 content/{folder}/ 里',
    en: 'keep the {folder} in a folder content/{folder}/',
  },
  'files.glossaryIsFolder': {
    'zh-hans': '“glossary.yaml”是一个文件夹，这里应当是文件',
    en: '"glossary.yaml" is a folder, where a file is needed',
  },
  'fix.glossaryFile': {
    'zh-hans': '词表放在文件 content/glossary.yaml 中',
    en: 'keep the glossary in the file content/glossary.yaml',
  },
  'files.named': { 'zh-hans': '“{name}”{problem}', en: '"{name}" {problem}' },
  'files.cannotOpen': { 'zh-hans': '打不开（{reason}）', en: 'cannot be opened ({reason})' },
  'files.noPermission': { 'zh-hans': '没有读取它的权限', en: 'no permission to read it' },
  'files.brokenLink': { 'zh-hans': '是指向一个不存在的文件的链接', en: 'is a link to a file that does not exist' },
  'files.linkOutside': {
    'zh-hans': '是指向 content 文件夹以外文件的链接，网站不能读取',
    en: 'is a link to a file outside the content folder, which the site may not read',
  },
  'files.linkToFolder': { 'zh-hans': '是指向文件夹的链接', en: 'is a link to a folder' },
  'fix.notALinkFiles': { 'zh-hans': '在这里放文件本身，不要放链接', en: 'put the files themselves here, not a link' },
  'files.notOrdinary': { 'zh-hans': '不是普通文件', en: 'is not an ordinary file' },
  'fix.removeFromContent': { 'zh-hans': '把它从 content/ 中删掉', en: 'remove it from content/' },
  'files.svg': {
    'zh-hans': '是 SVG 图片，里面可能带有会在网站上运行的脚本',
    en: 'is an SVG picture, which can carry a script that would run on the site',
  },
  'fix.saveAsJpgPng': { 'zh-hans': '把图片另存为 .jpg 或 .png', en: 'save the picture as .jpg or .png instead' },
  'files.folderNotFile': { 'zh-hans': '“{name}”是文件夹，不是{noun}', en: '"{name}" is a folder, not {noun}' },
  'fix.renameFolder': {
    'zh-hans': '给文件夹改名：名字不能以 {extension} 结尾',
    en: 'rename the folder: its name cannot end in {extension}',
  },
  'files.cannotOpenFolder': { 'zh-hans': '文件夹打不开（{reason}）', en: 'the folder cannot be opened ({reason})' },
  'files.unknownKind': { 'zh-hans': '“{name}”不是{nouns}', en: '"{name}" is not {nouns}' },
  'fix.removeFromFolder': {
    'zh-hans': '把它从 content/{folder}/ 中删掉（{noun}是 {extensions} 文件）',
    en: 'remove it from content/{folder}/ ({noun} is a {extensions} file)',
  },
  'files.inSubfolder': {
    'zh-hans': '{word}“{name}”在子文件夹（{sub}）里，不会被读取',
    en: 'the {word} "{name}" is in a subfolder ({sub}), where it is not read',
  },
  'fix.putDirectlyIn': { 'zh-hans': '把它直接放在 content/{folder}/ 中', en: 'put it directly in content/{folder}/' },
  'files.nameNotAddress': {
    'zh-hans': '文件名“{name}”不能用作网址',
    en: 'the file name "{name}" cannot be a web address',
  },
  'fix.addressName': {
    'zh-hans': '只用小写英文字母、数字和连字符（-）',
    en: 'use lowercase letters, digits and hyphens',
  },
  'fix.addressNameExample': {
    'zh-hans': '只用小写英文字母、数字和连字符（-），例如 {example}',
    en: 'use lowercase letters, digits and hyphens, e.g. {example}',
  },
  'file.cannotOpen': { 'zh-hans': '文件打不开（{reason}）', en: 'the file cannot be opened ({reason})' },
  'fix.checkPermissionsContent': {
    'zh-hans': '检查它的访问权限，或把它从 content/ 中删掉',
    en: 'check its permissions, or remove it from content/',
  },
  'file.tooLarge': {
    'zh-hans': '文件太大（{size} KB，上限 {limit} KB）',
    en: 'the file is too large ({size} KB; the limit is {limit} KB)',
  },
  'fix.splitFile': {
    'zh-hans': '把它拆开，或检查是否误粘贴了多余内容',
    en: 'split it, or check that nothing was pasted into it by mistake',
  },
  'file.notText': { 'zh-hans': '这不是文本文件', en: 'this is not a text file' },
  'fix.saveAsUtf8OrRemove': {
    'zh-hans': '另存为 UTF-8 文本，或把它从 content/ 中删掉',
    en: 'save it as UTF-8 text, or remove it from content/',
  },
  'file.notUtf8': { 'zh-hans': '文件不是 UTF-8 编码（可能是 GBK）', en: 'the file is not UTF-8 text (perhaps GBK)' },
  'fix.saveAsUtf8': {
    'zh-hans': '在编辑器中打开，另存为 UTF-8 编码',
    en: 'open it in the editor and save it as UTF-8',
  },
  'file.empty': { 'zh-hans': '文件是空的', en: 'the file is empty' },
  'fix.writeOrDelete': { 'zh-hans': '写上内容，或删掉这个文件', en: 'write its content, or delete the file' },
  'file.invisibleCharacter': {
    'zh-hans': '有看不见的字符 {label}',
    en: 'invisible character {label}',
  },
  'file.invisibleCharacters': {
    'zh-hans': '有看不见的字符 {label}（这一行还有 {more} 个）',
    en: 'invisible character {label} (and {more} more on this line)',
  },
  'fix.deleteInvisible': {
    'zh-hans': '删掉它：它看不见，却能把周围的文字伪装成别的样子',
    en: 'delete it: it cannot be seen, and it can disguise the text around it',
  },
  'file.duplicateName': {
    'zh-hans': '{what}名称“{slug}”已被 {other} 使用',
    en: '{what} name "{slug}" is also used by {other}',
  },
  'noun.articleName': { 'zh-hans': '文章', en: 'article' },
  'noun.photoName': { 'zh-hans': '照片', en: 'photo' },
  'noun.townFileName': { 'zh-hans': '乡镇文件', en: 'town file' },
  'list.or': { 'zh-hans': '{first}或{second}', en: '{first} or {second}' },
  'noun.townName': { 'zh-hans': '乡镇', en: 'town' },
  'noun.tallyName': { 'zh-hans': '统计表文件', en: 'tally file' },
  'fix.renameOrDeleteOne': { 'zh-hans': '把两个文件中的一个改名或删掉', en: 'rename or delete one of the two files' },

  'frontmatter.notFirstLine': {
    'zh-hans': '开头信息（--- 块）必须从第一行开始',
    en: 'the frontmatter (the --- block) must start on the first line',
  },
  'fix.removeLinesAbove': { 'zh-hans': '删掉 --- 上面的行', en: 'remove the lines above ---' },
  'frontmatter.notClosed': {
    'zh-hans': '开头信息（顶部的 --- 块）没有结束',
    en: 'the frontmatter (the --- block at the top) is never closed',
  },
  'fix.closeFrontmatter': {
    'zh-hans': '在最后一个字段之后、正文之前加一行，只写 ---',
    en: 'add a line with only --- after its last field, before the article text',
  },
  'frontmatter.missing': { 'zh-hans': '文章没有开头信息（frontmatter）', en: 'the article has no frontmatter' },
  'fix.startWithFrontmatter': {
    'zh-hans': '文件开头写一个 --- 块，里面写 title、town、summary 等字段（见 README）',
    en: 'start the file with a --- block holding title, town, summary… (see README)',
  },
  'frontmatter.empty': {
    'zh-hans': '开头信息（顶部的 --- 块）是空的',
    en: 'the frontmatter (the --- block at the top) is empty',
  },
  'fix.fillFrontmatter': {
    'zh-hans': '在两行 --- 之间写 title、town、summary 等字段（见 README）',
    en: 'write title, town, summary… (see README) between the --- lines',
  },

  // ── YAML syntax (parseYamlFile.ts, explainYamlError.ts, refusedYaml.ts) ──
  'yaml.tooLarge': {
    'zh-hans': 'YAML 内容太多，无法检查（{size} KB，上限 {limit} KB）',
    en: 'too much YAML to check ({size} KB; the limit is {limit} KB)',
  },
  'yaml.tooDeep': {
    'zh-hans': '列表和字段在这里嵌套超过 {limit} 层',
    en: 'lists and fields are nested more than {limit} levels deep here',
  },
  'fix.tooDeep': {
    'zh-hans': '对照 content/ 中一个正常的文件：字段最多只嵌套几层',
    en: 'compare the file with a working one in content/: fields sit at most a few levels deep',
  },
  'yaml.tab': { 'zh-hans': '这一行用 Tab 键缩进', en: 'a tab is used to indent this line' },
  'fix.spacesNotTabs': { 'zh-hans': '用空格缩进，不要用 Tab', en: 'indent with spaces, not tabs' },
  'yaml.bracketNotClosed': { 'zh-hans': '这个 {bracket} 没有闭合', en: 'this {bracket} is never closed' },
  'fix.closeBracket': {
    'zh-hans': '在同一行列表的末尾加上 {bracket}',
    en: 'add {bracket} at the end of the list, on the same line',
  },
  'yaml.secondDocument': {
    'zh-hans': '这里开始了第二份文档（在 --- 或 ... 一行之后）',
    en: 'a second document starts here (after a line of --- or ...)',
  },
  'fix.oneDocument': {
    'zh-hans': '删掉那一行：一个文件只写一份内容',
    en: 'remove that line: a file holds one document',
  },
  'yaml.badEscape': {
    'zh-hans': '{sequence} 中的反斜杠不能放在 "双引号" 里',
    en: 'the backslash in {sequence} cannot stand inside "double quotes"',
  },
  'fix.backslash': {
    'zh-hans': "反斜杠写成 \\\\，或把值改放在 '单引号' 里",
    en: "write \\\\ for a backslash, or put the value in 'single quotes' instead",
  },
  'yaml.indicatorStart': {
    'zh-hans': '值以 {character} 开头时必须放在引号里',
    en: 'a value cannot start with {character} unless it is in quotes',
  },
  'yaml.quoteNotClosed': { 'zh-hans': '这个引号没有闭合', en: 'this quote is never closed' },
  'fix.closeQuote': {
    'zh-hans': '在文字末尾加上 {quote}，或删掉开头的 {quote}',
    en: 'end the text with {quote}, or remove the opening {quote}',
  },
  'yaml.noCommas': {
    'zh-hans': '[ ] 或 { } 里的各项没有用逗号隔开',
    en: 'the items in [ ] or { } are not separated by commas',
  },
  'fix.commas': {
    'zh-hans': '各项之间写英文逗号，例如 [防疫, 物资]；含空格或引号的项放进引号',
    en: 'write a comma between items, e.g. [防疫, 物资]; an item holding spaces or quotes goes in quotes',
  },
  'yaml.colonInValue': {
    'zh-hans': '这个值里有“: ”，会被当作另一个字段的开头',
    en: 'this value holds ": ", which reads as the start of another field',
  },
  'yaml.noColon': { 'zh-hans': '字段名后面没有“: ”', en: 'there is no ": " after the field name' },
  'fix.plainColon': {
    'zh-hans': '用英文冒号 : 加一个空格，不要用中文冒号 ：',
    en: 'use the plain colon : followed by a space, not the Chinese ：',
  },
  'fix.fieldColonValue': {
    'zh-hans': '先写字段名，再写英文冒号和一个空格，然后写值，例如 unit: 只',
    en: 'write the field name, a colon and a space, then the value, e.g. unit: 只',
  },
  'yaml.textAfterQuote': {
    'zh-hans': '结束引号 {quote} 后面还有文字',
    en: 'the text goes on after its closing quote {quote}',
  },
  'fix.innerQuotesSingle': {
    'zh-hans': "文字中的引号用 “ ”，或把整个值放进单引号 '…'",
    en: "for quotation marks inside the text use “ ”, or put the whole value in single quotes '…'",
  },
  'fix.innerQuotesDouble': {
    'zh-hans': '文字中的引号用 “ ”，或把整个值放进双引号 "…"',
    en: 'for quotation marks inside the text use “ ”, or put the whole value in double quotes "…"',
  },
  'yaml.textAfterBlockIndicator': {
    'zh-hans': '{character} 后面同一行不能再写文字',
    en: 'text cannot follow {character} on the same line',
  },
  'fix.blockIndicator': {
    'zh-hans': '把整个值放进引号：以 {character} 开头的值表示下面几行的文字',
    en: 'put the whole value in quotes: a value starting with {character} means text on the lines below',
  },
  'yaml.closesNothing': { 'zh-hans': '这个 {character} 没有对应的开头', en: 'this {character} closes nothing' },
  'fix.removeOrQuote': {
    'zh-hans': '删掉它，或把整个值放进引号',
    en: 'remove it, or put the whole value in quotes',
  },
  'yaml.listItemInline': {
    'zh-hans': '列表项（“- ”）必须单独起一行',
    en: 'a list item ("- ") must start its own line',
  },
  'fix.listItemOwnLine': {
    'zh-hans': '把它移到下一行，缩进在字段名下面，或把整个值放进引号',
    en: 'move it to the next line, indented under the field name, or put the whole value in quotes',
  },
  'yaml.textAfterClosing': {
    'zh-hans': '结束的 {bracket} 后面还有文字',
    en: 'the text goes on after the closing {bracket}',
  },
  'fix.bracketValue': {
    'zh-hans': '以 [ 或 { 开头的值是列表或字段组：把整个值放进引号',
    en: 'a value starting with [ or { is a list or group: put the whole value in quotes',
  },
  'yaml.badIndentation': {
    'zh-hans': '这一行的缩进和上下行不一致',
    en: 'this line is indented differently from the lines around it',
  },
  'fix.alignField': {
    'zh-hans': '用空格把这个字段和上面的字段对齐',
    en: 'line the field up with the fields above it, using spaces',
  },
  'yaml.unreadableLine': {
    'zh-hans': '这一行读不成“字段: 值”',
    en: 'this line cannot be read as "field: value"',
  },
  'fix.unreadableLine': {
    'zh-hans': '对照 content/ 中一个正常的文件；以 {indicators} 之一开头的值要放进引号',
    en: 'compare it with a working file in content/; a value starting with one of {indicators} goes in quotes',
  },
  'fix.writeValueItself': {
    'zh-hans': '直接写出值本身（内容文件不用 & 和 * 重复值），或者{otherwise}',
    en: 'write the value itself (content files do not repeat values with & and *), or {otherwise}',
  },
  'yaml.keyIsCollection': {
    'zh-hans': '字段名不能是列表或字段组',
    en: 'a field name cannot be a list or a group of fields',
  },
  'fix.plainFieldName': {
    'zh-hans': '字段名写成一个普通的词，后面接英文冒号和值，例如 unit: 只',
    en: 'write the field name as a plain word, then a colon and the value, e.g. unit: 只',
  },
  'yaml.valueWithoutName': { 'zh-hans': '有一个值没有字段名', en: 'a value is written without a field name' },
  'fix.addFieldName': {
    'zh-hans': '在冒号前写上字段名，或删掉这一行',
    en: 'write the field name before the colon, or remove the line',
  },
  'yaml.duplicateField': { 'zh-hans': '字段“{name}”写了两次', en: 'the field "{name}" is written twice' },
  'fix.removeOrRenameOne': { 'zh-hans': '删掉其中一个，或给其中一个改名', en: 'remove or rename one of the two' },

  // ── Values against the schemas (schemaProblem.ts, src/lib/schema/) ──
  'type.text': { 'zh-hans': '文字', en: 'text' },
  'type.number': { 'zh-hans': '数字', en: 'a number' },
  'type.boolean': { 'zh-hans': '真假值（true 或 false）', en: 'true or false' },
  'type.object': { 'zh-hans': '一组字段', en: 'a group of fields' },
  'type.array': { 'zh-hans': '列表', en: 'a list' },
  'type.oneOf': { 'zh-hans': '以下之一：{allowed}', en: 'one of: {allowed}' },
  'schema.notRealNumber': {
    'zh-hans': '{value} 太大，或不是一个真正的数字',
    en: '{value} is too large or not a real number',
  },
  'fix.digitsOnly': {
    'zh-hans': '数字只写阿拉伯数字，例如 30000（不写“万”“余”或单位）',
    en: 'write the number in digits only, e.g. 30000 (no 万, 余 or unit)',
  },
  'schema.missing': { 'zh-hans': '缺少这个字段', en: 'missing' },
  'fix.addFieldWith': { 'zh-hans': '加上这个字段，值为{needed}', en: 'add this field, with {needed}' },
  'schema.unknownValue': { 'zh-hans': '未知的值 {value}', en: 'unknown value {value}' },
  'schema.unknownFields': { 'zh-hans': '未知的字段 {keys}', en: 'unknown field(s) {keys}' },
  'fix.unknownFields': {
    'zh-hans': '删掉或改正未知的字段 {keys}',
    en: 'remove or correct the unknown field(s) {keys}',
  },
  'fix.asMessageSays': { 'zh-hans': '按上面所说改正这个值', en: 'correct the value as the message says' },
  'schema.notAccepted': { 'zh-hans': '这里不接受 {value}', en: '{value} is not accepted here' },
  'schema.missingType': { 'zh-hans': '缺少这个字段（需要{needed}）', en: 'missing ({needed} is needed)' },
  'fix.addField': { 'zh-hans': '加上这个字段', en: 'add this field' },
  'schema.noFields': { 'zh-hans': '这里一个字段也没有', en: 'there are no fields here' },
  'schema.fileIsList': {
    'zh-hans': '整个文件是一个列表（“- ”开头的行），这里需要的是字段',
    en: 'the file is a list ("- " lines), where fields are needed',
  },
  'schema.fileIsValue': {
    'zh-hans': '整个文件只有 {value}，这里需要的是字段',
    en: 'the file holds only {value}, where fields are needed',
  },
  'fix.oneFieldPerLine': {
    'zh-hans': '每行写一个字段，格式为“名称: 值”（对照 content/ 中一个正常的文件）',
    en: 'write one field per line, as "name: value" (compare with a working file in content/)',
  },
  'schema.wrongType': { 'zh-hans': '{value} 不是{needed}', en: '{value} is not {needed}' },
  'schema.nullWord': {
    'zh-hans': '{word} 在 YAML 里表示“没有值”',
    en: '{word} means "no value" in YAML',
  },
  'fix.nullWord': {
    'zh-hans': '这里写{needed}；如果本意就是文字“{word}”，请把它放进引号',
    en: 'write {needed} here, or put "{word}" in quotes if that is the text meant',
  },
  'schema.noValue': { 'zh-hans': '冒号后面没有写值', en: 'no value is written after the colon' },
  'fix.valueAfterColonComment': {
    'zh-hans': '在冒号后面写{needed}；以 # 开头的值不放进引号就是注释',
    en: 'write {needed} after the colon; a value starting with # is a comment unless it is in quotes',
  },
  'fix.valueAfterColon': {
    'zh-hans': '在冒号后面写{needed}，或删掉这一行',
    en: 'write {needed} after the colon, or remove the line',
  },
  'fix.removeQuotes': { 'zh-hans': '去掉引号：{value}', en: 'remove the quotes: {value}' },
  'fix.textNotKind': { 'zh-hans': '直接写文字，不要写成{kind}', en: 'write the text itself, not {kind}' },
  'fix.quoteIt': { 'zh-hans': '把它放进引号："{value}"', en: 'put it in quotes: "{value}"' },
  'fix.listLines': {
    'zh-hans': '列表写成一行一个“- 项”，或写成 [项, 项]',
    en: 'write the list as "- item" lines or [item, item]',
  },
  'fix.listExample': { 'zh-hans': '写成列表，例如 [{value}]', en: 'write a list, e.g. [{value}]' },
  'fix.fieldsBelow': {
    'zh-hans': '在它下面几行缩进写它的字段，每行一个“名称: 值”',
    en: 'write its fields on the lines below it, indented, one "name: value" per line',
  },
  'fix.trueOrFalse': { 'zh-hans': '写 true 或 false', en: 'write true or false' },
  'fix.writeType': { 'zh-hans': '这里写{needed}', en: 'write {needed} here' },
  'schema.badDate': { 'zh-hans': '“{value}”不是有效的日期', en: '"{value}" is not a valid date' },
  'fix.dateFormatAs': { 'zh-hans': '日期写成 YYYY-MM-DD：{date}', en: 'write the date as YYYY-MM-DD: {date}' },
  'fix.dateFormat': { 'zh-hans': '日期写成 YYYY-MM-DD', en: 'write the date as YYYY-MM-DD' },
  'schema.badName': { 'zh-hans': '“{value}”不是有效的名称', en: '"{value}" is not a valid name' },
  'schema.badFormat': { 'zh-hans': '“{value}”不是有效的 {format}', en: '"{value}" is not a valid {format}' },
  'fix.validFormat': { 'zh-hans': '写一个有效的 {format}', en: 'write a valid {format}' },
  'schema.tooSmall': { 'zh-hans': '{value} 小于 {minimum}', en: '{value} is less than {minimum}' },
  'fix.atLeast': { 'zh-hans': '用不小于 {minimum} 的数字', en: 'use a number ≥ {minimum}' },
  'schema.emptyList': { 'zh-hans': '列表是空的', en: 'the list is empty' },
  'fix.addItem': { 'zh-hans': '至少加上一项', en: 'add at least one item' },
  'fix.sayPeriod': {
    'zh-hans': '写明文章讲的是哪段时间，例如 2020年1月下旬至2月中旬',
    en: 'say which period the article covers, e.g. 2020年1月下旬至2月中旬',
  },
  'fix.sayCorrection': {
    'zh-hans': '写明更正了什么，例如 更正口罩数量',
    en: 'say what was corrected, e.g. 更正口罩数量',
  },
  'fix.sayWhyWrong': { 'zh-hans': '写明 OpenCC 为什么会转错', en: 'say why OpenCC gets this wrong' },
  'schema.emptyText': { 'zh-hans': '文字是空的', en: 'the text is empty' },
  'fix.writeText': {
    'zh-hans': '写上文字；不需要这个字段就删掉它',
    en: 'write the text, or remove the field if it is not needed',
  },
  'fix.slugPattern': {
    'zh-hans': '只用小写英文字母、数字和连字符（-）',
    en: 'use lowercase ASCII letters, digits and hyphens',
  },
  'fix.slugPatternExample': {
    'zh-hans': '只用小写英文字母、数字和连字符（-），例如 {example}',
    en: 'use lowercase ASCII letters, digits and hyphens, e.g. {example}',
  },
  'schema.notWebAddress': { 'zh-hans': '“{value}”不是网址', en: '"{value}" is not a web address' },
  'fix.copyAddress': {
    'zh-hans': '从浏览器地址栏复制来源网页的网址：以 https:// 或 http:// 开头',
    en: 'copy the address of the source page from the browser: it starts with https:// or http://',
  },
  'schema.sourceUnknown': {
    'zh-hans': '请写出处（publication）、它的网址（url），或一条说明来源不明的备注（note）',
    en: 'give the publication, its URL, or a note saying the origin is unknown',
  },
  'schema.noticeEndsBeforeStart': {
    'zh-hans': '公示期的结束日早于开始日：`to` 必须不早于 `from`',
    en: 'the notice period ends before it starts: `to` must be on or after `from`',
  },
  'schema.publishedOrUndated': {
    'zh-hans': '`published: YYYY-MM-DD` 和 `undated: { period: … }` 只写其中一个，不能都写也不能都不写',
    en: 'give either `published: YYYY-MM-DD` or `undated: { period: … }`, not both and not neither',
  },
  'schema.correctionBeforeArticle': {
    'zh-hans': '更正日期早于文章日期：`corrected.date` 必须不早于 `published`',
    en: 'the correction is dated before the article: `corrected.date` must be on or after `published`',
  },
  'schema.notPlainText': {
    'zh-hans': '“{value}”不是纯文字：其中有“{markup}”',
    en: '"{value}" is not plain text: it holds "{markup}"',
  },
  'tally.unknownUnit': { 'zh-hans': '未知的单位“{unit}”', en: 'unknown unit "{unit}"' },
  'fix.unitFromConfig': {
    'zh-hans': '用 src/config/categories.ts 中列出的单位，或请人把它加进去',
    en: 'use a unit listed in src/config/categories.ts, or ask for it to be added',
  },
  'tally.unitDoesNotFit': {
    'zh-hans': '单位“{unit}”和类别 {category} 不相符',
    en: 'unit "{unit}" does not fit category {category}',
  },
  'fix.unitOfCategory': {
    'zh-hans': '请用以下之一：{allowed}（或检查类别）',
    en: 'use one of: {allowed} (or check the category)',
  },
  'tally.rangeHalf': {
    'zh-hans': '范围要同时写 `qualifier: range` 和 `quantityMax`',
    en: 'a range needs both `qualifier: range` and `quantityMax`',
  },
  'fix.range': {
    'zh-hans': '“6-8人”写成 quantity: 6、quantityMax: 8、qualifier: range；不是范围就删掉 quantityMax',
    en: 'for 6-8人 write quantity: 6, quantityMax: 8, qualifier: range; otherwise remove quantityMax',
  },

  // ── Between files (checkReferences.ts, checkTallyFiles.ts, checkTowns.ts, quoteProblem.ts …) ──
  'reference.unknownTown': { 'zh-hans': '乡镇“{town}”不存在', en: 'town "{town}" does not exist' },
  'fix.useTownOrAdd': {
    'zh-hans': '请用以下之一：{towns}，或新建 content/towns/{town}.yaml',
    en: 'use one of: {towns}, or add content/towns/{town}.yaml',
  },
  'reference.townNotReviewed': {
    'zh-hans': '乡镇“{town}”还没有审核（content/towns/{town}.yaml 中写着 review: pending）',
    en: 'town "{town}" is not reviewed yet (review: pending in content/towns/{town}.yaml)',
  },
  'fix.reviewTown': {
    'zh-hans': '核对 content/towns/{town}.yaml（县、省可能还是占位的“待核实”），然后删掉其中的 review: pending',
    en: 'check content/towns/{town}.yaml (its county and province may be the placeholder 待核实), then delete its review: pending',
  },
  'reference.unknownArticle': { 'zh-hans': '文章“{article}”不存在', en: 'article "{article}" does not exist' },
  'fix.articleFileName': {
    'zh-hans': '写 content/articles/ 中一篇文章的文件名（不带 .md）',
    en: 'use the file name (without .md) of an article in content/articles/',
  },
  'reference.duplicateEntryId': {
    'zh-hans': '条目编号“{id}”在这个文件中用了两次',
    en: 'entry id "{id}" is used twice in this file',
  },
  'fix.ownId': { 'zh-hans': '每个条目用自己的编号', en: 'give each entry its own id' },
  'reference.partOfLoop': { 'zh-hans': 'partOf 绕成了一个圈：{loop}', en: 'partOf goes round in a loop: {loop}' },
  'fix.partOfLoop': {
    'zh-hans': 'partOf 写的是本条所属的那个更大的数字：删掉它，或改写成另一个条目',
    en: 'partOf names the larger figure this one is a part of: remove it, or name another entry',
  },
  'reference.unknownPartOf': {
    'zh-hans': 'partOf “{partOf}”不是这个文件中的条目',
    en: 'partOf "{partOf}" is not an entry of this file',
  },
  'fix.partOfId': { 'zh-hans': '写本条所属条目的编号', en: 'use the id of the entry this one is a part of' },
  'reference.partLargerThanWhole': {
    'zh-hans': '部分 {quantity} 比它的总数“{whole}”（{wholeQuantity}）还大',
    en: 'part {quantity} is larger than its whole "{whole}" ({wholeQuantity})',
  },
  'fix.checkBothNumbers': { 'zh-hans': '对照文章核对这两个数字', en: 'check both numbers against the article' },
  'tally.secondFile': {
    'zh-hans': '这是文章“{article}”的第二个统计表文件，它已经有 {original}',
    en: 'this file is a second tally file for article "{article}", which has {original}',
  },
  'fix.mergeTallies': {
    'zh-hans': '把另一个文件里没有的数字移过去，然后删掉这个文件',
    en: 'move any figure missing from the other file into it, then delete this file',
  },
  'tally.misnamed': {
    'zh-hans': '这个文件名为“{slug}”，存的却是文章“{article}”的数字',
    en: 'this file is named "{slug}" but holds the figures of article "{article}"',
  },
  'fix.renameTally': {
    'zh-hans': '把文件改名为 {article}.yaml：统计表文件按文章命名',
    en: 'rename the file to {article}.yaml: a tally file is named after its article',
  },
  'town.populationArticleMissing': {
    'zh-hans': 'population.article：文章“{article}”不存在',
    en: 'population.article: article "{article}" does not exist',
  },
  'fix.populationArticle': {
    'zh-hans': '写 content/articles/ 中给出人口数的那篇文章的文件名（不带 .md）',
    en: 'use the file name (without .md) of the article in content/articles/ that gives the population',
  },
  'quote.onlyInComment': {
    'zh-hans': '引句只出现在文章“{article}”的注释（<!-- … -->）里，读者看不到',
    en: 'quote is only in a comment (<!-- … -->) of article "{article}", which readers do not see',
  },
  'fix.quoteVisible': {
    'zh-hans': '引用正文里发布出来的句子，或把句子移出注释',
    en: 'quote a sentence of the published text, or take the sentence out of the comment',
  },
  'quote.notFound': { 'zh-hans': '在文章“{article}”中找不到这句引句', en: 'quote not found in article "{article}"' },
  'fix.copyExactly': {
    'zh-hans': '从文章中原样复制句子：同样的简繁体、同样的标点，不加空格',
    en: 'copy the sentence exactly from the article: same script, same punctuation, no added spaces',
  },
  'quote.numberMissing': {
    'zh-hans': '引句中没有数字 {quantity}',
    en: 'the quote does not contain the number {quantity}',
  },
  'fix.quoteNumber': {
    'zh-hans': '改正 quantity，或引用给出这个数字的句子（引句是逐项列举被计数的事物时，加上 countedFrom: enumeration）',
    en: 'correct quantity, or quote the sentence that gives this number (add countedFrom: enumeration if the quote lists the things counted)',
  },
  'tally.dateAfterPublication': {
    'zh-hans': '日期 {date} 晚于文章的发布日期 {published}',
    en: "date {date} is after the article's publication date {published}",
  },
  'tally.dateAfterToday': {
    'zh-hans': '日期 {date} 晚于今天（{today}），而文章没有注明日期',
    en: 'date {date} is after today ({today}), and the article gives no date',
  },
  'fix.checkDate': {
    'zh-hans': '对照文章核对日期（年、月、日）',
    en: 'check the date against the article (year, month and day)',
  },
  'tally.runningTotalFalls': {
    'zh-hans': '累计数 {quantity}（{date}）比之前的 {before}（{beforeDate}，“{beforeId}”）还少',
    en: 'running total {quantity} on {date} is less than {before} on {beforeDate} ("{beforeId}")',
  },
  'fix.runningTotal': {
    'zh-hans': '累计数只增不减：核对这两个数字和日期，或删掉 `cumulative: true`',
    en: 'a running total (累计) never goes down: check both figures and dates, or remove `cumulative: true`',
  },

  // ── Glossary (checkGlossary.ts, glossaryEntryProblem.ts) ──
  'glossary.hansTwice': {
    'zh-hans': '“{hans}”已经在词表中写作“{hant}”，这里又写作“{here}”',
    en: '"{hans}" is already in the glossary as "{hant}", here as "{here}"',
  },
  'glossary.hantTwice': {
    'zh-hans': '“{hant}”已经在词表中作为“{hans}”的繁体，这里又作为“{here}”的繁体',
    en: '"{hant}" is already in the glossary as the form of "{hans}", here of "{here}"',
  },
  'glossary.avoidsCorrectForm': {
    'zh-hans': '这里要避免“{form}”，它却是另一条的正确写法',
    en: '"{form}" is avoided here but is a correct form in another entry',
  },
  'fix.avoidOrOther': {
    'zh-hans': '把“{form}”从 avoid 中删掉，或改正另一条',
    en: 'remove "{form}" from avoid, or fix the other entry',
  },
  'glossary.singleCharacter': {
    'zh-hans': '“{character}”是单个字：这一条会改动每一页每个词里的这个字',
    en: '"{character}" is a single character: the entry would change it in every word of every page',
  },
  'fix.wholeWord': {
    'zh-hans': '写出 OpenCC 转错的整个词（写“于书记”，不写“于”），或只在需要的那篇文章里用 [[简体|繁體]]',
    en: 'give the whole word OpenCC gets wrong (于书记, not 于), or use [[简体|繁體]] in the one article that needs it',
  },
  'glossary.hansNotSimplified': {
    'zh-hans': 'hans“{hans}”不是简体：“{traditional}”是繁体',
    en: 'hans "{hans}" is not Simplified: "{traditional}" is Traditional',
  },
  'fix.hansForm': {
    'zh-hans': 'hans 写简体（{simplified}），hant 写繁体',
    en: 'write the Simplified form in hans ({simplified}) and the Traditional form in hant',
  },
  'glossary.hantNotTraditional': {
    'zh-hans': 'hant“{hant}”不是繁体：“{simplified}”是简体',
    en: 'hant "{hant}" is not Traditional: "{simplified}" is Simplified',
  },
  'fix.hantForm': {
    'zh-hans': 'hant 写繁体（{traditional}）；繁体页面按 hant 原样显示',
    en: 'write the Traditional form in hant ({traditional}); Traditional pages show hant as written',
  },
  'glossary.againstRule': {
    'zh-hans': 'hant“{hant}”对“{hans}”的写法与转换规则不同，规则在这里给出“{ruleHant}”（{why}）',
    en: 'hant "{hant}" writes "{hans}" otherwise than the conversion rule for it, which gives "{ruleHant}" here ({why})',
  },
  'fix.entryOrRule': {
    'zh-hans': '改正这一条；如果是规则错了，就改 src/config/conversionRules.ts 中的规则',
    en: 'correct the entry, or the rule in src/config/conversionRules.ts if the rule is wrong',
  },
  'glossary.changesNothing': {
    'zh-hans': 'OpenCC 本来就会把“{hans}”转成“{hant}”并转回来：这一条没有作用',
    en: 'OpenCC already converts "{hans}" to "{hant}" and back: the entry changes nothing',
  },
  'fix.removeOrAvoid': {
    'zh-hans': '删掉这一条，或在 avoid 下列出它应当替换的错误写法',
    en: 'remove the entry, or list under avoid the wrong forms it should replace',
  },
  'glossary.noLongerNeeded': {
    'zh-hans': '转换程序现在自己就能把“{hans}”转成“{hant}”并转回来：这一条已经不需要了',
    en: 'the converter now converts "{hans}" to "{hant}" and back by itself: the entry is no longer needed',
  },
  'fix.removeEntry': { 'zh-hans': '删掉这一条', en: 'remove the entry' },
  'glossary.unusedInArticles': {
    'zh-hans': '词条“{hans}”在文章里出现 {count} 处，都用不上它：{why}',
    en: 'the entry "{hans}" stands {count} time(s) in the articles and is of no use at any: {why}',
  },
  'glossary.usedInsideWords': {
    'zh-hans': '在别的词里、词条不适用（{places}）',
    en: 'inside other words, where it does not apply ({places})',
  },
  'glossary.usedSameWithout': {
    'zh-hans': '不靠词条也转换得一样（{places}）',
    en: 'converted the same without it ({places})',
  },
  'glossary.somePlaces': { 'zh-hans': '{places} 等 {count} 处', en: '{places} and more, {count} in all' },
  'fix.removeEntryOrOverride': {
    'zh-hans': '删去这个词条；若某处仍转换错了，在那篇文章里写 [[简体|繁體]]',
    en: 'remove the entry; where a place still converts wrongly, write [[简体|繁體]] in that article',
  },

  // ── Article text (checkEmptyBodies.ts, markdownExcess.ts, checkOverrides.ts, checkScripts.ts, checkPhotos.ts) ──
  'article.emptyBody': {
    'zh-hans': '文章在开头信息（frontmatter）下面没有正文（注释不会显示给读者）',
    en: 'the article has no text below its frontmatter (comments are not shown to readers)',
  },
  'fix.writeBody': {
    'zh-hans': '在结尾的 --- 下面写文章正文，或删掉这个文件',
    en: "write the article's text below the closing ---, or delete the file",
  },
  'article.tooLong': {
    'zh-hans': '文章太长（{length} 个字符，上限 {limit}）',
    en: 'the article is too long ({length} characters; the limit is {limit})',
  },
  'fix.splitArticle': {
    'zh-hans': '拆成几篇文章，或检查是否误粘贴了多余内容',
    en: 'split it into several articles, or check that nothing was pasted into it by mistake',
  },
  'article.nestedTooDeep': {
    'zh-hans': '这一行把 {depth} 层引用或列表套在一起（上限 {limit} 层）',
    en: 'this line puts {depth} quotes or lists inside each other (the limit is {limit})',
  },
  'fix.plainParagraphs': {
    'zh-hans': '写成普通段落，或删掉行首的 > 和 -',
    en: 'write it as plain paragraphs, or remove the > and - at the start of the line',
  },
  'article.tooManyBrackets': {
    'zh-hans': '这一段里有超过 {limit} 个 [ 字符',
    en: 'this paragraph holds more than {limit} [ characters',
  },
  'fix.removeBrackets': {
    'zh-hans': '删掉误粘贴的方括号，或用空行把这一段分开',
    en: 'remove the brackets that were pasted by mistake, or split the paragraph with empty lines',
  },
  'override.holdsMarkup': {
    'zh-hans': '转换标记“{override}”中有“{markup}”：转换标记只能写纯文字',
    en: 'the override "{override}" holds "{markup}": overrides are plain text',
  },
  'override.notClosed': {
    'zh-hans': '“[[”在这一行没有闭合：读者会看到方括号',
    en: '"[[" is not closed on its line: readers would see the brackets',
  },
  'fix.closeOverride': {
    'zh-hans': '在同一行用 ]] 结束转换标记，如 [[简体|繁體]] 或 [[=不转换]]，或删掉 [[',
    en: 'end the override with ]] on the same line, as in [[简体|繁體]] or [[=不转换]], or remove the [[',
  },
  'override.malformed': {
    'zh-hans': '“{text}”不是转换标记：读者会连方括号一起看到',
    en: '"{text}" is not an override: readers would see it with its brackets',
  },
  'fix.overrideForms': {
    'zh-hans': '写成 [[简体|繁體]]（两种写法，一个 |）或 [[=不转换]]（原样保留）',
    en: 'write [[简体|繁體]] (both forms, one |) or [[=不转换]] (text kept as it is)',
  },
  'script.hans': { 'zh-hans': '简体', en: 'Simplified' },
  'script.hant': { 'zh-hans': '繁体', en: 'Traditional' },
  'script.mixed': { 'zh-hans': '简繁混杂', en: 'mixed Simplified and Traditional' },
  'script.fieldMismatch': {
    'zh-hans': '{field} 用的是{found}，但 script 写的是 {declared}（{declaredName}）',
    en: '{field} is in {found}, but script says {declared} ({declaredName})',
  },
  'fix.writeFieldInScript': {
    'zh-hans': '和文章一样用{declaredName}写；另一种字体由网站自动生成',
    en: 'write it in {declaredName}, like the article; the site makes the other script itself',
  },
  'script.textMixed': {
    'zh-hans': '正文简繁混杂（只属简体的字 {hans} 个，只属繁体的字 {hant} 个）；第一处在这里',
    en: 'the text mixes Simplified and Traditional ({hans} Simplified-only and {hant} Traditional-only characters); first here',
  },
  'fix.writeArticleInScript': {
    'zh-hans': '整篇文章都用{declaredName}写（script: {declared}）；另一种字体由网站自动生成',
    en: 'write the whole article in {declaredName} (script: {declared}); the site makes the other script itself',
  },
  'script.declaredOther': {
    'zh-hans': 'script 写的是 {declared}（{declaredName}），正文却是{foundName}',
    en: 'script says {declared} ({declaredName}) but the text is {foundName}',
  },
  'fix.writeScript': { 'zh-hans': '写成 script: {script}', en: 'write script: {script}' },
  'photo.elsewhere': {
    'zh-hans': '照片“{url}”在别的网站上：网站只显示自己的照片',
    en: 'the photo "{url}" is on another website: the site shows only its own photos',
  },
  'fix.photoBeside': {
    'zh-hans': '把照片存到 content/articles/ 中、文章旁边，再写 ![说明](./photo.jpg)',
    en: 'save the photo in content/articles/, beside the article, and write ![说明](./photo.jpg)',
  },
  'photo.notBeside': { 'zh-hans': '照片“{url}”不在文章旁边', en: 'the photo "{url}" is not beside the article' },
  'photo.notPhoto': {
    'zh-hans': '“{name}”不是网站能显示的照片（网站显示 {extensions}）',
    en: '"{name}" is not a photo the site can show (it shows {extensions})',
  },
  'fix.savePhotoAs': {
    'zh-hans': '把照片另存为 .jpg 或 .png，并改正这里的文件名',
    en: 'save the photo as .jpg or .png, and change its name here',
  },
  'photo.missing': {
    'zh-hans': '照片“{name}”不在 content/articles/ 中',
    en: 'the photo "{name}" is not in content/articles/',
  },
  'fix.photoDidYouMean': { 'zh-hans': '是不是“./{guess}”？', en: 'did you mean "./{guess}"?' },
  'fix.addPhoto': {
    'zh-hans': '把照片放到文章旁边，或改正这里的文件名',
    en: 'add the photo beside the article, or correct its name here',
  },
  'photo.tooLarge': {
    'zh-hans': '照片“{name}”太大（{size} MB，上限 {limit} MB）',
    en: 'the photo "{name}" is too large ({size} MB; the limit is {limit} MB)',
  },
  'fix.smallerPhoto': {
    'zh-hans': '另存一份小一些的（手机照片 1–3 MB 就足够了）',
    en: 'save a smaller copy (a phone photo of 1–3 MB is plenty)',
  },
  'photo.wrongFormat': {
    'zh-hans': '“{name}”不是 {format} 图片，虽然文件名是这样写的',
    en: '"{name}" is not a {format} image, though its name says so',
  },
  'fix.resavePhoto': {
    'zh-hans': '用看图软件打开，重新另存为 .jpg 或 .png',
    en: 'open it in a picture viewer and save it again as .jpg or .png',
  },
  'photo.noDescription': { 'zh-hans': '照片“{name}”没有说明文字', en: 'the photo "{name}" has no description' },
  'fix.describePhoto': {
    'zh-hans': '在方括号里描述照片，例如 ![泥溪镇发放口罩现场](./photo.jpg)：读屏软件会读给看不见照片的居民听',
    en: 'describe it between the brackets, e.g. ![泥溪镇发放口罩现场](./photo.jpg): screen readers read it to residents who cannot see the photo',
  },

  // ── MDX articles (checkMdx.ts, checkMdxReferences.ts, src/config/mdxComponents.ts) ──
  'mdx.importExport': {
    'zh-hans': '“{text}”是代码：文章里不能导入（import）或导出（export）任何东西',
    en: '"{text}" is code: an article cannot import or export anything',
  },
  'fix.noCode': {
    'zh-hans': '删掉它：文章里只能有文字、Markdown 和组件 {components}（图片写成 ![说明](./photo.jpg)）',
    en: 'remove it: an article holds text, Markdown and the components {components} (a picture: ![description](./photo.jpg))',
  },
  'mdx.unreadable': {
    'zh-hans': '“{text}”读不懂：在 .mdx 文章里，< 和 { 表示代码的开始',
    en: '"{text}" cannot be read: in an .mdx article, < and { start code',
  },
  'fix.escapeOrMd': {
    'zh-hans': '要显示这个字符本身就写 \\< 或 \\{（组件以 /> 结尾：{example}）；文章不用组件的话，就存成 .md',
    en: 'write \\< or \\{ to show the character itself (a component ends with />: {example}), or save the article as .md if it uses no components',
  },
  'mdx.contentBetweenTags': {
    'zh-hans': '{tag} 的两个标签之间不能有内容',
    en: '{tag} takes nothing between its tags',
  },
  'fix.oneTag': { 'zh-hans': '写成一个标签：{example}', en: 'write it as one tag: {example}' },
  'mdx.notOnOwnLine': { 'zh-hans': '{tag} 必须单独占一行', en: '{tag} must stand on a line of its own' },
  'fix.emptyLines': { 'zh-hans': '在它前后各空一行', en: 'put an empty line before and after it' },
  'mdx.spreadProp': {
    'zh-hans': '“{text}”是代码：每个属性写成 名称="值"',
    en: '"{text}" is code: each prop is written as name="value"',
  },
  'fix.example': { 'zh-hans': '例如 {example}', en: 'e.g. {example}' },
  'mdx.unknownProp': { 'zh-hans': '{tag} 没有属性“{name}”', en: '{tag} has no prop "{name}"' },
  'fix.onlyProps': { 'zh-hans': '删掉它：{tag} 只接受 {names}', en: 'remove it: {tag} takes only {names}' },
  'mdx.propNoValue': { 'zh-hans': '{tag} 的 {name} 没有值', en: '{name} of {tag} has no value' },
  'fix.propValue': { 'zh-hans': '写成 {name}="…"：{hint}', en: 'write {name}="…": {hint}' },
  'mdx.propIsCode': {
    'zh-hans': '“{text}”是代码：属性的值是放在引号里的文字',
    en: '"{text}" is code: a prop\'s value is text in quotes',
  },
  'mdx.propDoesNotFit': { 'zh-hans': '“{value}”不是{what}', en: '"{value}" is not a {what}' },
  'mdx.usedTwice': {
    'zh-hans': '<{component} {name}="{value}" /> 在这篇文章里已经有了（第 {line} 行）',
    en: '<{component} {name}="{value}" /> is already in this article (line {line})',
  },
  'mdx.propMissing': { 'zh-hans': '{tag} 缺少{what}', en: '{tag} needs its {what}' },
  'mdx.notComponent': { 'zh-hans': '{tag} 不是文章能用的组件', en: '{tag} is not a component articles can use' },
  'fix.didYouMeanTag': { 'zh-hans': '是不是 <{guess}>？', en: 'did you mean <{guess}>?' },
  'mdx.htmlTag': {
    'zh-hans': '{tag} 是 HTML 标签：文章用 Markdown 排版，不用标签',
    en: '{tag} is an HTML tag: an article formats its text with Markdown, not tags',
  },
  'fix.useMarkdown': {
    'zh-hans':
      '删掉标签，改用 Markdown（**粗体**、[链接](https://…)、![说明](./photo.jpg)）；文章只能用的标签是 {components}',
    en: 'remove the tag and use Markdown (**bold**, [link](https://…), ![description](./photo.jpg)); the only tags an article may use are {components}',
  },
  'fix.useComponents': { 'zh-hans': '改用 {components}，或删掉它', en: 'use {components}, or remove it' },
  'mdx.computes': {
    'zh-hans': '“{text}”是代码：文章里不能在 { } 中计算任何东西',
    en: '"{text}" is code: an article cannot compute anything in { }',
  },
  'fix.escapeBrace': {
    'zh-hans': '删掉它；要显示大括号本身就写 \\{',
    en: 'remove it, or write \\{ to show the brace itself',
  },
  'mdx.what.chartId': { 'zh-hans': '图表编号', en: 'chart id' },
  'mdx.hint.chartId': {
    'zh-hans': '从网站上图表的链接里复制 # 后面的部分（例如 compare-masks）',
    en: 'copy the id from the chart’s link on the site, the part after # (e.g. compare-masks)',
  },
  'mdx.what.category': { 'zh-hans': '类别', en: 'category' },
  'mdx.hint.category': {
    'zh-hans': '写 src/config/categories.ts 中的一个类别编号',
    en: 'write a category id from src/config/categories.ts',
  },
  'mdx.unknownChart': { 'zh-hans': '网站上没有图表“{value}”', en: 'chart "{value}" is not on the site' },
  'fix.chartIdExample': {
    'zh-hans': '从网站上图表的链接里复制 # 后面的部分（例如 {example}）',
    en: 'copy the id from the chart’s link on the site, the part after # (e.g. {example})',
  },
  'fix.noChartsYet': { 'zh-hans': '网站上还没有图表：删掉它', en: 'the site has no charts yet: remove it' },
  'mdx.noFiguresOfCategory': {
    'zh-hans': '这篇文章没有类别为“{value}”的数字',
    en: 'this article has no figures of category "{value}"',
  },
  'fix.useArticleCategories': {
    'zh-hans': '用它有的类别（{categories}），或把它的数字加到 content/tallies/{slug}.yaml',
    en: 'use one of its categories ({categories}), or add its figures to content/tallies/{slug}.yaml',
  },
  'mdx.nothingToShow': {
    'zh-hans': '{tag} 没有可显示的内容：这篇文章没有数字',
    en: '{tag} has nothing to show: this article has no figures',
  },
  'fix.addFiguresOrRemove': {
    'zh-hans': '把它的数字加到 content/tallies/{slug}.yaml，或删掉 {tag}',
    en: 'add its figures to content/tallies/{slug}.yaml, or remove {tag}',
  },
} as const satisfies Record<string, { readonly 'zh-hans': string; readonly en: string }>;
