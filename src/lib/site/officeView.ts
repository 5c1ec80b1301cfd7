import type { Office } from '../../consts.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { footerLines, type FooterLine } from './footerLines.ts';

/** The issuing office as every page's footer names it (a notice names it through its NoticeView). */
export interface OfficeView {
  footerLines: FooterLine[];
}

export function officeView(office: Office, l: Localizer): OfficeView {
  return { footerLines: footerLines(office, l) };
}
