import { expect, it } from 'vitest';
import { officeDate } from './officeDate.ts';

it('gives the date in the office time zone', () => {
  const now = new Date('2020-02-20T17:00:00Z');
  expect(officeDate(now, 'Asia/Shanghai')).toBe('2020-02-21');
  expect(officeDate(now, 'UTC')).toBe('2020-02-20');
});
