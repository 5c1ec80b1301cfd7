/** Site-wide settings that are not text (text lives in src/i18n/ui.ts). */
export const OFFICE = {
  /** 主办单位: shown in the footer and on printed notices. Written in Simplified; converted like all text. */
  name: '乡镇宣传办公室',
  /** The office's day decides when a scheduled article (a future `published` date) goes live. */
  timeZone: 'Asia/Shanghai',
  /** 联系方式, e.g. `电话：0566-0000000`. Shown in the footer when set. */
  contact: '',
  /** ICP 备案号, e.g. `皖ICP备00000000号-1`. Shown in the footer (linked to the MIIT lookup) when set. */
  icp: '',
  /** 公安机关备案号, e.g. `皖公网安备34000000000000号`. Shown in the footer when set. */
  publicSecurity: '',
};

export type Office = typeof OFFICE;
