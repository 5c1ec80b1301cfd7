import { describe, expect, it } from 'vitest';
import { barsAcross, chartHeightEm } from './chartHeight.ts';

const series = (type: 'bar' | 'line') => ({ label: '', colour: '#000', type, values: [], display: [] });

describe('chartHeightEm', () => {
  it('gives bars across a line of text each and more, however many towns and kinds', () => {
    const small = { labels: ['甲'], datasets: [series('bar')] };
    const big = { labels: ['甲', '乙', '丙', '丁'], datasets: [series('bar'), series('bar'), series('bar')] };
    expect(barsAcross(big)).toBe(true);
    expect(chartHeightEm(small)).toBe(13);
    expect(chartHeightEm(big)).toBeGreaterThan(6 + 12 * 1.5);
  });

  it('keeps a chart over dates (bars and a line) at one height: its dates run across', () => {
    const timeline = { labels: Array.from({ length: 30 }, String), datasets: [series('bar'), series('line')] };
    expect(barsAcross(timeline)).toBe(false);
    expect(chartHeightEm(timeline)).toBe(chartHeightEm({ ...timeline, labels: ['1'] }));
  });
});
