import type { Script } from '../../config/locales.ts';

export interface ScaffoldOptions {
  slug: string;
  /** Today in the office's time zone, YYYY-MM-DD. */
  today: string;
  /** Article: the town it belongs to. */
  town?: string;
  /** The script the article is (or will be) written in. */
  script?: Script;
}

/**
 * A new content file with every field staff fill in, commented in Chinese. A new article starts as a draft, so
 * committing it half-written publishes nothing; a new tally's placeholders fail `npm run check` until replaced.
 */
export function scaffold(kind: 'article' | 'tally', options: ScaffoldOptions): { path: string; text: string } {
  const { slug, today, town = 'nixi', script = 'hans' } = options;
  if (kind === 'article') {
    return {
      path: `articles/${slug}.md`,
      text: `---
title: 标题
town: ${town} # content/towns/ 中的文件名
script: ${script} # 正文所用字体：hans 简体，hant 繁体
published: ${today} # 发布日期；填将来的日期即定时发布
# 原文没有日期时，删去上一行，改写：
# undated: { period: 1月25日至2月16日, note: 原文未注明日期 }
byline: 作者
source: { publication: 发布媒体, url: https://example.org/原文网址 } # 或 { note: 来源不详 }
summary: 一句话摘要。
tags: []
draft: true # 写好、核对后删去这一行才会发布
---

正文……
`,
    };
  }
  return {
    path: `tallies/${slug}.yaml`,
    text: `# 文章 ${slug} 中的数字，一个数字一条。类别、单位见网站“数据说明”页。
article: ${slug}
entries:
  - id: masks-distributed # 本文件内唯一，小写英文和连字符
    category: masks
    kind: distributed # distributed 发放 | received 收到 | donated 捐赠 | set-up 设立 | mobilised 动员 | counted 统计
    quantity: 0 # 只写阿拉伯数字，如 10000
    qualifier: exact # exact 确切 | approx-more-than 原文写“余/多” | about 原文写“约/近” | range 范围（另填 quantityMax）
    unit: ${script === 'hant' ? '隻' : '只'}
    # date: ${today} # 原文写明日期时才填
    quote: 从文章中原样复制含有这个数字的句子
`,
  };
}
