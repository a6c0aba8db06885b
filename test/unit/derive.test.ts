import { test } from 'node:test';
import assert from 'node:assert/strict';
import { derive } from '../../src/core/derive';
import { buildIndex } from '../../src/core/dataset/lookup';
import type { Claim, Period } from '../../src/core/types';
import { claim, q } from './rules-fixtures';

const year = (y: number): Period => ({ kind: 'year', year: y, canonical: String(y) });

test('the change between two money figures: amount, percent and multiple', () => {
  const doc = 'Run-rate revenue went from $1 billion to $5 billion.';
  const a = q(doc, '$1 billion');
  const b = q(doc, '$5 billion');
  const c = claim(doc, [a, b], []);
  const [r, ...rest] = derive([c], b);
  assert.equal(rest.length, 0);
  assert.equal(r.label, 'From $1 billion to $5 billion');
  assert.equal(r.value, '+$4 billion · +400% · 5x');
  assert.equal(r.derivation, '$5B − $1B = $4B; ($5B − $1B) ÷ $1B = 400%; $5B ÷ $1B = 5x');
  // Hovering the other end gives the same change, in the same direction.
  assert.equal(derive({ claims: [c] }, a)[0].value, '+$4 billion · +400% · 5x');
});

test('percentage points against the relative change', () => {
  const doc = 'Gross margin widened from 40% to 52%.';
  const a = q(doc, '40%');
  const b = q(doc, '52%');
  const [r] = derive([claim(doc, [a, b], [])], a);
  assert.equal(r.value, '+12 percentage points (+30% relative)');
  assert.equal(r.derivation, '52% − 40% = 12pp; (52% − 40%) ÷ 40% = 30%');
});

test('a share worked out from “X% of Y”', () => {
  const doc = 'Only 3% of its 400 million users pay.';
  const rate = q(doc, '3%');
  const users = q(doc, '400 million', { kind: 'count', unit: 'users' });
  const [r] = derive([claim(doc, [rate, users], [])], rate);
  assert.equal(r.label, '3% of 400 million');
  assert.equal(r.value, '12 million');
  assert.equal(r.derivation, '3% × 400M = 12M');
  // Hovering the whole shows the same share.
  assert.ok(derive([claim(doc, [rate, users], [])], users).some((x) => x.label === '3% of 400 million'));
});

test('a valuation as a multiple of revenue, in the sentence or from the dataset', () => {
  const doc = 'Valued at $500 billion on $13 billion of revenue.';
  const v = q(doc, '$500 billion');
  const rev = q(doc, '$13 billion');
  const c: Claim = claim(doc, [v, rev], []);
  c.readings[0].metric = 'valuation';
  c.readings[1].metric = 'revenue';
  const found = derive([c], v).find((r) => r.value.endsWith('revenue'));
  assert.ok(found);
  assert.equal(found.value, '38.5x revenue');

  const only = 'OpenAI is valued at $500 billion.';
  const v2 = q(only, '$500 billion');
  const c2: Claim = claim(only, [v2], []);
  c2.readings[0].metric = 'valuation';
  c2.readings[0].entity = 'OpenAI';
  const dataset = buildIndex([
    {
      origin: 'test',
      file: {
        entities: [{ name: 'OpenAI', aliases: [], kind: 'company' }],
        facts: [
          {
            id: 'openai-revenue-2025',
            entity: 'OpenAI',
            metric: 'revenue',
            value: 13.1e9,
            unit: 'USD',
            bound: 'exact',
            reported: '$13.1 billion',
            period: '2025',
            kind: 'actual',
            source: { outlet: 'CNBC', title: 'OpenAI revenue', date: '2026-01-15' },
          },
        ],
      },
    },
  ]);
  const [r] = derive([c2], v2, dataset);
  assert.ok(r);
  assert.equal(r.value, '38.2x revenue');
  assert.match(r.derivation, /CNBC, 2026-01-15/);
  assert.deepEqual(derive([c2], v2), []);
});

