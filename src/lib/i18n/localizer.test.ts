import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { UI } from '../../i18n/ui.ts';
import { createLocalizer } from './localizer.ts';
import { TEST_ADDRESS } from './testLocalizer.ts';

describe('localizer.ui', () => {
  const hant = LOCALES.find((locale) => locale.script === 'hant')!;
  const converted: string[] = [];
  // A stand-in converter that records what went through it and marks its output.
  const l = createLocalizer(
    hant,
    {
      text: (text) => (converted.push(text), `«${text}»`),
      html: (html) => html,
    },
    TEST_ADDRESS,
  );

  it('converts the interface text once and fills in its numbers afterwards', () => {
    expect(l.ui('chart.moreSources', { count: 87 })).toBe(`«${UI['chart.moreSources'].replace('{count}', '87')}»`);
    expect(converted).toEqual([UI['chart.moreSources']]);
  });

  it('leaves a slot it has no value for, so a missing number shows instead of vanishing', () => {
    expect(l.ui('chart.moreSources')).toContain('{count}');
  });
});

describe('localizer.href and url', () => {
  const under = (base: string) =>
    createLocalizer(LOCALES[1], { text: (text) => text, html: (html) => html }, { base, origin: TEST_ADDRESS.origin });

  it("link to a page of the localizer's locale under the site's sub-path", () => {
    expect(under('/').href('articles/a/')).toBe(`/${LOCALES[1].id}/articles/a/`);
    expect(under('/gongshi/').href()).toBe(`/gongshi/${LOCALES[1].id}/`);
    expect(under('/gongshi').url('rss.xml')).toBe(`https://gongshi.example.org/gongshi/${LOCALES[1].id}/rss.xml`);
  });

  it('and to files at the site root, the same for every locale', () => {
    expect(under('/').asset('data/tallies.csv')).toBe('/data/tallies.csv');
    expect(under('/gongshi').asset('favicon.svg')).toBe('/gongshi/favicon.svg');
    expect(under('/gongshi/').asset()).toBe('/gongshi/');
  });
});

describe("a locale's interface wording", () => {
  const plain = { text: (text: string) => text, html: (html: string) => html };
  const hant = createLocalizer(
    LOCALES.find((locale) => locale.id === 'zh-hant')!,
    plain,
    TEST_ADDRESS,
  );
  const hans = createLocalizer(LOCALES[0], plain, TEST_ADDRESS);

  it("rewords the site's own text, after conversion, for the locale that has wording", () => {
    // The stand-in converter leaves text as written: 打印 and 搜索 are written alike in both scripts.
    expect(hant.ui('notice.print')).toBe(UI['notice.print'].replace('打印', '列印'));
    expect(hant.ui('nav.search')).toBe('搜尋');
    expect(hans.ui('notice.print')).toBe(UI['notice.print']);
  });

  it('never rewords text that is not its own (articles)', () => {
    expect(hant.t('打印', 'hant')).toBe('打印');
  });
});
