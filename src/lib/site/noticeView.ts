import type { Office } from '../../consts.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { NoticePeriod } from '../schema/article.ts';

/** A date as a page shows it: ISO for `<time datetime>`, and its text in the locale. */
export interface DateView {
  iso: string;
  text: string;
}

/**
 * What a printed notice (公示) says besides the page's own content: who issues it, for how long it is posted, whom
 * to call, and the 落款 at its foot (the issuer and the date). Only what the office configured or the content gives:
 * a field without a value is absent, never a placeholder.
 */
export interface NoticeView {
  issuer: string;
  /** 公示期: 2020年2月20日至2020年2月26日, or 自2020年2月20日起 when its end is not known. */
  period?: string;
  phone?: string;
  supervisionPhone?: string;
  /** The 落款 date: the first day of the notice period, else the date of what the notice shows. */
  signedOn?: DateView;
}

/** `days` after an ISO date, as an ISO date (calendar days; no time zone involved). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * `period`: the notice period from the content (`notice: { from, to }`); `dated`: the date of what the notice shows
 * (an article's publication), its 落款 date when no period is given.
 */
export function noticeView(office: Office, l: Localizer, period?: NoticePeriod, dated?: string): NoticeView {
  const to = period && (period.to ?? (office.noticeDays ? addDays(period.from, office.noticeDays - 1) : undefined));
  const signedOn = period?.from ?? dated;
  return {
    issuer: l.t(office.name),
    period:
      period &&
      (to
        ? l.ui('notice.periodRange', { from: l.date(period.from), to: l.date(to) })
        : l.ui('notice.periodFrom', { from: l.date(period.from) })),
    phone: office.phone ? l.t(office.phone) : undefined,
    supervisionPhone: office.supervisionPhone ? l.t(office.supervisionPhone) : undefined,
    signedOn: signedOn ? { iso: signedOn, text: l.date(signedOn) } : undefined,
  };
}
