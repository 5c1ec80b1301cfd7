import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../charts/chartModel.ts';
import { chartData, chartFiles } from './chartData.ts';

const chart: ChartModel = {
  id: 'compare-masks',
  category: 'masks',
  title: '口罩',
  labelsHeading: '乡镇',
  labels: ['泥溪镇', '沙沟镇'],
  datasets: [
    { label: '发放（只）', colour: '#000', type: 'bar', values: [2000, 10000], display: ['2000只', '1万余只'] },
    { label: '收到（只）', colour: '#111', type: 'bar', values: [20000, null], display: ['20000只', '—'] },
  ],
  note: '带“余”的数字是下限。',
  page: 'data/',
  sources: ['nixi-wang-jinshui', 'shagou-wang-fangtai', 'zz-older'],
};
// As sourceLinks gives them: the newest articles the page names (newest first), and how many there are in all.
const named = { links: [{ slug: 'shagou-wang-fangtai' }, { slug: 'nixi-wang-jinshui' }], total: 3 };

/** The data a figure carries, as the browser reads it back from the attribute. */
const onPage = (model: ChartModel, sources = named) => JSON.parse(JSON.stringify(chartData(model, sources)));

describe('chartData (what the figure carries)', () => {
  it('has what the canvas draws, and the named sources sorted with the count of all', () => {
    const data = chartData(chart, named);
    expect(data.datasets).toBe(chart.datasets);
    expect(data.sources).toEqual(['nixi-wang-jinshui', 'shagou-wang-fangtai']);
    expect(data.sourceCount).toBe(3);
    expect(chartData({ ...chart, note: undefined }, named).note).toBeNull();
  });
});

describe('chartFiles (the downloads, made in the browser)', () => {
  it('CSV: a byte-order mark, CRLF rows, each figure as a number and as written on the page', () => {
    expect(chartFiles('compare-masks', onPage(chart), '页面写法').csv).toBe(
      '\uFEFF' +
        '乡镇,发放（只）,发放（只）（页面写法）,收到（只）,收到（只）（页面写法）\r\n' +
        '泥溪镇,2000,2000只,20000,20000只\r\n' +
        '沙沟镇,10000,1万余只,,—\r\n',
    );
  });

  it('CSV: quotes a field with a comma, quote or line break, doubling quotes', () => {
    const odd: ChartModel = {
      ...chart,
      labelsHeading: '日期',
      labels: ['1月28日,29日', '说"好"', '第一行\n第二行', '全角，逗号'],
      datasets: [{ ...chart.datasets[0]!, label: 'a,b', values: [1, 2, 3, 4], display: ['1只', '2只', '3只', '4只'] }],
    };
    expect(chartFiles('x', onPage(odd), '页面写法').csv).toBe(
      '\uFEFF' +
        '日期,"a,b","a,b（页面写法）"\r\n' +
        '"1月28日,29日",1,1只\r\n' +
        '"说""好""",2,2只\r\n' +
        '"第一行\n第二行",3,3只\r\n' +
        '全角，逗号,4,4只\r\n',
    );
  });

  it('CSV: a label a spreadsheet would run as a formula gets a leading quote; the numbers stay numbers', () => {
    const hostile: ChartModel = {
      ...chart,
      labels: ['=HYPERLINK("http://x","y")'],
      datasets: [{ ...chart.datasets[0]!, label: '@发放', values: [-1], display: ['-1只'] }],
    };
    expect(chartFiles('x', onPage(hostile), '页面写法').csv).toBe(
      '\uFEFF' + "乡镇,'@发放,'@发放（页面写法）\r\n" + '"\'=HYPERLINK(""http://x"",""y"")",-1,\'-1只\r\n',
    );
  });

  it('JSON: id, title, note, sources and the figures, indented, without the colours', () => {
    expect(chartFiles('compare-masks', onPage(chart), '页面写法').json).toBe(
      `{
  "id": "compare-masks",
  "title": "口罩",
  "note": "带“余”的数字是下限。",
  "sources": [
    "nixi-wang-jinshui",
    "shagou-wang-fangtai"
  ],
  "sourceCount": 3,
  "labelsHeading": "乡镇",
  "labels": [
    "泥溪镇",
    "沙沟镇"
  ],
  "datasets": [
    {
      "label": "发放（只）",
      "values": [
        2000,
        10000
      ],
      "display": [
        "2000只",
        "1万余只"
      ]
    },
    {
      "label": "收到（只）",
      "values": [
        20000,
        null
      ],
      "display": [
        "20000只",
        "—"
      ]
    }
  ]
}
`,
    );
  });

  it('JSON: a chart without lower bounds has a null note; quotes and line breaks are escaped', () => {
    const plain = { ...chart, note: undefined, title: '说"好"\n第二行' };
    const json = JSON.parse(chartFiles('x', onPage(plain), '页面写法').json) as Record<string, unknown>;
    expect(json.note).toBeNull();
    expect(json.title).toBe('说"好"\n第二行');
    expect(Object.keys(json)).toEqual([
      'id',
      'title',
      'note',
      'sources',
      'sourceCount',
      'labelsHeading',
      'labels',
      'datasets',
    ]);
  });
});
