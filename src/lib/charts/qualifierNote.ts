import type { Localizer } from '../i18n/localizer.ts';

/** What a chart says under itself about how its figures read: 余 a lower bound, 约 a rounded figure; else nothing. */
export function qualifierNote(qualifiers: readonly string[], l: Localizer): string | undefined {
  const notes = [
    qualifiers.includes('approx-more-than') && l.ui('chart.approxNote'),
    qualifiers.includes('about') && l.ui('chart.aboutNote'),
  ].filter((note) => typeof note === 'string');
  return notes.length > 0 ? notes.join('') : undefined;
}
