/** Site-wide settings that are not text (text lives in src/i18n/ui.ts). */
export const OFFICE = {
  /** 主办单位: shown in the footer. Written in Simplified; converted like all text. */
  name: '乡镇宣传办公室',
  /** The office's day decides when a scheduled article (a future `published` date) goes live. */
  timeZone: 'Asia/Shanghai',
};
