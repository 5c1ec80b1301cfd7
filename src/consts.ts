/** Site-wide settings that are not text (text lives in src/i18n/ui.ts). Leave a field empty to leave it out. */
export interface Office {
  /** 主办单位: shown in the footer and on printed notices (发布单位, 落款). Written in Simplified; converted like all text. */
  name: string;
  /** The office's day decides when a scheduled article (a future `published` date) goes live. */
  timeZone: string;
  /** 联系方式, e.g. `电话：0566-0000000`. Shown in the footer when set. */
  contact: string;
  /** ICP 备案号, e.g. `皖ICP备00000000号-1`. Shown in the footer (linked to the MIIT lookup) when set. */
  icp: string;
  /** 公安机关备案号, e.g. `皖公网安备34000000000000号`. Shown in the footer when set. */
  publicSecurity: string;
  /** 联系电话 on printed notices, e.g. `0566-0000000`. */
  phone?: string;
  /** 监督电话 on printed notices: where residents report a wrong figure, e.g. `0566-0000001`. */
  supervisionPhone?: string;
  /** 公示期 in days, counting its first day, for a notice that gives `notice: { from }` without `to`. */
  noticeDays?: number;
}

export const OFFICE: Office = {
  name: '乡镇宣传办公室',
  timeZone: 'Asia/Shanghai',
  contact: '',
  icp: '',
  publicSecurity: '',
  phone: '',
  supervisionPhone: '',
  noticeDays: undefined,
};
