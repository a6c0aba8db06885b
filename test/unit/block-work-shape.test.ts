// Every block's work shares one hidden class in V8. Copies of a work made by spreading it each
// got their own (18,000 on the 10 MB benchmark draft, ~8 MB of the CLI's peak memory), so
// this asks the engine itself rather than comparing the objects' keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readBlockWork, unreadable } from '../../src/core/blockWork';
import { collectStatements } from '../../src/core/rules/cross-reference';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { haveSameMap } from './hidden-class';

test('every block work shares one hidden class, also once its statements and placed findings are set', () => {
  const dataset = bundledIndex();
  const read = readBlockWork('OpenAI said its revenue rose 50% to $13 billion in 2025.', dataset, { entity: null });
  const other = readBlockWork('Anthropic raised $13 billion at a $183 billion valuation in September 2025.', dataset, { entity: 'OpenAI' });
  const empty = readBlockWork('A paragraph without a figure.', dataset, { entity: null });
  assert.ok(read.claims.length > 0 && empty.claims.length === 0);
  // What the analyzer fills in later, on every work alike.
  for (const w of [read, other, empty]) {
    w.statements = collectStatements(w.claims);
    w.placedAt = { start: 10, findings: w.findings, directives: w.directives };
  }
  for (const w of [other, empty, unreadable('x')]) assert.ok(haveSameMap(read, w));
});
