import type { Removal, SourceLine } from './types.ts';

export interface KeptLine extends SourceLine {
  /** Page furniture (a caption, an image) stood just before this line: scraped pages put those between sections. */
  breakBefore: boolean;
}

/** Page furniture recognised by its own words, in both scripts. Each pattern is tested against one whole line. */
const FURNITURE: readonly [RegExp, string][] = [
  [/^\S*\.(?:jpe?g|png|gif|webp|bmp)$/iu, 'image file name'],
  [/^[?？\uFFFD]{2,}[\w?？\uFFFD.-]*$/u, 'image file name with lost characters'],
  [/^分享(?:到|至)?\s*[:：]?\s*(?:$|微信|微博|QQ|朋友圈|空[间間]|豆瓣)/u, 'share bar'],
  [
    /^[【[]?(?:相[关關](?:文章|新[闻聞]|[阅閱][读讀]|[链鏈]接)|推荐[阅讀]?[读讀]|延伸[阅閱][读讀]|猜你喜[欢歡])[】\]]?[:：]?/u,
    'related links',
  ],
  [
    /[扫掃]一[扫掃]|在手[机機]打[开開]|当前页|當前頁|[长長]按[识識][别別]|二[维維]码|二[維维]碼|[关關]注公[众眾][号號]/u,
    'QR / app prompt',
  ],
  [
    /打印本[页頁]|[关關]闭窗口|[關关]閉窗口|^[【[]?(?:打印|[关關][闭閉]|收藏|返回[顶頂]部)[】\]]?$|字[号號][:：]?\s*[【[]?大/u,
    'print / close bar',
  ],
  [
    /版[权權]所有|copyright|©|ICP[备備]|公[网網]安[备備]|网站标识码|網站標識碼|主[办辦]单位|主[辦办]單位|技[术術]支持|承[办辦]单位/iu,
    'copyright / ICP / police-record footer',
  ],
  [
    /(?:[访訪][问問]量|[访訪][问問]次[数數]|[浏瀏][览覽](?:次[数數]|量)|[阅閱][读讀](?:次[数數]|量|数|數)?|点击[数量]|點擊[數量]|[访訪]客)[:：]?\s*\d+/u,
    'visitor counter',
  ],
  [/^(?:上一篇|下一篇|返回[首页頁]|首[页頁]\s*[>»›]|[当當]前位置|您的位置|您[现現]在的位置)/u, 'navigation'],
  [/^[^。！？]{0,40}\s[>»›]\s[^。！？]{0,40}$/u, 'breadcrumb navigation'],
  [/^(?:[点點][赞贊]|在看|[阅閱][读讀]原文|[责責]任[编編][辑輯]\s*$)/u, 'app buttons'],
];

/** Furniture is short and has no sentence in it: a paragraph that mentions 二维码 is text. */
const FURNITURE_MAX = 100;

/** A first line this short, with no sentence end, is the headline. */
const TITLE_MAX = 40;

/**
 * Removes page furniture: image names, share bars, related links, QR prompts, print/close bars, footers,
 * counters, navigation, and the headline where it is repeated as an image caption (and any other repeated line).
 * The first line becomes the title when it looks like a headline.
 */
export function removeFurniture(lines: readonly SourceLine[]): {
  title?: SourceLine;
  lines: KeptLine[];
  removed: Removal[];
} {
  const removed: Removal[] = [];
  const kept: KeptLine[] = [];
  const seen = new Set<string>();
  let title: SourceLine | undefined;
  let breakBefore = false;
  let inLinkList = false;

  for (const line of lines) {
    const text = line.text.trim();
    const furniture =
      [...text].length <= FURNITURE_MAX && !text.includes('。')
        ? FURNITURE.find(([pattern]) => pattern.test(text))
        : undefined;
    if (furniture) {
      removed.push({ line: line.line, text, reason: furniture[1] });
      breakBefore = true;
      inLinkList = furniture[1] === 'related links';
      continue;
    }
    // The headlines listed under 相关文章 are links, not text: short lines with no sentence end.
    if (inLinkList && [...text].length <= TITLE_MAX && !/[。！？]/u.test(text)) {
      removed.push({ line: line.line, text, reason: 'related link' });
      continue;
    }
    inLinkList = false;
    if (seen.has(text)) {
      removed.push({
        line: line.line,
        text,
        reason: title?.text === text ? 'headline repeated as a caption' : 'repeated line',
      });
      breakBefore = true;
      continue;
    }
    seen.add(text);
    if (!title && !kept.length && [...text].length <= TITLE_MAX && !/[。！？!?；;]$/u.test(text)) {
      title = { line: line.line, text };
      continue;
    }
    kept.push({ ...line, text, breakBefore });
    breakBefore = false;
  }
  return { title, lines: kept, removed };
}
