import type { Office } from '../../consts.ts';
import type { Localizer } from '../i18n/localizer.ts';

export interface FooterLine {
  text: string;
  /** Record numbers link to the register where anyone can look them up. */
  href?: string;
}

/**
 * The footer a Chinese public site carries: issuing office (主办单位), contact, and the ICP and public-security
 * record numbers — each line only when configured, so an unconfigured site shows no empty labels.
 */
export function footerLines(office: Office, l: Localizer): FooterLine[] {
  const lines: FooterLine[] = [];
  if (office.name) lines.push({ text: `${l.ui('footer.office')}：${l.t(office.name)}` });
  if (office.contact) lines.push({ text: `${l.ui('footer.contact')}：${l.t(office.contact)}` });
  if (office.icp) lines.push({ text: l.t(office.icp), href: 'https://beian.miit.gov.cn/' });
  if (office.publicSecurity) {
    const code = office.publicSecurity.replace(/\D/g, '');
    lines.push({
      text: l.t(office.publicSecurity),
      href: `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`,
    });
  }
  return lines;
}
