import { categoryById, type UnitId } from '../../config/categories.ts';

/**
 * A chart's anchor id, ASCII and stable across scripts and builds. Units of a category get their own chart (unlike
 * units never share an axis): the category's first listed unit has the plain id, another its place in that list
 * (`compare-banners-2`), because measure words' pinyin collide (幅/副, 只/支).
 */
function unitSuffix(category: string, unitId: UnitId): string {
  const place = categoryById(category)!.units.indexOf(unitId);
  return place > 0 ? `-${place + 1}` : '';
}

export function comparisonChartId(category: string, unitId: UnitId): string {
  return `compare-${category}${unitSuffix(category, unitId)}`;
}

export function timelineChartId(townSlug: string, category: string, kind: string, unitId: UnitId): string {
  return `timeline-${townSlug}-${category}-${kind}${unitSuffix(category, unitId)}`;
}
