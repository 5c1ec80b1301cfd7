import { officeWithSettings } from './lib/site/officeSettings.ts';

/** Site-wide settings that are not text (text lives in src/i18n/ui.ts). */
const CONFIGURED_OFFICE = {
  /** 主办单位: shown in the footer, on printed notices and in the home page's title. Written in Simplified; converted like all text. */
  name: '乡镇宣传办公室',
  /** The office's day decides when a scheduled article (a future `published` date) goes live. */
  timeZone: 'Asia/Shanghai',
  /** 联系方式 (shown after the label), e.g. `0566-0000000（工作日）`. Shown in the footer when set. */
  contact: '',
  /** ICP 备案号, e.g. `皖ICP备00000000号-1`. Shown in the footer (linked to the MIIT lookup) when set. */
  icp: '',
  /** 公安机关备案号, e.g. `皖公网安备34000000000000号`. Shown in the footer (linked to its record) when set. */
  publicSecurity: '',
};

export type Office = typeof CONFIGURED_OFFICE;

/**
 * The office as configured above, or as one deployment sets it without a commit: GONGSHI_OFFICE holds JSON with some
 * of the same fields (`{"icp":"皖ICP备00000000号-1"}`). Read where a build runs; in the browser, as configured.
 */
export const OFFICE: Office = officeWithSettings(
  CONFIGURED_OFFICE,
  typeof process === 'undefined' ? undefined : process.env.GONGSHI_OFFICE,
);
