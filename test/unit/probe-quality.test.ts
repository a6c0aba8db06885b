// The lead's probe drafts, read as a writer would: the correct one raises no warning or
// error, and each planted mistake in the wrong one gets exactly the rule that names it,
// with messages free of canonical periods ("2025-10") and of repeated figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { lineMap } from '../../src/core/position';

const FIXTURES = path.resolve(__dirname, '../fixtures');

function findingsOf(name: string): { line: number; rule: string; message: string; derivation: string }[] {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  const lines = lineMap(text);
  return analyze(text, { dataset: bundledIndex() }).findings.map((f) => ({
    line: lines.position(f.span.start).line,
    rule: f.ruleId,
    message: f.message,
    derivation: f.derivation,
  }));
}

test('probe-correct.md: no warning or error', () => {
  const loud = findingsOf('probe-correct.md').filter((f) => f.rule !== 'superseded');
  assert.deepEqual(loud, []);
});

test('probe-wrong.md: each planted mistake gets its rule; "$11 billion" is a mismatch, never superseded', () => {
  const found = findingsOf('probe-wrong.md');
  const rulesOn = (line: number): string[] => found.filter((f) => f.line === line).map((f) => f.rule).sort();
  assert.deepEqual(rulesOn(3), ['scale-slip']);
  assert.ok(rulesOn(4).includes('dataset-mismatch'), JSON.stringify(rulesOn(4)));
  assert.ok(!found.some((f) => f.rule === 'superseded'), 'no figure here is an old forecast quoted');
  assert.deepEqual(rulesOn(5), ['dataset-mismatch']);
  assert.ok(rulesOn(6).includes('share-of'));
  assert.deepEqual(rulesOn(7), ['percentage-points']);
  assert.deepEqual(rulesOn(8), ['percent-change']);
  assert.deepEqual(rulesOn(9), ['sign']);
  assert.deepEqual(rulesOn(10), ['cagr']);
  assert.deepEqual(rulesOn(11), ['impossible']);
  assert.deepEqual(rulesOn(12), ['range-order']);
  assert.deepEqual(rulesOn(13), ['percentage-points']);
  assert.deepEqual(rulesOn(20), ['table-total']);
  assert.deepEqual(rulesOn(22), ['sign']);
  for (const f of found) {
    assert.doesNotMatch(f.message + f.derivation, /\b20\d\d-\d\d\b(?!-)/, `canonical period in: ${f.message} / ${f.derivation}`);
    assert.doesNotMatch(f.derivation, /(\S.{6,}) stands for \1/, `redundant derivation: ${f.derivation}`);
  }
});
