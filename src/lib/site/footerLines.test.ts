import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { OFFICE, type Office } from '../../consts.ts';
import { footerLines } from './footerLines.ts';
import { testLocalizer } from '../i18n/testLocalizer.ts';

const l = testLocalizer(LOCALES[0]);
const unconfigured: Office = { ...OFFICE, name: '乡镇宣传办公室', contact: '', icp: '', publicSecurity: '' };

describe('footerLines', () => {
  it('shows only the issuing office when nothing else is configured: no empty labels, no invented numbers', () => {
    expect(footerLines(unconfigured, l)).toEqual([{ text: '主办单位：乡镇宣传办公室' }]);
  });

  it('adds contact and both record numbers, linked to their registers, when configured', () => {
    const lines = footerLines(
      {
        ...unconfigured,
        name: '某镇宣传办',
        contact: '0566-0000000',
        icp: '皖ICP备00000001号-1',
        publicSecurity: '皖公网安备34000000000001号',
      },
      l,
    );
    expect(lines.map((line) => line.text)).toEqual([
      '主办单位：某镇宣传办',
      '联系方式：0566-0000000',
      '皖ICP备00000001号-1',
      '皖公网安备34000000000001号',
    ]);
    expect(lines[2]!.href).toBe('https://beian.miit.gov.cn/');
    expect(lines[3]!.href).toMatch(/^https:\/\/beian\.mps\.gov\.cn\/.*34000000000001$/);
  });
});
