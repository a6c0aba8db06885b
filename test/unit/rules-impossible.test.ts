import { test } from 'node:test';
import assert from 'node:assert/strict';
import { impossibleRule } from '../../src/core/rules/impossible';
import type { Claim, Finding } from '../../src/core/types';
import { claim, ctx, q, word } from './rules-fixtures';

function runDown(doc: string, figure: string, w: string): Finding[] {
  const p = q(doc, figure);
  const c1 = claim(doc, [p], [{ kind: 'direction', word: word(doc, w, 'down'), quantity: p }]);
  return impossibleRule.check!(c1, ctx(doc, [c1]));
}

function runShare(doc: string, figure: string): Finding[] {
  const p = q(doc, figure);
  const c1 = claim(doc, [p], [{ kind: 'shareOfWhole', rate: p }]);
  return impossibleRule.check!(c1, ctx(doc, [c1]));
}

test('a reduction over 100% is impossible', () => {
  const doc = 'The company cut costs by 120% in a year.';
  const [f, ...rest] = runDown(doc, '120%', 'cut');
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'impossible');
  assert.equal(f.severity, 'error');
  assert.equal(f.message, 'A reduction of 120% would take it below zero; a reduction cannot exceed 100%.');
  assert.equal(f.derivation, '100% − 120% = -20% of the original');
  assert.equal(doc.slice(f.span.start, f.span.end), '120%');
  assert.equal(f.fix, null);
  assert.equal(runDown('Token prices fell 150% in a year.', '150%', 'fell').length, 1);
});

test('reductions up to 100%, and swings in profit, are possible', () => {
  assert.deepEqual(runDown('The company cut costs by 20% in a year.', '20%', 'cut'), []);
  assert.deepEqual(runDown('Prices fell about 100% in a year.', '100%', 'fell'), []);
  assert.deepEqual(runDown('Operating profit fell 150% as the company swung to a loss.', '150%', 'fell'), []);
});

test('a share over 100% of a whole is impossible', () => {
  const [f] = runShare('ChatGPT accounts for 120% of chatbot traffic.', '120%');
  assert.ok(f);
  assert.equal(f.message, 'A part cannot be 120% of its whole; a share is at most 100%.');
  assert.equal(f.fix, null);
  assert.deepEqual(runShare('ChatGPT accounts for 80% of chatbot traffic.', '80%'), []);
  assert.deepEqual(runShare('Compute costs represent 120% of revenue.', '120%'), []);
});

test('a negative valuation or count is impossible, a negative change is not', () => {
  const doc = 'The startup was valued at -$5 billion.';
  const v = q(doc, '-$5 billion');
  const c1: Claim = claim(doc, [v], []);
  c1.readings[0].metric = 'valuation';
  const [f] = impossibleRule.check!(c1, ctx(doc, [c1]));
  assert.ok(f);
  assert.equal(f.message, 'A valuation cannot be negative: -$5 billion.');
  const users = 'It reported -5 million users.';
  const u = q(users, '-5 million', { kind: 'count', unit: 'users' });
  const c2 = claim(users, [u], []);
  assert.equal(impossibleRule.check!(c2, ctx(users, [c2])).length, 1);
  const change = 'Users changed by -5 million.';
  const u3 = q(change, '-5 million', { kind: 'count', unit: 'users' });
  const c3 = claim(change, [u3], []);
  assert.deepEqual(impossibleRule.check!(c3, ctx(change, [c3])), []);
  const table = '| Users | 800 million | 795 million | -5 million |';
  const u4 = q(table, '-5 million', { kind: 'count', unit: 'users' });
  const c4 = claim(table, [u4], [], { table: 0, row: 1, isTotal: false, header: ['', '2024', '2025', 'Change'] });
  assert.deepEqual(impossibleRule.check!(c4, ctx(table, [c4])), []);
});
