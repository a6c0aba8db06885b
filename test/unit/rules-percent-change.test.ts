import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentChangeRule } from '../../src/core/rules/percent-change';
import type { Finding } from '../../src/core/types';
import { applyFix, claim, ctx, q, word } from './rules-fixtures';

/** A sentence "... from A to B, a C <word>" with its change relation. */
function run(doc: string, from: string, to: string, stated: string, dir?: [string, 'up' | 'down']): Finding[] {
  const a = q(doc, from);
  const b = q(doc, to, from === to ? { nth: 1 } : {});
  const c = q(doc, stated);
  const direction = dir ? word(doc, dir[0], dir[1]) : undefined;
  const c1 = claim(doc, [a, b, c], [{ kind: 'change', from: a, to: b, stated: c, direction }]);
  return percentChangeRule.check!(c1, ctx(doc, [c1]));
}

test('a 5x rise called a 500% increase is a 400% increase', () => {
  const doc = 'Run-rate revenue went from $1 billion to $5 billion, a 500% increase.';
  const [f, ...rest] = run(doc, '$1 billion', '$5 billion', '500%', ['increase', 'up']);
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'percent-change');
  assert.equal(f.severity, 'warning');
  assert.equal(f.message, 'Going from $1 billion to $5 billion is a rise of 400%, not 500%.');
  assert.equal(f.derivation, '($5B − $1B) ÷ $1B = 400%');
  assert.equal(doc.slice(f.span.start, f.span.end), '500%');
  assert.ok(f.fix);
  assert.equal(f.fix.text, '400%');
  assert.deepEqual(f.fix.span, f.span);
  assert.equal(f.related.length, 2);
  const fixed = applyFix(doc, f.fix);
  assert.equal(fixed, 'Run-rate revenue went from $1 billion to $5 billion, a 400% increase.');
  assert.deepEqual(run(fixed, '$1 billion', '$5 billion', '400%', ['increase', 'up']), []);
});

test('a table row with +23% where the figures give +30%', () => {
  const doc = '| Revenue | $40 billion | $52 billion | +23% |';
  const [f] = run(doc, '$40 billion', '$52 billion', '+23%');
  assert.ok(f);
  assert.equal(f.fix?.text, '+30%');
  assert.match(f.message, /rise of 30%, not \+23%/);
  const fixed = applyFix(doc, f.fix!);
  assert.deepEqual(run(fixed, '$40 billion', '$52 billion', '+30%'), []);
});

test('rounded inputs do not raise a false alarm', () => {
  // 3.7 → 13.1 is +254%; the writer rounded the end figure to $13 billion.
  assert.deepEqual(run('Revenue rose from $3.7 billion to $13 billion, up 254%.', '$3.7 billion', '$13 billion', '254%', ['up', 'up']), []);
  assert.deepEqual(run('Revenue went from $40 billion to $52 billion, up 30%.', '$40 billion', '$52 billion', '30%'), []);
  assert.deepEqual(run('Sales grew from $1 billion to $5 billion, a 400% increase.', '$1 billion', '$5 billion', '400%'), []);
});

test('a fall stated as an unsigned drop is compared by size', () => {
  const doc = 'The price dropped from $20 to $15, a 40% drop.';
  const [f] = run(doc, '$20', '$15', '40%', ['drop', 'down']);
  assert.ok(f);
  assert.equal(f.fix?.text, '25%');
  assert.match(f.message, /fall of 25%/);
  assert.deepEqual(run(applyFix(doc, f.fix!), '$20', '$15', '25%', ['drop', 'down']), []);
});

test('a right size with the wrong sign is left to the sign rule', () => {
  assert.deepEqual(run('| Price | $20 | $15 | +25% |', '$20', '$15', '+25%'), []);
});

test('a stated multiple is checked as end ÷ start', () => {
  const doc = 'Revenue went from $1 billion to $5 billion, a 4x jump.';
  const [f] = run(doc, '$1 billion', '$5 billion', '4x');
  assert.ok(f);
  assert.equal(f.fix?.text, '5x');
  assert.equal(f.message, '$5 billion is 5x $1 billion, not 4x.');
  assert.equal(f.derivation, '$5B ÷ $1B = 5x');
  assert.deepEqual(run(applyFix(doc, f.fix!), '$1 billion', '$5 billion', '5x'), []);
});

test('a stated amount of change is checked as end − start', () => {
  const doc = 'Burn rose from $2.5 billion to $8.5 billion, up $5 billion.';
  const [f] = run(doc, '$2.5 billion', '$8.5 billion', '$5 billion');
  assert.ok(f);
  assert.equal(f.fix?.text, '$6 billion');
  assert.deepEqual(run(applyFix(doc, f.fix!), '$2.5 billion', '$8.5 billion', '$6 billion'), []);
});

test('a bound stated change is checked but not fixed', () => {
  const doc = 'Revenue went from $1 billion to $5 billion, a rise of more than 500%.';
  const a = q(doc, '$1 billion');
  const b = q(doc, '$5 billion');
  const c = q(doc, '500%', { qualifier: 'over' });
  const c1 = claim(doc, [a, b, c], [{ kind: 'change', from: a, to: b, stated: c }]);
  const [f] = percentChangeRule.check!(c1, ctx(doc, [c1]));
  assert.ok(f);
  assert.equal(f.fix, null);
});

test('no change from zero, no mixed currencies', () => {
  assert.deepEqual(run('From $0 to $5 billion, a 500% rise.', '$0', '$5 billion', '500%'), []);
  assert.deepEqual(run('From €1 billion to $5 billion, a 500% rise.', '€1 billion', '$5 billion', '500%'), []);
});

test('rounding of the start figure is not counted twice', () => {
  // (b − a) ÷ a with a as an interval twice would stretch to −30.5% and hide this one.
  const doc = 'Revenue fell 30% to $8 billion from $10 billion.';
  const [f] = run(doc, '$10 billion', '$8 billion', '30%', ['fell', 'down']);
  assert.ok(f);
  assert.equal(f.fix?.text, '20%');
  assert.deepEqual(run(applyFix(doc, f.fix!), '$10 billion', '$8 billion', '20%', ['fell', 'down']), []);
});

test('figures side by side share a precision: the zero of $40 billion counts', () => {
  // Alone, "$40 billion" would stand for 38–42 billion and +23% would pass.
  const [f] = run('| Revenue | $40 billion | $52 billion | +23% |', '$40 billion', '$52 billion', '+23%');
  assert.ok(f);
  assert.deepEqual(run('| Revenue | $40 billion | $52 billion | +26% |', '$40 billion', '$52 billion', '+26%').length, 1);
  assert.deepEqual(run('| Revenue | $40 billion | $52 billion | +29% |', '$40 billion', '$52 billion', '+29%'), []);
});
