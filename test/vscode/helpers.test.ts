// The extension's pure helpers, tested without VS Code: the %/pp rewrite and the dataset
// fact skeleton the "add figure to the workspace dataset" action writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { rewritePercentUnit } from '../../src/core/editor/percentRewrite';
import { factSkeleton } from '../../src/extension/datasetSkeleton';
import type { Quantity } from '../../src/core/types';

function quantity(text: string, figure: string): Quantity {
  const q = analyze(text).quantities.find((x) => x.text === figure);
  assert.ok(q, `"${figure}" is read as a quantity in: ${text}`);
  return q;
}

test('"%" becomes "percentage points" and back, keeping the number and sign as written', () => {
  assert.equal(rewritePercentUnit(quantity('Margin widened by 12% from 40% to 52%.', '12%'))?.text, '12 percentage points');
  assert.equal(rewritePercentUnit(quantity('Margin widened by 12 percentage points.', '12 percentage points'))?.text, '12%');
  assert.equal(rewritePercentUnit(quantity('Share rose +2.5pp this year.', '+2.5pp'))?.text, '+2.5%');
});

test('no rewrite for money or a range', () => {
  assert.equal(rewritePercentUnit(quantity('Revenue was $13 billion.', '$13 billion')), null);
});

test('a fact skeleton carries the figure as read and leaves the source to fill in', () => {
  const text = 'OpenAI brought in about $13 billion in revenue in 2025.';
  const r = analyze(text, { dataset: bundledIndex() });
  const reading = r.claims.flatMap((c) => c.readings).find((x) => x.quantity.text === '$13 billion');
  assert.ok(reading, 'the figure has a reading');
  const taken = new Set(['openai-revenue-2025']);
  const fact = factSkeleton(reading, text, (id) => taken.has(id));
  assert.ok(fact);
  assert.equal(fact.id, 'openai-revenue-2025-2', 'an id not taken yet');
  assert.equal(fact.entity, 'OpenAI');
  assert.equal(fact.metric, 'revenue');
  assert.equal(fact.value, 13e9);
  assert.equal(fact.unit, 'USD');
  assert.equal(fact.bound, 'about');
  assert.equal(fact.reported, 'about $13 billion');
  assert.equal(fact.period, '2025');
  assert.deepEqual(fact.source, { outlet: '', title: '', url: '', date: '' });
});

test('no skeleton without an entity, a metric and a period', () => {
  const text = 'It was $13 billion.';
  const r = analyze(text);
  const reading = r.claims.flatMap((c) => c.readings)[0];
  assert.ok(reading);
  assert.equal(factSkeleton(reading, text, () => false), null);
});
