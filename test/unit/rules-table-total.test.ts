import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableTotalRule } from '../../src/core/rules/table-total';
import type { Finding, Qualifier } from '../../src/core/types';
import { applyFix, claim, ctx, q } from './rules-fixtures';

/** A table whose last row is the total; `rows` and `total` are the figures of one column. */
function run(doc: string, rows: string[], total: string, qualifier?: Qualifier): Finding[] {
  const rq = rows.map((r) => q(doc, r));
  const t = q(doc, total, { qualifier, nth: rows.filter((r) => r === total).length });
  const c1 = claim(doc, [t], [{ kind: 'total', rows: rq, total: t }], { table: 0, row: rows.length + 1, isTotal: true, header: ['Item', 'Cost'] });
  return tableTotalRule.check!(c1, ctx(doc, [c1]));
}

const table = (total: string): string =>
  ['| Item | Cost |', '|---|---|', '| Chips | $2-3 billion |', '| Power | $4-5 billion |', '| Land | $1-2 billion |', `| Total | ${total} |`].join('\n');
const ROWS = ['$2-3 billion', '$4-5 billion', '$1-2 billion'];

test('ranges add up to a range: ~$15 billion is not $7-10 billion', () => {
  const doc = table('~$15 billion');
  const [f, ...rest] = run(doc, ROWS, '$15 billion', 'about');
  assert.equal(rest.length, 0);
  assert.equal(f.ruleId, 'table-total');
  assert.equal(f.message, 'The rows above add up to $7-10 billion, not ~$15 billion.');
  assert.equal(f.derivation, '$2–3B + $4–5B + $1–2B = $7–10B');
  assert.equal(doc.slice(f.span.start, f.span.end), '$15 billion');
  assert.equal(f.fix?.text, '$7-10 billion');
  assert.equal(f.related.length, 3);
  const fixed = applyFix(doc, f.fix!);
  assert.equal(fixed, table('~$7-10 billion'));
  assert.deepEqual(run(fixed, ROWS, '$7-10 billion', 'about'), []);
});

test('a total inside the range of sums is right', () => {
  assert.deepEqual(run(table('~$8 billion'), ROWS, '$8 billion', 'about'), []);
});

test('plain rows: the sum in the total’s style, rounding respected', () => {
  const doc = '| A | $4.3 billion |\n| B | $4.3 billion |\n| C | $4.4 billion |\n| Total | $14.0 billion |';
  const rows = ['$4.3 billion', '$4.3 billion', '$4.4 billion'];
  const rq = [q(doc, rows[0]), q(doc, rows[1], { nth: 1 }), q(doc, rows[2])];
  const t = q(doc, '$14.0 billion');
  const c1 = claim(doc, [t], [{ kind: 'total', rows: rq, total: t }]);
  const [f] = tableTotalRule.check!(c1, ctx(doc, [c1]));
  assert.ok(f);
  assert.equal(f.fix?.text, '$13.0 billion');
  // A total off by the rows' rounding only is silent.
  const ok = doc.replace('$14.0 billion', '$13.1 billion');
  const t2 = q(ok, '$13.1 billion');
  const c2 = claim(ok, [t2], [{ kind: 'total', rows: rq, total: t2 }]);
  assert.deepEqual(tableTotalRule.check!(c2, ctx(ok, [c2])), []);
});

test('percentage columns are not summed', () => {
  const doc = '| A | 10% |\n| B | 20% |\n| Total | 15% |';
  assert.deepEqual(run(doc, ['10%', '20%'], '15%'), []);
});
