import { officeWithSettings } from './lib/site/officeSettings.ts';

/** Site-wide settings that are not text (text lives in src/i18n/ui.ts). Leave a field empty to leave it out. */
export interface Office {
  /** 主办单位: shown in the footer, on printed notices (发布单位, 落款) and in the home page's title. Written in Simplified; converted like all text. */
  name: string;
  /** The office's day decides when a scheduled article (a future `published` date) goes live. */
  timeZone: string;
  /** 联系方式 (shown after the label), e.g. `0566-0000000（工作日）`. Shown in the footer when set. */
  contact: string;
  /** ICP 备案号, e.g. `皖ICP备00000000号-1`. Shown in the footer (linked to the MIIT lookup) when set. */
  icp: string;
  /** 公安机关备案号, e.g. `皖公网安备34000000000000号`. Shown in the footer (linked to its record) when set. */
  publicSecurity: string;
  /** 联系电话 on printed notices, e.g. `0566-0000000`. */
  phone: string;
  /** 监督电话 on printed notices: where residents report a wrong figure, e.g. `0566-0000001`. */
  supervisionPhone: string;
  /** 公示期 in days, counting its first day, for a notice that gives `notice: { from }` without `to`; 0: not set. */
  noticeDays: number;
}

const CONFIGURED_OFFICE: Office = {
  name: '乡镇宣传办公室',
  timeZone: 'Asia/Shanghai',
  contact: '',
  icp: '',
  publicSecurity: '',
  phone: '',
  supervisionPhone: '',
  noticeDays: 0,
};

/**
 * The office as configured above, or as one deployment sets it without a commit: GONGSHI_OFFICE holds JSON with some
 * of the same fields (`{"icp":"皖ICP备00000000号-1"}`). Read where a build runs; in the browser, as configured.
 */
export const OFFICE: Office = officeWithSettings(
  CONFIGURED_OFFICE,
  typeof process === 'undefined' ? undefined : process.env.GONGSHI_OFFICE,
);
