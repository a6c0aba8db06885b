import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { datasetStats, newestSourceDate } from '../../src/core/dataset/stats';
import { run } from './cli-helpers';

test('dataset stats count facts by entity, tier and kind, and give the newest source date', () => {
  const facts = bundledIndex().facts;
  const s = datasetStats(facts);
  assert.equal(s.total, facts.length);
  const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
  assert.equal(sum(s.byEntity), s.total);
  assert.equal(sum(s.byTier), s.total);
  assert.equal(sum(s.byKind), s.total);
  assert.equal(s.newestSource, facts.map((f) => f.source.date).sort().at(-1));
  assert.equal(newestSourceDate([]), null);
});

test('"claimcheck dataset stats" prints the tables and the as-of date; --format json the same numbers', () => {
  const text = run(['dataset', 'stats']);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /^TIER +FACTS +SHARE/m);
  assert.match(text.stdout, /dataset as of \d{4}-\d{2}/);
  const json = run(['dataset', 'stats', '--format', 'json']);
  const parsed = JSON.parse(json.stdout);
  assert.equal(parsed.total, bundledIndex().facts.length);
  assert.equal(parsed.newestSource, newestSourceDate(bundledIndex().facts));
});

test('"dataset list --format json" marks fiscal periods with fiscal: true', () => {
  const parsed = JSON.parse(run(['dataset', 'list', '--format', 'json']).stdout) as { facts: { period: string; fiscal?: boolean; kind: string; source: { tier?: string } }[] };
  for (const f of parsed.facts) {
    assert.equal(f.fiscal === true, /FY\d{4}$/.test(f.period), f.period);
    assert.ok(f.kind && f.source.tier);
  }
});
