// The objects the rules read for every figure each share one hidden class in V8: loaded facts
// (24 shapes, one per key order and set of optional fields in the JSON, before), their sources,
// and intervals (five shapes, one per set of open flags, before). More shapes than a few make
// each read of them a megamorphic look-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { buildIndex } from '../../src/core/dataset/lookup';
import { haveSameMap } from './hidden-class';
import { add, cagr, closed, div, EVERYTHING, hull, mul, percentChange, point, statedInterval, sub } from '../../src/core/tolerance';
import { readQuantities } from '../../src/core/read/figures/quantity';

test('the bundled facts share one hidden class, and their sources another', () => {
  const { facts } = bundledIndex();
  assert.ok(facts.length > 100);
  // The bundled data has ranges and single figures, titles and URLs, notes and none.
  assert.ok(facts.some((f) => f.low !== undefined) && facts.some((f) => f.low === undefined));
  assert.ok(facts.some((f) => f.source.url === undefined) && facts.some((f) => f.source.title === undefined));
  for (const f of facts) {
    assert.ok(haveSameMap(facts[0], f), f.id);
    assert.ok(haveSameMap(facts[0].source, f.source), f.id);
  }
});

test("a user's fact written in another key order, without its optional fields, has the same hidden class", () => {
  const bundled = bundledIndex().facts[0];
  const user = buildIndex([
    {
      origin: 'mine.json',
      file: {
        entities: [],
        facts: [
          {
            source: { date: '2025-01-02', url: 'https://example.com/a', outlet: 'Example' },
            period: '2025',
            reported: '$1 billion',
            id: 'mine-1',
            entity: 'Acme',
            metric: 'revenue',
            value: 1e9,
            unit: 'USD',
            bound: 'exact',
            kind: 'actual',
          },
        ],
      },
    },
  ]).facts[0];
  assert.equal(user.origin, 'mine.json');
  assert.equal(user.reported, '$1 billion');
  assert.ok(haveSameMap(bundled, user));
  assert.ok(haveSameMap(bundled.source, user.source));
});

test('intervals share one hidden class: stated with every qualifier, and derived by the arithmetic', () => {
  const stated = ['$13 billion', 'over $1 billion', 'at least 5%', 'under 10%', 'up to $2 billion', 'nearly $1 billion', 'about 40%', '$10-12 billion'].map((t) => {
    const [q] = readQuantities(t, 0, 0);
    assert.ok(q, t);
    return statedInterval(q);
  });
  const a = closed(1, 2);
  const b = closed(3, 5);
  const derived = [point(3), add(a, b), sub(a, b), mul(a, b), div(a, b), div(a, closed(-1, 1)), hull(a, b), percentChange(a, b), cagr(a, b, 2), EVERYTHING];
  for (const i of [...stated, ...derived]) assert.ok(haveSameMap(stated[0], i), JSON.stringify(i));
});
