import { describe, expect, it } from 'vitest';
import { isPublished } from './isPublished.ts';

const now = new Date('2020-02-20T17:00:00Z'); // 2020-02-21 01:00 in Shanghai

describe('isPublished', () => {
  it('hides drafts, dated or not', () => {
    expect(isPublished({ draft: true, published: '2020-01-01' }, now, 'Asia/Shanghai')).toBe(false);
    expect(isPublished({ draft: true }, now, 'Asia/Shanghai')).toBe(false);
  });

  it('publishes on the day, in the office time zone, and not before', () => {
    expect(isPublished({ draft: false, published: '2020-02-21' }, now, 'Asia/Shanghai')).toBe(true);
    expect(isPublished({ draft: false, published: '2020-02-21' }, now, 'UTC')).toBe(false);
    expect(isPublished({ draft: false, published: '2020-02-22' }, now, 'Asia/Shanghai')).toBe(false);
  });

  it('publishes undated articles', () => {
    expect(isPublished({ draft: false }, now, 'Asia/Shanghai')).toBe(true);
  });
});
