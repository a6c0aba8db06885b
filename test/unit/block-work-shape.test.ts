// Every block's work shares one hidden class in V8. Works built by spreading another each got
// their own (18,000 on the 10 MB benchmark draft, ~8 MB of the CLI's peak memory), so this
// checks the engine's own answer rather than the objects' keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { leanWork, readBlockWork, unreadable } from '../../src/core/blockWork';
import { collectStatements } from '../../src/core/rules/cross-reference';
import { bundledIndex } from '../../src/core/dataset/bundled';

setFlagsFromString('--allow-natives-syntax');
// Parsed after the flag is set, so the intrinsic is allowed here and nowhere else.
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

test('a block read, a lean copy of it and an unreadable block share one hidden class', () => {
  const dataset = bundledIndex();
  const read = readBlockWork('OpenAI said its revenue rose 50% to $13 billion in 2025.', dataset, { entity: null });
  const other = readBlockWork('Anthropic raised $13 billion at a $183 billion valuation in September 2025.', dataset, { entity: 'OpenAI' });
  const empty = readBlockWork('A paragraph without a figure.', dataset, { entity: null });
  const lean = leanWork(read, collectStatements(read.claims));
  assert.ok(read.claims.length > 0, 'the block has claims, so the lean copy drops something');
  assert.equal(lean.lean, true);
  assert.deepEqual(lean.claims, []);
  assert.deepEqual(lean.findings, read.findings);
  for (const w of [other, empty, lean, leanWork(other, []), unreadable('x')]) assert.ok(haveSameMap(read, w));
});
