import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { UI } from '../../i18n/ui.ts';
import { createLocalizer } from './localizer.ts';

describe('localizer.ui', () => {
  const hant = LOCALES.find((locale) => locale.script === 'hant')!;
  const converted: string[] = [];
  // A stand-in converter that records what went through it and marks its output.
  const l = createLocalizer(hant, {
    text: (text) => (converted.push(text), `«${text}»`),
    html: (html) => html,
  });

  it('converts the interface text once and fills in its numbers afterwards', () => {
    expect(l.ui('chart.moreSources', { count: 87 })).toBe(`«${UI['chart.moreSources'].replace('{count}', '87')}»`);
    expect(converted).toEqual([UI['chart.moreSources']]);
  });

  it('leaves a slot it has no value for, so a missing number shows instead of vanishing', () => {
    expect(l.ui('chart.moreSources')).toContain('{count}');
  });
});
