// What a sentence's figures share lives in its context (read/sentenceContext.ts SentenceContext), not
// in a cache of the last sentence read: two contexts never answer with each other's state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { findPeriods } from '../../src/core/read/periods/period';
import { periodFor } from '../../src/core/read/periodReading';
import type { SentenceContext } from '../../src/core/read/sentenceContext';

function context(text: string, periods: SentenceContext['periods']): SentenceContext {
  return { text, base: 0, entities: [], metrics: [], periods, carriedEntity: null, carriedPeriod: null, relativeTime: false };
}

test('each context keeps its own period candidates, even for the same list of periods', () => {
  // "from 2024" is a comparison's base, no figure's own period; "in 2024" is the figure's.
  const base = 'Revenue was $5 billion, from 2024.';
  const own = 'Revenue was $5 billion, in   2024.';
  const periods = findPeriods(base, 0);
  assert.equal(periods.length, 1);
  const q = analyze(base).quantities[0];
  assert.equal(periodFor(context(base, periods), q), null);
  assert.equal(periodFor(context(own, periods), q)?.canonical, '2024');
});
