// A stated change before its two figures, with words between that do not change which figures
// it connects (read/changeLead.ts): a span of time, a comma and a participle restating the move,
// "to as high as" before the end figure. An ESLint-style table of sentences the percent-change
// rule must check and sentences it must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';
import type { Finding } from '../../src/core/types';

function changeFindings(text: string): Finding[] {
  return analyze(text, { dataset: EMPTY_INDEX }).findings.filter((f) => f.ruleId === 'percent-change');
}

const invalid: { text: string; message: string; fix: string | null }[] = [
  {
    text: 'Revenue jumped 25%, rising from $4 billion to $6 billion.',
    message: 'Going from $4 billion to $6 billion is a rise of 50%, not 25%.',
    fix: '50%',
  },
  {
    text: 'Revenue jumped 25% over the past two years, from $4 billion to $6 billion.',
    message: 'Going from $4 billion to $6 billion is a rise of 50%, not 25%.',
    fix: '50%',
  },
  {
    text: 'Revenue jumped 25%, from $4 billion to $6 billion.',
    message: 'Going from $4 billion to $6 billion is a rise of 50%, not 25%.',
    fix: '50%',
  },
  {
    // A fold word, a span of time, a participle, and an end figure given as "as high as".
    text: 'Demand could spike more than threefold over the next four years, rising from 4.4% of U.S. power demand in 2023 to as high as 12% in 2028.',
    message: 'Going from 4.4% to 12% is 2.7-fold, not threefold.',
    fix: null,
  },
];

const valid: string[] = [
  'Revenue jumped 50%, rising from $4 billion to $6 billion.',
  'Revenue jumped 50% over the past two years, from $4 billion to $6 billion.',
  'Demand could spike more than threefold over the next four years, rising from 3.4% of U.S. power demand in 2023 to as high as 12% in 2028.',
  // Another subject between the rate and the figures: not the same change.
  'Costs fell 10%, with revenue rising from $4 billion to $6 billion.',
  // No change word: a level, not a change.
  'Its stake is 25%, from $4 billion to $6 billion.',
];

for (const { text, message, fix } of invalid) {
  test(`percent-change checks: ${text.slice(0, 70)}…`, () => {
    const fs = changeFindings(text);
    assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
    assert.equal(fs[0].message, message);
    assert.equal(fs[0].fix?.text ?? null, fix);
  });
}

for (const text of valid) {
  test(`percent-change is silent: ${text.slice(0, 70)}…`, () => {
    assert.deepEqual(changeFindings(text).map((f) => f.message), []);
  });
}
