// Every loaded fact shares one hidden class in V8, and so does every fact's source, whatever
// order and optional fields its JSON had: the rules read facts for every figure, and 24
// shapes of fact made each of those reads a megamorphic look-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { buildIndex } from '../../src/core/dataset/lookup';
import { haveSameMap } from './hidden-class';

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
            basis: 'actual',
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
