/**
 * The site's own interface wording per locale, after conversion: words a locale's readers say differently from the
 * converter's character-for-character output (Taiwan says 連結, not 鏈接). Keyed by locale id, then the converted
 * word → the locale's word. Applied to interface text only (src/i18n/ui.ts, category and kind labels): article text
 * is never reworded.
 */
export const LOCALE_WORDING: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'zh-hant': {
    // One form on every page: the converter writes 发布 as 發佈, Taiwan's standard (and the office's Traditional
    // articles) write 發布.
    發佈: '發布',
    鏈接: '連結',
    打印: '列印',
    搜索: '搜尋',
    數據: '資料',
    字段: '欄位',
    程序: '程式',
  },
};
