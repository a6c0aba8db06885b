import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLED_FILES, bundledIndex, bundledParts, bundledProblems } from '../../src/core/dataset/bundled';
import { DatasetFile } from '../../src/core/dataset/schema';

test('bundles exactly the two dataset files, each valid against the schema', () => {
  assert.deepEqual(
    BUNDLED_FILES.map((f) => f.origin),
    ['bundled:frontier-labs.json', 'bundled:platforms-and-chips.json'],
  );
  for (const f of BUNDLED_FILES) {
    const r = DatasetFile.safeParse(f.value);
    assert.ok(r.success, `${f.origin}: ${r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))}`);
  }
});

test('every bundled entry loads with no problem, and the index is cached', () => {
  assert.deepEqual(bundledProblems(), []);
  const total = bundledParts().reduce((n, p) => n + p.file.facts.length, 0);
  const raw = BUNDLED_FILES.reduce((n, f) => n + ((f.value as { facts?: unknown[] }).facts?.length ?? 0), 0);
  assert.equal(total, raw);
  assert.strictEqual(bundledIndex(), bundledIndex());
  for (const f of bundledIndex().facts) assert.match(f.origin, /^bundled:/);
});
