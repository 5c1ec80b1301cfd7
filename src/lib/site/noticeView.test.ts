import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { OFFICE, type Office } from '../../consts.ts';
import { testLocalizer } from '../i18n/testLocalizer.ts';
import { addDays, noticeView } from './noticeView.ts';

const l = testLocalizer(LOCALES[0]);
const configured: Office = {
  ...OFFICE,
  name: '某镇宣传办',
  phone: '0566-1234567',
  supervisionPhone: '0566-7654321',
  noticeDays: 7,
};

describe('noticeView', () => {
  it('leaves out every field nobody gave: no period, no phone, no date', () => {
    const notice = noticeView({ ...OFFICE, phone: '', supervisionPhone: '' }, l);
    expect(notice).toEqual({ issuer: OFFICE.name });
  });

  it('gives the period, both phones and the 落款 date when configured', () => {
    expect(noticeView(configured, l, { from: '2020-02-20', to: '2020-02-29' }, '2020-02-19')).toEqual({
      issuer: '某镇宣传办',
      period: '2020年2月20日至2020年2月29日',
      phone: '0566-1234567',
      supervisionPhone: '0566-7654321',
      signedOn: { iso: '2020-02-20', text: '2020年2月20日' },
    });
  });

  it('ends a period without `to` after the office’s default days, counting its first day', () => {
    expect(noticeView(configured, l, { from: '2020-02-26' }).period).toBe('2020年2月26日至2020年3月3日');
  });

  it('says only when a period starts when neither it nor the office gives its end', () => {
    expect(noticeView(OFFICE, l, { from: '2020-02-26' }).period).toBe('自2020年2月26日起');
  });

  it('signs with the date of what it shows when no period is given', () => {
    expect(noticeView(OFFICE, l, undefined, '2020-02-19').signedOn).toEqual({
      iso: '2020-02-19',
      text: '2020年2月19日',
    });
  });
});

describe('addDays', () => {
  it('counts calendar days across months and leap days', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-02-28', 2)).toBe('2020-03-01');
    expect(addDays('2020-12-31', 0)).toBe('2020-12-31');
  });
});
