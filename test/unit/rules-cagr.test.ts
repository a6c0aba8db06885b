import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cagrRule } from '../../src/core/rules/cagr';
import type { Finding, Qualifier } from '../../src/core/types';
import { applyFix, claim, ctx, q } from './rules-fixtures';

function run(doc: string, from: string, to: string, rate: string, years: number, qualifier?: Qualifier): Finding[] {
  const a = q(doc, from);
  const b = q(doc, to);
  const r = q(doc, rate, { qualifier });
  const c1 = claim(doc, [a, b, r], [{ kind: 'cagr', from: a, to: b, rate: r, years }]);
  return cagrRule.check!(c1, ctx(doc, [c1]));
}

const DOC = (rate: string): string => `Revenue is projected to grow from $3.7 billion in 2024 to $100 billion in 2029, ${rate} a year.`;

test('about 40% a year cannot take $3.7 billion to $100 billion in five years', () => {
  const doc = DOC('about 40%');
  const [f, ...rest] = run(doc, '$3.7 billion', '$100 billion', '40%', 5, 'about');
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'cagr');
  assert.equal(f.message, 'Growing from $3.7 billion to $100 billion over 5 years takes about 93% a year, not about 40%.');
  assert.equal(f.derivation, '($100B ÷ $3.7B)^(1/5) − 1 = 93.4%');
  assert.equal(doc.slice(f.span.start, f.span.end), '40%');
  assert.equal(f.fix?.text, '93%');
  const fixed = applyFix(doc, f.fix!);
  assert.equal(fixed, DOC('about 93%'));
  assert.deepEqual(run(fixed, '$3.7 billion', '$100 billion', '93%', 5, 'about'), []);
});

test('a lower bound that holds is silent', () => {
  assert.deepEqual(run(DOC('over 75%'), '$3.7 billion', '$100 billion', '75%', 5, 'over'), []);
  assert.deepEqual(run(DOC('roughly 93%'), '$3.7 billion', '$100 billion', '93%', 5, 'about'), []);
});

test('a bound that fails is reported without a fix', () => {
  const [f] = run(DOC('over 100%'), '$3.7 billion', '$100 billion', '100%', 5, 'over');
  assert.ok(f);
  assert.equal(f.fix, null);
  assert.match(f.message, /not over 100%/);
});

test('a decline described with an unsigned rate is compared by size', () => {
  const ok = 'Spending shrank from $10 billion in 2020 to $5 billion in 2025, falling about 13% a year.';
  assert.deepEqual(run(ok, '$10 billion', '$5 billion', '13%', 5, 'about'), []);
  const bad = 'Spending shrank from $10 billion in 2020 to $5 billion in 2025, falling 25% a year.';
  const [f] = run(bad, '$10 billion', '$5 billion', '25%', 5);
  assert.ok(f);
  assert.equal(f.fix?.text, '13%');
  assert.match(f.message, /^Shrinking from/);
});
