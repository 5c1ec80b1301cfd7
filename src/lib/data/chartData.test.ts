import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../charts/chartModel.ts';
import { chartData } from './chartData.ts';

const chart: ChartModel = {
  id: 'compare-masks',
  title: '口罩',
  labelsHeading: '乡镇',
  labels: ['泥溪镇', '沙沟镇'],
  datasets: [
    { label: '发放（只）', colour: '#000', type: 'bar', values: [2000, 10000], display: ['2000只', '1万余只'] },
    { label: '收到（只）', colour: '#111', type: 'bar', values: [20000, null], display: ['20000只', '—'] },
  ],
  note: '带“余”的数字是下限。',
  page: 'data/',
  sources: ['nixi-wang-jinshui'],
};

describe('chartData', () => {
  it('gives each figure as a number and as written on the page, row by row', () => {
    expect(chartData(chart, '页面写法').rows).toEqual([
      ['乡镇', '发放（只）', '发放（只）（页面写法）', '收到（只）', '收到（只）（页面写法）'],
      ['泥溪镇', 2000, '2000只', 20000, '20000只'],
      ['沙沟镇', 10000, '1万余只', null, '—'],
    ]);
  });

  it('keeps title, note and sources in the JSON, and not the colours', () => {
    const { json } = chartData(chart, '页面写法');
    expect(json).toMatchObject({ id: 'compare-masks', note: chart.note, sources: ['nixi-wang-jinshui'] });
    expect(JSON.stringify(json)).not.toContain('colour');
  });
});
