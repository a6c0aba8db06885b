import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareOfRule } from '../../src/core/rules/share-of';
import type { Finding, Qualifier } from '../../src/core/types';
import { applyFix, claim, ctx, q } from './rules-fixtures';

function run(doc: string, rate: string, whole: string, result: string, resultQualifier?: Qualifier): Finding[] {
  const r = q(doc, rate);
  const w = q(doc, whole, { kind: 'count', unit: 'users' });
  const z = q(doc, result, { kind: 'count', unit: 'subscribers', qualifier: resultQualifier });
  const c1 = claim(doc, [r, w, z], [{ kind: 'share', rate: r, whole: w, result: z }]);
  return shareOfRule.check!(c1, ctx(doc, [c1]));
}

test('3% of 400 million is 12 million, not 120 million', () => {
  const doc = 'Only 3% of its 400 million users pay, about 120 million subscribers.';
  const [f, ...rest] = run(doc, '3%', '400 million', '120 million', 'about');
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'share-of');
  assert.equal(f.message, '3% of 400 million is 12 million, not about 120 million.');
  assert.equal(f.derivation, '3% × 400M = 12M');
  assert.equal(doc.slice(f.span.start, f.span.end), '120 million');
  assert.equal(f.fix?.text, '12 million');
  const fixed = applyFix(doc, f.fix!);
  assert.equal(fixed, 'Only 3% of its 400 million users pay, about 12 million subscribers.');
  assert.deepEqual(run(fixed, '3%', '400 million', '12 million', 'about'), []);
});

test('a rounded share stays silent', () => {
  // 5% of 800 million is 40 million; 41 million is within the rounding of "5%".
  assert.deepEqual(run('About 5% of 800 million users pay, or 41 million subscribers.', '5%', '800 million', '41 million'), []);
  assert.deepEqual(run('Some 3% of 400 million users pay: 12 million subscribers.', '3%', '400 million', '12 million'), []);
});

test('a bound result is checked without a fix', () => {
  const [f] = run('3% of 400 million users pay, over 50 million subscribers.', '3%', '400 million', '50 million', 'over');
  assert.ok(f);
  assert.equal(f.fix, null);
  assert.match(f.message, /not over 50 million/);
});

test('money shares keep the writer’s scale', () => {
  const doc = 'Compute takes 60% of $13 billion in revenue, or $9.8 billion.';
  const r = q(doc, '60%');
  const w = q(doc, '$13 billion');
  const z = q(doc, '$9.8 billion');
  const c1 = claim(doc, [r, w, z], [{ kind: 'share', rate: r, whole: w, result: z }]);
  const [f] = shareOfRule.check!(c1, ctx(doc, [c1]));
  assert.ok(f);
  assert.equal(f.fix?.text, '$7.8 billion');
});
