// The small chart: one metric of one entity over time, the draft's figures beside the
// dataset's, drawn as inline SVG whose colours come from CSS classes only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { buildCharts } from '../../src/core/report/charts';
import { renderChartSvg, shortValue } from '../../src/core/report/svgChart';

const dataset = bundledIndex();

test('a valuation stated for two months becomes a chart with the dataset figure of each month', () => {
  const text = "OpenAI's valuation went from $300 billion in March 2025 to $500 billion in October 2025.";
  const charts = buildCharts(analyze(text, { dataset }).claims, dataset);
  assert.equal(charts.length, 1);
  const c = charts[0];
  assert.equal(c.entity, 'OpenAI');
  assert.equal(c.metric, 'valuation');
  assert.equal(c.unit, 'money');
  assert.deepEqual(c.points.map((p) => [p.label, p.draft.map((d) => d.value), p.dataset?.value]), [
    ['Mar 2025', [300e9], 300e9],
    ['Oct 2025', [500e9], 500e9],
  ]);
  const svg = renderChartSvg(c, 'c0');
  assert.equal((svg.match(/<rect class="bar-draft"/g) ?? []).length, 3, 'two bars and the legend swatch');
  assert.equal((svg.match(/<rect class="bar-data"/g) ?? []).length, 3);
  assert.doesNotMatch(svg, /style=|fill="#/, 'colours from the page CSS, never inline');
  assert.match(svg, /<title id="c0-t">/);
});

test('one period only, or no period, is no chart', () => {
  const text = "OpenAI's valuation reached $500 billion in October 2025. Anthropic raised $13 billion.";
  assert.deepEqual(buildCharts(analyze(text, { dataset }).claims, dataset), []);
});

test('short values for axes and bars', () => {
  const money = { unit: 'money' as const, currency: 'USD' };
  assert.equal(shortValue(13.1e9, money), '$13.1B');
  assert.equal(shortValue(1.4e12, money), '$1.4T');
  assert.equal(shortValue(-2.5e6, money), '-$2.5M');
  assert.equal(shortValue(0, money), '$0');
  assert.equal(shortValue(5e9, { unit: 'money', currency: 'CHF' }), '5B CHF');
  assert.equal(shortValue(86.7, { unit: 'percent' }), '86.7%');
  assert.equal(shortValue(8e8, { unit: 'count' }), '800M');
});
