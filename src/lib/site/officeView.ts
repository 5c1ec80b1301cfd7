import type { Office } from '../../consts.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { footerLines, type FooterLine } from './footerLines.ts';

/** The issuing office as the home page's title and every page's footer name it (a notice, through its NoticeView). */
export interface OfficeView {
  name: string;
  footerLines: FooterLine[];
}

export function officeView(office: Office, l: Localizer): OfficeView {
  return { name: l.t(office.name), footerLines: footerLines(office, l) };
}