test('the growth rate implied between two dated figures', () => {
  const doc = 'Revenue of $3.7 billion in 2024 and $100 billion in 2029.';
  const a = q(doc, '$3.7 billion');
  const b = q(doc, '$100 billion');
  const c = claim(doc, [a, b], []);
  c.readings[0].period = year(2024);
  c.readings[1].period = year(2029);
  const g = derive([c], a).find((r) => r.label.startsWith('Yearly growth'));
  assert.ok(g);
  assert.equal(g.value, '93.4% a year');
  assert.equal(g.derivation, '($100B ÷ $3.7B)^(1/5) − 1 = 93.4%');
});

test('an amount per user', () => {
  const doc = 'It made $13 billion from 800 million users.';
  const m = q(doc, '$13 billion');
  const u = q(doc, '800 million', { kind: 'count', unit: 'users' });
  const r = derive([claim(doc, [m, u], [])], u).find((x) => x.label.includes('per'));
  assert.ok(r);
  assert.equal(r.value, '$16.25 per user');
});

test('nothing that cannot be computed: zero bases, unknown figures', () => {
  const doc = 'From $0 to $5 billion.';
  const a = q(doc, '$0');
  const b = q(doc, '$5 billion');
  const [r] = derive([claim(doc, [a, b], [])], b);
  assert.equal(r.value, '+$5 billion');
  for (const x of derive([claim(doc, [a, b], [])], a)) assert.doesNotMatch(x.value + x.derivation, /NaN|Infinity/);
  assert.deepEqual(derive([], a), []);
});

test('no change between figures of different metrics; no yearly rate for one year', () => {
  const doc = 'OpenAI is valued at $500 billion on revenue of $13 billion.';
  const v = q(doc, '$500 billion');
  const rev = q(doc, '$13 billion');
  const c: Claim = claim(doc, [v, rev], []);
  c.readings[0].metric = 'valuation';
  c.readings[1].metric = 'revenue';
  assert.deepEqual(derive([c], rev).map((r) => r.value), ['38.5x revenue']);

  const one = 'Revenue rose from $3.7 billion in 2024 to $13.1 billion in 2025.';
  const a = q(one, '$3.7 billion');
  const b = q(one, '$13.1 billion');
  const c2 = claim(one, [a, b], []);
  c2.readings[0].period = year(2024);
  c2.readings[1].period = year(2025);
  assert.deepEqual(derive([c2], a).map((r) => r.value), ['+$9.4 billion · +254% · 3.54x']);
});

test('no change between figures of one period, or of two entities, that no relation joins', () => {
  const q1: Period = { kind: 'quarter', year: 2025, part: 3, canonical: 'Q3 2025' };
  const doc = 'Total revenue climbed 12% to $14.9 billion, while cloud revenue surged 28% to $7.2 billion.';
  const total = q(doc, '$14.9 billion');
  const cloud = q(doc, '$7.2 billion');
  const c = claim(doc, [total, cloud], []);
  for (const r of c.readings) {
    r.metric = 'revenue';
    r.period = q1;
  }
  assert.deepEqual(derive([c], cloud), []);

  const two = 'Microsoft spent $34.9 billion and Alphabet $24 billion.';
  const ms = q(two, '$34.9 billion');
  const al = q(two, '$24 billion');
  const c2 = claim(two, [ms, al], []);
  c2.readings[0].entity = 'Microsoft';
  c2.readings[1].entity = 'Alphabet';
  assert.deepEqual(derive([c2], al), []);

  // Two periods of one entity's metric still give their change.
  const years = 'Revenue was $3.7 billion in 2024 and $13.1 billion in 2025.';
  const a = q(years, '$3.7 billion');
  const b = q(years, '$13.1 billion');
  const c3 = claim(years, [a, b], []);
  c3.readings[0].period = year(2024);
  c3.readings[1].period = year(2025);
  assert.equal(derive([c3], b)[0].label, 'From $3.7 billion to $13.1 billion');
});
